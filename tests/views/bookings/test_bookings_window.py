"""The Bookings window: only a receptionist, supervisor or administrator books; a
booked slot shows its code large and is in the database; the slip goes to a (fake)
ticket printer and into a PDF; cancelling asks first; a booking moves to another slot
with its code; every control is named by its text; the keyboard alone will do."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, time, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.bookings import BookingInfo, Bookings
from conq_desktop.models import BookingStatus
from conq_desktop.printing.printer_config import PrinterConfig
from conq_desktop.views.app import Opener, WindowOptions
from conq_desktop.views.bookings import BookingsWindow
from conq_desktop.views.common.application import application
from conq_desktop.views.common.worker import EngineRunner
from tests.helpers.a11y import accessible_name
from tests.helpers.printer_listener import closed_port, fake_printer

LEFT = Qt.MouseButton.LeftButton
TOMORROW = date(2026, 11, 25)  # the clock is Tuesday 24 November, 10:00 in Bishkek
QR_STORE = b"\x1d(k"  # GS ( k: the printer's own QR code
Opened = Callable[..., BookingsWindow]


@pytest.fixture
def opened(qtbot: QtBot) -> Iterator[Opened]:
    windows: list[BookingsWindow] = []

    def open_window(
        engine: QueueEngine,
        lang: str = "en",
        printer: Callable[[], PrinterConfig] | None = None,
    ) -> BookingsWindow:
        application()
        window = BookingsWindow(engine, None, EngineRunner(), lang=lang, printer_config=printer)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        windows.append(window)
        qtbot.waitUntil(lambda: window.picker.slot_list.count() > 0)
        return window

    yield open_window
    for window in windows:
        window.close()
        window.runner.wait()


def said(qtbot: QtBot, window: BookingsWindow, act: Callable[[], object]) -> str:
    """What the message line says once ``act`` is done."""
    window.say(None)
    act()
    qtbot.waitUntil(lambda: window.message.text() != "")
    return window.message.text()


def sign_in(qtbot: QtBot, window: BookingsWindow, login: str = "bakyt", pin: str = "6666") -> str:
    window.login_edit.setText(login)
    window.pin_edit.setText(pin)
    return said(qtbot, window, lambda: qtbot.mouseClick(window.sign_in_button, LEFT))


def pick(qtbot: QtBot, window: BookingsWindow, service: str, day: date, start: time) -> None:
    picker = window.picker
    picker.service_combo.setCurrentIndex(picker.service_combo.findData(service))
    picker.day_combo.setCurrentIndex(picker.day_combo.findData(day.isoformat()))
    qtbot.waitUntil(lambda: picker.choose_slot(start))
    assert picker.slot() == start


def book(
    qtbot: QtBot, window: BookingsWindow, start: time = time(9, 0), service: str = "PASSPORT"
) -> BookingInfo:
    pick(qtbot, window, service, TOMORROW, start)
    assert said(qtbot, window, lambda: qtbot.mouseClick(window.book_button, LEFT)).startswith(
        "Booked "
    )
    assert window.card.booking is not None
    return window.card.booking


def stored(engine: QueueEngine) -> list[BookingInfo]:
    return Bookings(engine.db).list_bookings(TOMORROW)


def test_only_booking_staff_may_book(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened
) -> None:
    window = opened(sqlite_engine)
    pick(qtbot, window, "PASSPORT", TOMORROW, time(9, 0))
    assert said(qtbot, window, window.book) == (
        "Sign in as a receptionist, supervisor or administrator first."
    )
    assert sign_in(qtbot, window, "aibek", "1111") == (
        "Айбек Токтогулов may not do this: it needs the role receptionist, supervisor, "
        "administrator."
    )
    assert window.actor is None
    assert sign_in(qtbot, window, "bakyt", "0000") == "Wrong operator or PIN."
    assert sign_in(qtbot, window) == "Signed in: Бакыт Эсенов"
    assert stored(sqlite_engine) == []


def test_a_booked_slot_shows_its_code_and_is_in_the_database(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened
) -> None:
    window = opened(sqlite_engine)
    sign_in(qtbot, window)
    window.name_edit.setText("Айда Ө.")
    window.phone_edit.setText("+996 555 123456")
    window.digits_edit.setText("4321")
    booking = book(qtbot, window)

    assert window.card.code.text() == booking.code
    assert window.message.text() == (
        f"Booked {booking.code}: Passport and ID card, 25.11.2026 at 09:00."
    )
    [row] = stored(sqlite_engine)
    assert (row.code, row.service, row.day, row.start) == (
        booking.code, "PASSPORT", TOMORROW, time(9, 0),
    )  # fmt: skip
    assert (row.name, row.phone, row.id_digits) == ("Айда Ө.", "+996 555 123456", "4321")
    # The fields are empty for the next visitor; the slot shows the place taken.
    assert window.name_edit.text() == window.digits_edit.text() == ""
    picker = window.picker
    qtbot.waitUntil(lambda: picker.slot_list.currentItem().text() == "09:00  1 of 2 free")


def test_a_full_slot_cannot_be_chosen_and_a_refusal_is_said(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened
) -> None:
    window = opened(sqlite_engine)
    sign_in(qtbot, window)
    book(qtbot, window)
    window.picker.slot_list.setCurrentRow(1)  # away, and back to the slot
    book(qtbot, window)
    qtbot.waitUntil(lambda: window.picker.slot() is None)
    nine = window.picker.slot_list.item(2)  # 08:30, 08:45, 09:00
    assert nine.text() == "09:00  full"
    assert not nine.flags() & Qt.ItemFlag.ItemIsEnabled
    # Another desk takes the last place of 09:15 meanwhile: the engine says no, in words.
    pick(qtbot, window, "PASSPORT", TOMORROW, time(9, 15))
    desk = Bookings(
        sqlite_engine.db, sqlite_engine.authenticate("gulnara", "5555"), sqlite_engine.clock
    )
    desk.book("PASSPORT", TOMORROW, time(9, 15))
    desk.book("PASSPORT", TOMORROW, time(9, 15))
    assert said(qtbot, window, window.book) == (
        "The slot 09:15 on 2026-11-25 for PASSPORT is full: choose another."
    )
    window.digits_edit.setText("12ab")
    pick(qtbot, window, "PASSPORT", TOMORROW, time(9, 30))
    assert said(qtbot, window, window.book) == "The last digits of an ID are 1–8 digits."
    assert len(stored(sqlite_engine)) == 4


def test_the_slip_goes_to_the_ticket_printer_with_the_code_as_its_qr(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened
) -> None:
    with fake_printer() as device:
        config = PrinterConfig.from_values(device.uri, {"timeout": 2, "mode": "text"})
        window = opened(sqlite_engine, printer=lambda: config)
        sign_in(qtbot, window)
        booking = book(qtbot, window)
        assert said(qtbot, window, lambda: qtbot.mouseClick(window.card.print_button, LEFT)) == (
            f"Slip of {booking.code} printed on {device.uri}."
        )
        job = device.wait_for_job()
    # The QR code's data (GS ( k pL pH 49 80 48 data) is the code and nothing else: a
    # scanner at the kiosk types just that.
    store = QR_STORE + (len(booking.code) + 3).to_bytes(2, "little") + b"1P0"
    assert store + booking.code.encode("ascii") in job
    assert job.count(booking.code.encode("ascii")) == 2  # printed large, and in the QR
    # The visitor's name is not on the slip.
    assert "Бакыт".encode("cp866") not in job


def test_a_dead_printer_is_said_and_the_pdf_is_still_written(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened, tmp_path: Path
) -> None:
    config = PrinterConfig.from_values(f"tcp://127.0.0.1:{closed_port()}", {"timeout": 2})
    window = opened(sqlite_engine, printer=lambda: config)
    sign_in(qtbot, window)
    window.name_edit.setText("Secret Name")
    booking = book(qtbot, window)
    text = said(qtbot, window, window.print_slip)
    assert text.startswith(f"The slip of {booking.code} was NOT printed: ")
    assert window.message.property("kind") == "error"

    path = tmp_path / "slip.pdf"
    assert said(qtbot, window, lambda: window.save_pdf(path)) == (
        f"Slip of {booking.code} written to {path}."
    )
    pdf = "\n".join(page.extract_text() for page in PdfReader(BytesIO(path.read_bytes())).pages)
    # In the visitor's language, Kyrgyz by default: its letters survive.
    assert booking.code in pdf
    assert "Паспорт жана ID-карта" in pdf
    assert "Бишкек ш. №1 Калкты тейлөө борбору" in pdf
    assert "09:00" in pdf and "25.11.2026" in pdf
    assert "Secret Name" not in pdf
    window.card.set_slip_language("ru")
    assert said(qtbot, window, lambda: window.save_pdf(path)).startswith("Slip of")
    assert "Паспорт и ID-карта" in PdfReader(path).pages[0].extract_text()


def test_cancelling_asks_first_and_keeping_is_the_default(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened
) -> None:
    window = opened(sqlite_engine)
    sign_in(qtbot, window)
    booking = book(qtbot, window)

    qtbot.mouseClick(window.card.cancel_button, LEFT)
    dialog = window.cancel_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.question.text() == (
        f"Cancel the booking {booking.code} (Passport and ID card, 25.11.2026 at 09:00)?"
    )
    assert dialog.keep.isDefault() and not dialog.cancel.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter by habit keeps it
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [b.status for b in stored(sqlite_engine)] == [BookingStatus.BOOKED]

    qtbot.mouseClick(window.card.cancel_button, LEFT)
    dialog = window.cancel_dialog
    window.say(None)
    qtbot.mouseClick(dialog.cancel, LEFT)
    qtbot.waitUntil(lambda: window.message.text() != "")
    assert window.message.text() == (
        f"Booking {booking.code} cancelled (Passport and ID card, 25.11.2026 at 09:00)."
    )
    assert [b.status for b in stored(sqlite_engine)] == [BookingStatus.CANCELLED]
    assert window.card.details.text().endswith("cancelled")
    assert not window.card.cancel_button.isEnabled()
    assert not window.card.print_button.isEnabled()


def test_a_booking_moves_to_the_chosen_slot_with_its_code(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened
) -> None:
    window = opened(sqlite_engine)
    sign_in(qtbot, window)
    booking = book(qtbot, window)
    later = TOMORROW + timedelta(days=1)
    pick(qtbot, window, "PASSPORT", later, time(11, 30))
    assert said(qtbot, window, lambda: qtbot.mouseClick(window.card.move_button, LEFT)) == (
        f"Booking {booking.code} moved to 26.11.2026 at 11:30 (Passport and ID card)."
    )
    moved = Bookings(sqlite_engine.db).list_bookings(later)
    assert [(b.code, b.start) for b in moved] == [(booking.code, time(11, 30))]
    assert stored(sqlite_engine) == []
    # The same slot again is refused in the engine's words.
    assert said(qtbot, window, window.move_booking) == (
        f"The booking {booking.code} is already at 11:30 on 2026-11-26."
    )


def test_finding_by_code_and_a_days_list(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened
) -> None:
    window = opened(sqlite_engine)
    sign_in(qtbot, window)
    window.name_edit.setText("Aida")
    first = book(qtbot, window)
    second = book(qtbot, window, time(10, 0))
    assert window.card.booking == second

    window.finder.code_edit.setText(f"  {first.code.lower()} ")
    window.finder.code_edit.setFocus()
    assert said(qtbot, window, lambda: qtbot.keyClick(window.finder.code_edit, Qt.Key.Key_Return))
    assert window.message.text() == f"Found {first.code}."
    assert window.card.booking == first

    window.finder.code_edit.setText("ZZZZZZ")
    assert said(qtbot, window, window.find_booking) == "No booking has the code ZZZZZZ."
    assert window.message.property("kind") == "error"

    assert said(qtbot, window, window.day_list) == (
        "Bookings of Passport and ID card on 25.11.2026: 2."
    )
    rows = [window.finder.list.item(row).text() for row in range(window.finder.list.count())]
    assert rows == [f"09:00  {first.code}  booked  Aida", f"10:00  {second.code}  booked"]
    window.finder.list.setCurrentRow(1)
    assert window.card.booking == second


def test_the_keyboard_alone_books(qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened) -> None:
    window = opened(sqlite_engine)
    assert window.focusWidget() is window.login_edit
    qtbot.keyClicks(window.login_edit, "bakyt")
    qtbot.keyClick(window.login_edit, Qt.Key.Key_Return)
    assert window.focusWidget() is window.pin_edit
    qtbot.keyClicks(window.pin_edit, "6666")
    window.say(None)
    qtbot.keyClick(window.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.actor is not None)
    assert window.focusWidget() is window.picker.service_combo
    # Tab goes service → day → slots; arrows choose; Enter on a free slot books it.
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is window.picker.day_combo
    qtbot.keyClick(window.picker.day_combo, Qt.Key.Key_Down)
    assert window.picker.day() == TOMORROW
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    slots = window.picker.slot_list
    assert window.focusWidget() is slots
    qtbot.waitUntil(lambda: slots.count() > 1 and slots.item(0).text().startswith("08:30"))
    qtbot.keyClick(slots, Qt.Key.Key_Home)
    qtbot.keyClick(slots, Qt.Key.Key_Down)
    assert window.picker.slot() == time(8, 45)
    window.say(None)
    qtbot.keyClick(slots, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.card.booking is not None)
    [row] = stored(sqlite_engine)
    assert row.start == time(8, 45)
    # Then the slip is one key away (no printer is set up here: said so).
    assert window.focusWidget() is window.card.print_button
    window.say(None)
    qtbot.keyClick(window.card.print_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.message.text() != "")
    assert window.message.text() == (
        f"The slip of {row.code} was NOT printed: "
        "No printer is set up: save the slip as a PDF instead."
    )


def test_every_control_is_named_by_its_text_in_every_language(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened
) -> None:
    window = opened(sqlite_engine)
    for lang in ("ru", "ky", "en"):
        qtbot.mouseClick(window.lang_buttons[lang], LEFT)
        for button in window.findChildren(QPushButton):
            assert button.text(), button
            assert accessible_name(button) == button.text()
        for edit in window.findChildren(QLineEdit):
            if edit.parent() is not None and isinstance(edit.parent(), QComboBox):
                continue
            assert accessible_name(edit) in (edit.placeholderText(), edit.accessibleName())
            assert accessible_name(edit)
        for widget in window.findChildren(QListWidget):
            assert accessible_name(widget), widget
        # A combo box is read by its current item (Qt's way); named by its caption too.
        for combo in window.findChildren(QComboBox):
            assert accessible_name(combo) == combo.currentText() != ""
            assert combo.accessibleName() != ""
    assert accessible_name(window.picker.slot_list) == "Free slots"
    assert window.picker.service_combo.accessibleName() == "Service"
    assert window.card.slip_lang.accessibleName() == "Slip language"
    assert accessible_name(window.finder.code_edit) == "Booking code"
    assert accessible_name(window.book_button) == "Book"
    assert window.sign_in_button.text() != ""


def test_the_window_opens_as_a_window_kind(qtbot: QtBot, sqlite_engine: QueueEngine) -> None:
    opener = Opener(sqlite_engine, WindowOptions(language="en", windowed=True))
    try:
        window = opener.open("bookings")
        qtbot.addWidget(window)
        assert isinstance(window, BookingsWindow)
        assert window.windowTitle() == "conq-desktop — Bookings"
        qtbot.waitUntil(lambda: window.picker.day_combo.count() == 15)  # today + 14 days
        assert window.picker.day() == sqlite_engine.today()
    finally:
        for opened_window in opener.opened:
            opened_window.close()
            opened_window.runner.wait()
        opener.window_ctx.live.stop()
