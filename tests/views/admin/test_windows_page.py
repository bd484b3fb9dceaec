"""The Windows page: a new window, a window without a service refused, and the order
of preference saved as arranged."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.admin_reads import WindowRow, read_centre_admin
from conq_desktop.views.admin import AdminWindow
from conq_desktop.views.admin.windows_page import WindowsPage
from tests.conftest import staff
from tests.views.admin.conftest import LEFT, press, remove, type_text


def window_row(engine: QueueEngine, number: int) -> WindowRow | None:
    return next((row for row in read_centre_admin(engine.db).windows if row.number == number), None)


def add(qtbot: QtBot, page: WindowsPage, code: str) -> None:
    page.addable.setCurrentIndex(page.addable.findData(code))
    qtbot.mouseClick(page.add_button, LEFT)


def test_a_new_window_with_its_services_in_order(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    window.show_area("windows")
    page = window.windows_page
    qtbot.mouseClick(page.new_button, LEFT)
    assert page.number.value() == 8  # the first number not taken
    assert page.number.isEnabled() and page.served.count() == 0
    type_text(page.name, "Терезе 8 / Окно 8")
    add(qtbot, page, "PENSION")
    add(qtbot, page, "PASSPORT")
    assert page.served_codes() == ["PENSION", "PASSPORT"]
    assert page.addable.findData("PENSION") == -1  # each service once
    assert press(qtbot, window, page.save_button) == "Saved: window 8."

    saved = window_row(sqlite_engine, 8)
    assert saved is not None
    assert saved.name == "Терезе 8 / Окно 8"
    assert saved.services == ("PENSION", "PASSPORT")
    assert page.key == 8 and not page.number.isEnabled()
    staff(sqlite_engine)  # nobody at 8: sign someone in and call there
    sqlite_engine.sign_out(1)
    sqlite_engine.sign_in(8, "aibek", "1111")
    sqlite_engine.issue("PASSPORT")
    sqlite_engine.issue("PENSION")
    assert sqlite_engine.call_next(8).number == "Г-001"  # the pension comes first


def test_a_window_without_a_service_is_refused(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    window.show_area("windows")
    page = window.windows_page
    qtbot.mouseClick(page.new_button, LEFT)
    said = press(qtbot, window, page.save_button)
    assert said == "a window must serve at least one service"
    assert window.message.property("kind") == "error"
    assert window_row(sqlite_engine, 8) is None


def test_the_order_of_preference_is_saved_as_arranged(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    window.show_area("windows")
    page = window.windows_page
    page.select(7)
    assert page.served_codes() == ["PRIORITY", "PASSPORT", "PENSION", "CIVIL", "PROPERTY"]
    page.served.setCurrentRow(1)
    qtbot.mouseClick(page.up_button, LEFT)
    page.served.setCurrentRow(2)  # PENSION
    qtbot.mouseClick(page.take_off_button, LEFT)
    page.served.setCurrentRow(2)  # CIVIL
    qtbot.mouseClick(page.down_button, LEFT)
    assert page.served_codes() == ["PASSPORT", "PRIORITY", "PROPERTY", "CIVIL"]
    assert not page.down_button.isEnabled()  # CIVIL is last now
    assert press(qtbot, window, page.save_button) == "Saved: window 7."
    assert window_row(sqlite_engine, 7).services == (  # type: ignore[union-attr]
        "PASSPORT",
        "PRIORITY",
        "PROPERTY",
        "CIVIL",
    )
    # Shown as saved, from the database.
    assert page.served_codes() == ["PASSPORT", "PRIORITY", "PROPERTY", "CIVIL"]
    assert not page.dirty


def test_a_staffed_window_is_not_removed(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    staff(sqlite_engine, 6)
    window.show_area("windows")
    page = window.windows_page
    page.select(6)
    said = remove(qtbot, window, page)
    assert said == "Гүлнара Осмонова is signed in at window 6: they sign out first."
    assert window_row(sqlite_engine, 6) is not None

    sqlite_engine.sign_out(6)
    assert remove(qtbot, window, page) == "Removed: window 6."
    assert window_row(sqlite_engine, 6) is None
    assert page.items.count() == 6
