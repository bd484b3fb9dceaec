"""The hall display: who is called to which window, readable across a hall.

Laid out like an airport board: the newest call large in its own panel ("Талон А-015 →
Терезе / Окно 3", briefly blinking), beside it (or below, on a portrait monitor) a headed
table of the recent calls with the state of each ticket, the newest highlighted; the
centre's name, clock and date at the top; the people waiting per service, the fairness
line if the centre shows it (fairness_line.py) and a running text at the bottom, and
in its right-hand corner, where the centre shows it (``display_phone_qr`` and a bot),
the QR code of the centre's Telegram bot with "Follow your turn on your phone". A
service whose longest wait has passed its target (``ServiceQueue.over_target``, the
rule in engine/rules.py) has its count on a red badge with a warning sign, and the line
ends with "⚠ максаттан ашты / сверх нормы"; time alone makes a wait cross its target,
so the queue is read again once a minute as well as on every change. Every
text is at least 1/30 of the screen high and the newest number at least 1/8; the sizes
are fitted to the screen, measured, so nothing is cut off at 1920×1080, 1366×768 or in
portrait. It only reads: every change arrives through
``LiveUpdates`` and the data is fetched off the GUI thread.
"""

from __future__ import annotations

import html
import logging
import math
from collections.abc import Iterable
from datetime import datetime

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.engine import QueueEngine, QueueStatus
from conq_desktop.engine.settings import CentreSettings
from conq_desktop.engine.snapshots import CallInfo, ServiceInfo, ServiceQueue
from conq_desktop.i18n import PUBLIC_LANGUAGES, Message, _, translate
from conq_desktop.views.common.connection import watch_connection
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.qr_image import QrLabel
from conq_desktop.views.common.theme import FONT_FAMILY, PALETTE, restyle, window_sheet
from conq_desktop.views.common.worker import EngineRunner, WindowJobs
from conq_desktop.views.display.fairness_line import FairnessLine, public_text

log = logging.getLogger(__name__)

# Qt's QWIDGETSIZE_MAX: no maximum height.
UNLIMITED = (1 << 24) - 1
HISTORY_ROWS = 8  # the most rows the table shows; as many as fit the screen are shown
NEWEST_BORDER = 4  # px, the newest row's frame (in STYLE), inside the row's height
BLINK_MS = 500
BLINKS = 6
# Calls and queues are read again this often without any change: a wait crosses its
# service's target with time alone.
REREAD_MS = 60_000
# Above the last state shown while the database cannot be reached: the hall still
# sees who was called, and knows that the board may be behind.
NO_CONNECTION = _("No connection")

# Beside the bot's QR code in the bottom corner (docs/phone.md).
FOLLOW_ON_PHONE = _("Follow your turn on your phone")
# The QR code's side, quiet zone included: this part of the screen height (landscape,
# portrait): large enough for a phone held a step or two away.
PHONE_QR = (1 / 6.5, 1 / 8)

# Each text at least this part of the screen height (readable from 8 m on a hall monitor).
SMALLEST = 1 / 30
# The newest number at least this part of it.
BIG = 1 / 8

# The ticket's state on the board, by TicketStatus value; the rest are "closed".
STATES: dict[str, str] = {
    "called": _("Being called"),
    "serving": _("At the window"),
    "done": _("Served"),
    "no_show": _("No-show"),
    "waiting": _("In the queue"),  # postponed or redirected: back in the queue
}
CLOSED = _("Closed")
# The waiting line's mark of a service whose longest wait has passed its target.
OVER_TARGET = _("over target")
WARNING_SIGN = "\u26a0"  # ⚠
# A red badge, white letters (as the no-show badge): seen from across the hall.
OVER_TARGET_SPAN = f'<span style="background-color: {PALETTE["warn"]}; color: {PALETTE["white"]};">'

STYLE = window_sheet(
    "hall",
    """
QLabel#centre { color: $mist; }
QLabel#clock { color: $white; }
QLabel#date { color: $sky; }
QFrame#current { background: $card; border-radius: 24px; }
QFrame#current[flash="true"] { background: $amber; }
QFrame#current[flash="true"] QLabel { color: $navy; }
QLabel#currentNumber { color: $white; }
QLabel#currentWindow { color: $amber; }
QLabel#arrow { color: $amber; }
QLabel#head { color: $sky; }
QLabel#caption { color: $pale; border-top: 2px solid $border_soft; }
QLabel#service { color: $mist; }
QFrame#history { background: $panel; border-radius: 24px; }
QLabel#historyTitle { color: $white; }
QFrame#tableHeader { background: transparent; border-bottom: 3px solid $border_soft; }
QLabel#columnHead { color: $sky; }
QFrame#historyRow { background: transparent; border-radius: 12px; }
QFrame#historyRow[odd="true"] { background: $strip; }
QLabel#rowNumber, QLabel#rowWindow { color: $pale; }
QLabel#rowState { color: $sky; }
QFrame#historyRow[state="called"] QLabel#rowNumber { color: $white; }
QFrame#historyRow[state="called"] QLabel#rowWindow { color: $amber; }
QFrame#historyRow[state="called"] QLabel#rowState { color: $amber; }
QFrame#historyRow[state="serving"] QLabel#rowState { color: $good_text; }
QFrame#historyRow[state="done"] QLabel { color: $faint; }
QFrame#historyRow[state="closed"] QLabel { color: $faint; }
QFrame#historyRow[state="no_show"] QLabel#rowNumber { color: $off_text; }
QFrame#historyRow[state="no_show"] QLabel#rowWindow { color: $off_text; }
QFrame#historyRow[state="no_show"] QLabel#rowState {
    color: $error_text; background: $error_bg; border-radius: 10px;
}
QFrame#historyRow[newest="true"] { background: $card; border: 4px solid $amber; }
QFrame#footer { background: $panel; border-radius: 18px; }
QLabel#waiting { color: $pale; }
QLabel#fairness { color: $mist; }
QLabel#ticker { color: $amber; }
QLabel#phoneLine { color: $white; }
QLabel#offline { background: $warn; color: $white; border-radius: 12px; }
""",
)


def public(message: str, separator: str = " / ") -> str:
    """``message`` in the public's languages, each once ("Талон", not "Талон / Талон")."""
    return public_text(message, separator)


def font(pixels: int, bold: bool = False, condensed: bool = False) -> QFont:
    result = QFont(FONT_FAMILY)
    result.setPixelSize(max(1, pixels))
    result.setBold(bold)
    if condensed:  # the shipped DejaVu Sans Condensed Bold: larger numbers in the same width
        result.setStretch(QFont.Stretch.Condensed)
    return result


def number_font(pixels: int) -> QFont:
    """Ticket and window numbers: bold and condensed, as on a departures board."""
    return font(pixels, bold=True, condensed=True)


def text_width(qfont: QFont, texts: Iterable[str]) -> int:
    """The widest line of ``texts`` in ``qfont``, in pixels."""
    metrics = QFontMetrics(qfont)
    return max(
        (metrics.horizontalAdvance(line) for text in texts for line in text.split("\n")),
        default=0,
    )


def line_height(pixels: int, bold: bool = False, lines: int = 1) -> int:
    """How high ``lines`` lines of text are (as a label lays them out)."""
    metrics = QFontMetrics(font(pixels, bold))
    return metrics.height() + (lines - 1) * metrics.lineSpacing()


def label(name: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> QLabel:
    """A label whose width the layout decides (its text is fitted to it, not the reverse)."""
    result = QLabel(objectName=name, alignment=align | Qt.AlignmentFlag.AlignVCenter)
    policy = result.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    result.setSizePolicy(policy)
    return result


def lines(widget: QLabel) -> list[str]:
    """A label's lines. A wrapping label gets the size at which each line fits whole, and
    wraps only if even the smallest size does not fit them."""
    return widget.text().split("\n")


def set_pixels(widget: QWidget, pixels: int, bold: bool = False, condensed: bool = False) -> None:
    """Change the font only when it differs: a new font lays the window out again."""
    wanted = font(pixels, bold, condensed)
    current = widget.font()
    if (current.pixelSize(), current.bold(), current.stretch()) != (
        pixels,
        bold,
        wanted.stretch(),
    ):
        widget.setFont(wanted)


def set_number_pixels(widget: QWidget, pixels: int) -> None:
    set_pixels(widget, pixels, bold=True, condensed=True)


class RunningText(QLabel):
    """The running text line: still and centred while it fits, otherwise it runs from
    right to left, over and over. It never asks the window to be wider than the screen."""

    STEP_MS = 30
    _timer: QTimer | None = None
    _offset = 0

    def __init__(self, text: str = "") -> None:
        super().__init__(text, objectName="ticker", alignment=Qt.AlignmentFlag.AlignCenter)
        self._offset = 0
        self._timer = QTimer(self, interval=self.STEP_MS, timeout=self._step)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)

    @property
    def running(self) -> bool:
        return self._alive() and self._timer.isActive()

    def _alive(self) -> bool:
        """Whether the timer is there: Qt may send events before __init__ has made it,
        or while the window is being taken apart."""
        return self._timer is not None and shiboken6.isValid(self._timer)

    def sizeHint(self) -> QSize:
        return QSize(0, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def setText(self, text: str) -> None:
        if text != self.text():
            self._offset = 0
            super().setText(text)
            self._restart()

    def _overflows(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def _restart(self) -> None:
        if not self._alive():
            return
        if self.isVisible() and self._overflows():
            self._timer.start()
        else:
            self._timer.stop()
            self._offset = 0
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._restart()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._restart()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self._alive():
            self._timer.stop()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._restart()

    def _step(self) -> None:
        self._offset += max(2, self.fontMetrics().height() // 16)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.running:
            super().paintEvent(event)
            return
        area = self.contentsRect()
        metrics = self.fontMetrics()
        period = metrics.horizontalAdvance(self.text()) + area.width() // 3
        self._offset %= period
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.setClipRect(area)
        x = area.left() - self._offset
        while x < area.right():
            painter.drawText(
                area.adjusted(x - area.left(), 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, self.text()
            )
            x += period
        painter.end()


class CallRow(QFrame):
    """One row of the table: the ticket, its window and the ticket's state."""

    def __init__(self) -> None:
        super().__init__(objectName="historyRow")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.number = label("rowNumber", Qt.AlignmentFlag.AlignLeft)
        self.window = label("rowWindow")
        self.state = label("rowState")
        self.call: CallInfo | None = None
        layout = QHBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.window)
        layout.addWidget(self.state)
        self.setProperty("state", "empty")
        self.setProperty("newest", False)
        self.setProperty("odd", False)

    def text(self) -> str:
        """What the row says, on one line: "А-001 → 2"."""
        return f"{self.number.text()} → {self.window.text()}" if self.call else ""

    def show_call(self, call: CallInfo | None, newest: bool) -> None:
        self.call = call
        state = "empty" if call is None else call.status if call.status in STATES else "closed"
        self.number.setText(call.number if call else "")
        self.window.setText(str(call.window) if call else "")
        said = STATES.get(state, CLOSED)
        self.state.setText(public(said, "\n") if call else "")
        if call is None:
            for part in (self.number, self.window, self.state):
                part.setAccessibleName("")
        else:
            name = translate(
                _("{number}, window {window}: {state}"),
                number=call.number,
                window=call.window,
                state=Message(said),
            )
            self.number.setAccessibleName(name)
            self.window.setAccessibleName(translate(_("Window {window}"), window=call.window))
            self.state.setAccessibleName(self.state.text().replace("\n", " / "))
        if self.property("state") != state or self.property("newest") != newest:
            restyle(self, children=True, state=state, newest=newest)


class CallTable(QFrame):
    """The headed table of recent calls: as many rows as fit, each the same height."""

    def __init__(self) -> None:
        super().__init__(objectName="history")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.title = label("historyTitle")
        self.header = QFrame(objectName="tableHeader")
        self.number_head = label("columnHead", Qt.AlignmentFlag.AlignLeft)
        self.window_head = label("columnHead")
        self.state_head = label("columnHead")
        self.heads = [self.number_head, self.window_head, self.state_head]
        header_layout = QHBoxLayout(self.header)
        header_layout.addWidget(self.number_head)
        header_layout.addWidget(self.window_head)
        header_layout.addWidget(self.state_head)
        self.rows = [CallRow() for _ in range(HISTORY_ROWS)]
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.header)
        for index, row in enumerate(self.rows):
            row.setProperty("odd", index % 2 == 1)
            layout.addWidget(row, 1)
        self._row_height = 1

    def set_columns(self, widths: tuple[int, int, int], row_padding: tuple[int, int]) -> None:
        """The three columns' widths, the same in the header and each row."""
        across, down = row_padding
        for line in (self.header, *self.rows):
            line_layout = line.layout()
            line_layout.setContentsMargins(across, down, across, down)
            line_layout.setSpacing(0)
            for part, width in zip(
                (line_layout.itemAt(i).widget() for i in range(3)), widths, strict=True
            ):
                if part.minimumWidth() != width or part.maximumWidth() != width:
                    part.setFixedWidth(width)

    def set_badge_margin(self, pixels: int) -> None:
        """Room around the state's words (the no-show badge), the same in every row."""
        for row in self.rows:
            row.state.setContentsMargins(pixels, 0, pixels, 0)

    def set_row_height(self, pixels: int) -> None:
        self._row_height = pixels
        self._show_rows()

    def visible_rows(self) -> list[CallRow]:
        return [row for row in self.rows if not row.isHidden()]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_rows()

    def _show_rows(self) -> None:
        layout = self.layout()
        margins = layout.contentsMargins()
        above = self.header.sizeHint().height()
        if not self.title.isHidden():
            across = self.width() - margins.left() - margins.right()
            above += self.title.heightForWidth(across) + layout.spacing()
        room = self.height() - margins.top() - margins.bottom() - above - layout.spacing()
        count = 1
        while (
            count < len(self.rows)
            and (count + 1) * (self._row_height + layout.spacing()) <= room + layout.spacing()
        ):
            count += 1
        for index, row in enumerate(self.rows):
            if row.isHidden() != (index >= count):
                row.setHidden(index >= count)


class HallDisplay(QWidget):
    """Announced calls are also emitted as ``announce(number, window)``."""

    announce = Signal(str, int)
    # The first data has been shown: calls after this one are announced.
    ready = Signal()

    def __init__(
        self,
        engine: QueueEngine,
        live: LiveUpdates | None = None,
        runner: EngineRunner | None = None,
        ticker: str = "",
    ) -> None:
        super().__init__()
        self.engine = engine
        self.runner = runner or EngineRunner(self)
        self._last_event_id: int | None = None
        self._blinks_left = 0
        self._portrait: bool | None = None
        self._services: dict[str, ServiceInfo] = {}
        # The widest ticket number and window number to make room for (the centre's
        # widest prefix, three digits), so the sizes do not jump from call to call.
        self._number_sample = "Ж-888"
        self._window_sample = "88"
        # The centre's settings as the last refresh read them in the worker: the clock
        # and the board never read the database on the GUI thread, where a server gone
        # meanwhile would raise instead of leaving the board as it is.
        self._centre = engine.settings
        self.jobs = WindowJobs(self.runner, self)
        # Re-reads calls and queues; a burst of changes while reading costs one more read.
        self.refresh = self.jobs.coalesced(self._read, self._show, self._failed)
        self.setObjectName("hall")
        self.setWindowTitle("conq-desktop")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.centre = label("centre", Qt.AlignmentFlag.AlignLeft)
        self.centre.setWordWrap(True)
        self.date = label("date", Qt.AlignmentFlag.AlignRight)
        self.clock = label("clock", Qt.AlignmentFlag.AlignRight)
        self.clock_box = QWidget()
        self.clock_layout = QHBoxLayout(self.clock_box)
        self.clock_layout.setContentsMargins(0, 0, 0, 0)
        self.clock_layout.addWidget(self.date)
        self.clock_layout.addWidget(self.clock)
        self.top = QGridLayout()

        self.current = QFrame(objectName="current")
        # Its width is the layout's share (its texts are fitted to it), never its texts'.
        self.current.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.current_number_head = label("head")
        self.current_number = label("currentNumber")
        self.current_number.setText("—")
        self.current_arrow = label("arrow")
        self.current_arrow.setText("→")
        self.current_window_head = label("head")
        self.current_window = label("currentWindow")
        self.current_service = label("service")
        self.current_service.setWordWrap(True)
        self.current_caption = label("caption")
        self.current_caption.setWordWrap(True)
        self.current_layout = QGridLayout(self.current)
        self._spacers = [
            QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
            for _ in range(2)
        ]

        self.history = CallTable()
        self.history_title = self.history.title
        self.history_title.setWordWrap(True)  # on one line but on the narrowest screens
        self.history_rows = self.history.rows

        self.body = QGridLayout()
        self.footer = QFrame(objectName="footer")
        self.waiting = label("waiting")
        self.waiting.setWordWrap(True)
        # Rich text for the over-target badges; its letters, measured in _fit, are these.
        self.waiting.setTextFormat(Qt.TextFormat.RichText)
        self.waiting_text = ""
        self._waiting: list[ServiceQueue] | None = None  # the services last shown
        self._over_words = ""  # "⚠ максаттан ашты / сверх нормы" while a service is over
        # The --ticker option wins; without it the centre's setting, kept up to date.
        self._ticker_option = ticker
        self._ticker_text = ticker
        self.ticker = RunningText(ticker)
        self.ticker.setVisible(bool(ticker))
        # Off unless the centre shows it: then under the waiting counts, and in portrait
        # in the running text, where a two-language sentence costs the table no rows.
        self.fairness = FairnessLine(engine, self.jobs)
        self.fairness.setVisible(False)
        self.fairness.shown.connect(self._place_fairness)
        # The bot's QR code in the footer's right-hand corner, its line beside it: off
        # unless the centre shows it and has a bot (``_show_phone``).
        self.phone = QWidget(objectName="phone")
        self.phone_line = label("phoneLine", Qt.AlignmentFlag.AlignRight)
        self.phone_qr = QrLabel()
        phone_layout = QHBoxLayout(self.phone)
        phone_layout.setContentsMargins(0, 0, 0, 0)
        phone_layout.addWidget(self.phone_line, 0, Qt.AlignmentFlag.AlignVCenter)
        phone_layout.addWidget(self.phone_qr, 0, Qt.AlignmentFlag.AlignVCenter)
        self.phone.hide()
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(0)
        texts.addWidget(self.waiting)
        texts.addWidget(self.fairness)
        texts.addWidget(self.ticker)
        footer_layout = QHBoxLayout(self.footer)
        footer_layout.addLayout(texts, 1)
        footer_layout.addWidget(self.phone, 0, Qt.AlignmentFlag.AlignVCenter)

        # The offline mark: hidden, so taking no room, until the connection is lost.
        self.offline = QLabel(objectName="offline", alignment=Qt.AlignmentFlag.AlignCenter)
        self.offline.setWordWrap(True)
        self.offline.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.offline)
        layout.addLayout(self.top)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.footer)
        self._set_texts()
        self._arrange(portrait=False)

        self._clock_timer = QTimer(self, interval=1000, timeout=self._tick)
        self._clock_timer.start()
        self._blink_timer = QTimer(self, interval=BLINK_MS, timeout=self._blink)
        self.reread_timer = QTimer(self, interval=REREAD_MS, timeout=self._reread)
        self.reread_timer.start()
        self._tick()
        self._describe_current(None)
        # The last state stays on the board while the database cannot be reached; the
        # mark says so, and goes once a read after its return has succeeded.
        self.connection = watch_connection(self, live, self.refresh)
        self.connection.state.connect(self._show_connection)
        if live is not None:
            live.changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------------ layout

    def _arrange(self, portrait: bool) -> None:
        """Landscape: the newest call and the table side by side. Portrait: one above the
        other, the number above its window; the centre's name joins the running text,
        so that the table keeps its rows at the larger letters a tall screen needs."""
        if portrait == self._portrait:
            return
        self._portrait = portrait
        for grid in (self.top, self.body, self.current_layout):
            while grid.count():
                grid.takeAt(0)
            for index in range(6):
                grid.setRowStretch(index, 0)
                grid.setColumnStretch(index, 0)
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        current = self.current_layout
        landscape_only = (
            self.centre,
            self.current_number_head,
            self.current_service,
            self.current_caption,
            self.history_title,
        )
        for widget in landscape_only:
            widget.setHidden(portrait)
        if portrait:
            self.top.addWidget(self.clock_box, 0, 0)
            self.date.setAlignment(left | Qt.AlignmentFlag.AlignVCenter)
            self.body.addWidget(self.current, 0, 0)
            self.body.addWidget(self.history, 1, 0)
            self.body.setRowStretch(1, 1)
            self.body.setColumnStretch(0, 1)
            current.addWidget(self.current_number, 0, 0, 1, 3)
            current.addWidget(self.current_arrow, 1, 0)
            current.addWidget(self.current_window_head, 1, 1)
            current.addWidget(self.current_window, 1, 2)
        else:
            self.top.addWidget(self.centre, 0, 0)
            self.top.addWidget(self.clock_box, 0, 1)
            self.top.setColumnStretch(0, 1)
            self.date.setAlignment(right | Qt.AlignmentFlag.AlignVCenter)
            self.body.addWidget(self.current, 0, 0)
            self.body.addWidget(self.history, 0, 1)
            self.body.setRowStretch(0, 1)
            # The call in the middle of its panel, the invitation at the bottom.
            current.addItem(self._spacers[0], 0, 0, 1, 3)
            current.addWidget(self.current_number_head, 1, 0)
            current.addWidget(self.current_window_head, 1, 2)
            current.addWidget(self.current_number, 2, 0)
            current.addWidget(self.current_arrow, 2, 1)
            current.addWidget(self.current_window, 2, 2)
            current.addWidget(self.current_service, 3, 0, 1, 3)
            current.addItem(self._spacers[1], 4, 0, 1, 3)
            current.addWidget(self.current_caption, 5, 0, 1, 3)
            self.current.setMinimumHeight(0)
            self.current.setMaximumHeight(UNLIMITED)
        self.fairness.setVisible(self.fairness.active and not portrait)
        # In portrait the bot's line runs in the running text: beside the code it would
        # take the waiting counts' room.
        self.phone_line.setHidden(portrait)
        if self._waiting is not None:
            self._show_waiting(self._waiting)  # the words for a breach move, see there
        self._show_running_text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        self._arrange(portrait=size.height() > size.width())
        self._fit(size.width(), size.height())
        super().resizeEvent(event)

    def _fit(self, width: int, height: int) -> None:
        """Every size from the screen's: the margins, each text as large as its room
        allows (measured with the font, never below 1/30 of the height), the columns."""
        portrait = height > width
        short = min(width, height)
        smallest = math.ceil(height * SMALLEST)
        margin = round(short / 36)
        gap = round(short / 60)
        pad = round(short / 30)  # inside the panels: nothing touches an edge

        layout = self.layout()
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(gap)
        self.body.setSpacing(gap)
        self.top.setHorizontalSpacing(gap)
        inner = width - 2 * margin
        if portrait:
            current_width = history_width = inner
        else:
            current_width = round((inner - gap) * 0.56)
            history_width = inner - gap - current_width
            self.body.setColumnStretch(0, current_width)
            self.body.setColumnStretch(1, history_width)

        # The top: the centre's name, the date and the clock.
        clock_px = fit(
            ["88:88"], round(height / (24 if portrait else 13)), smallest, inner // 3, True
        )
        set_pixels(self.clock, clock_px, bold=True)
        date_px = fit(["88.88.8888"], max(smallest, round(height / 27)), smallest, inner // 3)
        set_pixels(self.date, date_px)
        set_pixels(self.offline, smallest, bold=True)
        self.offline.setContentsMargins(pad // 2, pad // 4, pad // 2, pad // 4)
        clock_width = text_width(font(clock_px, True), ["88:88"]) + 4
        date_width = text_width(font(date_px), ["88.88.8888"]) + 4
        self.clock_layout.setSpacing(gap)
        self.clock.setFixedWidth(clock_width)
        if portrait:
            self.date.setFixedWidth(inner - clock_width - gap)
            self.clock_box.setFixedWidth(inner)
        else:
            self.date.setFixedWidth(date_width)
            self.clock_box.setFixedWidth(clock_width + date_width + gap)
        name_width = inner - self.clock_box.maximumWidth() - gap
        set_pixels(self.centre, fit(lines(self.centre), round(height / 26), smallest, name_width))

        # The newest call: "Талон А-015 → Терезе / Окно 3".
        across, down = pad, round(pad * (0.4 if portrait else 0.6))
        self.current_layout.setContentsMargins(across, down, across, down)
        spacing = pad // 2
        self.current_layout.setHorizontalSpacing(spacing)
        self.current_layout.setVerticalSpacing(0)
        room = current_width - 2 * across - 2 * spacing
        head_px = max(smallest, round(height / 24))
        set_pixels(self.current_number_head, head_px)
        set_pixels(self.current_window_head, head_px)
        numbers = [self._number_sample, self.current_number.text()]
        windows = [self._window_sample, self.current_window.text()]
        lowest = math.ceil(height * BIG)
        big = round(height / 7) if portrait else round(height / 4.5)
        # The word "Терезе / Окно" on one line where it fits, else one language a line.
        word = public(_("Window"))
        if portrait or text_width(font(head_px), [word]) > room // 3:
            word = public(_("Window"), "\n")
        self.current_window_head.setText(word)
        word_width = text_width(font(head_px), [word])

        def arrow_width(pixels: int) -> int:
            return text_width(font(round(pixels * 0.6), True), ["→"])

        def number_width(pixels: int) -> int:
            return text_width(number_font(pixels), numbers)

        def window_width(pixels: int) -> int:
            return text_width(number_font(pixels), windows)

        if portrait:
            # The number on a line of its own, below it "→ Терезе / Окно 3".
            while big > lowest and (
                number_width(big) > current_width - 2 * across
                or arrow_width(big) + word_width + window_width(big) > room
            ):
                big -= 1
            columns = [arrow_width(big), word_width, window_width(big)]
            spare = max(0, room - sum(columns))
            widths = (columns[0] + spare // 2, columns[1], columns[2] + spare - spare // 2)
            needed = (
                2 * down
                + line_height(big, True)
                + max(line_height(big, True), line_height(head_px, lines=2))
            )
            self.current.setFixedHeight(needed)
        else:
            # "А-015 → 3" on one line, "Талон" and "Терезе / Окно" above them.
            while big > lowest and (
                number_width(big) + arrow_width(big) + max(window_width(big), word_width) > room
            ):
                big -= 1
            number = number_width(big)
            window = max(window_width(big), word_width)
            spare = max(0, room - number - arrow_width(big) - window)
            widths = (number + spare // 2, arrow_width(big), window + spare - spare // 2)
        for column, column_width in enumerate(widths):
            self.current_layout.setColumnMinimumWidth(column, column_width)
        set_number_pixels(self.current_number, big)
        set_number_pixels(self.current_window, big)
        set_pixels(self.current_arrow, round(big * 0.6), bold=True)
        text_room = current_width - 2 * across
        # "Терезеге өтүңүз / Пройдите к окну" on one line, or one language a line.
        caption = public(_("Please go to window"))
        if text_width(font(smallest), [caption]) > text_room - pad:
            caption = public(_("Please go to window"), "\n")
        self.current_caption.setText(caption)
        set_pixels(
            self.current_caption,
            fit(lines(self.current_caption), round(height / 22), smallest, text_room - pad),
        )
        self.current_caption.setContentsMargins(pad // 2, pad // 4, pad // 2, pad // 4)
        set_pixels(
            self.current_service,
            fit(lines(self.current_service), round(height / 26), smallest, text_room),
        )

        # The table of calls: "Талон | Терезе / Окно | Абалы / Статус".
        table = self.history.layout()
        table.setContentsMargins(pad // 2, pad // 2, pad // 2, pad // 2)
        table.setSpacing(max(2, gap // 3))
        set_pixels(
            self.history_title,
            fit(lines(self.history_title), round(height / 22), smallest, history_width - pad, True),
            bold=True,
        )
        across = round(short / 50)
        row_room = history_width - pad - 2 * across
        states = [public(text, "\n") for text in (*STATES.values(), CLOSED)]
        badge = round(short / 60)  # the no-show badge's inner margin
        self.history.set_badge_margin(badge)
        state_width = text_width(font(smallest), states) + 2 * badge
        heads = [public(_("Ticket")), public(_("Window"), "\n"), public(_("Status"), "\n")]
        row_px = round(height / (16 if portrait else 15))
        in_rows = [self._number_sample, *(row.number.text() for row in self.history_rows)]
        while True:
            number_width_ = max(
                text_width(number_font(row_px), in_rows),
                text_width(font(smallest), [heads[0]]),
            )
            window_width_ = max(
                text_width(number_font(row_px), [self._window_sample]),
                text_width(font(smallest), [heads[1]]),
            )
            status_width = max(state_width, text_width(font(smallest), [heads[2]]))
            if row_px <= smallest or number_width_ + window_width_ + status_width <= row_room:
                break
            row_px -= 1
        spare = max(0, row_room - number_width_ - window_width_ - status_width)
        widths = (number_width_ + spare // 2, window_width_ + spare - spare // 2, status_width)
        for head, text in zip(self.history.heads, heads, strict=True):
            head.setText(text)
            set_pixels(head, smallest)
        down = round(short / 200)
        self.history.set_columns(widths, (across, down))
        for row in self.history_rows:
            set_number_pixels(row.number, row_px)
            set_number_pixels(row.window, row_px)
            set_pixels(row.state, smallest)
        state_height = line_height(smallest, lines=2)
        self.history.set_row_height(
            max(line_height(row_px, True), state_height) + 2 * down + 2 * NEWEST_BORDER
        )

        # The bottom: people waiting, the running text.
        footer = self.footer.layout()
        footer.setContentsMargins(pad // 2, gap // 2, pad // 2, gap // 2)
        footer.setSpacing(0)
        footer_room = inner - pad
        if not self.phone.isHidden():
            footer.setSpacing(pad // 2)
            footer_room -= self._fit_phone(height, smallest, portrait, gap) + pad // 2
        footer_px = smallest if portrait else max(smallest, round(height / 26))
        waiting = self.waiting_text.split("\n")
        set_pixels(self.waiting, fit(waiting, footer_px, smallest, footer_room))
        set_pixels(self.ticker, max(smallest, footer_px))
        if not self.fairness.isHidden():
            # Kyrgyz and Russian side by side where they fit, else Kyrgyz above Russian.
            one_line = text_width(font(footer_px), [self.fairness.text_for(True)])
            self.fairness.set_layout(one_line <= footer_room)
            set_pixels(self.fairness, fit(lines(self.fairness), footer_px, smallest, footer_room))

    def _fit_phone(self, height: int, smallest: int, portrait: bool, gap: int) -> int:
        """The bot's QR code and its line (Kyrgyz above Russian, at the display's least
        size, read from across the hall); returns their width."""
        side = round(height * PHONE_QR[1 if portrait else 0])
        self.phone_qr.set_side(side)
        if portrait:
            return self.phone_qr.width()
        set_pixels(self.phone_line, smallest, bold=True)
        self.phone.layout().setSpacing(gap)
        line_width = text_width(font(smallest, True), lines(self.phone_line)) + 4
        self.phone_line.setFixedWidth(line_width)
        return line_width + gap + self.phone_qr.width()

    def _show_phone(self, link: str | None) -> None:
        """After any change: the bot's QR code where the centre shows it and has a bot,
        else nothing (the setting as now read)."""
        shown = link is not None
        self.phone_qr.show_payload(link or "")
        line = public(FOLLOW_ON_PHONE, "\n")
        self.phone_line.setText(line)
        # A screen reader hears the line in the window's language, as the code's name.
        self.phone_qr.setAccessibleName(translate(FOLLOW_ON_PHONE))
        if shown == self.phone.isHidden():
            self.phone.setVisible(shown)
            self._show_running_text()
            self._refit()

    def _refit(self) -> None:
        if self.width() > 0 and self.height() > 0:
            self._fit(self.width(), self.height())

    def _place_fairness(self) -> None:
        """A new tally, or the line turned off: under the waiting counts, or running."""
        self.fairness.setVisible(self.fairness.active and not self._portrait)
        self._show_running_text()
        self._refit()

    def _show_running_text(self) -> None:
        """The running line: the centre's text; in portrait the centre's name, the
        fairness line and the bot's line first."""
        parts = [self._ticker_text] if self._ticker_text else []
        if self._portrait and not self.phone.isHidden():
            parts.insert(0, public(FOLLOW_ON_PHONE))
        if self._portrait and self.fairness.active:
            parts.insert(0, self.fairness.text_for(True))
        if self._portrait and self.centre.text():
            parts.insert(0, self.centre.text().replace("\n", " / "))
        if self._portrait and self._over_words:
            parts.insert(0, self._over_words)
        text = "   •   ".join(parts)
        self.ticker.setText(text)
        self.ticker.setVisible(bool(text))

    # ------------------------------------------------------------------ data

    def _reread(self) -> None:
        self.refresh()

    def _read(self) -> tuple[CentreSettings, list[CallInfo], QueueStatus]:
        return (
            self.engine.settings,
            self.engine.recent_calls(HISTORY_ROWS * 3),
            self.engine.status(),
        )

    def _failed(self, error: BaseException) -> None:
        log.warning("hall display could not refresh: %s", error)

    def _show_connection(self, online: bool) -> None:
        if online == self.offline.isHidden():
            return
        self.offline.setHidden(online)
        self._refit()

    def _set_texts(self) -> None:
        self.history_title.setText(public(_("Called")))
        mark = f"{WARNING_SIGN} {public(NO_CONNECTION)}"
        self.offline.setText(mark)
        self.offline.setAccessibleName(mark)
        self.current_number_head.setText(public(_("Ticket")))
        # The window's word and the invitation are set when sizes are fitted (_fit): on
        # one line or one language a line, as the panel's width allows.

    def _show(self, data: tuple[CentreSettings, list[CallInfo], QueueStatus]) -> None:
        centre, calls, status = data
        self._centre = centre
        names = [centre.name(lang) for lang in PUBLIC_LANGUAGES]
        self.centre.setText("\n".join(names))
        if not self._ticker_option:
            ticker = centre.ticker
            text = "   •   ".join(ticker[lang] for lang in PUBLIC_LANGUAGES if ticker[lang])
            self._ticker_text = text
        self.fairness.follow(centre.display_fairness_line)
        self._show_phone(centre.bot_link() if centre.display_phone_qr else None)
        self._show_running_text()
        self._set_texts()
        self._services = {queue.service.code: queue.service for queue in status.services}
        prefixes = [queue.service.prefix for queue in status.services] or ["Ж"]
        widest = max(prefixes, key=lambda prefix: text_width(number_font(100), [prefix]))
        self._number_sample = f"{widest}-888"
        self._window_sample = "8" * max([2, *(len(str(w.number)) for w in status.windows)])
        self._show_calls(calls)
        self._show_waiting([queue for queue in status.services if queue.active])
        self._refit()

    def _show_waiting(self, queues: list[ServiceQueue]) -> None:
        """ "Күтүүдө / Ожидают: А: 3 Б: ⚠ 21 … ⚠ максаттан ашты / сверх нормы": a count
        past its service's target on a red badge, and the words for it once, at the end;
        in portrait the words run first in the running text instead, so that the line
        costs the table no row. ``waiting_text`` is the line without the badges' markup
        (it is what is measured)."""
        self._waiting = queues
        nbsp = "\u00a0"
        plain: list[str] = []
        rich: list[str] = []
        for queue in queues:
            prefix = f"{queue.service.prefix}:{nbsp}"
            if queue.over_target:
                count = f"{nbsp}{WARNING_SIGN}{nbsp}{queue.waiting}{nbsp}"
                rich.append(f"{html.escape(prefix)}{OVER_TARGET_SPAN}{count}</span>")
            else:
                count = str(queue.waiting)
                rich.append(html.escape(prefix + count))
            plain.append(prefix + count)
        head = public(_("Waiting")).replace(" / ", f"{nbsp}/{nbsp}") + ":\u2003 "
        plain_text = head + "\u2003 ".join(plain)
        rich_text = html.escape(head) + "\u2003 ".join(rich)
        over = any(queue.over_target for queue in queues)
        words = f"{WARNING_SIGN} {public(OVER_TARGET)}" if over else ""
        if words and not self._portrait:
            plain_text += f"\u2003 {nbsp}{words}{nbsp}"
            rich_text += f"\u2003 {OVER_TARGET_SPAN}{nbsp}{html.escape(words)}{nbsp}</span>"
        if words != self._over_words:
            self._over_words = words
            self._show_running_text()
        self.waiting_text = plain_text
        self.waiting.setText(rich_text)
        # A screen reader hears the counts in the PC's language, a breach in words.
        said = [
            f"{queue.service.prefix}: {queue.waiting}"
            + (f" ({translate(OVER_TARGET)})" if queue.over_target else "")
            for queue in queues
        ]
        self.waiting.setAccessibleName(f"{translate(_('Waiting'))}: " + ", ".join(said))

    def _show_calls(self, calls: list[CallInfo]) -> None:
        first = self._last_event_id is None
        self._update_calls(calls)
        if first:
            self.ready.emit()

    def _update_calls(self, calls: list[CallInfo]) -> None:
        if calls:
            newest = calls[0]
            self.current_number.setText(newest.number)
            self.current_window.setText(str(newest.window))
            service = self._services.get(newest.service)
            self.current_service.setText(self._service_name(service))
            self._describe_current(newest)
            fresh = [
                call
                for call in calls
                if self._last_event_id is None or call.event_id > self._last_event_id
            ]
            if self._last_event_id is not None and fresh:
                for call in reversed(fresh):
                    self.announce.emit(call.number, call.window)
                self._start_blink()
            self._last_event_id = newest.event_id
        elif self._last_event_id is None:
            self._last_event_id = 0
        # Each ticket once, at its latest call; the newest first.
        seen: set[str] = set()
        rows: list[CallInfo] = []
        for call in calls:
            if call.number not in seen:
                seen.add(call.number)
                rows.append(call)
        for index, row in enumerate(self.history_rows):
            row.show_call(
                rows[index] if index < len(rows) else None, newest=index == 0 and bool(rows)
            )

    @staticmethod
    def _service_name(service: ServiceInfo | None) -> str:
        if service is None:
            return ""
        names: list[str] = []
        for lang in PUBLIC_LANGUAGES:
            if service.name(lang) not in names:
                names.append(service.name(lang))
        return "\n".join(names)

    def _describe_current(self, call: CallInfo | None) -> None:
        """What a screen reader says of the newest call, in the window's language."""
        if call is None:
            name = translate(_("Current call: none yet"))
            window = ""
        else:
            name = translate(
                _("Current call: {number}, window {window}"), number=call.number, window=call.window
            )
            window = translate(_("Window {window}"), window=call.window)
        description = translate(_("The ticket called last and the window to go to"))
        self.current.setAccessibleName(name)
        self.current.setAccessibleDescription(description)
        self.current_number.setAccessibleName(name)
        self.current_number.setAccessibleDescription(description)
        self.current_window.setAccessibleName(window)
        self.current_window.setAccessibleDescription(description)

    # ------------------------------------------------------------------ motion

    def _start_blink(self) -> None:
        self._blinks_left = BLINKS
        self._blink_timer.start()
        self._blink()

    def _blink(self) -> None:
        flash = self._blinks_left % 2 == 0 and self._blinks_left > 0
        # The labels' colour follows the frame's flash too (``[flash="true"] QLabel``).
        restyle(self.current, children=True, flash=flash)
        self._blinks_left -= 1
        if self._blinks_left < 0:
            self._blink_timer.stop()

    def _tick(self) -> None:
        now = datetime.now(self._centre.timezone)
        self.clock.setText(now.strftime("%H:%M"))
        self.date.setText(now.strftime("%d.%m.%Y"))
        if self.fairness.on:
            self.fairness.new_day(now.date())  # the centre's local day


def fit(texts: list[str], largest: int, smallest: int, width: int, bold: bool = False) -> int:
    """The largest pixel size from ``largest`` down to ``smallest`` at which each of
    ``texts`` (each line of them) is at most ``width`` wide."""
    pixels = max(largest, smallest)
    while pixels > smallest and text_width(font(pixels, bold), texts) > width:
        pixels -= 1
    return pixels
