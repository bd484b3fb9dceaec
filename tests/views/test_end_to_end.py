"""The whole path a call takes, across real processes: an operator signs in at the panel
and presses Next; the hall display, running as its own program, shows the call."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from conq_desktop.db import open_database
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.centre_file import parse_centre_file
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.views.common.application import application
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.worker import EngineRunner
from conq_desktop.views.operator import OperatorPanel
from tests.conftest import DEMO_CENTRE


@pytest.fixture
def hall(db_url: str) -> Iterator[queue.Queue[str]]:
    """``conq-desktop display`` as another process; its lines arrive in the queue."""
    db = open_database(db_url)
    load_centre(db, parse_centre_file(DEMO_CENTRE), always_open=True)
    db.dispose()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "conq_desktop",
            "--db",
            db_url,
            "display",
            "--windowed",
            "--print-calls",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.strip())

    threading.Thread(target=pump, daemon=True).start()
    assert lines.get(timeout=60) == "ready"
    yield lines
    process.terminate()
    process.wait(timeout=10)


def test_next_on_the_panel_is_shown_by_the_hall_display(
    qtbot: QtBot, hall: queue.Queue[str], db_url: str
) -> None:
    db = open_database(db_url)
    engine = QueueEngine(db)
    engine.issue("CIVIL")
    application()
    live = LiveUpdates(db)
    panel = OperatorPanel(engine, 3, live, EngineRunner(), lang="en")
    qtbot.addWidget(panel)
    panel.resize(1280, 720)
    panel.show()
    qtbot.keyClicks(panel.login_edit, "elena")
    qtbot.keyClicks(panel.pin_edit, "3333")
    qtbot.keyClick(panel.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.pages.currentWidget() is panel.work_page, timeout=10_000)
    qtbot.waitUntil(lambda: panel.buttons["next"].isEnabled(), timeout=10_000)

    qtbot.mouseClick(panel.buttons["next"], Qt.MouseButton.LeftButton)
    assert hall.get(timeout=10) == "called Б-001 3"

    qtbot.waitUntil(lambda: panel.buttons["recall"].isEnabled(), timeout=10_000)
    qtbot.mouseClick(panel.buttons["recall"], Qt.MouseButton.LeftButton)
    assert hall.get(timeout=10) == "called Б-001 3"
    live.stop()
    panel.runner.wait()
    db.dispose()
