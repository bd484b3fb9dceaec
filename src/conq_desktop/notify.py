"""Hearing about changes made by other processes and PCs, without reloading tables.

One watcher, two backends, the same callback:

- SQLite: ``PRAGMA data_version`` on a connection of our own changes whenever any other
  connection commits. The watcher sleeps until the operating system says that the
  database's files were written (inotify on the database's folder, Linux), then asks
  every few milliseconds for a moment, and otherwise only once a second as a safety
  net: an idle window costs next to nothing and a call still reaches the screen at
  once. Where there is no inotify (Windows) it asks every 10 ms, as it always did.
- PostgreSQL: the engine sends ``NOTIFY conq_desktop`` inside every writing transaction;
  the watcher ``LISTEN``s on its own connection and sleeps in ``select`` until the server
  writes to it. A broken connection (server stopped, connection terminated, network
  gone: TCP keepalives and a rare ping find a silent one) is reported as lost and
  opened again, after 0.5 s, then 1, 2, 4 and 5 s between tries; once it is back the
  watcher reports it and says "anything changed", since anything may have.

The callbacks run on the watcher's thread; the Qt side (views/common/live.py) turns
them into signals. No Qt here, so the command line and tests can watch too.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import json
import logging
import os
import select
import socket
import sqlite3
import struct
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conq_desktop.db import Database
from conq_desktop.engine.journal import NOTIFY_CHANNEL

log = logging.getLogger(__name__)

# What a watcher hands over: the change's details when the backend carries them
# (PostgreSQL's payload), else an empty dict meaning "something changed".
Callback = Callable[[dict[str, Any]], None]
# Whether the database can be reached: False when the watcher lost it, True when back.
StateCallback = Callable[[bool], None]

# Without file notifications: how often SQLite is asked (the old, busy way).
SQLITE_POLL_SECONDS = 0.01
# With them: the safety net, should a notification ever be missed.
SQLITE_SAFETY_SECONDS = 1.0
# After a write to the files, ask this often for this long: the commit becomes visible
# (in the WAL index, shared memory, which no notification reports) just after the last
# write to the WAL file.
SQLITE_HOT_POLL_SECONDS = 0.002
SQLITE_HOT_SECONDS = 0.1

RECONNECT_FIRST_SECONDS = 0.5
RECONNECT_MOST_SECONDS = 5.0
# A connection quiet this long is pinged: a server gone without a word is found.
PING_SECONDS = 30.0
# libpq's TCP keepalives: a server or network gone silent is found in ~10 s.
KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 3,
    "connect_timeout": 5,
}


class ChangeWatcher:
    def __init__(self, callback: Callback, on_state: StateCallback | None = None) -> None:
        self.callback = callback
        self.on_state = on_state
        self.online = True
        self._stop = threading.Event()
        # Written to by stop(): wakes the thread out of its select at once. A socket
        # pair, as select() takes sockets on Windows too.
        self._wake_read, self._wake_write = socket.socketpair()
        self._thread = threading.Thread(target=self._run, name=type(self).__name__, daemon=True)

    def start(self) -> ChangeWatcher:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):  # already closed: nothing to wake
            self._wake_write.send(b"x")
        self._thread.join(timeout=5)
        self._wake_read.close()
        self._wake_write.close()

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            if self.on_state is not None:
                self.on_state(online)

    def _run(self) -> None:
        raise NotImplementedError


class SqliteWatcher(ChangeWatcher):
    def __init__(
        self,
        path: str,
        callback: Callback,
        interval: float | None = None,
        on_state: StateCallback | None = None,
    ) -> None:
        super().__init__(callback, on_state)
        self.path = path
        # None: file notifications where there are any, else the old 10 ms poll.
        self.interval = interval

    def start(self) -> ChangeWatcher:
        # The starting version is read before start() returns: a change committed just
        # after it (the caller's own next write) is then heard, not taken as the start.
        self._connection = self._connect()
        self._last = self._version()
        self._files = None if self.interval is not None else FolderEvents.open(self.path)
        return super().start()

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)

    def _version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def _run(self) -> None:
        files = self._files
        names = {Path(self.path).name + suffix for suffix in ("", "-wal", "-journal")}
        main = Path(self.path).name
        waits = [self._wake_read] + ([files] if files is not None else [])
        hot_until = 0.0
        try:
            while not self._stop.is_set():
                if files is None:
                    timeout = self.interval or SQLITE_POLL_SECONDS
                elif time.monotonic() < hot_until:
                    timeout = SQLITE_HOT_POLL_SECONDS
                else:
                    timeout = SQLITE_SAFETY_SECONDS
                ready, _, _ = select.select(waits, [], [], timeout)
                if self._stop.is_set():
                    break
                if files is not None and files in ready:
                    touched = files.read()
                    if touched & names:
                        hot_until = time.monotonic() + SQLITE_HOT_SECONDS
                    if main in files.replaced:
                        # Another file under the database's name (copied in, moved in):
                        # our connection still reads the old one.
                        files.replaced.clear()
                        self._reopen()
                        continue
                self._check()
        finally:
            self._connection.close()
            if files is not None:
                files.close()

    def _check(self) -> None:
        try:
            version = self._version()
        except sqlite3.Error as exc:  # the file is being replaced: the next look sees it
            log.warning("cannot read the database's version (%s)", exc)
            return
        if version != self._last:
            self._last = version
            self.callback({})

    def _reopen(self) -> None:
        self._connection.close()
        self._connection = self._connect()
        self._last = self._version()
        self.callback({})


class FolderEvents:
    """inotify on one folder (Linux): which of its files were written, created,
    removed or moved in since the last ``read``. The folder, not the files: the WAL
    file comes and goes (checkpoints, the last connection closing), and a restored
    database may be a new file under the old name."""

    MODIFY, CLOSE_WRITE, MOVED_TO, CREATE, DELETE = 0x2, 0x8, 0x80, 0x100, 0x200
    NONBLOCK, CLOEXEC = 0o4000, 0o2000000
    REPLACED = MOVED_TO | CREATE
    HEADER = struct.Struct("iIII")

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.replaced: set[str] = set()

    @classmethod
    def open(cls, database: str) -> FolderEvents | None:
        """None where inotify is missing (not Linux) or refuses (too many watches)."""
        if not sys.platform.startswith("linux"):
            return None
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            fd = libc.inotify_init1(cls.NONBLOCK | cls.CLOEXEC)
            if fd < 0:
                raise OSError(ctypes.get_errno(), "inotify_init1")
            folder = os.fsencode(str(Path(database).resolve().parent))
            mask = cls.MODIFY | cls.CLOSE_WRITE | cls.MOVED_TO | cls.CREATE | cls.DELETE
            if libc.inotify_add_watch(fd, folder, mask) < 0:
                error = ctypes.get_errno()
                os.close(fd)
                raise OSError(error, "inotify_add_watch")
        except (OSError, AttributeError) as exc:
            log.warning("no file notifications (%s): the database is polled", exc)
            return None
        return cls(fd)

    def fileno(self) -> int:
        return self.fd

    def read(self) -> set[str]:
        touched: set[str] = set()
        while True:
            try:
                data = os.read(self.fd, 64 * 1024)
            except BlockingIOError:
                return touched
            offset = 0
            while offset + self.HEADER.size <= len(data):
                _wd, mask, _cookie, length = self.HEADER.unpack_from(data, offset)
                offset += self.HEADER.size
                name = os.fsdecode(data[offset : offset + length].rstrip(b"\0"))
                offset += length
                touched.add(name)
                if mask & self.REPLACED:
                    self.replaced.add(name)

    def close(self) -> None:
        os.close(self.fd)


class PostgresWatcher(ChangeWatcher):
    def __init__(self, url: str, callback: Callback, on_state: StateCallback | None = None) -> None:
        super().__init__(callback, on_state)
        self.url = url

    def _run(self) -> None:
        import psycopg

        delay = RECONNECT_FIRST_SECONDS
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True, **KEEPALIVES) as connection:
                    connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    delay = RECONNECT_FIRST_SECONDS
                    self._set_online(True)
                    # Anything may have happened while we were not listening.
                    self.callback({})
                    self._listen(connection)
            except (psycopg.Error, OSError) as exc:
                if self.online:
                    log.warning("lost the change feed (%s); retrying", " ".join(str(exc).split()))
                self._set_online(False)
                self._stop.wait(delay)
                delay = min(delay * 2, RECONNECT_MOST_SECONDS)

    def _listen(self, connection: Any) -> None:
        """Sleep until the server writes (a notification, or the news that it is going
        away) or stop() wakes us; no busy loop."""
        while not self._stop.is_set():
            # What has arrived, without waiting: also what psycopg read while running
            # LISTEN or a ping, which select() would not see. A broken connection
            # raises here.
            for notice in connection.notifies(timeout=0):
                self.callback(_payload(notice.payload))
            ready, _, _ = select.select(
                [connection.fileno(), self._wake_read], [], [], PING_SECONDS
            )
            if self._stop.is_set():
                return
            if not ready:
                connection.execute("SELECT 1")  # raises if the server went silently


def _payload(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def watch_changes(
    db: Database, callback: Callback, on_state: StateCallback | None = None
) -> ChangeWatcher:
    """Start the watcher that fits ``db``'s backend; ``on_state`` hears the database
    lost (False) and back (True)."""
    url = db.engine.url
    if db.dialect == "postgresql":
        dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
        return PostgresWatcher(dsn, callback, on_state).start()
    if not url.database or url.database == ":memory:":
        raise ValueError("an in-memory database cannot be watched from another connection")
    return SqliteWatcher(url.database, callback, on_state=on_state).start()
