"""Check-in at the kiosk: a booking code scanned on the services page or typed on the
check-in page gives a ticket, shown and printed with the booked time; a refusal is said
in the visitor's language (too early, too late with a ticket in the live queue instead,
an unknown code, a code used already); a short Enter still presses the focused service;
the new buttons are named for screen readers; the admin lock still holds."""

# ruff: noqa: F811 (the kiosk fixture comes from test_kiosk_window)

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.bookings import Bookings
from conq_desktop.engine.checkin import TOO_EARLY, TOO_LATE
from conq_desktop.i18n import LANGUAGES, translate
from conq_desktop.models import EventKind
from conq_desktop.printing.layout import BOOKED_FOR, both, build_layout
from conq_desktop.printing.service import PrintOutcome
from conq_desktop.views.kiosk import KioskWindow
from conq_desktop.views.kiosk.check_in_page import DELETE_NAME
from conq_desktop.views.kiosk.scanner import SCAN_GAP_MS
from tests.helpers.printer_listener import PAPER_STATUS_QUERY, fake_printer
from tests.views.kiosk.test_kiosk_access import accessible, activate, focused, press
from tests.views.kiosk.test_kiosk_window import (  # noqa: F401
    INIT,
    MakeKiosk,
    clipped_labels,
    issued_page,
    make_kiosk,
    print_events,
    tap,
    tickets,
)

TUESDAY = date(2026, 11, 24)  # the clock: 10:00 in Bishkek
# Each key of a Russian keyboard where the Latin letter is on a US one.
RUSSIAN_LAYOUT = str.maketrans("QWERTYUIOPASDFGHJKLZXCVBNM", "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ")


def book(engine: QueueEngine, start: time, service: str = "PASSPORT") -> str:
    """A booking made at the desk (a receptionist may book): its code."""
    desk = Bookings(engine.db, engine.authenticate("bakyt", "6666"), engine.clock)
    return desk.book(service, TUESDAY, start).code


def scan(qtbot: QtBot, window: KioskWindow, code: str) -> None:
    """What a keyboard-wedge scanner does: the code's characters, then Enter, into
    whatever has the focus, with nobody tapping first."""
    target = focused(window) or window
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def check_in_page(window: KioskWindow) -> bool:
    return window.stack.currentWidget() is window.check_in_page


def said(window: KioskWindow) -> str:
    return window.check_in_page.message.text()


# ---------------------------------------------------------------------- tickets


def test_a_code_scanned_on_the_services_page_gives_a_printed_ticket(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine, clock: FixedClock
) -> None:
    code = book(sqlite_engine, time(10, 15))
    clock.advance(minutes=5)  # 10:05: within the 15 minutes before the slot
    with fake_printer() as device:
        window = make_kiosk(device.uri)
        with qtbot.waitSignal(window.print_finished, timeout=10_000) as printed:
            scan(qtbot, window, code.lower())  # any case
        job = device.wait_for_job()
    outcome: PrintOutcome = printed.args[0]
    assert outcome.printed, outcome.error
    assert job.startswith(PAPER_STATUS_QUERY + INIT) and len(job) > 1000
    assert print_events(sqlite_engine) == [(EventKind.PRINTED, False)]
    # One ticket, the booking's: no service was pressed by the scan's letters or Enter.
    assert tickets(sqlite_engine) == [("А-001", 0)]
    assert issued_page(window)
    assert window.number.text() == "А-001"
    assert window.issued_page.booked.isVisible()
    assert window.issued_page.booked.text() == "Booked for 10:15"
    said_to_reader = accessible(window.issued_page.done_button).text(QAccessible.Text.Description)
    assert "Booked for 10:15" in said_to_reader
    qtbot.waitUntil(lambda: window.note.text() == "Please take your ticket.")


def test_the_button_and_the_screen_keys_check_in(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine, clock: FixedClock
) -> None:
    code = book(sqlite_engine, time(10, 15))
    clock.advance(minutes=5)
    window = make_kiosk(lang="ru")
    button = window.services_page.booking_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert check_in_page(window)
    page = window.check_in_page
    assert page.code_edit.hasFocus() or not window.isActiveWindow()
    # Every letter and digit, for a portal's codes too.
    typed = {key.text() for key in page.keypad.keys}
    assert set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") <= typed
    for key in ("X", "⌫", *code):  # a slip, taken back
        qtbot.mouseClick(page.keypad.key(key), Qt.MouseButton.LeftButton)
    assert page.code_edit.text() == code
    assert page.idle.isActive()
    qtbot.mouseClick(page.keypad.key("OK"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: issued_page(window))
    assert window.number.text() == "А-001"
    assert window.issued_page.booked.text() == translate(BOOKED_FOR, "ru", time="10:15")
    assert window.note.text() == translate("Please remember your number.", "ru")  # no printer
    # Back on the services page, nothing of the code is left on the check-in page.
    window.show_services()
    assert page.code_edit.text() == "" and said(window) == ""


def test_a_keyboard_types_into_the_field_and_enter_checks_in(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine, clock: FixedClock
) -> None:
    code = book(sqlite_engine, time(10, 15))
    clock.advance(minutes=5)
    window = make_kiosk()
    activate(qtbot, window)
    qtbot.mouseClick(window.services_page.booking_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.check_in_page.code_edit.hasFocus)
    scan(qtbot, window, f" {code[:3]}-{code[3:]} ")  # spaces and a dash, as printed
    qtbot.waitUntil(lambda: issued_page(window))
    assert window.number.text() == "А-001"


def test_a_scanner_on_the_russian_layout_types_cyrillic_and_still_checks_in(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine, clock: FixedClock
) -> None:
    code = book(sqlite_engine, time(10, 15))
    clock.advance(minutes=5)
    window = make_kiosk()
    typed = code.translate(RUSSIAN_LAYOUT)
    for char in typed:  # QTest types only Latin-1: the events as the OS sends them
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(window, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    assert window.scanner.buffer == typed
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: issued_page(window))
    assert window.issued_page.booked.text() == "Booked for 10:15"


# ---------------------------------------------------------------------- the focused button


def test_a_short_enter_still_presses_the_focused_service(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    window = make_kiosk(show_seconds=60)
    civil = window.service_buttons["CIVIL"]
    activate(qtbot, window)
    civil.setFocus()
    qtbot.waitUntil(civil.hasFocus)
    qtbot.keyClicks(civil, "AB3")  # letters press nothing …
    window.runner.wait()
    assert tickets(sqlite_engine) == []
    assert window.stack.currentWidget() is window.services_page
    press(qtbot, window, Qt.Key.Key_Return)  # … and three are no code: Enter presses
    qtbot.waitUntil(lambda: issued_page(window))
    assert tickets(sqlite_engine) == [("Б-001", 0)]
    assert window.issued_page.booked.isHidden()


def test_a_pause_forgets_what_was_typed(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    window = make_kiosk(show_seconds=60)
    scanner = window.scanner
    assert scanner.gap.interval() == SCAN_GAP_MS
    civil = window.service_buttons["CIVIL"]
    activate(qtbot, window)
    civil.setFocus()
    qtbot.waitUntil(civil.hasFocus)
    qtbot.keyClicks(civil, "AB3K9Z")
    assert scanner.buffer == "AB3K9Z" and scanner.gap.isActive()
    scanner.gap.setInterval(1)  # instead of waiting a second
    scanner.gap.start()
    qtbot.waitUntil(lambda: scanner.buffer == "")
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: issued_page(window))
    assert tickets(sqlite_engine) == [("Б-001", 0)]


def test_a_long_enter_on_a_focused_service_checks_in_instead(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine, clock: FixedClock
) -> None:
    code = book(sqlite_engine, time(10, 15))
    clock.advance(minutes=5)
    window = make_kiosk()
    civil = window.service_buttons["CIVIL"]
    activate(qtbot, window)
    civil.setFocus()
    qtbot.waitUntil(civil.hasFocus)
    scan(qtbot, window, code)
    qtbot.waitUntil(lambda: issued_page(window))
    assert tickets(sqlite_engine) == [("А-001", 0)]  # PASSPORT's, not CIVIL's


# ---------------------------------------------------------------------- refusals


def test_too_early_says_when_to_come_and_issues_nothing(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    code = book(sqlite_engine, time(11, 0))
    window = make_kiosk()
    scan(qtbot, window, code)
    qtbot.waitUntil(lambda: said(window) != "")
    assert check_in_page(window)  # the scan's answer is on the check-in page
    assert said(window) == translate(TOO_EARLY, "en", time="11:00", opens="10:45")
    field = accessible(window.check_in_page.code_edit)
    assert field.text(QAccessible.Text.Description) == said(window)  # read out there too
    assert window.check_in_page.walk_in_button.isHidden()
    assert window.check_in_page.code_edit.text() == ""
    assert tickets(sqlite_engine) == []
    # In the visitor's language, after a switch too.
    qtbot.mouseClick(window.language_buttons["ru"], Qt.MouseButton.LeftButton)
    assert said(window) == translate(TOO_EARLY, "ru", time="11:00", opens="10:45")
    # Left alone, the page gives way to the services.
    window.check_in_page.idle.setInterval(1)
    window.check_in_page.idle.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.services_page)
    assert said(window) == ""


def test_too_late_offers_a_ticket_in_the_live_queue(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine, clock: FixedClock
) -> None:
    code = book(sqlite_engine, time(10, 15))
    clock.advance(minutes=30)  # 10:30: check-in closed at 10:25
    window = make_kiosk()
    scan(qtbot, window, code)
    qtbot.waitUntil(lambda: said(window) != "")
    assert said(window) == translate(TOO_LATE, "en", time="10:15", closes="10:25")
    walk_in = window.check_in_page.walk_in_button
    assert walk_in.isVisible()
    assert walk_in.text() == "Take a ticket in the live queue"
    assert walk_in.accessibleName() == walk_in.text()
    assert tickets(sqlite_engine) == []
    qtbot.mouseClick(walk_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: issued_page(window))
    assert tickets(sqlite_engine) == [("А-001", 0)]
    assert sqlite_engine.ticket("А-001").status == "waiting"
    assert window.issued_page.booked.isHidden()  # a walk-in's ticket, not the booking's


def test_an_unknown_code_is_said_and_the_field_is_ready_again(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine, clock: FixedClock
) -> None:
    code = book(sqlite_engine, time(10, 15))
    clock.advance(minutes=5)
    window = make_kiosk()
    window.open_check_in()
    page = window.check_in_page
    qtbot.keyClicks(page.code_edit, "ZZZZZZ")
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: said(window) != "")
    assert "No booking has the code" in said(window) and "ZZZZZZ" in said(window)
    assert "Traceback" not in said(window)
    assert page.code_edit.text() == ""
    assert check_in_page(window)
    # Another try, with the right code.
    qtbot.keyClicks(page.code_edit, code)
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: issued_page(window))


def test_a_used_code_names_its_ticket(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine, clock: FixedClock
) -> None:
    code = book(sqlite_engine, time(10, 15))
    clock.advance(minutes=5)
    window = make_kiosk()
    scan(qtbot, window, code)
    qtbot.waitUntil(lambda: issued_page(window))
    window.show_services()
    scan(qtbot, window, code)
    qtbot.waitUntil(lambda: said(window) != "")
    assert "already been checked in" in said(window) and "А-001" in said(window)
    assert window.check_in_page.walk_in_button.isHidden()
    assert tickets(sqlite_engine) == [("А-001", 0)]


# ---------------------------------------------------------------------- names, modes


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_new_buttons_are_named_as_they_read(make_kiosk: MakeKiosk, lang: str) -> None:
    window = make_kiosk(lang=lang)
    booking = window.services_page.booking_button
    assert booking.text() and booking.accessibleName() == booking.text()
    assert accessible(booking).role() == QAccessible.Role.Button
    assert booking.focusPolicy() & Qt.FocusPolicy.TabFocus
    window.open_check_in()
    page = window.check_in_page
    assert page.code_edit.accessibleName() == page.title.text() != ""
    assert page.back_button.accessibleName() == page.back_button.text() != ""
    assert page.walk_in_button.accessibleName() == page.walk_in_button.text() != ""
    names = {accessible(key).text(QAccessible.Text.Name) for key in page.keypad.keys}
    assert "⌫" not in names and translate(DELETE_NAME, lang) in names


def test_tab_reaches_the_booking_button_after_the_services(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    window = make_kiosk()
    activate(qtbot, window)
    list(window.service_buttons.values())[-1].setFocus()
    press(qtbot, window, Qt.Key.Key_Tab)
    assert focused(window) is window.services_page.booking_button
    press(qtbot, window, Qt.Key.Key_Return)
    assert check_in_page(window)


def test_the_locked_kiosk_still_asks_for_the_pin(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(locked=True)
    window.open_check_in()
    qtbot.keyClicks(window.check_in_page.code_edit, "AB")
    qtbot.keyClick(window.check_in_page.code_edit, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.pin_page
    assert window.check_in_page.code_edit.text() == ""
    assert not window.close()
    qtbot.mouseClick(window.pin_page.pin_cancel, Qt.MouseButton.LeftButton)
    # Back from the check-in page.
    window.open_check_in()
    qtbot.mouseClick(window.check_in_page.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.services_page


def test_the_desk_types_its_login_and_checks_in_from_its_row(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine, clock: FixedClock
) -> None:
    code = book(sqlite_engine, time(10, 15))
    clock.advance(minutes=5)
    window = make_kiosk(receptionist=True, size=(1366, 768))
    login = window.reception.login_edit
    qtbot.keyClicks(login, "bakyt")  # the scanner's collecting leaves the desk's fields be
    qtbot.keyClick(login, Qt.Key.Key_Return)
    assert login.text() == "bakyt"
    assert window.scanner.buffer == ""
    booking = window.services_page.booking_button
    assert booking.isVisible()
    assert booking.parent() is window.reprint_button.parent()  # in the desk's row
    qtbot.mouseClick(booking, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.check_in_page.code_edit, code)
    qtbot.keyClick(window.check_in_page.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: issued_page(window))
    assert window.layout().totalMinimumSize().height() <= 768


# ---------------------------------------------------------------------- the printed ticket


def test_the_printed_ticket_says_the_booked_time(
    sqlite_engine: QueueEngine, clock: FixedClock
) -> None:
    code = book(sqlite_engine, time(10, 15))
    clock.advance(minutes=5)
    booked = sqlite_engine.check_in(code)
    walk_in = sqlite_engine.issue("PASSPORT")
    settings = sqlite_engine.settings
    line = both(BOOKED_FOR, time="10:15")
    assert line in build_layout(booked, settings).texts()
    assert not any("10:15" in text for text in build_layout(walk_in, settings).texts())


def test_the_next_visitor_scans_while_the_last_number_is_shown(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine, clock: FixedClock
) -> None:
    early = book(sqlite_engine, time(11, 0))
    code = book(sqlite_engine, time(10, 15))
    clock.advance(minutes=5)
    window = make_kiosk(show_seconds=60)
    tap(qtbot, window, "CIVIL")
    qtbot.waitUntil(lambda: issued_page(window))
    scan(qtbot, window, code)
    qtbot.waitUntil(lambda: window.number.text() == "А-001")
    assert window.issued_page.booked.text() == "Booked for 10:15"
    # A refusal takes the last number off the screen for the check-in page.
    scan(qtbot, window, early)
    qtbot.waitUntil(lambda: said(window) != "")
    assert check_in_page(window)
    assert window.issued_page.ticket is None


@pytest.mark.parametrize("size", [(1366, 768), (1080, 1920)], ids=["1366x768", "1080x1920"])
def test_the_check_in_page_fits_with_a_banner_and_the_walk_in_offer(
    qtbot: QtBot,
    make_kiosk: MakeKiosk,
    sqlite_engine: QueueEngine,
    clock: FixedClock,
    size: tuple[int, int],
) -> None:
    code = book(sqlite_engine, time(10, 15))
    clock.advance(minutes=30)
    window = make_kiosk(lang="ky", size=size)
    window.banner.stand("printer", "warning", lambda lang: "The ticket printer is not working.")
    scan(qtbot, window, code)
    qtbot.waitUntil(lambda: window.check_in_page.walk_in_button.isVisible())
    assert window.layout().totalMinimumSize().height() <= size[1]
    assert window.height() == size[1]
    assert clipped_labels(window.check_in_page) == []
    keys = window.check_in_page.keypad.keys
    assert all(key.height() >= 48 for key in keys)  # a finger's size
