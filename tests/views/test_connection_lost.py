"""The PostgreSQL server goes away and comes back: the hall display, the operator panel
and the kiosk say that the connection is lost within seconds, the display keeping its
last call on the board with its offline mark, and all three recover by themselves once
the server is back. Twice: the server stopped (``pg_ctl stop -m fast``) and started
again, and every connection terminated (``pg_terminate_backend``).

A server of this module's own: stopping the session's shared one would break every
other PostgreSQL test running at the time.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from pytestqt.qtbot import QtBot

from conq_desktop.db import open_database
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.centre_file import parse_centre_file
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.i18n import translate
from conq_desktop.printing.printer_config import PrinterConfig
from conq_desktop.printing.service import TicketPrinter
from conq_desktop.views.common.application import application
from conq_desktop.views.common.connection import CONNECTION_LOST
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.worker import EngineRunner
from conq_desktop.views.display import HallDisplay
from conq_desktop.views.kiosk.window import OFFLINE, KioskWindow
from conq_desktop.views.operator.panel import OperatorPanel
from tests.conftest import DEMO_CENTRE, fresh_pg_database, staff
from tests.helpers import pgserver

pytestmark = pytest.mark.postgres

SHOWN_WITHIN_MS = 8_000  # "within a few seconds": keepalives and reconnects, not a ping
BACK_WITHIN_MS = 10_000


@pytest.fixture(scope="module")
def server() -> Iterator[pgserver.PgServer]:
    try:
        started = pgserver.start_server()
    except pgserver.PostgresUnavailable as exc:
        pytest.skip(f"no PostgreSQL here: {exc}")
    yield started
    pgserver.stop_server(started)


def pg_ctl(server: pgserver.PgServer, *args: str) -> None:
    command = [server.pg_ctl, "-D", server.datadir, "-w", "-t", "60", *args]
    result = pgserver._run(command, server.run_as, server.basedir)
    assert result.returncode == 0, pgserver._output(result)


def stop(server: pgserver.PgServer) -> None:
    pg_ctl(server, "-m", "fast", "stop")


def start(server: pgserver.PgServer) -> None:
    pg_ctl(server, "-l", str(server.log_file), "start")


def terminate_everyone(server: pgserver.PgServer) -> int:
    """Every other client connection to the server ends, as an administrator's
    ``pg_terminate_backend`` or a failover would end them."""
    url = server.url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url, autocommit=True) as connection:
        rows = connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'"
        ).fetchall()
    return len(rows)


@dataclass
class Windows:
    engine: QueueEngine
    url: str
    live: LiveUpdates
    display: HallDisplay
    panel: OperatorPanel
    kiosk: KioskWindow

    def all_lost(self) -> bool:
        return (
            not self.display.offline.isHidden()
            and not self.panel.connection_banner.isHidden()
            and not self.kiosk.banner.isHidden()
            and translate(OFFLINE, "en") in self.kiosk.banner.text()
        )

    def all_back(self) -> bool:
        return (
            self.display.offline.isHidden()
            and self.panel.connection_banner.isHidden()
            and self.kiosk.banner.isHidden()
            and all(window.connection.online for window in (self.display, self.panel, self.kiosk))
        )


@pytest.fixture
def windows(qtbot: QtBot, server: pgserver.PgServer) -> Iterator[Windows]:
    url = fresh_pg_database(server.url)
    db = open_database(url)
    load_centre(db, parse_centre_file(DEMO_CENTRE), always_open=True)
    engine = staff(QueueEngine(db), 1)
    engine.issue("PASSPORT")
    called = engine.call_next(1)
    application()
    live = LiveUpdates(db)
    runner = EngineRunner()
    display = HallDisplay(engine, live, runner)
    panel = OperatorPanel(engine, 1, live, runner, lang="en")
    kiosk = KioskWindow(
        engine,
        TicketPrinter(engine, PrinterConfig.from_values("none", {})),
        live,
        runner,
        lang="en",
    )
    for window in (display, panel, kiosk):
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
    qtbot.waitUntil(lambda: display.current_number.text() == called.number, timeout=10_000)
    qtbot.waitUntil(lambda: len(kiosk.service_buttons) > 0, timeout=10_000)
    yield Windows(engine, url, live, display, panel, kiosk)
    kiosk.unlock()
    kiosk.close()
    live.stop()
    runner.wait()
    db.dispose()


def another_pc_calls(url: str) -> str:
    """A move made on another PC once the server is back: the windows must hear it."""
    db = open_database(url, upgrade=False)
    try:
        engine = QueueEngine(db)
        engine.issue("PASSPORT")
        return engine.issue("PASSPORT").ticket.number
    finally:
        db.dispose()


def pressed_during_the_outage(qtbot: QtBot, windows: Windows) -> None:
    """A tap at the kiosk and a sign-in at the panel: each says why not, in words; the
    kiosk shows no ticket it did not get."""
    kiosk, panel = windows.kiosk, windows.panel
    kiosk.tap(next(iter(kiosk.service_buttons)))
    qtbot.waitUntil(lambda: not kiosk.ops.busy, timeout=BACK_WITHIN_MS)
    assert kiosk.last_issued is None
    assert kiosk.stack.currentWidget() is kiosk.services_page
    assert kiosk.banner.text() and "Traceback" not in kiosk.banner.text()
    kiosk.banner.hush()  # the visitor has read it; the standing "offline" shows again
    panel.login_edit.setText("aibek")
    panel.pin_edit.setText("1111")
    panel.sign_in()
    qtbot.waitUntil(lambda: panel.controller.message is not None, timeout=BACK_WITHIN_MS)
    message = panel.controller.message
    assert message is not None
    assert message[0]("en") and "Traceback" not in message[0]("en")
    assert panel.login is None


def test_server_stopped_and_started_again(
    qtbot: QtBot, windows: Windows, server: pgserver.PgServer
) -> None:
    shown = windows.display.current_number.text()
    banner_text = translate(CONNECTION_LOST, "en")
    stop(server)
    try:
        qtbot.waitUntil(windows.all_lost, timeout=SHOWN_WITHIN_MS)
        # The board keeps the last call, under its mark; the panel says it in English.
        assert windows.display.current_number.text() == shown
        assert windows.panel.connection_banner.text() == banner_text
        assert windows.panel.connection_banner.accessibleName() == banner_text
        assert windows.display.offline.accessibleName() == windows.display.offline.text()
        pressed_during_the_outage(qtbot, windows)
    finally:
        start(server)
    qtbot.waitUntil(windows.all_back, timeout=BACK_WITHIN_MS)
    # Re-reading works again: a ticket issued elsewhere reaches the panel's queue.
    number = another_pc_calls(windows.url)
    assert number
    qtbot.waitUntil(
        lambda: (
            windows.panel.status is not None
            and sum(queue.waiting for queue in windows.panel.status.services) >= 2
        ),
        timeout=BACK_WITHIN_MS,
    )


def test_every_connection_terminated(
    qtbot: QtBot, windows: Windows, server: pgserver.PgServer
) -> None:
    states: list[bool] = []
    for window in (windows.display, windows.panel, windows.kiosk):
        window.connection.state.connect(states.append)
    heard: list[bool] = []
    windows.live.connection.connect(heard.append)
    assert terminate_everyone(server) > 0
    # The watcher is back within a second: the loss may be over before anyone looks,
    # so it is the signals that are checked.
    qtbot.waitUntil(lambda: False in heard and True in heard, timeout=SHOWN_WITHIN_MS)
    qtbot.waitUntil(lambda: False in states, timeout=SHOWN_WITHIN_MS)
    qtbot.waitUntil(windows.all_back, timeout=BACK_WITHIN_MS)
    number = another_pc_calls(windows.url)
    assert number
    qtbot.waitUntil(
        lambda: (
            windows.panel.status is not None
            and sum(queue.waiting for queue in windows.panel.status.services) >= 2
        ),
        timeout=BACK_WITHIN_MS,
    )
