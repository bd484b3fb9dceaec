"""The operator panel: the work screen of one service window.

An operator signs in with login and PIN, then calls, serves and closes tickets with
large buttons or function keys. The panel shows the current ticket with a running
timer, and how many people wait for each service this window serves. A compact
always-on-top mode leaves room for the centre's other software on the same screen.

Like the hall display it only asks the engine, off the GUI thread, and re-reads the
queue whenever ``LiveUpdates`` reports a change. The engine decides what is allowed:
buttons are enabled for the legal moves only, but a refusal still arrives as a message
in the panel's language, and every move names the ticket on screen, so a stale screen
can never act on another visitor's ticket.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QRect, QRegularExpression, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeyEvent,
    QKeySequence,
    QRegularExpressionValidator,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.engine import QueueEngine, QueueStatus, TicketInfo, WindowInfo
from conq_desktop.engine.snapshots import ServiceInfo
from conq_desktop.errors import ConqError, NothingToCall
from conq_desktop.i18n import LANGUAGES, Message, _, current_language, translate
from conq_desktop.models import TicketStatus
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.translations import set_ui_language
from conq_desktop.views.common.windowing import FULL_SIZE
from conq_desktop.views.common.worker import EngineRunner, WindowJobs

log = logging.getLogger(__name__)

TICK_MS = 1000
SHOWN_WAITING = 10  # waiting numbers listed in the call-by-number dialog
# The full panel is laid out for FULL_SIZE and scaled from there; the compact one for this.
COMPACT_SIZE = QSize(480, 270)
ACTIVE = (TicketStatus.CALLED, TicketStatus.SERVING)

# Message renderers take the language, so a message re-reads when the language changes.
Render = Callable[[str], str]

# name, label, key, colour role. Function keys work whatever the keyboard layout
# (Kyrgyz, Russian or Latin), unlike letters.
ACTIONS: tuple[tuple[str, str, str, str], ...] = (
    ("next", _("Next"), "F1", "primary"),
    ("recall", _("Recall"), "F2", ""),
    ("start", _("Start"), "F3", "good"),
    ("finish", _("Finish"), "F4", "good"),
    ("no_show", _("No-show"), "F5", "warn"),
    ("postpone", _("Postpone"), "F6", ""),
    ("redirect", _("Redirect"), "F7", ""),
    ("call", _("Call by number"), "F8", ""),
    ("pause", _("Break"), "F9", ""),
    ("sign_out", _("Sign out"), "F12", "quiet"),
    ("compact", _("Compact view"), "F10", "quiet"),
)
MAIN_ROW = ("next", "recall", "start", "finish", "no_show")
SECOND_ROW = ("postpone", "redirect", "call", "pause", "sign_out")

STYLE = """
QWidget#operatorPanel { background: #0b2239; }
QLabel { color: #f4f7fb; }
QFrame#header { background: #102f4f; border-radius: 16px; }
QLabel#subtitle, QLabel#caption { color: #9fc3e8; }
QFrame#card { background: #12416b; border-radius: 24px; }
QFrame#queueCard, QFrame#signInCard { background: #102f4f; border-radius: 24px; }
QFrame#compact { background: #12416b; border-radius: 14px; }
QFrame#strip, QFrame#queueRow { background: #0e3558; border-radius: 18px; }
QLabel#status { color: #cfe0f3; }
QLabel#status[state="called"] { color: #f2b705; }
QLabel#status[state="serving"] { color: #7ed69b; }
QLabel#status[state="paused"] { color: #f2b705; }
QLabel#badge { color: #0b2239; background: #f2b705; border-radius: 8px; padding: 2px 12px; }
QLabel#prefix { color: #0b2239; background: #9fc3e8; border-radius: 8px; }
QLabel#count[busy="true"] { color: #f2b705; }
QLabel#message { background: #102f4f; color: #cfe0f3; border-radius: 12px; padding: 6px 18px; }
QLabel#message[kind="error"] { background: #5a2630; color: #ffe1dc; }
QLabel#message[kind="empty"] { background: transparent; }
QToolButton {
    background: #1d5a8e; color: #ffffff; border: none; border-radius: 14px; padding: 6px;
}
QToolButton:hover { background: #2a6ca6; }
QToolButton:pressed { background: #154a78; }
QToolButton[role="primary"] { background: #f2b705; color: #0b2239; }
QToolButton[role="primary"]:hover { background: #ffc928; }
QToolButton[role="good"] { background: #2f8f5b; }
QToolButton[role="good"]:hover { background: #38a66a; }
QToolButton[role="warn"] { background: #9a4450; }
QToolButton[role="warn"]:hover { background: #b0505d; }
QToolButton[role="quiet"] { background: #163a5e; color: #cfe0f3; }
QToolButton:disabled, QToolButton[role="primary"]:disabled, QToolButton[role="good"]:disabled,
QToolButton[role="warn"]:disabled, QToolButton[role="quiet"]:disabled {
    background: #11304e; color: #47698c;
}
QToolButton#lang {
    background: transparent; color: #9fc3e8; border: 2px solid #2a557f; border-radius: 10px;
    padding: 4px 12px;
}
QToolButton#lang:checked { background: #f2b705; color: #0b2239; border-color: #f2b705; }
QLineEdit, QComboBox {
    background: #f4f7fb; color: #0b2239; border: 2px solid #9fc3e8; border-radius: 10px;
    padding: 8px 14px;
}
QLineEdit:focus, QComboBox:focus { border-color: #f2b705; }
QComboBox QAbstractItemView {
    background: #f4f7fb; color: #0b2239; selection-background-color: #f2b705;
}
QPushButton {
    background: #1d5a8e; color: #ffffff; border: none; border-radius: 12px; padding: 12px 28px;
}
QPushButton:hover { background: #2a6ca6; }
QPushButton:disabled { background: #11304e; color: #47698c; }
QPushButton#signIn, QPushButton[role="primary"] { background: #f2b705; color: #0b2239; }
QDialog { background: #0b2239; }
QListWidget {
    background: #102f4f; color: #f4f7fb; border: none; border-radius: 12px; padding: 6px;
    outline: none;
}
QListWidget::item { padding: 14px; border-radius: 8px; }
QListWidget::item:selected { background: #f2b705; color: #0b2239; }
"""


# Fonts do not pass from a dialog to its children under the panel's style sheet: set here.
DIALOG_STYLE = """
* { font-family: "DejaVu Sans"; font-size: 26px; }
QLabel#dialogTitle { font-size: 30px; font-weight: bold; color: #ffffff; }
QLabel#caption { font-size: 22px; }
QLabel#hint { font-size: 22px; color: #f2b705; }
QPushButton { font-weight: bold; min-width: 160px; }
"""


def font(pixels: float, bold: bool = False) -> QFont:
    result = QFont("DejaVu Sans")
    result.setPixelSize(max(9, int(pixels)))
    result.setBold(bold)
    return result


def restyle(widget: QWidget, **properties: Any) -> None:
    """Set dynamic properties the style sheet selects on, and re-apply it."""
    for name, value in properties.items():
        widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def elapsed(since: datetime | None, now: datetime) -> str:
    """``mm:ss`` from ``since`` to ``now`` (minutes keep counting past an hour)."""
    if since is None:
        return ""
    if since.tzinfo is None:  # SQLite hands back UTC without a zone in some paths
        since = since.replace(tzinfo=UTC)
    seconds = max(0, int((now - since).total_seconds()))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def normalise_number(text: str) -> str:
    """What an operator types into a ticket number: ``б3`` or ``Б - 003`` → ``Б-003``."""
    text = text.strip().upper()
    match = re.fullmatch(r"(\D+?)\s*-?\s*(\d+)", text)
    if match is None:
        return text
    return f"{match[1].strip()}-{int(match[2]):03d}"


class ServicePicker(QDialog):
    """Choose the service to send the visitor to."""

    def __init__(
        self, parent: QWidget, services: list[ServiceInfo], number: str, lang: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate(_("Redirect ticket {number}"), lang, number=number))
        self.setStyleSheet(DIALOG_STYLE)
        title = QLabel(
            translate(_("Send ticket {number} to which service?"), lang, number=number),
            objectName="dialogTitle",
        )
        title.setWordWrap(True)
        self.services = QListWidget()
        for service in services:
            item = QListWidgetItem(f"{service.prefix}    {service.name(lang)}")
            item.setData(Qt.ItemDataRole.UserRole, service.code)
            self.services.addItem(item)
        if services:
            self.services.setCurrentRow(0)
        self.services.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            translate(_("Send"), lang), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setProperty("role", "primary")
        self.ok.setEnabled(bool(services))
        self.ok.setDefault(True)  # Enter sends
        buttons.addButton(translate(_("Cancel"), lang), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(18)
        layout.addWidget(title)
        layout.addWidget(self.services, 1)
        layout.addWidget(buttons)
        self.resize(820, 190 + 78 * max(3, len(services)))

    def choose(self, code: str) -> None:
        for row in range(self.services.count()):
            if self.services.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.services.setCurrentRow(row)

    def chosen(self) -> str | None:
        item = self.services.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class CallDialog(QDialog):
    """A ticket number (typed, or picked from those waiting here) and the reason."""

    def __init__(self, parent: QWidget, window: int, lang: str) -> None:
        super().__init__(parent)
        self.loaded = False
        self.lang = lang
        self.setWindowTitle(translate(_("Call a ticket out of order"), lang))
        self.setStyleSheet(DIALOG_STYLE)
        title = QLabel(
            translate(_("Call a ticket to window {window} out of order"), lang, window=window),
            objectName="dialogTitle",
        )
        title.setWordWrap(True)
        self.number = QComboBox(editable=True)
        self.number.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.number.lineEdit().setPlaceholderText("Б-007")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate(_("For example: came back with documents"), lang))
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            translate(_("Call"), lang), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setProperty("role", "primary")
        buttons.addButton(translate(_("Cancel"), lang), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(QLabel(translate(_("Ticket number"), lang), objectName="caption"))
        layout.addWidget(self.number)
        self.waiting = QLabel(objectName="hint")
        self.waiting.setWordWrap(True)
        layout.addWidget(self.waiting)
        layout.addSpacing(8)
        layout.addWidget(QLabel(translate(_("Reason (required)"), lang), objectName="caption"))
        layout.addWidget(self.reason)
        layout.addSpacing(16)
        layout.addWidget(buttons)
        self.resize(820, self.sizeHint().height())
        self.number.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter goes from the number on to the reason, and calls from there."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.reason.hasFocus() or self.reason.text().strip():
                self.accept()
            else:
                self.reason.setFocus()
            return
        super().keyPressEvent(event)

    def set_waiting(self, numbers: list[str]) -> None:
        """Offer the waiting tickets, keeping whatever was typed meanwhile."""
        typed = self.number.currentText()
        self.number.addItems(numbers)
        self.number.setCurrentIndex(-1)
        self.number.setEditText(typed)
        shown = ", ".join(numbers[:SHOWN_WAITING]) + (" …" if len(numbers) > SHOWN_WAITING else "")
        self.waiting.setText(
            translate(_("Waiting here: {numbers}"), self.lang, numbers=shown)
            if numbers
            else translate(_("Nobody is waiting"), self.lang)
        )
        self.loaded = True

    def values(self) -> tuple[str, str]:
        return normalise_number(self.number.currentText()), self.reason.text()


class OperatorPanel(QWidget):
    """The panel for service window ``window``."""

    def __init__(
        self,
        engine: QueueEngine,
        window: int,
        live: LiveUpdates | None = None,
        runner: EngineRunner | None = None,
        login: str | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__()
        self.engine = engine
        self.window_number = window
        self.runner = runner or EngineRunner(self)
        self.lang = lang or current_language()
        self.status: QueueStatus | None = None
        self.window_info: WindowInfo | None = None
        self.ticket: TicketInfo | None = None
        self.login: str | None = None  # signed in through this panel
        self.paused = False
        self.compact = False
        self.picker: ServicePicker | None = None
        self.call_dialog: CallDialog | None = None
        self._recall_limit = 3
        self._busy = False
        self._epoch = 0  # bumped by each finished action: older reads are stale
        self.jobs = WindowJobs(self.runner, self)
        # Re-reads the queue; changes arriving while reading cost one more read.
        self.refresh = self.jobs.coalesced(self._read, self._show, self._refresh_failed)
        self._message: tuple[Render, str] | None = None
        self._full_geometry: QRect | None = None
        self._scale = 1.0
        self._queue_codes: tuple[str, ...] = ()
        # code → prefix, name, longest wait, waiting count, its caption
        self.queue_rows: dict[str, tuple[QLabel, QLabel, QLabel, QLabel, QLabel]] = {}
        self._queue_tiles: list[QFrame] = []

        self.setObjectName("operatorPanel")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.moves: dict[str, QAction] = {}
        for name, _label, key, _role in ACTIONS:
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(getattr(self, f"_on_{name}"))
            self.addAction(action)  # the keys work on every page, while the action is enabled
            self.moves[name] = action
        self.buttons: dict[str, QToolButton] = {}

        self.header = self._build_header()
        self.pages = QStackedWidget()
        self.sign_in_page = self._build_sign_in_page(login or "")
        self.work_page = self._build_work_page()
        self.pages.addWidget(self.sign_in_page)
        self.pages.addWidget(self.work_page)
        self.compact_page = self._build_compact_page()
        self.compact_page.hide()

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.compact_page, 1)

        self._timer = QTimer(self, interval=TICK_MS, timeout=self._tick)
        self._timer.start()
        self._render()
        self._apply_sizes(FULL_SIZE.width(), FULL_SIZE.height())
        (self.pin_edit if login else self.login_edit).setFocus()
        if live is not None:
            live.changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------------ building

    def _build_header(self) -> QFrame:
        header = QFrame(objectName="header")
        self.title = QLabel()
        self.subtitle = QLabel(objectName="subtitle")
        self.operator_label = QLabel(
            alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.lang_buttons: dict[str, QToolButton] = {}
        group = QButtonGroup(self)
        row = QHBoxLayout(header)
        row.setContentsMargins(24, 12, 16, 12)
        row.setSpacing(14)
        row.addWidget(self.title)
        row.addWidget(self.subtitle)
        row.addStretch(1)
        row.addWidget(self.operator_label)
        row.addSpacing(18)
        for lang in LANGUAGES:
            button = QToolButton(objectName="lang", text=lang.upper(), checkable=True)
            button.setChecked(lang == self.lang)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, code=lang: self.set_language(code))
            group.addButton(button)
            row.addWidget(button)
            self.lang_buttons[lang] = button
        row.addSpacing(18)
        row.addWidget(self._button("compact"))
        return header

    def _button(self, name: str, compact: bool = False) -> QToolButton:
        button = QToolButton(objectName=f"{name}{'Compact' if compact else ''}Button")
        button.setDefaultAction(self.moves[name])
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setProperty("role", next(role for n, _l, _k, role in ACTIONS if n == name))
        self.buttons[f"{name}{':compact' if compact else ''}"] = button
        return button

    def _build_sign_in_page(self, login: str) -> QWidget:
        page = QWidget()
        card = QFrame(objectName="signInCard")
        card.setFixedWidth(720)
        self.sign_in_title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.login_caption = QLabel(objectName="caption")
        self.login_edit = QLineEdit(login)
        self.login_edit.returnPressed.connect(lambda: self.pin_edit.setFocus())
        self.pin_caption = QLabel(objectName="caption")
        self.pin_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.pin_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}")))
        self.pin_edit.returnPressed.connect(self.sign_in)
        self.sign_in_button = QPushButton(objectName="signIn")
        self.sign_in_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_in_message = self._message_label()
        form = QVBoxLayout(card)
        form.setContentsMargins(48, 40, 48, 40)
        form.setSpacing(12)
        form.addWidget(self.sign_in_title)
        form.addSpacing(20)
        form.addWidget(self.login_caption)
        form.addWidget(self.login_edit)
        form.addSpacing(8)
        form.addWidget(self.pin_caption)
        form.addWidget(self.pin_edit)
        form.addSpacing(24)
        form.addWidget(self.sign_in_button)
        form.addSpacing(8)
        form.addWidget(self.sign_in_message)
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        return page

    def _message_label(self) -> QLabel:
        label = QLabel(objectName="message", alignment=Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setProperty("kind", "empty")
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    def _build_work_page(self) -> QWidget:
        page = QWidget()
        self.card = QFrame(objectName="card")
        self.card_caption = QLabel(objectName="caption", alignment=Qt.AlignmentFlag.AlignCenter)
        self.number_label = QLabel("—", objectName="number", alignment=Qt.AlignmentFlag.AlignCenter)
        self.service_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.service_label.setWordWrap(True)
        self.badges = QLabel(objectName="badge")
        self.status_label = QLabel(objectName="status", alignment=Qt.AlignmentFlag.AlignCenter)
        self.timer_label = QLabel(objectName="timer", alignment=Qt.AlignmentFlag.AlignCenter)
        self.timer_caption = QLabel(objectName="caption", alignment=Qt.AlignmentFlag.AlignCenter)
        self.extra_label = QLabel(objectName="caption", alignment=Qt.AlignmentFlag.AlignCenter)
        for label in (self.number_label, self.service_label, self.status_label, self.timer_label):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        strip = QFrame(objectName="strip")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.status_label.setWordWrap(True)
        self.extra_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.timer_caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        bottom = QGridLayout(strip)
        bottom.setContentsMargins(28, 12, 28, 12)
        bottom.setHorizontalSpacing(24)
        bottom.setVerticalSpacing(0)
        bottom.addWidget(self.status_label, 0, 0)
        bottom.addWidget(self.extra_label, 1, 0)
        bottom.addWidget(self.timer_label, 0, 1)
        bottom.addWidget(self.timer_caption, 1, 1)
        bottom.setColumnStretch(0, 3)
        bottom.setColumnStretch(1, 2)
        card = QVBoxLayout(self.card)
        card.setContentsMargins(24, 20, 24, 20)
        card.setSpacing(6)
        card.addWidget(self.card_caption)
        card.addStretch(1)
        card.addWidget(self.number_label)
        card.addWidget(self.service_label)
        card.addWidget(self.badges, 0, Qt.AlignmentFlag.AlignHCenter)
        card.addStretch(1)
        card.addWidget(strip)

        self.queue_card = QFrame(objectName="queueCard")
        self.queue_caption = QLabel(objectName="caption")
        self.queue_list = QVBoxLayout()
        self.queue_list.setSpacing(14)
        queue = QVBoxLayout(self.queue_card)
        queue.setContentsMargins(32, 24, 32, 24)
        queue.setSpacing(18)
        queue.addWidget(self.queue_caption)
        queue.addLayout(self.queue_list)
        queue.addStretch(1)

        body = QHBoxLayout()
        body.setSpacing(20)
        body.addWidget(self.card, 3)
        body.addWidget(self.queue_card, 2)

        self.work_message = self._message_label()
        self.main_buttons = QHBoxLayout()
        self.second_buttons = QHBoxLayout()
        for row, names in ((self.main_buttons, MAIN_ROW), (self.second_buttons, SECOND_ROW)):
            row.setSpacing(14)
            for name in names:
                row.addWidget(self._button(name))

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(body, 1)
        layout.addWidget(self.work_message)
        layout.addLayout(self.main_buttons)
        layout.addLayout(self.second_buttons)
        return page

    def _build_compact_page(self) -> QFrame:
        page = QFrame(objectName="compact")
        self.compact_number = QLabel("—", alignment=Qt.AlignmentFlag.AlignCenter)
        self.compact_timer = QLabel(objectName="status", alignment=Qt.AlignmentFlag.AlignCenter)
        self.compact_message = self._message_label()
        for label in (self.compact_number, self.compact_timer):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        grid = QGridLayout(page)
        grid.setContentsMargins(12, 8, 12, 10)
        grid.setSpacing(8)
        grid.addWidget(self.compact_number, 0, 0, 1, 2)
        grid.addWidget(self.compact_timer, 0, 2)
        grid.addWidget(self.compact_message, 1, 0, 1, 3)
        grid.addWidget(self._button("next", compact=True), 2, 0)
        grid.addWidget(self._button("finish", compact=True), 2, 1)
        grid.addWidget(self._button("compact", compact=True), 2, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(2, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        return page

    # ------------------------------------------------------------------ sizes

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._apply_sizes(event.size().width(), event.size().height())
        super().resizeEvent(event)

    def _apply_sizes(self, width: int, height: int) -> None:
        if self.compact:
            unit = max(0.6, min(height / COMPACT_SIZE.height(), width / COMPACT_SIZE.width()))
            self.compact_number.setFont(font(78 * unit, bold=True))
            self.compact_timer.setFont(font(38 * unit, bold=True))
            self.compact_message.setFont(font(15 * unit))
            for name in ("next", "finish", "compact"):
                self.buttons[f"{name}:compact"].setFont(font(19 * unit, bold=True))
            return
        scale = max(0.5, min(height / FULL_SIZE.height(), width / FULL_SIZE.width()))
        self._scale = scale
        self.title.setFont(font(34 * scale, bold=True))
        self.subtitle.setFont(font(26 * scale))
        self.operator_label.setFont(font(28 * scale))
        for button in self.lang_buttons.values():
            button.setFont(font(20 * scale, bold=True))
        self.buttons["compact"].setFont(font(20 * scale, bold=True))
        self.buttons["compact"].setMinimumSize(int(220 * scale), int(56 * scale))
        self.sign_in_title.setFont(font(40 * scale, bold=True))
        for label in (self.login_caption, self.pin_caption):
            label.setFont(font(24 * scale))
        for edit in (self.login_edit, self.pin_edit):
            edit.setFont(font(36 * scale))
        self.sign_in_button.setFont(font(32 * scale, bold=True))
        self.card_caption.setFont(font(28 * scale))
        self.number_label.setFont(font(210 * scale, bold=True))
        self.service_label.setFont(font(42 * scale))
        self.badges.setFont(font(26 * scale, bold=True))
        self.status_label.setFont(font(36 * scale, bold=True))
        self.timer_label.setFont(font(100 * scale, bold=True))
        self.timer_caption.setFont(font(26 * scale))
        self.extra_label.setFont(font(26 * scale))
        self.queue_caption.setFont(font(30 * scale, bold=True))
        for code in self.queue_rows:
            self._size_queue_row(code)
        for message in (self.sign_in_message, self.work_message):
            message.setFont(font(30 * scale))
            message.setMinimumHeight(int(64 * scale))
        for name in MAIN_ROW:
            self.buttons[name].setFont(font(32 * scale, bold=True))
            self.buttons[name].setMinimumHeight(int(130 * scale))
        for name in SECOND_ROW:
            self.buttons[name].setFont(font(26 * scale, bold=True))
            self.buttons[name].setMinimumHeight(int(96 * scale))

    def _size_queue_row(self, code: str) -> None:
        prefix, name, longest, count, count_caption = self.queue_rows[code]
        scale = self._scale
        prefix.setFont(font(36 * scale, bold=True))
        prefix.setFixedSize(int(72 * scale), int(72 * scale))
        name.setFont(font(29 * scale))
        longest.setFont(font(23 * scale))
        count.setFont(font(56 * scale, bold=True))
        count_caption.setFont(font(20 * scale))

    # ------------------------------------------------------------------ reading

    def _read(self) -> tuple[QueueStatus, int, int]:
        # The epoch is taken before reading: an action finishing meanwhile makes it stale.
        epoch = self._epoch
        return self.engine.status(), self.engine.settings.recall_limit, epoch

    def _refresh_failed(self, error: BaseException) -> None:
        log.warning("operator panel could not refresh: %s", error)

    def _show(self, data: tuple[QueueStatus, int, int]) -> None:
        self.status, self._recall_limit, epoch = data
        info = next(
            (item for item in self.status.windows if item.number == self.window_number), None
        )
        self.window_info = info
        if info is None:
            self._say(
                Message(_("There is no window {number}."), number=self.window_number).translate,
                "error",
            )
        elif epoch == self._epoch:  # no action of ours finished while reading
            self.ticket = info.current
            self.paused = info.state == "paused"
            if self.login is not None and info.operator != self.login:
                self._signed_out(
                    Message(
                        _("Window {window} was signed out elsewhere; sign in again."),
                        window=self.window_number,
                    ).translate,
                    "error",
                )
            elif self.login is None and info.operator and not self.login_edit.text():
                self.login_edit.setText(info.operator)  # a restarted panel: only the PIN again
                self.pin_edit.setFocus()
        self._render()

    # ------------------------------------------------------------------ signing in and out

    def sign_in(self) -> None:
        login = self.login_edit.text().strip()
        pin = self.pin_edit.text()
        if not login or not pin:
            self._say(Message(_("Enter your login and PIN.")).translate, "error")
            return
        if self._busy:
            return
        self._busy = True
        self.jobs.run(
            lambda: self.engine.sign_in(self.window_number, login, pin),
            lambda _none: self._signed_in(login),
            self._sign_in_refused,
        )

    def _signed_in(self, login: str) -> None:
        self._busy = False
        self._epoch += 1
        self.login = login
        self.pin_edit.clear()
        self.paused = False
        self._say(None)
        self._render()
        self.refresh()

    def _sign_in_refused(self, error: BaseException) -> None:
        self._busy = False
        self.pin_edit.clear()
        self.pin_edit.setFocus()
        self._refused_message(error)

    def _signed_out(self, message: Render | None, kind: str = "info") -> None:
        self.set_compact(False)
        self.login = None
        self.ticket = None
        self.pin_edit.clear()
        self._say(message, kind)
        self._render()
        self.pin_edit.setFocus()

    # ------------------------------------------------------------------ actions

    def _act(self, work: Callable[[], Any], done: Callable[[Any], Render | None]) -> None:
        """Run one engine move; ``done`` updates the state from its result and says what
        happened. A refusal is shown, and the queue re-read, since the screen may be stale."""
        if self._busy:
            return
        self._busy = True

        def finished(result: Any) -> None:
            self._busy = False
            self._epoch += 1
            if isinstance(result, TicketInfo):
                current = result.status in ACTIVE and result.window == self.window_number
                self.ticket = result if current else None
            self._say(done(result))
            self._render()
            self.refresh()

        self.jobs.run(work, finished, self._refused)

    def _refused(self, error: BaseException) -> None:
        self._busy = False
        self._refused_message(error)
        self.refresh()

    def _refused_message(self, error: BaseException) -> None:
        if isinstance(error, ConqError):
            kind = "info" if isinstance(error, NothingToCall) else "error"
            self._say(error.message, kind)
        else:
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            self._say(
                Message(_("That did not work: {reason}"), reason=reason).translate,
                "error",
            )

    def _on_next(self) -> None:
        self.call_next()

    def call_next(self) -> None:
        self._act(lambda: self.engine.call_next(self.window_number), self._called)

    def _called(self, ticket: TicketInfo) -> Render:
        return Message(
            _("Ticket {number} is called to window {window}."),
            number=ticket.number,
            window=self.window_number,
        ).translate

    def _current_number(self) -> str | None:
        return self.ticket.number if self.ticket is not None else None

    def _move(self, name: str, said: str | None) -> None:
        """Recall, start, finish, no-show or postpone the ticket on screen (and only it)."""
        move = getattr(self.engine, name)
        number = self._current_number()

        def done(ticket: TicketInfo) -> Render | None:
            if said is None:
                return None
            return Message(
                said, number=ticket.number, count=ticket.recall_count, limit=self._recall_limit
            ).translate

        self._act(lambda: move(self.window_number, number=number), done)

    def _on_recall(self) -> None:
        self._move("recall", _("Ticket {number} is called again ({count} of {limit})."))

    def _on_start(self) -> None:
        self._move("start", None)

    def _on_finish(self) -> None:
        self._move("finish", _("Ticket {number} is done."))

    def _on_no_show(self) -> None:
        self._move("no_show", _("Ticket {number}: the visitor did not come."))

    def _on_postpone(self) -> None:
        self._move("postpone", _("Ticket {number} went back to the end of the queue."))

    def _on_redirect(self) -> None:
        """Ask where to, then redirect the ticket that was on screen when asked."""
        if self.ticket is None or self.status is None:
            return
        number = self.ticket.number
        services = [
            queue.service
            for queue in self.status.services
            if queue.active and queue.service.code != self.ticket.service.code
        ]
        self.picker = picker = ServicePicker(self, services, number, self.lang)
        picker.accepted.connect(lambda: self.redirect(number, picker.chosen()))
        picker.finished.connect(picker.deleteLater)
        picker.open()

    def redirect(self, number: str, to_service: str | None) -> None:
        if to_service is None:
            return

        def done(ticket: TicketInfo) -> Render:
            def render(lang: str) -> str:
                return translate(
                    _("Ticket {number} is sent to “{service}”."),
                    lang,
                    number=ticket.number,
                    service=ticket.service.name(lang),
                )

            return render

        self._act(lambda: self.engine.redirect(self.window_number, to_service, number=number), done)

    def _on_call(self) -> None:
        """Ask for a number and a reason; the waiting tickets are offered as they load."""
        dialog = self.call_dialog = CallDialog(self, self.window_number, self.lang)
        codes = list(self.window_info.services) if self.window_info else []

        def waiting() -> list[str]:
            return [ticket.number for code in codes for ticket in self.engine.waiting(code)]

        def offer(numbers: list[str]) -> None:
            if shiboken6.isValid(dialog):  # not closed meanwhile
                dialog.set_waiting(numbers)

        self.jobs.run(waiting, offer, lambda _error: offer([]))
        dialog.accepted.connect(lambda: self.call_specific(*dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def call_specific(self, number: str, reason: str) -> None:
        self._act(
            lambda: self.engine.call_specific(self.window_number, number, reason), self._called
        )

    def _on_pause(self) -> None:
        window = self.window_number
        if self.paused:
            self._act(lambda: self.engine.resume(window), lambda _none: self._now_paused(False))
        else:
            self._act(lambda: self.engine.pause(window), lambda _none: self._now_paused(True))

    def _now_paused(self, paused: bool) -> Render:
        self.paused = paused
        said = (
            _("Window {window} is on a break.") if paused else _("Window {window} is open again.")
        )
        return Message(said, window=self.window_number).translate

    def _on_sign_out(self) -> None:
        if self._busy:
            return
        self._busy = True
        said = Message(
            _("{name} signed out of window {window}."),
            name=self._operator_name(),
            window=self.window_number,
        )

        def done(_none: None) -> None:
            self._busy = False
            self._epoch += 1
            self._signed_out(said.translate)
            self.refresh()

        self.jobs.run(lambda: self.engine.sign_out(self.window_number), done, self._refused)

    def _on_compact(self) -> None:
        self.set_compact(not self.compact)

    # ------------------------------------------------------------------ compact mode

    def set_compact(self, on: bool) -> None:
        """A small always-on-top window with the number, the timer, Next and Finish."""
        if on == self.compact or (on and self.login is None):
            return
        visible = self.isVisible()
        self.compact = on
        if on:
            self._full_geometry = self.geometry()
        self.header.setVisible(not on)
        self.pages.setVisible(not on)
        self.compact_page.setVisible(on)
        layout = self.layout()
        layout.setContentsMargins(*((6, 6, 6, 6) if on else (24, 20, 24, 20)))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        if on:
            self.resize(COMPACT_SIZE)
        elif self._full_geometry is not None:
            self.setGeometry(self._full_geometry)
        self._apply_sizes(self.width(), self.height())
        self._render()
        if visible:
            self.show()  # changing the window flags hides the window

    # ------------------------------------------------------------------ language

    def set_language(self, lang: str) -> None:
        self.lang = lang
        set_ui_language(lang)  # Qt's own texts (dialog buttons) follow
        self.lang_buttons[lang].setChecked(True)
        self._render()

    def _t(self, message: str, **params: Any) -> str:
        return translate(message, self.lang, **params)

    # ------------------------------------------------------------------ showing

    def _say(self, message: Render | None, kind: str = "info") -> None:
        self._message = (message, kind) if message is not None else None
        self._render_message()

    def _render_message(self) -> None:
        text, kind = "", "empty"
        if self._message is not None:
            text, kind = self._message[0](self.lang), self._message[1]
        for label in (self.sign_in_message, self.work_message, self.compact_message):
            label.setText(text)
            restyle(label, kind=kind)
        self.compact_message.setVisible(bool(text))

    def _operator_name(self) -> str:
        info = self.window_info
        if info is not None and info.operator == self.login and info.operator_name:
            return info.operator_name
        return self.login or ""

    def _render(self) -> None:
        signed_in = self.login is not None
        self.pages.setCurrentWidget(self.work_page if signed_in else self.sign_in_page)
        title = self._t(_("Window {window}"), window=self.window_number)
        self.title.setText(title)
        self.subtitle.setText(self.window_info.name if self.window_info else "")
        self.setWindowTitle(f"{title} — conq-desktop")
        self.operator_label.setText(
            f"{self._t(_('Operator'))}: {self._operator_name()}" if signed_in else ""
        )
        self.sign_in_title.setText(
            self._t(_("Sign in to window {window}"), window=self.window_number)
        )
        self.login_caption.setText(self._t(_("Login")))
        self.pin_caption.setText(self._t(_("PIN")))
        self.sign_in_button.setText(self._t(_("Sign in")))
        self._render_ticket()
        self._render_queues()
        self._render_actions()
        self._render_message()
        self._tick()

    def _render_ticket(self) -> None:
        ticket = self.ticket
        self.card_caption.setText(self._t(_("Current ticket")))
        badges: list[str] = []
        extra = ""
        if ticket is None:
            self.number_label.setText("—")
            self.compact_number.setText("—")
            self.service_label.setText(
                self._t(_("On a break")) if self.paused else self._t(_("No current ticket"))
            )
            self.status_label.setText(
                self._t(_("Press Resume to take visitors again."))
                if self.paused
                else self._t(_("Press Next to call the next visitor."))
            )
            restyle(self.status_label, state="paused" if self.paused else "idle")
        else:
            self.number_label.setText(ticket.number)
            self.compact_number.setText(ticket.number)
            self.service_label.setText(ticket.service.name(self.lang))
            called = ticket.status == TicketStatus.CALLED
            self.status_label.setText(
                self._t(_("Called, waiting for the visitor"))
                if called
                else self._t(_("Being served"))
            )
            restyle(self.status_label, state=ticket.status)
            if ticket.priority > 0:
                badges.append(self._t(_("Priority")))
            if ticket.recall_count:
                extra = self._t(
                    _("Called again {count} of {limit} times"),
                    count=ticket.recall_count,
                    limit=self._recall_limit,
                )
            if ticket.redirected_from:
                source = self._service_name(ticket.redirected_from)
                extra = " · ".join(
                    filter(None, [extra, self._t(_("Redirected from “{service}”"), service=source)])
                )
        self.badges.setText("  ".join(badges))
        self.badges.setVisible(bool(badges))
        self.extra_label.setText(extra)
        restyle(self.compact_timer, state=ticket.status if ticket else "idle")

    def _service_name(self, code: str) -> str:
        for queue in self.status.services if self.status else []:
            if queue.service.code == code:
                return queue.service.name(self.lang)
        return code

    def _render_queues(self) -> None:
        self.queue_caption.setText(self._t(_("Waiting for this window")))
        codes = tuple(self.window_info.services) if self.window_info else ()
        if codes != self._queue_codes:
            self._rebuild_queue_rows(codes)
        queues = (
            {queue.service.code: queue for queue in self.status.services} if self.status else {}
        )
        for code, (prefix, name, longest, count, count_caption) in self.queue_rows.items():
            queue = queues.get(code)
            if queue is None:
                continue
            prefix.setText(queue.service.prefix)
            name.setText(queue.service.name(self.lang))
            count.setText(str(queue.waiting))
            count_caption.setText(self._t(_("Waiting")))
            restyle(count, busy=queue.waiting > 0)
            minutes = self._t(_("{minutes} min"), minutes=queue.longest_wait_minutes)
            longest.setText(
                f"{self._t(_('Longest wait'))}: {minutes}"
                if queue.waiting
                else self._t(_("Nobody is waiting"))
            )

    def _rebuild_queue_rows(self, codes: tuple[str, ...]) -> None:
        for tile in self._queue_tiles:
            self.queue_list.removeWidget(tile)
            tile.deleteLater()
        self._queue_tiles = []
        self.queue_rows = {}
        for code in codes:
            tile = QFrame(objectName="queueRow")
            prefix = QLabel(objectName="prefix", alignment=Qt.AlignmentFlag.AlignCenter)
            name = QLabel()
            name.setWordWrap(True)
            longest = QLabel(objectName="caption")
            count = QLabel(objectName="count", alignment=Qt.AlignmentFlag.AlignRight)
            count_caption = QLabel(objectName="caption", alignment=Qt.AlignmentFlag.AlignRight)
            texts = QVBoxLayout()
            texts.setSpacing(2)
            texts.addStretch(1)
            texts.addWidget(name)
            texts.addWidget(longest)
            texts.addStretch(1)
            numbers = QVBoxLayout()
            numbers.setSpacing(0)
            numbers.addStretch(1)
            numbers.addWidget(count)
            numbers.addWidget(count_caption)
            numbers.addStretch(1)
            row = QHBoxLayout(tile)
            row.setContentsMargins(18, 12, 22, 12)
            row.setSpacing(18)
            row.addWidget(prefix, 0, Qt.AlignmentFlag.AlignVCenter)
            row.addLayout(texts, 1)
            row.addLayout(numbers)
            self.queue_list.addWidget(tile)
            self._queue_tiles.append(tile)
            self.queue_rows[code] = (prefix, name, longest, count, count_caption)
            self._size_queue_row(code)
        self._queue_codes = codes

    def _render_actions(self) -> None:
        """Enable what the rules allow now; the engine still has the last word."""
        ticket = self.ticket
        state = ticket.status if ticket is not None else None
        ready = self.login is not None
        free = ready and ticket is None
        others = bool(
            self.status
            and ticket
            and any(
                queue.active and queue.service.code != ticket.service.code
                for queue in self.status.services
            )
        )
        allowed = {
            "next": free and not self.paused,
            "call": free and not self.paused,
            "recall": ready
            and state == TicketStatus.CALLED
            and ticket is not None
            and ticket.recall_count < self._recall_limit,
            "start": ready and state == TicketStatus.CALLED,
            "finish": ready and state == TicketStatus.SERVING,
            "no_show": ready and state == TicketStatus.CALLED,
            "postpone": ready and state in ACTIVE,
            "redirect": ready and state in ACTIVE and others,
            "pause": free,
            "sign_out": free,
            "compact": ready,
        }
        for name, label, key, _role in ACTIONS:
            if name == "pause" and self.paused:
                label = _("Resume")
            elif name == "compact" and self.compact:
                label = _("Full view")
            text = self._t(label)
            action = self.moves[name]
            action.setText(text)
            action.setIconText(f"{text}\n{key}")
            action.setToolTip(f"{text} ({key})")
            action.setEnabled(allowed[name])
        self.buttons["compact"].setVisible(ready)

    def _tick(self) -> None:
        """The running time of the current ticket, from its own timestamps; no reading."""
        ticket = self.ticket
        if ticket is None:
            self.timer_label.setText("")
            self.timer_caption.setText("")
            self.compact_timer.setText("")
            return
        serving = ticket.status == TicketStatus.SERVING and ticket.started_at is not None
        since = ticket.started_at if serving else ticket.called_at
        text = elapsed(since, self.engine.clock.now())
        self.timer_label.setText(text)
        self.compact_timer.setText(text)
        self.timer_caption.setText(
            self._t(_("since the start of service")) if serving else self._t(_("since the call"))
        )

