"""Changes made by another OS process reach a watcher, on both backends."""

from __future__ import annotations

import queue
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from conq_desktop.db import Database, open_database
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.centre_state import load_centre_file
from conq_desktop.notify import watch_changes


def pause_in_another_process(url: str, window: int) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "conq_desktop",
            "--db",
            url,
            "window",
            "pause",
            "--window",
            str(window),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_another_process_commit_is_heard(db: Database, db_url: str) -> None:
    QueueEngine(db).sign_in(3, "elena", "3333")  # a break is the operator's
    heard: queue.Queue[dict] = queue.Queue()
    watcher = watch_changes(db, heard.put)
    try:
        # PostgreSQL announces the start of listening with one "anything changed".
        if db.dialect == "postgresql":
            assert heard.get(timeout=10) == {}
        assert heard.empty()
        pause_in_another_process(db_url, 3)
        change = heard.get(timeout=10)
        if db.dialect == "postgresql":
            assert change == {"kind": "paused", "ticket": None, "window": 3}
        else:
            assert change == {}
    finally:
        watcher.stop()


def test_loading_a_centre_file_is_heard(db_url: str, tmp_path: Path) -> None:
    """A first-run window waiting for a centre goes on as soon as one is loaded."""
    db = open_database(db_url)  # no centre yet
    centre = tmp_path / "centre.toml"
    centre.write_text(
        "[[services]]\ncode = 'NEW'\nprefix = 'Н'\n"
        "name = {ky = 'Жаңы', ru = 'Новая', en = 'New'}\n",
        encoding="utf-8",
    )
    heard: queue.Queue[dict] = queue.Queue()
    watcher = watch_changes(db, heard.put)
    try:
        if db.dialect == "postgresql":
            assert heard.get(timeout=10) == {}
        load_centre_file(db, centre)
        change = heard.get(timeout=10)
        if db.dialect == "postgresql":
            assert change == {"kind": "centre_loaded", "ticket": None, "window": None}
        else:
            assert change == {}
    finally:
        watcher.stop()
        db.dispose()


def test_quiet_database_stays_quiet(db: Database) -> None:
    heard: queue.Queue[dict] = queue.Queue()
    watcher = watch_changes(db, heard.put)
    try:
        if db.dialect == "postgresql":
            heard.get(timeout=10)
        # Reading is not a change.
        with db.read_session() as session:
            session.execute(text("SELECT 1"))
        assert heard.empty()
    finally:
        watcher.stop()
    assert heard.empty()
