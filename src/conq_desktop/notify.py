"""Hearing about changes made by other processes and PCs, without reloading tables.

One watcher, two backends, the same callback:

- SQLite: ``PRAGMA data_version`` on a connection of our own changes whenever any other
  connection commits. Asking costs a few microseconds, so it is asked every 10 ms.
- PostgreSQL: the engine sends ``NOTIFY conq_desktop`` inside every writing transaction;
  the watcher ``LISTEN``s on its own connection and is woken at commit.

The callback runs on the watcher's thread; the Qt side (views/live.py) turns it into a
signal. No Qt here, so the command line and tests can watch too.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from conq_desktop.db import Database
from conq_desktop.engine.journal import NOTIFY_CHANNEL

log = logging.getLogger(__name__)

# What a watcher hands over: the change's details when the backend carries them
# (PostgreSQL's payload), else an empty dict meaning "something changed".
Callback = Callable[[dict[str, Any]], None]

SQLITE_POLL_SECONDS = 0.01
RECONNECT_SECONDS = 2.0


class ChangeWatcher:
    def __init__(self, callback: Callback) -> None:
        self.callback = callback
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=type(self).__name__, daemon=True)

    def start(self) -> ChangeWatcher:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        raise NotImplementedError


class SqliteWatcher(ChangeWatcher):
    def __init__(
        self, path: str, callback: Callback, interval: float = SQLITE_POLL_SECONDS
    ) -> None:
        super().__init__(callback)
        self.path = path
        self.interval = interval

    def start(self) -> ChangeWatcher:
        # The starting version is read before start() returns: a change committed just
        # after it (the caller's own next write) is then heard, not taken as the start.
        self._connection = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._last = self._connection.execute("PRAGMA data_version").fetchone()[0]
        return super().start()

    def _run(self) -> None:
        connection, last = self._connection, self._last
        try:
            while not self._stop.wait(self.interval):
                version = connection.execute("PRAGMA data_version").fetchone()[0]
                if version != last:
                    last = version
                    self.callback({})
        finally:
            connection.close()


class PostgresWatcher(ChangeWatcher):
    def __init__(self, url: str, callback: Callback) -> None:
        super().__init__(callback)
        self.url = url

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True) as connection:
                    connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    # Anything may have happened while we were not listening.
                    self.callback({})
                    while not self._stop.is_set():
                        for notice in connection.notifies(timeout=0.5, stop_after=1):
                            self.callback(_payload(notice.payload))
            except psycopg.OperationalError as exc:
                log.warning("lost the change feed (%s); retrying", exc)
                self._stop.wait(RECONNECT_SECONDS)


def _payload(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def watch_changes(db: Database, callback: Callback) -> ChangeWatcher:
    """Start the watcher that fits ``db``'s backend."""
    url = db.engine.url
    if db.dialect == "postgresql":
        dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
        return PostgresWatcher(dsn, callback).start()
    if not url.database or url.database == ":memory:":
        raise ValueError("an in-memory database cannot be watched from another connection")
    return SqliteWatcher(url.database, callback).start()
