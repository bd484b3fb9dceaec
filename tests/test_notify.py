"""Changes made by another OS process reach a watcher, on both backends."""

from __future__ import annotations

import os
import queue
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from conq_desktop import notify
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


# ---------------------------------------------------------------- SQLite: woken, not polling

needs_inotify = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="file notifications are Linux's inotify"
)


def write_row(path: Path, value: int) -> None:
    """A commit by another connection (as another process's would be)."""
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("CREATE TABLE IF NOT EXISTS scratch (value INTEGER)")
        connection.execute("INSERT INTO scratch VALUES (?)", (value,))


@pytest.fixture
def sqlite_path(sqlite_url: str) -> Iterator[Path]:
    db = open_database(sqlite_url)  # the program's WAL database
    yield Path(sqlite_url.removeprefix("sqlite:///"))
    db.dispose()


@needs_inotify
def test_sqlite_watcher_is_woken_by_the_files(
    sqlite_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the safety net an hour away, only the file notifications can wake it: a
    commit, a checkpoint that truncates the WAL, another commit, each heard."""
    monkeypatch.setattr(notify, "SQLITE_SAFETY_SECONDS", 3600.0)
    heard: queue.Queue[dict] = queue.Queue()
    watcher = notify.SqliteWatcher(str(sqlite_path), heard.put).start()
    try:
        assert isinstance(watcher, notify.SqliteWatcher) and watcher._files is not None
        write_row(sqlite_path, 1)
        assert heard.get(timeout=5) == {}
        with closing(sqlite3.connect(sqlite_path, isolation_level=None)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        write_row(sqlite_path, 2)
        assert heard.get(timeout=5) == {}
    finally:
        watcher.stop()


@needs_inotify
def test_sqlite_watcher_follows_a_replaced_database(
    sqlite_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another file moved in under the database's name (a restore by copying): heard,
    and its later commits too (the watcher reads the new file, not the old one)."""
    monkeypatch.setattr(notify, "SQLITE_SAFETY_SECONDS", 3600.0)
    other = tmp_path / "other.sqlite3"
    write_row(other, 1)
    heard: queue.Queue[dict] = queue.Queue()
    watcher = notify.SqliteWatcher(str(sqlite_path), heard.put).start()
    try:
        os.replace(other, sqlite_path)
        assert heard.get(timeout=5) == {}
        write_row(sqlite_path, 2)
        assert heard.get(timeout=5) == {}
    finally:
        watcher.stop()


@needs_inotify
def test_idle_sqlite_watcher_sleeps(sqlite_path: Path) -> None:
    """Nothing happens: the watcher looks once a second (the safety net), not 100
    times. Counted, not timed."""
    watcher = notify.SqliteWatcher(str(sqlite_path), lambda _change: None).start()
    looks = 0
    original = watcher._check  # type: ignore[attr-defined]

    def counted() -> None:
        nonlocal looks
        looks += 1
        original()

    watcher._check = counted  # type: ignore[attr-defined,method-assign]
    try:
        time.sleep(2.0)  # the span counted over, not a wait for something
    finally:
        watcher.stop()
    assert looks <= 4


def test_stopping_a_watcher_is_immediate(sqlite_path: Path) -> None:
    watcher = notify.SqliteWatcher(str(sqlite_path), lambda _change: None).start()
    started = time.monotonic()
    watcher.stop()
    assert time.monotonic() - started < 0.5
