"""The card beside the ticket: how many people wait for each service of the window,
and how long the longest of them has waited. A service whose longest wait has passed
its target (``ServiceQueue.over_target``, the rule in engine/rules.py) is framed in the
warning colour and says so in words: "⚠ over target (15 min)"."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from conq_desktop.engine.snapshots import ServiceQueue
from conq_desktop.i18n import _, translate
from conq_desktop.views.common.theme import font, restyle

# The supervisor view's words (the same translations).
WAITING_LINE = _("{service}: {waiting} waiting, longest {minutes} min")
OVER_TARGET = _("over target ({target} min)")
WARNING_SIGN = "\u26a0"  # ⚠


class QueueRow(NamedTuple):
    """The labels of one service's row."""

    prefix: QLabel
    name: QLabel
    longest: QLabel  # the longest wait
    count: QLabel  # how many wait
    count_caption: QLabel
    over: QLabel  # "⚠ over target (15 min)", shown only then
    tile: QFrame  # the row's frame, ``over`` as a style property


def _centred_column(spacing: int, *labels: QLabel) -> QVBoxLayout:
    """``labels`` one under another, in the middle of the row's height."""
    column = QVBoxLayout()
    column.setSpacing(spacing)
    column.addStretch(1)
    for label in labels:
        column.addWidget(label)
    column.addStretch(1)
    return column


class QueueCard(QFrame):
    """One row a service the window serves; rows are rebuilt when those services change."""

    def __init__(self) -> None:
        super().__init__(objectName="queueCard")
        self.caption = QLabel(objectName="caption")
        self.rows: dict[str, QueueRow] = {}  # by service code
        self._tiles: list[QFrame] = []
        self._codes: tuple[str, ...] = ()
        self._scale = 1.0
        self._list = QVBoxLayout()
        self._list.setSpacing(14)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(18)
        layout.addWidget(self.caption)
        layout.addLayout(self._list)
        layout.addStretch(1)

    def show_queues(
        self, codes: tuple[str, ...], queues: dict[str, ServiceQueue], lang: str
    ) -> None:
        """The services ``codes`` of the window, as ``queues`` (by code) has them."""
        self.caption.setText(translate(_("Waiting for this window"), lang))
        if codes != self._codes:
            self._rebuild(codes)
        for code, row in self.rows.items():
            queue = queues.get(code)
            if queue is None:
                continue
            row.prefix.setText(queue.service.prefix)
            row.name.setText(queue.service.name(lang))
            row.count.setText(str(queue.waiting))
            row.count_caption.setText(translate(_("Waiting"), lang))
            restyle(row.count, busy=queue.waiting > 0)
            over = queue.over_target
            said = translate(OVER_TARGET, lang, target=queue.target_wait_minutes)
            row.over.setText(f"{WARNING_SIGN} {said}" if over else "")
            row.over.setAccessibleName(said if over else "")
            row.over.setVisible(over)
            if row.tile.property("over") != over:
                restyle(row.tile, over=over)
            # A screen reader hears the row whole, the breach in words.
            line = translate(
                WAITING_LINE,
                lang,
                service=queue.service.name(lang),
                waiting=queue.waiting,
                minutes=queue.longest_wait_minutes,
            )
            name = f"{line}, {said}" if over else line
            row.tile.setAccessibleName(name)
            row.count.setAccessibleName(name)
            minutes = translate(_("{minutes} min"), lang, minutes=queue.longest_wait_minutes)
            row.longest.setText(
                f"{translate(_('Longest wait'), lang)}: {minutes}"
                if queue.waiting
                else translate(_("Nobody is waiting"), lang)
            )

    def set_scale(self, scale: float) -> None:
        """Fonts for the panel scaled by ``scale`` from its full size."""
        self._scale = scale
        self.caption.setFont(font(30 * scale, bold=True))
        for row in self.rows.values():
            self._size_row(row)

    def _rebuild(self, codes: tuple[str, ...]) -> None:
        for tile in self._tiles:
            self._list.removeWidget(tile)
            tile.deleteLater()
        self._tiles = []
        self.rows = {}
        for code in codes:
            tile = QFrame(objectName="queueRow")
            row = QueueRow(
                prefix=QLabel(objectName="prefix", alignment=Qt.AlignmentFlag.AlignCenter),
                name=QLabel(),
                longest=QLabel(objectName="caption"),
                count=QLabel(objectName="count", alignment=Qt.AlignmentFlag.AlignRight),
                count_caption=QLabel(objectName="caption", alignment=Qt.AlignmentFlag.AlignRight),
                over=QLabel(objectName="overTarget"),
                tile=tile,
            )
            row.name.setWordWrap(True)
            row.over.setVisible(False)
            tile.setProperty("over", False)
            line = QHBoxLayout(tile)
            line.setContentsMargins(18, 12, 22, 12)
            line.setSpacing(18)
            line.addWidget(row.prefix, 0, Qt.AlignmentFlag.AlignVCenter)
            texts = _centred_column(2, row.name, row.longest, row.over)
            texts.setAlignment(row.over, Qt.AlignmentFlag.AlignLeft)  # a badge, not a bar
            line.addLayout(texts, 1)
            line.addLayout(_centred_column(0, row.count, row.count_caption))
            self._list.addWidget(tile)
            self._tiles.append(tile)
            self.rows[code] = row
            self._size_row(row)
        self._codes = codes

    def _size_row(self, row: QueueRow) -> None:
        scale = self._scale
        row.prefix.setFont(font(36 * scale, bold=True))
        row.prefix.setFixedSize(int(72 * scale), int(72 * scale))
        row.name.setFont(font(29 * scale))
        row.longest.setFont(font(23 * scale))
        row.over.setFont(font(23 * scale, bold=True))
        row.count.setFont(font(56 * scale, bold=True))
        row.count_caption.setFont(font(20 * scale))
