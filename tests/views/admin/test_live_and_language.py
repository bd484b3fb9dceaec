"""A change made anywhere reaches the lists at once, without overwriting a form the
administrator is editing; the window speaks each language, and names every control
for assistive technology by the text it shows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.administration import Administration
from conq_desktop.engine.centre_file import parse_service, parse_window
from conq_desktop.i18n import LANGUAGES, translate
from conq_desktop.views.admin import AdminWindow
from conq_desktop.views.common.live import LiveUpdates
from tests.views.admin.conftest import LEFT, Opened, sign_in, type_text

NAMES = {"ky": "Салык", "ru": "Налоги", "en": "Taxes"}


@pytest.fixture
def live(sqlite_engine: QueueEngine) -> Iterator[LiveUpdates]:
    updates = LiveUpdates(sqlite_engine.db)
    yield updates
    updates.stop()


def listed(page: object) -> list[object]:
    items = page.items  # type: ignore[attr-defined]
    return [items.item(row).data(Qt.ItemDataRole.UserRole) for row in range(items.count())]


def test_changes_made_elsewhere_appear_in_the_lists(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened, live: LiveUpdates
) -> None:
    window = opened(sqlite_engine, live)
    sign_in(qtbot, window)
    # The administrator is typing a new name for window 7 meanwhile.
    window.show_area("windows")
    window.windows_page.select(7)
    window.windows_page.name.selectAll()
    type_text(window.windows_page.name, "Half-typed")
    assert window.windows_page.dirty

    other = Administration(sqlite_engine.db, sqlite_engine.authenticate("admin", "9999"))
    other.save_service(
        parse_service({"code": "TAX", "prefix": "Е", "name": NAMES, "hours": "09:00-18:00"})
    )
    other.save_window(parse_window({"number": 7, "name": "Renamed", "services": ["TAX"]}))
    other.save_window(parse_window({"number": 9, "name": "Nine", "services": ["TAX"]}))

    qtbot.waitUntil(lambda: "TAX" in listed(window.services_page), timeout=5000)
    qtbot.waitUntil(lambda: 9 in listed(window.windows_page), timeout=5000)
    assert window.windows_page.items.item(6).text() == "7   Renamed"
    # The form being edited keeps what was typed, and its services as they were.
    assert window.windows_page.name.text() == "Half-typed"
    assert window.windows_page.served_codes()[0] == "PRIORITY"
    # An untouched form shows the item as it now is.
    window.windows_page.select(9)
    assert window.windows_page.name.text() == "Nine"

    # The item being edited goes away on another PC: the form says so and empties.
    window.windows_page.select(9)
    window.windows_page.name.selectAll()
    type_text(window.windows_page.name, "Also typing")
    other.remove_window(9)
    qtbot.waitUntil(lambda: 9 not in listed(window.windows_page), timeout=5000)
    assert window.message.text() == "window 9 was removed on another PC."
    assert window.windows_page.key is None


def test_a_locked_account_shows_up_while_its_form_is_open(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened, live: LiveUpdates
) -> None:
    window = opened(sqlite_engine, live)
    sign_in(qtbot, window)
    window.show_area("staff")
    window.staff_page.select("nurgul")
    for _attempt in range(5):
        with pytest.raises(Exception):  # noqa: B017 - the wrong PIN, counted
            sqlite_engine.authenticate("nurgul", "0000")
    qtbot.waitUntil(window.staff_page.unlock_button.isEnabled, timeout=5000)


def actionable(window: AdminWindow) -> list[QWidget]:
    return [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, QAbstractButton | QLineEdit)
    ]


def exposed_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(QAccessible.Text.Name)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_button_and_field_is_named_in_every_language(
    qtbot: QtBot, window: AdminWindow, lang: str
) -> None:
    qtbot.mouseClick(window.lang_buttons[lang], LEFT)
    assert window.lang == lang
    widgets = actionable(window)
    assert len(widgets) > 80
    for widget in widgets:
        name = exposed_name(widget)
        assert name, widget
        if isinstance(widget, QAbstractButton):
            assert name == widget.text(), (lang, widget.text())
    # Fields are named by the caption beside them, which is their buddy.
    captions = {
        label.buddy(): label.text() for label in window.findChildren(QLabel) if label.buddy()
    }
    page = window.services_page
    assert exposed_name(page.prefix) == captions[page.prefix] == translate("Prefix", lang)
    assert exposed_name(window.pin_edit) == translate("PIN", lang)
    assert exposed_name(window.centre_page.recall) == translate("Recalls of one ticket", lang)
    monday = translate("Monday", lang)
    assert page.days[0].open.text() == monday
    assert exposed_name(page.days[0].opens) == translate(
        "{day}: {field}", lang, day=monday, field=translate("Opens", lang)
    )
    for edit in (page.code, *page.names.values(), window.staff_page.login):
        assert captions[edit] == edit.accessibleName()
    assert window.nav_buttons["staff"].text() == translate("Staff", lang)


def test_the_whole_window_follows_the_language_switch(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    window.show_area("services")
    window.services_page.select("PASSPORT")
    window.services_page.prefix.clear()
    window.services_page.save()
    qtbot.waitUntil(lambda: window.message.property("kind") == "error")
    english = window.message.text()
    qtbot.mouseClick(window.lang_buttons["ru"], LEFT)
    assert window.message.text() != english
    assert window.services_page.save_button.text() == translate("Save", "ru")
    assert window.windowTitle() == f"conq-desktop — {translate('Administration', 'ru')}"
    assert window.services_page.items.item(0).text().endswith("Паспорт и ID-карта")
    assert window.lang_buttons["ru"].property("current") is True
    assert window.lang_buttons["ru"].accessibleDescription() == translate("Current language", "ru")
    exposed = QAccessible.queryAccessibleInterface(window.lang_buttons["ky"])
    assert exposed.role() == QAccessible.Role.Button and not exposed.state().checkable
    # The form being edited is kept through the switch.
    assert window.services_page.prefix.text() == ""


@pytest.mark.parametrize("area", ["services", "windows", "staff", "centre"])
def test_tab_reaches_every_field_of_a_page(qtbot: QtBot, window: AdminWindow, area: str) -> None:
    window.activateWindow()
    window.show_area(area)
    window.services_page.select("PASSPORT")
    window.windows_page.select(7)
    window.staff_page.select("aibek")
    page = window.pages[area]
    fields = [
        widget
        for widget in page.findChildren(QWidget)
        if isinstance(widget, QAbstractButton | QLineEdit | QAbstractSpinBox | QComboBox)
        and widget.isVisible()
        and widget.isEnabled()
        and not isinstance(widget.parent(), QAbstractSpinBox | QComboBox)
    ]
    assert len(fields) >= 5
    window.nav_buttons[area].setFocus()
    qtbot.waitUntil(window.nav_buttons[area].hasFocus)
    reached: list[QWidget] = []
    for _step in range(len(fields) + 20):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.append(window.focusWidget())
    missed = [
        widget
        for widget in fields
        if not any(widget is item or widget.isAncestorOf(item) for item in reached)
    ]
    assert missed == []


def test_the_dialogs_name_their_buttons_and_fields(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    qtbot.mouseClick(window.lang_buttons["ky"], LEFT)
    window.show_area("staff")
    window.staff_page.select("aibek")
    qtbot.mouseClick(window.staff_page.reset_button, LEFT)
    dialog = window.staff_page.pin_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    for widget in actionable(dialog):  # type: ignore[arg-type]
        assert exposed_name(widget), widget
        if isinstance(widget, QAbstractButton):
            assert exposed_name(widget) == widget.text()
    assert exposed_name(dialog.again) == translate("PIN again", "ky")
    assert dialog.ok.text() == translate("Set the PIN", "ky")
    dialog.reject()
