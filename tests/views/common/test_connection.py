"""One window's view of the database: lost from the live updates or from a failed read,
back only once a read succeeded; tried again by itself; a bug is not a lost connection."""

from __future__ import annotations

import sqlite3
from typing import Any

import sqlalchemy.exc
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from conq_desktop.errors import DatabaseError
from conq_desktop.i18n import translate
from conq_desktop.views.common.connection import (
    CONNECTION_LOST,
    ConnectionBanner,
    ConnectionWatch,
    lost_connection,
)


class FakeLive(QObject):
    """What ConnectionWatch reads of LiveUpdates."""

    connection = Signal(bool)
    online = True


def driver_error(error: Exception) -> sqlalchemy.exc.DBAPIError:
    return sqlalchemy.exc.OperationalError("SELECT 1", {}, error)


def test_what_counts_as_a_lost_connection() -> None:
    assert lost_connection(DatabaseError("{reason}", reason="server gone"))
    assert lost_connection(driver_error(ConnectionRefusedError("connection refused")))
    assert lost_connection(driver_error(sqlite3.OperationalError("unable to open database file")))
    # SQLite busy for a moment, and bugs: not the connection's fault.
    assert not lost_connection(driver_error(sqlite3.OperationalError("database is locked")))
    assert not lost_connection(ValueError("a bug"))


def test_lost_and_back(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    live = FakeLive()
    reads: list[int] = []
    watch = ConnectionWatch(window, live, lambda: reads.append(1))  # type: ignore[arg-type]
    banner = ConnectionBanner("en")
    watch.state.connect(banner.show_state)
    states: list[bool] = []
    watch.state.connect(states.append)

    live.connection.emit(False)
    assert states == [False] and not banner.isHidden() and not watch.online
    live.connection.emit(True)
    assert states == [False], "back only once the window has read again"
    watch.read_ok()
    assert states == [False, True] and banner.isHidden()

    # A read failing for want of the database: lost, and read again by itself.
    error: Any = driver_error(ConnectionRefusedError("connection refused"))
    watch.read_failed(error)
    assert states[-1] is False
    qtbot.waitUntil(lambda: bool(reads), timeout=5_000)
    watch.read_ok()
    assert states[-1] is True

    # A bug in a read is no lost connection.
    watch.read_failed(ValueError("a bug"))
    assert watch.online


def test_banner_speaks_the_window_language(qtbot: QtBot) -> None:
    banner = ConnectionBanner("en")
    qtbot.addWidget(banner)
    for lang in ("ky", "ru", "en"):
        banner.set_language(lang)
        assert banner.text() == translate(CONNECTION_LOST, lang)
        assert banner.accessibleName() == banner.text()
