"""The Services page: a new service, its hours with a lunch break, the refusals of the
centre file's rules and of the engine, and removing a service people wait for."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.admin_reads import ServiceRow, read_centre_admin
from conq_desktop.models import EventKind, Service, TicketEvent
from conq_desktop.views.admin import AdminWindow
from conq_desktop.views.admin.services_page import ServicesPage
from tests.helpers.a11y import accessible_name
from tests.views.admin.conftest import LEFT, press, remove, replace_text, settled, type_text


def service(engine: QueueEngine, code: str) -> ServiceRow | None:
    return next((row for row in read_centre_admin(engine.db).services if row.code == code), None)


def set_time(edit: object, hour: int, minute: int = 0) -> None:
    from PySide6.QtCore import QTime

    edit.setTime(QTime(hour, minute))  # type: ignore[attr-defined]


def fill_new(qtbot: QtBot, page: ServicesPage, code: str = "TAX", prefix: str = "Е") -> None:
    qtbot.mouseClick(page.new_button, LEFT)
    type_text(page.code, code)
    type_text(page.prefix, prefix)
    for lang, name in {"ky": "Салык", "ru": "Налоги", "en": "Taxes"}.items():
        type_text(page.names[lang], name)
    page.limit.setValue(50)
    page.expected.setValue(7.5)


def test_a_new_service_is_saved_with_its_week(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    page = window.services_page
    fill_new(qtbot, page)
    saturday, sunday = page.days[5], page.days[6]
    saturday.open.setChecked(True)
    set_time(saturday.opens, 10)
    set_time(saturday.closes, 14)
    sunday.open.setChecked(False)
    assert press(qtbot, window, page.save_button) == "Saved: Taxes."

    saved = service(sqlite_engine, "TAX")
    assert saved is not None
    assert saved.prefix == "Е" and saved.names["ru"] == "Налоги"
    assert saved.daily_limit == 50 and saved.expected_minutes == 7.5
    assert [day.weekday for day in saved.week] == [1, 2, 3, 4, 5, 6]
    assert saved.hours_on(6) is not None and saved.hours_on(6).opens_at == time(10)
    assert saved.hours_on(1).closes_at == time(18)  # the usual hours of a new day
    # The list shows it, chosen, and the form shows it as saved.
    assert page.key == "TAX" and page.items.currentItem().text().startswith("Е")
    assert page.code.isReadOnly()
    assert sqlite_engine.issue("TAX").ticket.number == "Е-001"


def test_hours_with_a_lunch_break_are_saved(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    page = window.services_page
    page.select("PASSPORT")
    monday = page.days[0]
    monday.lunch.setChecked(True)
    assert monday.lunch_from.isEnabled()
    set_time(monday.lunch_from, 13)
    set_time(monday.lunch_until, 14)
    set_time(monday.closes, 0)  # until midnight
    assert press(qtbot, window, page.save_button) == "Saved: Passport and ID card."

    saved = service(sqlite_engine, "PASSPORT")
    assert saved is not None
    hours = saved.hours_on(1)
    assert hours is not None
    assert hours.opens_at == time(8, 30)
    assert (hours.lunch_from, hours.lunch_until) == (time(13), time(14))
    assert hours.closes_at is None  # midnight
    assert saved.hours_on(2).lunch_from is None  # type: ignore[union-attr]
    with sqlite_engine.db.read_session() as session:
        event = session.scalars(
            select(TicketEvent).where(TicketEvent.kind == EventKind.ADMIN_CHANGE)
        ).one()
        assert event.details["key"] == "PASSPORT" and event.details["action"] == "changed"
        assert "mon 08:30-13:00, 14:00-24:00" in str(event.details["changes"])


def test_a_prefix_another_service_has_is_refused_and_nothing_saved(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    page = window.services_page
    fill_new(qtbot, page, code="TAX", prefix="А")  # Cyrillic А: the passport's
    said = press(qtbot, window, page.save_button)
    assert said == "The prefix “А” is already used by the service PASSPORT."
    assert window.message.property("kind") == "error"
    assert service(sqlite_engine, "TAX") is None
    with sqlite_engine.db.read_session() as session:
        assert session.execute(select(func.count()).select_from(Service)).scalar_one() == 5
    # The form is kept as typed, to be corrected.
    assert page.code.text() == "TAX" and page.key is None and page.dirty

    replace_text(page.prefix, "A")  # Latin A looks the same on the hall display
    said = press(qtbot, window, page.save_button)
    assert said.startswith("The prefix “A” looks the same as “А”")
    assert service(sqlite_engine, "TAX") is None


def test_a_lunch_break_outside_the_hours_is_refused_in_its_own_words(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    page = window.services_page
    page.select("PASSPORT")
    monday = page.days[0]
    monday.lunch.setChecked(True)
    set_time(monday.lunch_from, 8)
    set_time(monday.lunch_until, 9)  # the day opens at 08:30
    said = press(qtbot, window, page.save_button)
    assert said == (
        "Monday: “lunch”: the lunch break 08:00-09:00 must lie within the hours 08:30-17:30"
    )
    assert window.message.property("kind") == "error"
    assert service(sqlite_engine, "PASSPORT").hours_on(1).lunch_from is None  # type: ignore[union-attr]

    set_time(monday.lunch_from, 18)
    set_time(monday.lunch_until, 19)  # after closing
    said = press(qtbot, window, page.save_button)
    assert said.startswith("Monday: “lunch”: the lunch break 18:00-19:00")


def test_removing_a_service_people_wait_for_asks_where_they_go(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    sqlite_engine.issue("CIVIL")
    sqlite_engine.issue("CIVIL")
    page = window.services_page
    page.select("CIVIL")
    window.say(None)
    qtbot.mouseClick(page.remove_button, LEFT)
    qtbot.waitUntil(lambda: page.remove_dialog is not None and page.remove_dialog.isVisible())
    qtbot.mouseClick(page.remove_dialog.ok, LEFT)
    qtbot.waitUntil(lambda: page.move_dialog is not None and page.move_dialog.isVisible())
    dialog = page.move_dialog
    assert dialog is not None
    assert dialog.question.text().startswith("2 tickets are waiting for CIVIL")
    assert dialog.targets.findData("CIVIL") == -1
    assert service(sqlite_engine, "CIVIL") is not None  # nothing removed yet

    dialog.targets.setCurrentIndex(dialog.targets.findData("PASSPORT"))
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: window.message.text() != "" and settled(window))
    assert window.message.text() == (
        "Removed: Civil registration. 2 waiting tickets moved to Passport and ID card."
    )
    assert service(sqlite_engine, "CIVIL") is None
    assert [ticket.number for ticket in sqlite_engine.waiting("PASSPORT")] == ["Б-001", "Б-002"]
    assert "CIVIL" not in [page.items.item(row).data(256) for row in range(page.items.count())]
    assert page.key is None


def test_removing_a_service_nobody_waits_for(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    page = window.services_page
    page.select("PROPERTY")
    said = remove(qtbot, window, page)
    # Windows 4 serves only this service: the engine says so, and removes nothing.
    assert said == "Window 4 serves only PROPERTY: give it another service first."
    assert service(sqlite_engine, "PROPERTY") is not None


def test_remove_asks_first_and_enter_keeps_the_service(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    page = window.services_page
    page.select("PENSION")
    window.say(None)
    qtbot.mouseClick(page.remove_button, LEFT)
    qtbot.waitUntil(lambda: page.remove_dialog is not None and page.remove_dialog.isVisible())
    dialog = page.remove_dialog
    assert dialog.question.text().startswith("Remove Pensions and benefits?")
    assert dialog.cancel.isDefault() and not dialog.ok.isDefault()
    assert accessible_name(dialog.ok) == dialog.ok.text() == "Remove"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # by habit: the default answer is Cancel
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert service(sqlite_engine, "PENSION") is not None
    assert window.message.text() == ""
