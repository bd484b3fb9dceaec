"""The hall display: who is called to which window, readable across a hall.

Newest call large and briefly blinking (ticket number → window number), the calls before
it below, waiting counts per service, centre name, clock and date, and an optional
running text line. Sizes follow the screen height, so the same window works at
1920×1080, 1366×768 and in portrait. It only reads: every change arrives through
``LiveUpdates`` and the data is fetched off the GUI thread.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from conq_desktop.engine import QueueEngine, QueueStatus
from conq_desktop.engine.snapshots import CallInfo
from conq_desktop.i18n import PUBLIC_LANGUAGES, _, in_every_language
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.theme import restyle, set_font, window_sheet
from conq_desktop.views.common.worker import EngineRunner, WindowJobs

log = logging.getLogger(__name__)

HISTORY_ROWS = 6
BLINK_MS = 500
BLINKS = 6

STYLE = window_sheet("hall","""
QLabel#centre { color: $mist; }
QLabel#clock { color: $white; }
QFrame#current { background: $card; border-radius: 24px; }
QFrame#current[flash="true"] { background: $amber; }
QFrame#current[flash="true"] QLabel { color: $navy; }
QLabel#arrow { color: $sky; }
QFrame#history { background: $panel; border-radius: 18px; }
QLabel#historyRow { color: $pale; }
QLabel#caption { color: $sky; }
QLabel#ticker { color: $amber; }
""")


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
        self.jobs = WindowJobs(self.runner, self)
        # Re-reads calls and queues; a burst of changes while reading costs one more read.
        self.refresh = self.jobs.coalesced(self._read, self._show, self._failed)
        self.setObjectName("hall")
        self.setWindowTitle("conq-desktop")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.centre = QLabel(objectName="centre")
        self.clock = QLabel(objectName="clock", alignment=Qt.AlignmentFlag.AlignRight)
        top = QHBoxLayout()
        top.addWidget(self.centre, 1)
        top.addWidget(self.clock)

        self.current = QFrame(objectName="current")
        self.current_number = QLabel("—", alignment=Qt.AlignmentFlag.AlignCenter)
        self.current_arrow = QLabel("→", objectName="arrow", alignment=Qt.AlignmentFlag.AlignCenter)
        self.current_window = QLabel("", alignment=Qt.AlignmentFlag.AlignCenter)
        self.current_caption = QLabel(
            "", objectName="caption", alignment=Qt.AlignmentFlag.AlignCenter
        )
        current_layout = QGridLayout(self.current)
        current_layout.addWidget(self.current_number, 0, 0)
        current_layout.addWidget(self.current_arrow, 0, 1)
        current_layout.addWidget(self.current_window, 0, 2)
        current_layout.addWidget(self.current_caption, 1, 0, 1, 3)
        current_layout.setRowStretch(0, 3)
        current_layout.setRowStretch(1, 1)

        self.history = QFrame(objectName="history")
        history_layout = QVBoxLayout(self.history)
        self.history_title = QLabel(objectName="caption", alignment=Qt.AlignmentFlag.AlignCenter)
        history_layout.addWidget(self.history_title)
        self.history_rows = [
            QLabel(objectName="historyRow", alignment=Qt.AlignmentFlag.AlignCenter)
            for _ in range(HISTORY_ROWS)
        ]
        for row in self.history_rows:
            history_layout.addWidget(row)
        history_layout.addStretch(1)

        self.body = QGridLayout()
        self.waiting = QLabel(objectName="caption", alignment=Qt.AlignmentFlag.AlignCenter)
        self.waiting.setWordWrap(True)
        # The --ticker option wins; without it the centre's setting, kept up to date.
        self._ticker_option = ticker
        self.ticker = QLabel(ticker, objectName="ticker", alignment=Qt.AlignmentFlag.AlignCenter)
        self.ticker.setVisible(bool(ticker))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.waiting)
        layout.addWidget(self.ticker)
        self._arrange(portrait=False)

        self._clock_timer = QTimer(self, interval=1000, timeout=self._tick)
        self._clock_timer.start()
        self._blink_timer = QTimer(self, interval=BLINK_MS, timeout=self._blink)
        self._tick()
        if live is not None:
            live.changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------------ layout

    def _arrange(self, portrait: bool) -> None:
        self.body.removeWidget(self.current)
        self.body.removeWidget(self.history)
        if portrait:
            self.body.addWidget(self.current, 0, 0)
            self.body.addWidget(self.history, 1, 0)
            self.body.setRowStretch(0, 2)
            self.body.setRowStretch(1, 3)
            self.body.setColumnStretch(0, 1)
            self.body.setColumnStretch(1, 0)
        else:
            self.body.addWidget(self.current, 0, 0)
            self.body.addWidget(self.history, 0, 1)
            self.body.setColumnStretch(0, 3)
            self.body.setColumnStretch(1, 2)
            self.body.setRowStretch(0, 1)
            self.body.setRowStretch(1, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        self._arrange(portrait=size.height() > size.width())
        unit = min(size.height(), size.width() * 9 / 16)
        # The newest number is at least 1/8 of the screen height (a hall's far wall);
        # in portrait the width ("Г-001 → 6" on one line) is the limit.
        big = max(24, int(min(size.height() / 5.5, size.width() / 6.5)))
        row = max(12, int(min(size.height() / 16, size.width() / 12)))
        set_font(self.current_number, big, bold=True)
        set_font(self.current_window, big, bold=True)
        set_font(self.current_arrow, int(big * 0.7))
        set_font(self.current_caption, max(12, int(unit / 30)))
        for label in self.history_rows:
            set_font(label, row, bold=True)
        set_font(self.history_title, max(11, int(unit / 34)))
        set_font(self.centre, max(11, int(unit / 34)))
        set_font(self.clock, max(12, int(unit / 22)), bold=True)
        set_font(self.waiting, max(11, int(unit / 40)))
        set_font(self.ticker, max(11, int(unit / 30)))
        super().resizeEvent(event)

    # ------------------------------------------------------------------ data

    def _read(self) -> tuple[list[CallInfo], QueueStatus]:
        return self.engine.recent_calls(HISTORY_ROWS * 2), self.engine.status()

    def _failed(self, error: BaseException) -> None:
        log.warning("hall display could not refresh: %s", error)

    def _show(self, data: tuple[list[CallInfo], QueueStatus]) -> None:
        calls, status = data
        names = [self.engine.settings.name(lang) for lang in PUBLIC_LANGUAGES]
        self.centre.setText("\n".join(names))
        if not self._ticker_option:
            ticker = self.engine.settings.ticker
            text = "   •   ".join(ticker[lang] for lang in PUBLIC_LANGUAGES if ticker[lang])
            self.ticker.setText(text)
            self.ticker.setVisible(bool(text))
        self.history_title.setText(in_every_language(_("Called"), languages=PUBLIC_LANGUAGES))
        self.current_caption.setText(
            in_every_language(_("Please go to window"), languages=PUBLIC_LANGUAGES)
        )
        self._show_calls(calls)
        waiting = [
            f"{queue.service.prefix}: {queue.waiting}" for queue in status.services if queue.active
        ]
        label = in_every_language(_("Waiting"), languages=PUBLIC_LANGUAGES)
        self.waiting.setText(f"{label}:   " + "    ".join(waiting))

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
        seen: set[str] = set()
        rows: list[str] = []
        for call in calls[1:]:
            if call.number in seen or call.number == (calls[0].number if calls else None):
                continue
            seen.add(call.number)
            rows.append(f"{call.number}  →  {call.window}")
        for label, text in zip(self.history_rows, rows + [""] * HISTORY_ROWS, strict=False):
            label.setText(text)

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
        now = datetime.now(self.engine.settings.timezone)
        self.clock.setText(now.strftime("%H:%M\n%d.%m.%Y"))
