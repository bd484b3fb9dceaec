"""One long piece of work at a time, off the GUI thread, with its progress on a bar (and
a message line beside it) and a Cancel: how the Reports tab computes a report and the
Staffing plan tab a plan.

The work gets ``progress(done, total)`` (called on the job's thread; the bar moves on
the GUI thread) and ``cancelled()`` (asked between its steps). Each run has a number,
so a late word from a run that already ended never moves the bar.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar

from conq_desktop.views.common.message_line import MessageLine
from conq_desktop.views.common.operation import Operations, Text

Progress = Callable[[int, int], None]
Work = Callable[[Progress, Callable[[], bool]], Any]


class ProgressRuns(QObject):
    moved = Signal(int, int, int)  # run, steps done, steps in all: only ints cross threads

    def __init__(self, parent: QObject, ops: Operations) -> None:
        super().__init__(parent)
        self.ops = ops
        # "3 / 5": steps done, once something runs.
        self.bar = QProgressBar()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.bar.setTextVisible(True)
        self.bar.setFormat("")
        self.bar.setFixedWidth(220)
        # What the last run came to, beside the bar.
        self.message = MessageLine()
        self.row = QHBoxLayout()
        self.row.addWidget(self.bar)
        self.row.addWidget(self.message, 1)
        self.running = False
        self._cancel: threading.Event | None = None
        self._runs = itertools.count(1)
        self._run = 0  # the run whose progress the bar shows
        self.moved.connect(self._moved)

    def start(
        self,
        work: Work,
        steps: int,
        shown: Callable[[Any], None],
        failed: Callable[[Text, BaseException], None],
    ) -> None:
        """Run ``work`` (about ``steps`` steps); ``shown(result)`` or ``failed(text,
        error)`` on the GUI thread once it is over, the bar reset on failure."""
        cancel = threading.Event()
        run = next(self._runs)
        self._cancel, self._run, self.running = cancel, run, True
        self.bar.setRange(0, max(1, steps))
        self.bar.setValue(0)
        self.bar.setFormat("%v / %m")
        moved = self.moved

        def progress(done: int, total: int) -> None:  # on the job's thread
            # The window may be gone meanwhile (its closing cancels the run).
            with contextlib.suppress(RuntimeError):
                moved.emit(run, done, total)

        def succeeded(result: Any) -> None:
            self._finished()
            shown(result)

        def refused(text: Text, error: BaseException) -> None:
            self._finished()
            self.bar.setValue(0)
            self.bar.setFormat("")
            failed(text, error)

        self.ops.op(lambda: work(progress, cancel.is_set)).success(succeeded).failure(refused).run(
            exclusive=False
        )

    def cancel(self) -> None:
        """Stop the running work between two of its steps."""
        if self._cancel is not None:
            self._cancel.set()

    def _moved(self, run: int, done: int, total: int) -> None:
        if run != self._run or not self.running:
            return  # a late word from a run already ended
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)

    def _finished(self) -> None:
        self.running = False
        self._cancel = None
