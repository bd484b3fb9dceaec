"""Engine calls off the GUI thread: answers come back on it, late ones are dropped."""

from __future__ import annotations

import itertools
import sys
import threading

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from conq_desktop.errors import NotFound
from conq_desktop.views.common.worker import EngineRunner, WindowJobs


class _Emitter(QObject):
    changed = Signal()


def test_emitting_signals_keeps_python_reference_counts(qtbot: QtBot) -> None:
    # PySide6 6.12.0 dropped a reference to True on every emit, and a window aborted
    # the interpreter after a few hundred changes; pyproject.toml excludes it.
    emitter = _Emitter()
    received = itertools.count()
    emitter.changed.connect(lambda: next(received))
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.changed.emit()
    assert next(received) == 200
    lost = before - sys.getrefcount(True)
    assert lost < 50, f"{lost} references to True lost in 200 emits"


def test_results_and_errors_come_back_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = EngineRunner()
    answers: list[tuple[str, object, bool]] = []
    gui = QThread.currentThread()
    work_threads: list[threading.Thread] = []

    def work() -> int:
        work_threads.append(threading.current_thread())
        return 42

    def refuse() -> None:
        raise NotFound("no ticket {number}", number="А-001")

    def note(kind: str) -> object:
        return lambda value: answers.append((kind, value, QThread.currentThread() is gui))

    runner.run(work, note("done"), note("failed"))
    runner.run(refuse, note("done"), note("failed"))
    qtbot.waitUntil(lambda: len(answers) == 2)

    assert work_threads and work_threads[0] is not threading.main_thread()
    assert ("done", 42, True) in answers
    failed = [value for kind, value, _ in answers if kind == "failed"]
    assert len(failed) == 1 and isinstance(failed[0], NotFound)
    assert all(on_gui for _, _, on_gui in answers)


def test_thousands_of_answers_cross_threads_without_leaking_jobs(qtbot: QtBot) -> None:
    runner = EngineRunner(threads=4)
    seen: list[object] = []
    values = [True, False, None, {"a": [1]}, "текст ңөү"]
    for index in range(3000):
        runner.run(lambda index=index: values[index % len(values)], seen.append)
    qtbot.waitUntil(lambda: len(seen) == 3000, timeout=30_000)
    assert seen.count(True) == 600 and seen.count(None) == 600
    assert runner._pending == {} and runner._outcomes == {}


def test_answers_after_the_window_closed_are_dropped(qtbot: QtBot) -> None:
    runner = EngineRunner()
    window = QWidget()
    jobs = WindowJobs(runner, window)
    release = threading.Event()
    answers: list[object] = []
    jobs.run(lambda: release.wait(5), answers.append, answers.append)
    jobs.close()
    release.set()
    assert runner.wait()
    qtbot.waitUntil(lambda: runner._pending == {})
    assert answers == []

    other = WindowJobs(runner, QObject())
    other.run(lambda: "still open", answers.append)
    qtbot.waitUntil(lambda: answers == ["still open"])


def test_a_burst_of_refreshes_costs_one_more_read(qtbot: QtBot) -> None:
    runner = EngineRunner()
    jobs = WindowJobs(runner, QWidget())
    release = threading.Event()
    reads: list[int] = []
    shown: list[int] = []

    def read() -> int:
        reads.append(len(reads))
        release.wait(5)
        return len(reads)

    refresh = jobs.coalesced(read, shown.append, shown.append)
    refresh()
    qtbot.waitUntil(lambda: len(reads) == 1)
    for _ in range(10):  # changes arriving while the first read runs
        refresh()
    release.set()
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert runner.wait()
    qtbot.waitUntil(lambda: not refresh.busy)
    assert len(reads) == 2 and shown == [1, 2]
