"""A PC that boots before the centre's PostgreSQL server: the hall display, started as
its autostart entry starts it (``display --screen 0``), shows that it waits for the
database, on its screen, and opens by itself once the server is started, placed on
that screen as ever.

A server of this module's own, stopped and started (as tests/views/test_connection_lost.py
does): stopping the session's shared one would break the other PostgreSQL tests.
"""

# ruff: noqa: F811 (the server fixture comes from test_connection_lost)

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from conq_desktop.cli import main as cli_main
from conq_desktop.db import open_database
from conq_desktop.engine.centre_file import parse_centre_file
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.i18n import translate
from conq_desktop.views.display import HallDisplay
from conq_desktop.views.waiting import WaitingWindow
from conq_desktop.views.waiting.window import WAITING
from tests.conftest import DEMO_CENTRE, fresh_pg_database
from tests.helpers import pgserver
from tests.views.test_connection_lost import server, start, stop  # noqa: F401

pytestmark = pytest.mark.postgres

OPENED_WITHIN_S = 60  # the server's start and one or two attempts 5 s apart


def test_the_display_waits_for_its_server_then_opens_by_itself(
    qtbot: QtBot, server: pgserver.PgServer
) -> None:
    url = fresh_pg_database(server.url)
    db = open_database(url)
    load_centre(db, parse_centre_file(DEMO_CENTRE), always_open=True)
    db.dispose()
    stop(server)
    seen: dict[str, object] = {}
    starting = threading.Thread(target=start, args=(server,))

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, WaitingWindow) and widget.isVisible() and not seen:
                seen["waiting"] = [card.title.text() for card in widget.cards]
                seen["waiting geometry"] = widget.geometry()
                starting.start()  # the server comes up while the window waits
            if isinstance(widget, HallDisplay) and widget.isVisible():
                seen["display geometry"] = widget.geometry()
                QApplication.instance().quit()

    poll = QTimer(interval=100, timeout=look)
    poll.start()
    try:
        status = cli_main.main(
            ["--db", url, "display", "--screen", "0", "--quit-after", str(OPENED_WITHIN_S)]
        )
    finally:
        poll.stop()
        if starting.is_alive() or not starting.ident:
            starting.join() if starting.ident else start(server)
    assert status == 0
    assert seen["waiting"] == [translate(WAITING, "ky"), translate(WAITING, "ru")]
    screen = QApplication.primaryScreen().geometry()
    # Both where the display belongs, with the screen's geometry (no window manager).
    assert seen["waiting geometry"] == screen
    assert seen["display geometry"] == screen
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, WaitingWindow):
            qtbot.waitUntil(lambda w=widget: not w.isVisible())  # gone once the display was
