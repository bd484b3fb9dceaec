"""The supervisor view shows the centre live and acts on services for a signed-in
supervisor only."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from conq_desktop.db import open_database
from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.centre_file import parse_centre_file
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.errors import QueueError
from conq_desktop.views.common.application import application
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.worker import EngineRunner
from conq_desktop.views.supervisor import SupervisorView
from tests.conftest import DEMO_CENTRE, staff

Opened = Callable[..., SupervisorView]


@pytest.fixture
def opened(qtbot: QtBot) -> Iterator[Opened]:
    views: list[SupervisorView] = []

    def open_view(engine: QueueEngine, live: LiveUpdates | None = None) -> SupervisorView:
        application()
        view = SupervisorView(engine, live, EngineRunner(), lang="en")
        qtbot.addWidget(view)
        view.resize(1600, 900)
        view.show()
        views.append(view)
        qtbot.waitUntil(lambda: view.status is not None)
        return view

    yield open_view
    for view in views:
        view.runner.wait()


def cells(view: SupervisorView, number: int) -> dict[str, str]:
    return {name: label.text() for name, label in view.windows.rows[number].items()}


def sign_in(qtbot: QtBot, view: SupervisorView, login: str, pin: str) -> None:
    view.message.setText("")
    view.login_edit.setText(login)
    view.pin_edit.setText(pin)
    qtbot.mouseClick(view.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.message.text() != "")


def test_each_window_shows_its_state_operator_and_ticket(
    qtbot: QtBot, engine: QueueEngine, clock: FixedClock, opened: Opened
) -> None:
    staff(engine, 1, 2, 3)
    engine.issue("PASSPORT")
    engine.issue("PASSPORT")
    engine.call_next(1)
    engine.call_next(2)
    engine.start(2)
    engine.pause(3)
    clock.advance(minutes=2, seconds=5)
    view = opened(engine)

    one, two, three, four = (cells(view, number) for number in (1, 2, 3, 4))
    assert one["state"] == "calling" and one["ticket"] == "А-001"
    assert one["operator"] == "Айбек Токтогулов"
    assert one["time"] == "2:05"
    assert two["state"] == "serving" and two["ticket"] == "А-002"
    assert three["state"] == "on a break" and three["ticket"] == "—"
    assert four["state"] == "closed" and four["operator"] == "—"
    assert "Терезе 1" in one["name"]

    # The running time ticks from the timestamps already read.
    clock.advance(seconds=10)
    view.tick()
    assert cells(view, 1)["time"] == "2:15"


def test_a_breach_is_highlighted_in_colour_and_in_words(
    qtbot: QtBot, engine: QueueEngine, clock: FixedClock, opened: Opened
) -> None:
    engine.issue("PENSION")
    view = opened(engine)
    button = view.service_buttons["PENSION"]
    assert button.property("breach") is False
    assert "over target" not in button.text()

    clock.advance(minutes=15, seconds=59)  # at the target: not over
    view.refresh()
    qtbot.waitUntil(lambda: "longest 15 min" in button.text())
    assert button.property("breach") is False
    assert "over target" not in button.text()

    clock.advance(seconds=1)  # nothing changes but time: the minute re-read marks it
    assert view.reread_timer.isActive() and view.reread_timer.interval() <= 60_000
    view.reread_timer.timeout.emit()
    qtbot.waitUntil(lambda: button.property("breach") is True)
    assert "over target (15 min)" in button.text()
    assert button.accessibleName() == button.text()
    assert view.service_buttons["PASSPORT"].property("breach") is False


def test_a_supervisor_stops_issuing_and_moves_the_waiting(
    qtbot: QtBot, engine: QueueEngine, opened: Opened
) -> None:
    engine.issue("CIVIL")
    engine.issue("CIVIL")
    view = opened(engine)
    view.service_buttons["CIVIL"].click()
    assert view.stop_button.isEnabled() and not view.resume_button.isEnabled()

    view.stop_button.click()  # nobody signed in yet
    assert "Sign in" in view.message.text()

    sign_in(qtbot, view, "gulnara", "5555")
    assert view.actor is not None and view.who.text() == "Гүлнара Осмонова"
    view.stop_button.click()
    qtbot.waitUntil(lambda: "Issuing stopped" in view.message.text())
    with pytest.raises(QueueError):
        engine.issue("CIVIL")
    qtbot.waitUntil(lambda: "not issuing" in view.service_buttons["CIVIL"].text())
    assert view.service_buttons["CIVIL"].property("closed") is True
    assert view.resume_button.isEnabled()

    view.move_button.click()
    dialog = view.move_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.targets.setCurrentIndex(dialog.targets.findData("PASSPORT"))
    dialog.confirm.click()
    qtbot.waitUntil(lambda: "Moved 2" in view.message.text())
    assert [ticket.number for ticket in engine.waiting("PASSPORT")] == ["Б-001", "Б-002"]
    qtbot.waitUntil(
        lambda: view.service_buttons["CIVIL"].text().startswith("Civil registration: 0")
    )


@pytest.mark.parametrize(("login", "pin"), [("aibek", "1111"), ("bakyt", "6666")])
def test_staff_who_are_not_supervisors_are_refused_in_words(
    qtbot: QtBot, engine: QueueEngine, opened: Opened, login: str, pin: str
) -> None:
    view = opened(engine)
    view.service_buttons["PASSPORT"].click()
    sign_in(qtbot, view, login, pin)
    view.message.setText("")
    view.stop_button.click()
    qtbot.waitUntil(lambda: view.message.text() != "")
    assert view.message.property("kind") == "error"
    assert "Traceback" not in view.message.text()
    engine.issue("PASSPORT")  # still issuing


def test_a_wrong_pin_is_said_and_keeps_nobody_signed_in(
    qtbot: QtBot, engine: QueueEngine, opened: Opened
) -> None:
    view = opened(engine)
    sign_in(qtbot, view, "gulnara", "0000")
    assert view.actor is None
    assert view.message.property("kind") == "error"
    assert view.pin_edit.text() == ""


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, engine: QueueEngine, opened: Opened
) -> None:
    engine.issue("PASSPORT")
    view = opened(engine)
    view.service_buttons["PASSPORT"].click()
    sign_in(qtbot, view, "gulnara", "5555")
    view.move_button.click()
    assert view.move_dialog is not None
    qtbot.waitUntil(view.move_dialog.isVisible)
    for kind in (QPushButton, QToolButton, QLineEdit):
        for widget in view.findChildren(kind):
            assert widget.accessibleName(), widget
    for button in (view.stop_button, view.resume_button, view.move_button, view.sign_in_button):
        assert button.accessibleName() == button.text()
    view.move_dialog.reject()


@pytest.fixture
def live_engine(db_url: str) -> Iterator[QueueEngine]:
    """A demo centre open at any hour, so another process with the real clock can work."""
    db = open_database(db_url)
    load_centre(db, parse_centre_file(DEMO_CENTRE), always_open=True)
    yield QueueEngine(db)
    db.dispose()


def test_a_call_from_another_process_appears(
    qtbot: QtBot, live_engine: QueueEngine, db_url: str, opened: Opened
) -> None:
    staff(live_engine, 1)
    live_engine.issue("PASSPORT")
    live = LiveUpdates(live_engine.db)
    try:
        view = opened(live_engine, live)
        assert cells(view, 1)["state"] == "idle"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "conq_desktop",
                "--db",
                db_url,
                "ticket",
                "next",
                "--window",
                "1",
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        qtbot.waitUntil(lambda: cells(view, 1)["ticket"] == "А-001", timeout=5000)
        assert cells(view, 1)["state"] == "calling"
        qtbot.waitUntil(lambda: cells(view, 1)["time"].startswith("0:"))
    finally:
        live.stop()
