"""After midnight `status` – what the panels and the hall display read – shows a new
day before anyone writes, and reading it writes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from conq_desktop.db import open_database
from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.centre_file import parse_centre_file
from conq_desktop.engine.centre_load import load_centre
from tests.conftest import DEMO_CENTRE
from tests.helpers.cli import ok_json


def test_status_after_midnight_shows_nobody_and_nothing_from_yesterday(tmp_path: Path) -> None:
    path = tmp_path / "centre.sqlite3"
    db = open_database(f"sqlite:///{path}")
    load_centre(db, parse_centre_file(DEMO_CENTRE), always_open=True)
    yesterday = QueueEngine(db, FixedClock(datetime.now(UTC) - timedelta(days=1)))
    yesterday.sign_in(1, "aibek", "1111")
    yesterday.issue("PASSPORT")
    yesterday.call_next(1)
    db.dispose()
    before = path.read_bytes()

    status = ok_json("--db", f"sqlite:///{path}", "status")
    window = next(window for window in status["windows"] if window["number"] == 1)
    assert (window["operator"], window["state"], window["current"]) == (None, "closed", None)
    assert all(queue["open_windows"] == 0 for queue in status["services"])
    assert path.read_bytes() == before
