"""The kiosk's pages on their own: the service buttons' layout and priority toggle,
the issued ticket's card, and the PIN keypad."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.snapshots import ServiceInfo
from conq_desktop.models import Priority
from conq_desktop.views.kiosk.issued_page import IssuedPage
from conq_desktop.views.kiosk.pin_page import PIN_IDLE_SECONDS, PinPage
from conq_desktop.views.kiosk.services_page import ServicesPage


def services(engine: QueueEngine) -> list[ServiceInfo]:
    return [queue.service for queue in engine.status().services if queue.active]


def columns(page: ServicesPage) -> int:
    return sum(1 for column in range(3) if page.grid.columnStretch(column))


def test_service_buttons_fill_the_screen(qtbot: QtBot, sqlite_engine: QueueEngine) -> None:
    page = ServicesPage(receptionist=False, printing=False)
    qtbot.addWidget(page)
    offered = services(sqlite_engine)
    assert len(offered) == 5
    page.rebuild(offered, portrait=False)
    assert list(page.service_buttons) == [service.code for service in offered]
    assert columns(page) == 2
    # Five fit in one column of a portrait screen; the old buttons are gone.
    page.rebuild(offered, portrait=True)
    assert columns(page) == 1
    assert page.grid.count() == 5
    page.rebuild(offered[:3], portrait=False)
    assert columns(page) == 1


def test_a_tapped_button_names_its_service(qtbot: QtBot, sqlite_engine: QueueEngine) -> None:
    page = ServicesPage(receptionist=False, printing=False)
    qtbot.addWidget(page)
    page.rebuild(services(sqlite_engine), portrait=False)
    page.show()
    with qtbot.waitSignal(page.chosen) as chosen:
        qtbot.mouseClick(page.service_buttons["CIVIL"], Qt.MouseButton.LeftButton)
    assert chosen.args == ["CIVIL"]


def test_only_a_receptionist_gives_priority(qtbot: QtBot) -> None:
    for receptionist, wanted in ((True, Priority.PRIORITY), (False, Priority.NORMAL)):
        page = ServicesPage(receptionist=receptionist, printing=True)
        qtbot.addWidget(page)
        assert page.priority() == Priority.NORMAL
        page.priority_toggle.setChecked(True)
        assert page.priority() == wanted


def test_the_card_forgets_its_visitor(qtbot: QtBot, sqlite_engine: QueueEngine) -> None:
    page = IssuedPage()
    qtbot.addWidget(page)
    page.retranslate("en")
    page.show_ticket(sqlite_engine.issue("PASSPORT"), lambda lang: f"note in {lang}")
    assert (page.number.text(), page.note.text()) == ("А-001", "note in en")
    page.retranslate("ru")
    assert page.note.text() == "note in ru"
    page.forget()
    page.retranslate("en")
    assert page.ticket is None
    assert page.note.text() == ""


def test_the_keypad_types_and_submits(qtbot: QtBot) -> None:
    page = PinPage()
    qtbot.addWidget(page)
    keys = {key.text(): key for key in page.keys}
    for key in ("1", "2", "⌫", "3"):
        qtbot.mouseClick(keys[key], Qt.MouseButton.LeftButton)
    assert page.pin_edit.text() == "13"
    assert page.idle.isActive()
    assert page.idle.interval() == int(PIN_IDLE_SECONDS * 1000)
    with qtbot.waitSignal(page.submitted):
        qtbot.mouseClick(keys["OK"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.cancelled):
        qtbot.mouseClick(page.pin_cancel, Qt.MouseButton.LeftButton)
    page.reset()
    assert page.pin_edit.text() == ""
    assert not page.idle.isActive()


def test_an_untouched_pin_page_gives_up(qtbot: QtBot) -> None:
    page = PinPage()
    qtbot.addWidget(page)
    page.idle.setInterval(1)  # instead of PIN_IDLE_SECONDS
    with qtbot.waitSignal(page.cancelled):
        page.open()
