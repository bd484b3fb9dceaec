"""A booking's slip (printing/booking_slip*.py): what it says, read from the database
in the visitor's language; its QR code is exactly the booking's code; the thermal slip
goes through the tickets' renderer (Kyrgyz letters drawn, not replaced) to a listening
fake printer; the A6 PDF holds the same text; a dead printer is an error to say."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
import qrcode
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A6

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.bookings import BookingInfo, Bookings
from conq_desktop.engine.settings import write_settings
from conq_desktop.errors import NotFound, QueueError
from conq_desktop.printing.booking_slip import (
    build_slip_layout,
    print_slip,
    read_booking_slip,
)
from conq_desktop.printing.booking_slip_pdf import render_slip_pdf, write_slip_pdf
from conq_desktop.printing.layout import QrBlock, TextBlock, TicketLayout
from conq_desktop.printing.pdf import PRINTER_DOT, QR_TARGET
from conq_desktop.printing.printer_config import PrinterConfig
from conq_desktop.printing.raster import _qr_image, render_image
from conq_desktop.printing.transport import NoPrinter, PrintError
from tests.helpers.printer_listener import closed_port, fake_printer
from tests.printing.test_seal_print import places, raster

TOMORROW = date(2026, 11, 25)  # the clock is Tuesday 24 November, 10:00 in Bishkek
KY_CENTRE = "Бишкек ш. №1 Калкты тейлөө борбору"
KY_SERVICE = "Паспорт жана ID-карта"
QR_STORE = b"\x1d(k"


def book(engine: QueueEngine, start: time = time(9, 30), **visitor: str) -> BookingInfo:
    desk = Bookings(engine.db, engine.authenticate("bakyt", "6666"), engine.clock)
    return desk.book("PASSPORT", TOMORROW, start, **visitor)


def config(uri: str, **options: object) -> PrinterConfig:
    return PrinterConfig.from_values(uri, {"timeout": 2, **options})


def test_the_slip_says_where_when_and_the_code_in_the_visitors_language(
    sqlite_engine: QueueEngine,
) -> None:
    booking = book(sqlite_engine, name="Айгүл Ңаматова", phone="+996700", id_digits="4321")
    slip = read_booking_slip(sqlite_engine.db, booking.code.lower())
    assert slip.code == booking.code
    layout = build_slip_layout(slip, "ky")
    text = "\n".join(layout.texts())
    for expected in (KY_CENTRE, KY_SERVICE, "25.11.2026", "09:30", booking.code):
        assert expected in text
    # Check-in from 15 minutes before the slot to 10 after (the defaults).
    assert "09:15" in text and "09:40" in text
    # The visitor's details never go on paper.
    for private in ("Айгүл", "+996700", "4321"):
        assert private not in text
    assert "Паспорт и ID-карта" in "\n".join(build_slip_layout(slip, "ru").texts())
    # The QR code's text is the code itself: what a scanner types at the kiosk.
    assert [b.payload for b in layout.blocks if isinstance(b, QrBlock)] == [booking.code]


def test_the_check_in_times_follow_the_settings(sqlite_engine: QueueEngine) -> None:
    booking = book(sqlite_engine, start=time(10, 0))
    with sqlite_engine.db.write_session() as session:
        write_settings(session, {"booking_early_minutes": "30", "booking_late_minutes": "5"})
    slip = read_booking_slip(sqlite_engine.db, booking.code)
    assert (slip.opens, slip.closes) == (time(9, 30), time(10, 5))
    text = "\n".join(build_slip_layout(slip, "en").texts())
    assert "Come to the kiosk between 09:30 and 10:05 and enter or scan this code." in text


def test_only_a_booking_still_to_come_has_a_slip(sqlite_engine: QueueEngine) -> None:
    booking = book(sqlite_engine)
    desk = Bookings(
        sqlite_engine.db, sqlite_engine.authenticate("bakyt", "6666"), sqlite_engine.clock
    )
    desk.cancel(booking.code)
    slip = read_booking_slip(sqlite_engine.db, booking.code)
    with pytest.raises(QueueError, match="cancelled"):
        render_slip_pdf(slip, "ky")
    with pytest.raises(NotFound, match="ZZZZZZ"):
        read_booking_slip(sqlite_engine.db, "zzzzzz")


def test_text_mode_sends_the_code_as_the_qr_codes_only_data(sqlite_engine: QueueEngine) -> None:
    booking = book(sqlite_engine)
    slip = read_booking_slip(sqlite_engine.db, booking.code)
    with fake_printer() as device:
        print_slip(slip, config(device.uri, mode="text"), "ky")
        job = device.wait_for_job()
    store = QR_STORE + (len(booking.code) + 3).to_bytes(2, "little") + b"1P0"
    assert store + booking.code.encode("ascii") in job
    # CP866 has no ң ө ү: text mode prints the nearest Russian letter, never "?".
    assert "Бишкек ш. №1 Калкты тейлоо борбору".encode("cp866") in job
    assert b"?" not in job.replace(QR_STORE, b"")


def test_image_mode_draws_the_kyrgyz_letters_and_the_code_as_qr(
    sqlite_engine: QueueEngine,
) -> None:
    booking = book(sqlite_engine)
    slip = read_booking_slip(sqlite_engine.db, booking.code)
    with fake_printer() as device:
        print_slip(slip, config(device.uri), "ky")
        job = device.wait_for_job()
    printed = raster(job)
    layout = build_slip_layout(slip, "ky")
    assert printed.tobytes() == render_image(layout, 576).tobytes()
    # The letters are drawn as themselves: the same slip with Russian look-alikes differs.
    lookalikes = str.maketrans("ңөүҢӨҮ", "ноуНОУ")
    plain = TicketLayout(
        layout.number,
        [
            replace(block, text=block.text.translate(lookalikes))
            if isinstance(block, TextBlock)
            else block
            for block in layout.blocks
        ],
    )
    assert render_image(plain, 576).tobytes() != printed.tobytes()
    # The code's QR code, and no other.
    assert len(places(printed, _qr_image(booking.code, 220))) == 1
    assert places(printed, _qr_image(booking.code[::-1], 220)) == []


def test_a_dead_printer_or_none_is_an_error_to_say(sqlite_engine: QueueEngine) -> None:
    slip = read_booking_slip(sqlite_engine.db, book(sqlite_engine).code)
    with pytest.raises(PrintError):
        print_slip(slip, config(f"tcp://127.0.0.1:{closed_port()}"), "ru")
    with pytest.raises(NoPrinter, match="save the slip as a PDF"):
        print_slip(slip, PrinterConfig(), "ru")


def test_the_pdf_is_an_a6_page_with_the_same_text(
    sqlite_engine: QueueEngine, tmp_path: Path
) -> None:
    booking = book(sqlite_engine, name="Secret Name")
    slip = read_booking_slip(sqlite_engine.db, booking.code)
    path = tmp_path / "slips" / "slip.pdf"
    write_slip_pdf(slip, path, "ky")
    reader = PdfReader(path)
    [page] = reader.pages
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == tuple(
        round(side) for side in A6
    )
    text = page.extract_text()
    for expected in (KY_CENTRE, KY_SERVICE, "25.11.2026", "09:30", booking.code, "09:15"):
        assert expected in text
    assert "Secret Name" not in text
    # Written again (the window's dialog asked first): replaced, not refused.
    write_slip_pdf(slip, path, "ru")
    assert "Паспорт и ID-карта" in PdfReader(path).pages[0].extract_text()


def qr_found(page: Image.Image, payload: str) -> bool:
    """Whether ``page`` (rendered at the printer's 203 dpi) shows the QR code of
    ``payload``, centred: every module's centre dot as the encoder's matrix says."""
    code = qrcode.QRCode(
        border=0, error_correction=qrcode.constants.ERROR_CORRECT_M, mask_pattern=0
    )
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()
    count = len(matrix)
    module = round(QR_TARGET / count / PRINTER_DOT)  # whole dots, as pdf._qr draws them
    dots = page.convert("L").load()
    middle = (page.width - count * module) // 2

    def at(top: int, left: int) -> bool:
        return all(
            (dots[left + c * module + module // 2, top + r * module + module // 2] < 128)
            == matrix[r][c]
            for r in range(count)
            for c in range(count)
        )

    return any(
        at(top, left)
        for top in range(page.height - count * module)
        for left in range(middle - 3, middle + 4)
    )


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
def test_the_pdfs_qr_code_is_the_booking_code(sqlite_engine: QueueEngine, tmp_path: Path) -> None:
    booking = book(sqlite_engine)
    path = tmp_path / "slip.pdf"
    write_slip_pdf(read_booking_slip(sqlite_engine.db, booking.code), path, "ky")
    subprocess.run(
        ["pdftoppm", "-r", "203", "-mono", "-singlefile", str(path), str(tmp_path / "page")],
        check=True,
    )
    page = Image.open(tmp_path / "page.pbm")
    assert qr_found(page, booking.code)
    assert not qr_found(page, booking.code[::-1])
