"""The hall display learns of calls made by another OS process and shows them large."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from conq_desktop.db import open_database
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.centre_file import parse_centre_file
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.views.common.application import application
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.windowing import place_on_screen
from conq_desktop.views.common.worker import EngineRunner
from conq_desktop.views.display import HallDisplay
from tests.conftest import DEMO_CENTRE, staff

SCREENSHOTS = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"


@pytest.fixture
def live_engine(db_url: str) -> Iterator[QueueEngine]:
    """A demo centre open at any hour, so another process with the real clock can work."""
    db = open_database(db_url)
    load_centre(db, parse_centre_file(DEMO_CENTRE), always_open=True)
    yield staff(QueueEngine(db))  # an operator at every window: the calls are theirs
    db.dispose()


@pytest.fixture
def display(qtbot: QtBot, live_engine: QueueEngine) -> Iterator[HallDisplay]:
    application()
    live = LiveUpdates(live_engine.db)
    window = HallDisplay(live_engine, live, EngineRunner())
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    yield window
    live.stop()
    window.runner.wait()


def cli(url: str, *args: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "conq_desktop", "--db", url, *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_a_call_from_another_process_appears_and_is_announced(
    qtbot: QtBot, display: HallDisplay, live_engine: QueueEngine, db_url: str
) -> None:
    live_engine.issue("PASSPORT")
    live_engine.issue("PASSPORT")
    announced: list[tuple[str, int]] = []
    display.announce.connect(lambda number, window: announced.append((number, window)))
    qtbot.waitUntil(lambda: display._last_event_id is not None)

    cli(db_url, "ticket", "next", "--window", "2")
    qtbot.waitUntil(lambda: display.current_number.text() == "А-001", timeout=5000)
    assert display.current_window.text() == "2"
    qtbot.waitUntil(lambda: announced == [("А-001", 2)])

    cli(db_url, "ticket", "next", "--window", "1")
    qtbot.waitUntil(lambda: display.current_number.text() == "А-002", timeout=5000)
    assert "А-001 → 2" in [row.text() for row in display.history_rows]

    # A recall is announced again and comes back to the top.
    cli(db_url, "ticket", "recall", "--window", "2")
    qtbot.waitUntil(lambda: announced[-1:] == [("А-001", 2)] and len(announced) == 3, timeout=5000)
    assert display.current_number.text() == "А-001"


def test_calls_made_before_start_are_shown_but_not_announced(
    qtbot: QtBot, live_engine: QueueEngine
) -> None:
    live_engine.issue("PENSION")
    live_engine.call_next(6)
    application()
    window = HallDisplay(live_engine, None, EngineRunner())
    qtbot.addWidget(window)
    announced: list[str] = []
    window.announce.connect(lambda number, _window: announced.append(number))
    qtbot.waitUntil(lambda: window.current_number.text() == "Г-001")
    assert announced == []
    window.runner.wait()


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1366, 768), (1080, 1920)])
def test_numbers_are_readable_across_the_hall(
    qtbot: QtBot, live_engine: QueueEngine, width: int, height: int
) -> None:
    live_engine.issue("PASSPORT")
    live_engine.call_next(1)
    application()
    window = HallDisplay(
        live_engine, None, EngineRunner(), ticker="Кош келиңиздер! Добро пожаловать!"
    )
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitUntil(lambda: window.current_number.text() == "А-001")
    # At least an eighth of the screen high; in portrait the window goes below the number.
    assert window.current_number.font().pixelSize() >= height / 8
    # Once laid out, the whole number fits in its label (nothing is clipped).
    number = window.current_number
    qtbot.waitUntil(lambda: number.width() >= number.sizeHint().width())
    assert number.geometry().right() <= window.current.width()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / f"hall-display-{width}x{height}.png"))
    window.runner.wait()


def test_a_missing_screen_falls_back_with_a_warning(qtbot: QtBot, live_engine: QueueEngine) -> None:
    application()
    window = HallDisplay(live_engine, None, EngineRunner())
    qtbot.addWidget(window)
    warning = place_on_screen(window, 7)
    assert warning is not None and "no screen 7" in warning
    assert place_on_screen(window, 0) is None
    window.runner.wait()
