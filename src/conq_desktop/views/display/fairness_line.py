"""The hall display's fairness line (docs/queue-rules.md, "The fairness line"): "Today:
N served in order, K out of order with a recorded reason", in Kyrgyz then Russian.

Shown only where the centre turned on ``display_fairness_line``. The tally replays the
day's history (``engine.fairness.day_tally``), which costs more than the display's
other reads on a busy day, so it runs off the GUI thread and at most once every
``every_ms``: a burst of calls costs one replay, which then sees all of them.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.fairness import FairnessTally, day_tally
from conq_desktop.i18n import PUBLIC_LANGUAGES, _, translate
from conq_desktop.views.common.worker import WindowJobs

log = logging.getLogger(__name__)

LINE = _("Today: {in_order} served in order, {with_reason} out of order with a recorded reason")
# A replay at most this often (bench/fairness_bench.py measures one).
EVERY_MS = 3000


def public_text(message: str, separator: str = " / ", **params: object) -> str:
    """``message`` in the public's languages, each once (an untranslated text is not
    shown twice)."""
    texts: list[str] = []
    for lang in PUBLIC_LANGUAGES:
        text = translate(message, lang, **params)
        if text not in texts:
            texts.append(text)
    return separator.join(texts)


class FairnessLine(QLabel):
    """The line's text and when to read it. ``shown`` is emitted when there is a new
    tally or the line is turned off; the display then places it (``active``): under
    the waiting counts, or in portrait in the running text, as the centre's name."""

    shown = Signal()

    def __init__(self, engine: QueueEngine, jobs: WindowJobs, every_ms: int = EVERY_MS) -> None:
        super().__init__(objectName="fairness", alignment=Qt.AlignmentFlag.AlignCenter)
        policy = self.sizePolicy()
        # Its width is the footer's; the text is fitted to it (HallDisplay._fit).
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)
        self.setWordWrap(True)
        self.engine = engine
        self.on = False
        self.tally: FairnessTally | None = None
        self.day: date | None = None
        self.one_line = True  # both languages side by side; False: one a line
        self.refresh = jobs.coalesced(self._read, self._show, self._failed)
        self.timer = QTimer(self, singleShot=True, interval=every_ms, timeout=self.refresh)

    @property
    def active(self) -> bool:
        """On, with a tally to show."""
        return self.on and self.tally is not None

    def follow(self, on: bool) -> None:
        """After any change: the setting as now read; a new tally soon if it is on."""
        if not on:
            was_active = self.active
            self.on = False
            self.timer.stop()
            self.tally = None
            if was_active:
                self.shown.emit()
            return
        if not self.on:
            self.on = True
            self.refresh()  # just turned on: at once
        elif not self.timer.isActive():
            self.timer.start()

    def new_day(self, today: date) -> None:
        """The clock's tick: after midnight the line starts again from nothing."""
        if self.on and self.day is not None and today != self.day:
            self.day = today  # once: the tally read now says which day it counted
            self.refresh()

    def _read(self) -> tuple[date, FairnessTally]:
        day = self.engine.today()
        return day, day_tally(self.engine.db, day)

    def _show(self, result: tuple[date, FairnessTally]) -> None:
        if not self.on:  # turned off while reading
            return
        self.day, self.tally = result
        self.set_layout(self.one_line)
        self.setAccessibleName(translate(LINE, **self.params()))
        self.shown.emit()

    def _failed(self, error: BaseException) -> None:
        # The last line stays: a moment's database trouble must not blank it.
        log.warning("hall display could not count today's calls: %s", error)

    def params(self) -> dict[str, int]:
        tally = self.tally
        if tally is None:
            return {"in_order": 0, "with_reason": 0}
        return {"in_order": tally.served_in_order, "with_reason": tally.with_reason}

    def text_for(self, one_line: bool) -> str:
        return public_text(LINE, " / " if one_line else "\n", **self.params())

    def set_layout(self, one_line: bool) -> None:
        """Both languages on one line, or Kyrgyz above Russian."""
        self.one_line = one_line
        text = self.text_for(one_line)
        if text != self.text():
            self.setText(text)
