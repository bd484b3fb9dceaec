"""The Staff page: a new member of staff, a new PIN, and the engine's refusals: nobody
signed in is switched off, the last administrator stays one; a locked account is
unlocked."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.admin_reads import OperatorRow, read_centre_admin
from conq_desktop.errors import QueueError
from conq_desktop.models import Role
from conq_desktop.views.admin import AdminWindow
from tests.conftest import staff
from tests.views.admin.conftest import LEFT, press, settled, type_text


def operator(engine: QueueEngine, login: str) -> OperatorRow | None:
    return next((row for row in read_centre_admin(engine.db).operators if row.login == login), None)


def test_a_new_member_of_staff_signs_in_with_their_pin(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    window.show_area("staff")
    page = window.staff_page
    qtbot.mouseClick(page.new_button, LEFT)
    assert page.pin.isVisible() and not page.reset_button.isEnabled()
    type_text(page.login, "aigul")
    type_text(page.name, "Айгүл Сыдыкова")
    page.role.setCurrentIndex(page.role.findData("receptionist"))
    type_text(page.pin, "4321")
    type_text(page.pin_again, "4322")
    assert press(qtbot, window, page.save_button) == (
        "The two PINs are not the same: type the same PIN twice."
    )
    assert operator(sqlite_engine, "aigul") is None

    page.pin_again.clear()
    type_text(page.pin_again, "4321")
    assert press(qtbot, window, page.save_button) == "Saved: aigul."
    saved = operator(sqlite_engine, "aigul")
    assert saved is not None and saved.role == Role.RECEPTIONIST and saved.active
    assert sqlite_engine.authenticate("aigul", "4321").name == "Айгүл Сыдыкова"
    assert page.key == "aigul" and page.login.isReadOnly() and not page.pin.isVisible()


def test_a_new_member_of_staff_needs_a_pin(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    window.show_area("staff")
    page = window.staff_page
    qtbot.mouseClick(page.new_button, LEFT)
    type_text(page.login, "aigul")
    type_text(page.name, "Айгүл")
    type_text(page.pin, "12")
    type_text(page.pin_again, "12")
    assert press(qtbot, window, page.save_button) == "“pin” must be 4–8 digits"
    assert operator(sqlite_engine, "aigul") is None


def test_a_reset_pin_works_at_the_next_sign_in(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    window.show_area("staff")
    page = window.staff_page
    page.select("aibek")
    qtbot.mouseClick(page.reset_button, LEFT)
    dialog = page.pin_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.pin.echoMode() == dialog.pin.EchoMode.Password
    assert dialog.again.echoMode() == dialog.again.EchoMode.Password
    type_text(dialog.pin, "7777")
    type_text(dialog.again, "7777")
    window.say(None)
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: window.message.text() != "" and settled(window))
    assert window.message.text() == "aibek has a new PIN."
    assert sqlite_engine.authenticate("aibek", "7777").login == "aibek"
    with pytest.raises(QueueError):
        sqlite_engine.authenticate("aibek", "1111")


def test_someone_signed_in_at_a_window_is_not_switched_off(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    staff(sqlite_engine, 1)
    window.show_area("staff")
    page = window.staff_page
    page.select("aibek")
    page.active.setChecked(False)
    said = press(qtbot, window, page.save_button)
    assert said == "aibek is signed in at window 1: they sign out first."
    assert window.message.property("kind") == "error"
    assert operator(sqlite_engine, "aibek").active  # type: ignore[union-attr]
    assert not page.active.isChecked()  # the form keeps what was typed


def test_the_last_administrator_is_not_demoted(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    window.show_area("staff")
    page = window.staff_page
    page.select("admin")
    page.role.setCurrentIndex(page.role.findData("supervisor"))
    said = press(qtbot, window, page.save_button)
    assert said == "admin is the centre's last administrator: make another one first."
    assert operator(sqlite_engine, "admin").role == Role.ADMIN  # type: ignore[union-attr]


def test_a_locked_account_is_unlocked(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    window.show_area("staff")
    page = window.staff_page
    page.select("elena")
    assert not page.unlock_button.isEnabled()
    for _attempt in range(5):
        with pytest.raises(QueueError):
            sqlite_engine.authenticate("elena", "0000")
    assert operator(sqlite_engine, "elena").locked_until is not None  # type: ignore[union-attr]
    window.refresh()  # LiveUpdates would say so; this window has none
    qtbot.waitUntil(page.unlock_button.isEnabled)
    assert page.lock.text() == "Locked until 10:15 after too many wrong PINs."
    assert "locked" in page.items.currentItem().text()

    assert press(qtbot, window, page.unlock_button) == "elena can sign in again."
    assert operator(sqlite_engine, "elena").locked_until is None  # type: ignore[union-attr]
    assert sqlite_engine.authenticate("elena", "3333").login == "elena"
    qtbot.waitUntil(lambda: not page.unlock_button.isEnabled())
    assert page.lock.text() == ""
