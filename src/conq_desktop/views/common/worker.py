"""Running engine calls off the GUI thread and handing the result back to it.

Views never hold sessions: they call ``run(fn, on_done, on_error)``; the engine call
runs on a pool thread, then exactly one of the callbacks runs on the GUI thread.
Windows go through ``WindowJobs``, which drops answers once the window is gone and
merges bursts of refreshes.

Only a job number crosses threads in a Qt signal; results stay in a dictionary.
PySide6 6.12 corrupted reference counts when thousands of Python objects crossed
threads in queued signals, and aborted the hall display after a few thousand calls
(``none_dealloc`` / ``bool_dealloc``). A per-job signal object also cost memory.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from conq_desktop.errors import ConqError

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class _Job(QRunnable):
    def __init__(self, runner: EngineRunner, number: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self.runner = runner
        self.number = number
        self.work = work

    def run(self) -> None:
        try:
            outcome = (True, self.work())
        except ConqError as error:
            outcome = (False, error)
        except Exception as error:  # a bug: keep the window alive, log the details
            log.exception("engine call failed")
            outcome = (False, error)
        self.runner._finish(self.number, outcome)


class EngineRunner(QObject):
    _finished = Signal(int)

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._numbers = itertools.count()
        self._lock = threading.Lock()
        # job number -> (job, on_done, on_error); the job is kept so Python does not
        # collect it while Qt still runs it.
        self._pending: dict[int, tuple[_Job, Callback | None, Callback | None]] = {}
        self._outcomes: dict[int, tuple[bool, Any]] = {}
        self._finished.connect(self._deliver)  # queued: emitted from pool threads

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: Callback | None = None,
    ) -> None:
        number = next(self._numbers)
        job = _Job(self, number, work)
        job.setAutoDelete(False)
        self._pending[number] = (job, on_done, on_error)
        self.pool.start(job)

    def _finish(self, number: int, outcome: tuple[bool, Any]) -> None:
        """On the pool thread: park the outcome and wake the GUI thread."""
        with self._lock:
            self._outcomes[number] = outcome
        self._finished.emit(number)

    def _deliver(self, number: int) -> None:
        with self._lock:
            ok, value = self._outcomes.pop(number)
        _job, on_done, on_error = self._pending.pop(number)
        callback = on_done if ok else on_error
        if callback is not None:
            callback(value)

    def wait(self, msecs: int = 10_000) -> bool:
        return self.pool.waitForDone(msecs)


class WindowJobs:
    """Engine calls on behalf of one window.

    Answers that arrive after the window was closed (``close()``) or deleted are
    dropped: the runner may be shared and outlive it, and a late answer would touch
    widgets that no longer exist.
    """

    def __init__(self, runner: EngineRunner, window: QObject) -> None:
        self.runner = runner
        self.window = window
        self.closed = False

    def alive(self) -> bool:
        return not self.closed and shiboken6.isValid(self.window)

    def close(self) -> None:
        self.closed = True

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: Callback | None = None,
    ) -> None:
        self.runner.run(work, self._guarded(on_done), self._guarded(on_error))

    def _guarded(self, callback: Callback | None) -> Callback | None:
        if callback is None:
            return None

        def call(value: Any) -> None:
            if self.alive():
                callback(value)

        return call

    def coalesced(self, read: Callable[[], Any], show: Callback, failed: Callback) -> Refresh:
        """A refresh function: runs ``read`` then ``show`` (or ``failed``).

        Calls while a read is in flight are merged into one more read afterwards, so a
        burst of changes costs at most two reads and the last one sees everything.
        """
        return Refresh(self, read, show, failed)


class Refresh:
    def __init__(
        self, jobs: WindowJobs, read: Callable[[], Any], show: Callback, failed: Callback
    ) -> None:
        self.jobs = jobs
        self.read = read
        self.show = show
        self.failed = failed
        self.busy = False
        self.again = False

    def __call__(self) -> None:
        if not self.jobs.alive():
            return
        if self.busy:
            self.again = True
            return
        self.busy = True
        self.jobs.run(self.read, self._then(self.show), self._then(self.failed))

    def _then(self, callback: Callback) -> Callback:
        def call(value: Any) -> None:
            try:
                callback(value)
            finally:
                self.busy = False
                if self.again:
                    self.again = False
                    self()

        return call
