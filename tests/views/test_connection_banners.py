"""Every staff window shows the connection banner while the live updates say the
database is lost, in its own language, and drops it once it has read again; the
Reports window (no live updates) shows it while it cannot read its services."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy.exc
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from conq_desktop.engine import QueueEngine
from conq_desktop.i18n import translate
from conq_desktop.views.admin.window import AdminWindow
from conq_desktop.views.bookings.window import BookingsWindow
from conq_desktop.views.common.application import application
from conq_desktop.views.common.connection import CONNECTION_LOST, ConnectionBanner
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.worker import EngineRunner
from conq_desktop.views.operator.panel import OperatorPanel
from conq_desktop.views.reports.window import ReportsWindow
from conq_desktop.views.supervisor.view import SupervisorView


@pytest.fixture
def live(sqlite_engine: QueueEngine) -> Iterator[LiveUpdates]:
    application()
    updates = LiveUpdates(sqlite_engine.db)
    yield updates
    updates.stop()


def staff_windows(engine: QueueEngine, live: LiveUpdates, runner: EngineRunner) -> list[QWidget]:
    return [
        OperatorPanel(engine, 1, live, runner, lang="ru"),
        SupervisorView(engine, live, runner, lang="ru"),
        AdminWindow(engine, live, runner, lang="ru"),
        BookingsWindow(engine, live, runner, lang="ru"),
    ]


def test_staff_windows_show_the_banner_while_lost(
    qtbot: QtBot, sqlite_engine: QueueEngine, live: LiveUpdates
) -> None:
    runner = EngineRunner()
    windows = staff_windows(sqlite_engine, live, runner)
    for window in windows:
        qtbot.addWidget(window)
    banners = [window.findChild(ConnectionBanner) for window in windows]
    assert all(banner is not None and banner.isHidden() for banner in banners)
    live._on_state(False)  # as the watcher says it from its thread
    qtbot.waitUntil(lambda: not any(banner.isHidden() for banner in banners), timeout=5_000)
    for banner in banners:
        assert banner.text() == translate(CONNECTION_LOST, "ru")
        assert banner.accessibleName() == banner.text()
    windows[1].set_language("ky")  # type: ignore[attr-defined]
    assert banners[1].text() == translate(CONNECTION_LOST, "ky")
    live._on_state(True)
    live.changed.emit()  # the watcher's "anything changed" after it is back
    qtbot.waitUntil(lambda: all(banner.isHidden() for banner in banners), timeout=10_000)
    runner.wait()


def test_reports_window_reads_its_services_again(
    qtbot: QtBot, sqlite_engine: QueueEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    application()
    real_status = sqlite_engine.status
    failing = True

    def status() -> object:
        if failing:
            raise sqlalchemy.exc.OperationalError("SELECT", {}, ConnectionRefusedError("refused"))
        return real_status()

    monkeypatch.setattr(sqlite_engine, "status", status)
    runner = EngineRunner()
    window = ReportsWindow(sqlite_engine, runner, lang="en")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.connection_banner.isHidden(), timeout=5_000)
    failing = False
    # Tried again by itself (after 1 s), then the services are there and the banner goes.
    qtbot.waitUntil(lambda: window.connection_banner.isHidden(), timeout=10_000)
    assert window.service_boxes
    runner.wait()
