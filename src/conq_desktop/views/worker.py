"""Running engine calls off the GUI thread and handing the result back to it.

Views never hold sessions: they call ``run(fn, on_done, on_error)``; the engine call
runs on a pool thread, then exactly one of the callbacks runs on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from conq_desktop.errors import ConqError

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        try:
            result = self.work()
        except ConqError as error:
            self.signals.failed.emit(error)
        except Exception as error:  # a bug: keep the window alive, log the details
            log.exception("engine call failed")
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


class EngineRunner(QObject):
    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._jobs: set[_Job] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        job = _Job(work)
        job.setAutoDelete(False)
        self._jobs.add(job)  # keep the Python object (and its signals) alive until done

        def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
            self._jobs.discard(job)
            if callback is not None:
                callback(value)

        job.signals.done.connect(lambda value: finish(on_done, value))
        job.signals.failed.connect(lambda error: finish(on_error, error))
        self.pool.start(job)

    def wait(self, msecs: int = 10_000) -> bool:
        return self.pool.waitForDone(msecs)
