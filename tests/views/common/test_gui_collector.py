"""Garbage in reference cycles is collected on the GUI thread, whoever allocates."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from conq_desktop.views.common.gui_collector import collect_on_gui_thread


class Cycle:
    """Stands for a window held in a cycle by the helpers that call back into it."""

    freed_on: list[threading.Thread] = []  # noqa: RUF012 - shared record, on purpose

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.freed_on.append(threading.current_thread())


def test_cycles_are_freed_on_the_gui_thread_while_another_thread_allocates(
    qtbot: QtBot, qapp: QApplication
) -> None:
    collect_on_gui_thread(qapp)
    Cycle.freed_on.clear()
    for _ in range(50):
        Cycle()  # garbage at once, but only the cycle collector can free it

    kept: list[list[int]] = []

    def allocate() -> None:  # a pool thread's work: enough to cross every threshold
        kept.extend([index] for index in range(200_000))

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(Cycle.freed_on) == 50, timeout=5_000)
    assert {thread.name for thread in Cycle.freed_on} == {threading.main_thread().name}
    kept.clear()
