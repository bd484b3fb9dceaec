"""One engine operation of a window: one at a time, a typed result, and a message fit
for whoever pressed."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from conq_desktop.errors import NothingToCall
from conq_desktop.views.common.operation import Operations, explain
from conq_desktop.views.common.worker import EngineRunner, WindowJobs


def operations(qtbot: QtBot, *, public: bool = False) -> Operations:
    window = QWidget()
    qtbot.addWidget(window)
    return Operations(WindowJobs(EngineRunner(window), window), public=public)


def test_a_second_press_while_the_first_runs_starts_nothing(qtbot: QtBot) -> None:
    ops = operations(qtbot)
    release = threading.Event()
    done: list[Any] = []
    assert ops.op(lambda: release.wait(10) and "first").success(done.append).run()
    assert ops.busy
    assert not ops.op(lambda: "second").success(done.append).run()
    # A read that may overlap a move is not held back.
    assert ops.op(lambda: "read").success(done.append).run(exclusive=False)
    qtbot.waitUntil(lambda: done == ["read"])
    release.set()
    qtbot.waitUntil(lambda: done == ["read", "first"])
    assert not ops.busy
    assert ops.op(lambda: "third").success(done.append).run()
    qtbot.waitUntil(lambda: done[-1] == "third")


def test_a_refusal_reads_in_the_language_of_the_screen(qtbot: QtBot) -> None:
    ops = operations(qtbot)
    failed: list[tuple[str, str, BaseException]] = []

    def refuse() -> None:
        raise NothingToCall("Nobody is waiting for window {window}.", window=3)

    assert (
        ops.op(refuse)
        .failure(lambda text, error: failed.append((text("en"), text("ru"), error)))
        .run()
    )
    qtbot.waitUntil(lambda: len(failed) == 1)
    en, ru, error = failed[0]
    assert en == "Nobody is waiting for window 3."
    assert ru == "В очереди к окну 3 никого нет."
    assert isinstance(error, NothingToCall)
    assert not ops.busy


def test_a_bug_is_said_plainly_to_staff_and_sends_the_public_to_reception() -> None:
    bug = KeyError("window")
    assert explain(bug)("en") == "That did not work: 'window'"
    assert explain(bug, public=True)("en") == ("Something went wrong. Please ask at the reception.")
    assert "Traceback" not in explain(RuntimeError("line one\nline two"))("en")
    assert explain(RuntimeError("line one\nline two"))("en") == "That did not work: line one"
