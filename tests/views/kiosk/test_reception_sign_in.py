"""The reception desk's sign-in: the priority toggle and the reprint stay off until a
receptionist (supervisor, administrator) has signed in with login and PIN; a refusal is
said in words on the desk; the engine is told who gave each priority ticket."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit
from pytestqt.qtbot import QtBot

from conq_desktop.engine import QueueEngine
from conq_desktop.errors import QueueError
from conq_desktop.models import EventKind
from conq_desktop.printing.printer_config import PrinterConfig
from conq_desktop.printing.service import TicketPrinter
from conq_desktop.views.common.application import application
from conq_desktop.views.common.worker import EngineRunner
from conq_desktop.views.kiosk import KioskWindow
from tests.conftest import staff

MakeDesk = Callable[..., KioskWindow]


@pytest.fixture
def make_desk(qtbot: QtBot, sqlite_engine: QueueEngine) -> Iterator[MakeDesk]:
    """Reception desks on the demo centre (Tuesday 10:00), in English."""
    application()
    made: list[KioskWindow] = []

    def make(printer: str = "none", lang: str = "en") -> KioskWindow:
        config = PrinterConfig.from_values(printer, {"timeout": 2})
        window = KioskWindow(
            sqlite_engine,
            TicketPrinter(sqlite_engine, config),
            runner=EngineRunner(),
            receptionist=True,
            lang=lang,
        )
        qtbot.addWidget(window)
        made.append(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitUntil(lambda: len(window.service_buttons) == 5)
        return window

    yield make
    for window in made:
        window.unlock()
        window.close()
        window.runner.wait()


def sign_in(qtbot: QtBot, desk: KioskWindow, login: str, pin: str) -> None:
    qtbot.keyClicks(desk.reception.login_edit, login)
    qtbot.keyClicks(desk.reception.pin_edit, pin)
    qtbot.mouseClick(desk.reception.sign_in_button, Qt.MouseButton.LeftButton)


def said(desk: KioskWindow) -> str:
    return desk.reception.message.text()


def issued_events(engine: QueueEngine) -> list[tuple[str, int, int | None]]:
    return [
        (event.details["number"], event.details["priority"], event.operator_id)
        for event in engine.events()
        if event.kind == EventKind.ISSUED
    ]


def test_before_signing_in_there_is_no_priority_and_no_copy(make_desk: MakeDesk) -> None:
    desk = make_desk()
    assert desk.reception.isVisible() and desk.reception.sign_in_button.isVisible()
    assert not desk.priority_toggle.isEnabled()
    assert not desk.reprint_button.isEnabled()
    assert not desk.reception.sign_out_button.isVisible()


def test_a_wrong_pin_is_said_and_enables_nothing(
    qtbot: QtBot, make_desk: MakeDesk, sqlite_engine: QueueEngine
) -> None:
    desk = make_desk()
    sign_in(qtbot, desk, "bakyt", "0000")
    qtbot.waitUntil(lambda: said(desk) == "Wrong operator or PIN.")
    assert desk.actor is None
    assert not desk.priority_toggle.isEnabled()
    assert desk.reception.pin_edit.text() == ""  # the PIN never stays on screen
    assert desk.reception.login_edit.text() == "bakyt"  # the login stays, to try again


def test_an_operator_may_not_work_the_desk(qtbot: QtBot, make_desk: MakeDesk) -> None:
    desk = make_desk()
    sign_in(qtbot, desk, "aibek", "1111")
    qtbot.waitUntil(lambda: "may not do this" in said(desk))
    assert "receptionist" in said(desk)
    assert desk.actor is None
    assert not desk.priority_toggle.isEnabled()


def test_a_locked_account_is_said(
    qtbot: QtBot, make_desk: MakeDesk, sqlite_engine: QueueEngine
) -> None:
    for _ in range(5):
        with pytest.raises(QueueError):
            sqlite_engine.authenticate("bakyt", "0000")
    desk = make_desk()
    sign_in(qtbot, desk, "bakyt", "6666")  # the right PIN, but too late
    qtbot.waitUntil(lambda: "locked" in said(desk))
    assert said(desk).startswith("Too many wrong PINs: bakyt is locked until")
    assert not desk.priority_toggle.isEnabled()


def test_an_empty_sign_in_asks_for_login_and_pin(qtbot: QtBot, make_desk: MakeDesk) -> None:
    desk = make_desk()
    qtbot.mouseClick(desk.reception.sign_in_button, Qt.MouseButton.LeftButton)
    assert said(desk) == "Enter your login and PIN."


def test_the_receptionist_signs_in_and_gives_a_priority_ticket(
    qtbot: QtBot, make_desk: MakeDesk, sqlite_engine: QueueEngine
) -> None:
    staff(sqlite_engine, 1)  # PASSPORT is served at window 1
    sqlite_engine.issue("PASSPORT")
    desk = make_desk()
    sign_in(qtbot, desk, "bakyt", "6666")
    qtbot.waitUntil(desk.priority_toggle.isEnabled)
    assert desk.actor is not None and desk.actor.login == "bakyt"
    assert desk.reception.who.text() == "Signed in: Бакыт Эсенов"
    assert desk.reception.sign_out_button.isVisible()
    assert not desk.reception.login_edit.isVisible()
    assert said(desk) == ""

    qtbot.mouseClick(desk.priority_toggle, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(desk.service_buttons["PASSPORT"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.number.text() == "А-002")
    assert desk.ahead.text() == "You are next in line."
    assert issued_events(sqlite_engine) == [("А-001", 0, None), ("А-002", 1, desk.actor.id)]


def test_signing_out_takes_the_desk_back(qtbot: QtBot, make_desk: MakeDesk) -> None:
    desk = make_desk()
    sign_in(qtbot, desk, "gulnara", "5555")  # a supervisor may work the desk too
    qtbot.waitUntil(desk.priority_toggle.isEnabled)
    desk.priority_toggle.setChecked(True)
    qtbot.mouseClick(desk.reception.sign_out_button, Qt.MouseButton.LeftButton)
    assert desk.actor is None
    assert not desk.priority_toggle.isEnabled() and not desk.priority_toggle.isChecked()
    assert desk.reception.sign_in_button.isVisible()
    assert desk.reception.login_edit.text() == ""


def test_the_engine_keeps_the_last_word(
    qtbot: QtBot, make_desk: MakeDesk, sqlite_engine: QueueEngine
) -> None:
    """A toggle switched on behind the desk's back still gives no priority ticket."""
    desk = make_desk()
    desk.priority_toggle.setEnabled(True)
    desk.priority_toggle.setChecked(True)
    qtbot.mouseClick(desk.service_buttons["PASSPORT"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "to sign in first" in desk.banner.text())
    assert issued_events(sqlite_engine) == []


def test_the_receptionist_reprints_a_copy_in_their_name(
    qtbot: QtBot, make_desk: MakeDesk, sqlite_engine: QueueEngine
) -> None:
    desk = make_desk("tcp://127.0.0.1:9")  # a printer that is not there: the copy fails
    qtbot.mouseClick(desk.service_buttons["PENSION"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.last_issued is not None)
    desk.show_services()
    assert not desk.reprint_button.isEnabled()  # nobody signed in yet
    sign_in(qtbot, desk, "bakyt", "6666")
    qtbot.waitUntil(desk.reprint_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(desk.print_finished, timeout=10_000):
        qtbot.mouseClick(desk.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(desk.reprint_button.isEnabled)
    copies = [event for event in sqlite_engine.events() if event.kind == EventKind.REPRINTED]
    assert [(event.details["number"], event.operator_id) for event in copies] == [
        ("Г-001", desk.actor.id if desk.actor else None)
    ]


def test_every_field_and_button_is_named_for_screen_readers(
    qtbot: QtBot, make_desk: MakeDesk
) -> None:
    desk = make_desk(lang="ru")
    bar = desk.reception
    for caption, edit in ((bar.login_caption, bar.login_edit), (bar.pin_caption, bar.pin_edit)):
        assert caption.buddy() is edit
        assert edit.accessibleName() == caption.text() != ""
    assert (bar.login_caption.text(), bar.pin_caption.text()) == ("Логин", "PIN-код")
    for button in (
        bar.sign_in_button,
        bar.sign_out_button,
        desk.priority_toggle,
        desk.reprint_button,
    ):
        assert button.text() and button.accessibleName() == button.text()
    # In the new language too.
    desk.set_language("ky")
    assert bar.sign_in_button.accessibleName() == bar.sign_in_button.text() == "Кирүү"
    assert bar.pin_edit.accessibleName() == bar.pin_caption.text()
    for widget in desk.desk.findChildren(QLineEdit) + desk.desk.findChildren(QAbstractButton):
        assert widget.accessibleName(), widget


def test_a_refusal_follows_the_language(qtbot: QtBot, make_desk: MakeDesk) -> None:
    desk = make_desk()
    sign_in(qtbot, desk, "bakyt", "0000")
    qtbot.waitUntil(lambda: said(desk) == "Wrong operator or PIN.")
    desk.set_language("ru")
    assert said(desk) not in ("", "Wrong operator or PIN.")
