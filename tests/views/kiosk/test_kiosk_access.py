"""The kiosk without a mouse and with a screen reader, full screen without a window
manager, its English screen, and the word on who qualifies for a priority ticket."""

# ruff: noqa: F811 (the kiosk fixture comes from test_kiosk_window)

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from conq_desktop.engine import QueueEngine
from conq_desktop.i18n import LANGUAGES, translate
from conq_desktop.views.app import Opener, WindowOptions
from conq_desktop.views.kiosk import KioskWindow
from conq_desktop.views.kiosk.service_button import ServiceButton
from conq_desktop.views.kiosk.services_page import WHO_QUALIFIES
from tests.helpers.printer_listener import closed_port
from tests.views.kiosk.test_kiosk_window import (  # noqa: F401
    MakeKiosk,
    clipped_labels,
    issued_page,
    make_kiosk,
    sign_in_at_desk,
    tap,
    tickets,
)


def accessible(widget: QWidget) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface


def focused(window: KioskWindow) -> QWidget | None:
    return QApplication.focusWidget() if window.isActiveWindow() else None


def activate(qtbot: QtBot, window: KioskWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def press(qtbot: QtBot, window: KioskWindow, key: Qt.Key) -> None:
    """A key on the keyboard: it goes to the widget with the focus, else the window."""
    qtbot.keyClick(focused(window) or window, key)


def tab_to(qtbot: QtBot, window: KioskWindow, wanted: Callable[[QWidget | None], bool]) -> None:
    for _ in range(20):
        if wanted(focused(window)):
            return
        press(qtbot, window, Qt.Key.Key_Tab)
    pytest.fail(f"Tab never reached it; the focus is on {focused(window)!r}")


# ---------------------------------------------------------------------- screen readers


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_service_button_is_named_as_it_reads(
    qtbot: QtBot, make_kiosk: MakeKiosk, lang: str
) -> None:
    window = make_kiosk(lang=lang)
    qtbot.waitUntil(lambda: all(b.state.text() for b in window.service_buttons.values()))
    for button in window.service_buttons.values():
        name = button.service.name(lang)
        # What a sighted visitor reads on the button, in the screen's language …
        assert name in (button.title.text(), button.subtitle.text())
        assert button.title.isVisible()
        # … is what a screen reader says: the name, then the state as the description.
        assert button.accessibleName() == name
        reader = accessible(button)
        assert reader.text(QAccessible.Text.Name) == name
        assert reader.text(QAccessible.Text.Description) == button.state.text()
        assert reader.role() == QAccessible.Role.Button


def test_the_language_switch_is_a_row_of_buttons(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(lang="ru")
    for code, choice in window.language_buttons.items():
        # A checkable button is announced as a check box; these are push buttons.
        assert accessible(choice).role() == QAccessible.Role.Button
        assert not choice.isCheckable()
        assert choice.accessibleName() == choice.text()
        assert choice.property("current") == ("true" if code == "ru" else "false")
    qtbot.mouseClick(window.language_buttons["ky"], Qt.MouseButton.LeftButton)
    assert window.lang == "ky"
    assert window.language_buttons["ky"].property("current") == "true"
    assert window.language_buttons["ru"].property("current") == "false"
    assert accessible(window.language_buttons["ky"]).text(QAccessible.Text.Description)


# ---------------------------------------------------------------------- the keyboard


def test_tab_and_enter_issue_a_ticket_without_the_mouse(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    window = make_kiosk(show_seconds=60)
    buttons = list(window.service_buttons.values())
    assert all(button.focusPolicy() & Qt.FocusPolicy.TabFocus for button in buttons)
    activate(qtbot, window)
    tab_to(qtbot, window, lambda widget: isinstance(widget, ServiceButton))
    assert focused(window) is buttons[0]  # the first service, after the languages
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: issued_page(window))
    assert tickets(sqlite_engine) == [("А-001", 0)]
    # The focus waits on "Done", which reads the card to a screen reader.
    assert focused(window) is window.issued_page.done_button
    said = accessible(window.issued_page.done_button).text(QAccessible.Text.Description)
    assert "А-001" in said
    # Enter on "Done": back to the services, the focus where it was.
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not issued_page(window))
    assert focused(window) is buttons[0]


def test_the_arrow_keys_move_between_services_and_space_chooses(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    window = make_kiosk()  # 1920×1080: two columns, Д alone on the last row
    buttons = window.service_buttons
    activate(qtbot, window)
    buttons["PASSPORT"].setFocus()
    qtbot.waitUntil(buttons["PASSPORT"].hasFocus)
    for key, code in (
        (Qt.Key.Key_Right, "CIVIL"),
        (Qt.Key.Key_Down, "PENSION"),
        (Qt.Key.Key_Left, "PROPERTY"),
        (Qt.Key.Key_Down, "PRIORITY"),
        (Qt.Key.Key_Up, "PROPERTY"),
    ):
        press(qtbot, window, key)
        assert focused(window) is buttons[code], code
    press(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: issued_page(window))
    assert tickets(sqlite_engine) == [("В-001", 0)]


def test_the_focused_service_shows_a_ring(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk()
    button = window.service_buttons["CIVIL"]
    unfocused = button.grab().toImage()
    activate(qtbot, window)
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    ring = button.grab().toImage()
    corner = (button.width() // 2, 2)  # on the top edge, where the ring is drawn
    assert ring.pixelColor(*corner) != unfocused.pixelColor(*corner)


# ---------------------------------------------------------------------- full screen


def test_the_kiosk_takes_the_whole_screen_without_a_window_manager(
    qtbot: QtBot, sqlite_engine: QueueEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bare X, as kiosk images run: no window manager sizes a full-screen window, so
    ``showFullScreen()`` only shows it at the size it has (its size hint)."""
    geometries: list[QRect] = []

    def bare_x(window: QWidget) -> None:
        geometries.append(window.geometry())
        window.show()

    monkeypatch.setattr(KioskWindow, "showFullScreen", bare_x)
    opener = Opener(sqlite_engine, WindowOptions(language="en"))
    try:
        window = opener.open("kiosk")
        qtbot.addWidget(window)
        screen = QGuiApplication.primaryScreen()
        assert geometries == [screen.geometry()]
        assert window.size() == screen.size()
        qtbot.waitUntil(lambda: len(window.service_buttons) == 5)
    finally:
        for window in opener.opened:
            window.unlock()
            window.close()
            window.runner.wait()
        opener.window_ctx.live.stop()


# ---------------------------------------------------------------------- English


def test_the_english_screen_names_the_services_in_english(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    window = make_kiosk(lang="ky")
    passport = window.service_buttons["PASSPORT"]
    assert passport.title.text() == "Паспорт жана ID-карта"
    qtbot.mouseClick(window.language_buttons["en"], Qt.MouseButton.LeftButton)
    for button in window.service_buttons.values():
        names = button.service.names
        assert button.title.text() == names["en"]  # large, in English
        assert names["ky"] in button.subtitle.text() and names["ru"] in button.subtitle.text()
        assert names["en"] not in button.state.text()
    assert passport.title.text() == "Passport and ID card"
    assert window.prompt.text() == "Choose a service"


# ---------------------------------------------------------------------- priority


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_priority_toggle_says_who_qualifies(
    qtbot: QtBot, make_kiosk: MakeKiosk, lang: str
) -> None:
    desk = make_kiosk(lang=lang, receptionist=True, size=(1366, 768))
    note = desk.services_page.priority_note
    assert note.isVisible()
    assert note.text() == translate(WHO_QUALIFIES, lang)
    if lang != "en":
        assert note.text() != WHO_QUALIFIES  # translated
    else:
        assert "disabilities" in note.text() and "pregnant" in note.text()
    assert accessible(desk.priority_toggle).text(QAccessible.Text.Description) == note.text()
    # Right under the toggle, and drawn whole.
    toggle = desk.priority_toggle.geometry()
    assert note.parent() is desk.priority_toggle.parent()
    assert 0 <= note.geometry().top() - toggle.bottom() < 30
    assert note.geometry().left() == toggle.left()
    assert note.heightForWidth(note.width()) <= note.height() + 1


def test_the_priority_note_is_only_at_the_desk(make_kiosk: MakeKiosk) -> None:
    window = make_kiosk()
    assert not window.services_page.priority_note.isVisible()


def test_the_pin_page_is_named_for_screen_readers(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(locked=True)
    window.ask_pin()
    assert (
        accessible(window.pin_edit).text(QAccessible.Text.Name) == window.pin_page.pin_title.text()
    )
    names = {accessible(key).text(QAccessible.Text.Name) for key in window.keys}
    assert "⌫" not in names and "Delete the last digit" in names


# ---------------------------------------------------------------------- crowded screens


def test_a_crowded_desk_still_fits_a_768_high_screen(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    """A reception desk on 1366×768 with its receptionist signed in, the printer's
    banner and the word on priority: the words shrink (legibly) rather than the window
    growing past the screen or the names being cut."""
    desk = make_kiosk(f"tcp://127.0.0.1:{closed_port()}", lang="ky", size=(1366, 768),
                      receptionist=True)  # fmt: skip
    sign_in_at_desk(qtbot, desk, "bakyt", "6666")
    qtbot.waitUntil(lambda: desk.actor is not None)
    tap(qtbot, desk, "PENSION")  # nobody serves PENSION: the long word on the card
    qtbot.waitUntil(lambda: desk.banner.isVisible(), timeout=10_000)
    assert desk.layout().totalMinimumSize().height() <= 768
    assert desk.height() == 768
    assert clipped_labels(desk) == []
    desk.show_services()
    qtbot.waitUntil(lambda: all(button.fits() for button in desk.service_buttons.values()))
    assert desk.layout().totalMinimumSize().height() <= 768
    assert desk.height() == 768
    assert clipped_labels(desk) == []
    for button in desk.service_buttons.values():
        assert button.title.font().pixelSize() >= 768 * 0.7 / 29 - 1
