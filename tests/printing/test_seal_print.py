"""The day's seal on paper (printing/seal_*.py): the thermal slip over the tickets'
ESC/POS path to a listening fake printer, the A4 PDF as text, and a printer failure
that loses no PDF."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader

from conq_desktop.engine.audit import Seal
from conq_desktop.engine.day_close import DaySeal
from conq_desktop.printing.layout import QrBlock
from conq_desktop.printing.printer_config import PrinterConfig
from conq_desktop.printing.raster import _qr_image
from conq_desktop.printing.seal_layout import build_seal_layout, hash_lines
from conq_desktop.printing.seal_pdf import render_seal_pdf
from conq_desktop.printing.seal_print import deliver_seal, seal_file
from conq_desktop.printing.transport import PrintError
from tests.helpers.printer_listener import closed_port, fake_printer

INIT, RASTER_IMAGE, CUT = b"\x1b@", b"\x1dv0", b"\x1dV"
QR_STORE = b"\x1d(k"  # GS ( k: the printer's own QR code, its data stored in the job
HASH = "0123456789abcdef" * 3 + "fedcba9876543210"
SEALED = DaySeal(
    centre_names={"ky": "Өкмөт Үй Ңаңы борбору", "ru": "Центр обслуживания", "en": "Centre"},
    day=date(2026, 11, 24),
    timezone="Asia/Bishkek",
    issued=57,
    served=49,
    no_shows=4,
    out_of_order=3,
    out_of_order_with_reason=2,
    seal=Seal("ab" * 16, 1234, HASH),
    closed_at=datetime(2026, 11, 24, 12, 5, 30, tzinfo=UTC),  # 18:05:30 in Bishkek
    closed_by_login="gulnara",
    closed_by_name="Гүлнара Ө.",
)


def config(uri: str, **options: object) -> PrinterConfig:
    return PrinterConfig.from_values(uri, {"timeout": 2, **options})


def test_hash_is_split_in_groups_without_losing_a_digit() -> None:
    lines = hash_lines(HASH)
    assert lines[0] == "0123 4567 89ab cdef"
    assert len(lines) == 4
    assert "".join(lines).replace(" ", "") == HASH


def test_the_slip_says_everything_the_paper_must() -> None:
    layout = build_seal_layout(SEALED, "en")
    text = "\n".join(layout.texts())
    for expected in (
        "Өкмөт Үй Ңаңы борбору",
        "Центр обслуживания",
        "24.11.2026",
        "Tickets issued: 57",
        "Visitors served: 49",
        "No-shows: 4",
        "Calls out of order: 3 (of them with a reason: 2)",
        "Last event: 1234",
        *hash_lines(HASH),
        "24.11.2026 18:05:30 (Asia/Bishkek)",
        "Гүлнара Ө. (gulnara)",
        "Head of centre (name, signature)",
    ):
        assert expected in text
    assert [block.payload for block in layout.blocks if isinstance(block, QrBlock)] == [
        SEALED.seal.payload
    ]


def test_text_mode_sends_the_payload_in_a_qr_command() -> None:
    with fake_printer() as device:
        out = deliver_seal(SEALED, pdf=None, printer=config(device.uri, mode="text"), lang="en")
        job = device.wait_for_job()
    assert out.printed and out.failure is None
    assert job.index(INIT) < job.index(QR_STORE) < job.rindex(CUT)
    store = job.index(QR_STORE)
    assert SEALED.seal.payload.encode("ascii") in job[store:]
    assert "Last event: 1234".encode("cp866") in job
    assert b"0123 4567 89ab cdef" in job


def test_image_mode_prints_a_raster_slip(tmp_path: Path) -> None:
    with fake_printer() as device:
        out = deliver_seal(SEALED, pdf=None, printer=config(device.uri), lang="ru")
        job = device.wait_for_job()
    assert out.printed
    assert job.index(INIT) < job.index(RASTER_IMAGE) < job.rindex(CUT)
    start = job.index(RASTER_IMAGE)
    width_bytes = int.from_bytes(job[start + 4 : start + 6], "little")
    height = int.from_bytes(job[start + 6 : start + 8], "little")
    assert width_bytes * 8 == 576
    assert height > 600  # names, counts, hash, QR and the signature line


def raster(job: bytes) -> Image.Image:
    """The printed image back from its GS v 0 blocks (python-escpos cuts a tall image
    into several), one under the other; a set bit is a black dot."""
    strips = []
    start = job.find(RASTER_IMAGE)
    while start != -1:
        width = int.from_bytes(job[start + 4 : start + 6], "little")
        height = int.from_bytes(job[start + 6 : start + 8], "little")
        data = job[start + 8 : start + 8 + width * height]
        strip = Image.frombytes("1", (width * 8, height), bytes(255 - byte for byte in data))
        strips.append(strip)
        start = job.find(RASTER_IMAGE, start + 8 + width * height)
    image = Image.new("1", (strips[0].width, sum(strip.height for strip in strips)), 1)
    top = 0
    for strip in strips:
        image.paste(strip, (0, top))
        top += strip.height
    return image


def places(printed: Image.Image, code: Image.Image) -> list[int]:
    """Where ``code`` is printed, centred, dot for dot: the rows of its top edge."""
    left = (printed.width - code.width) // 2
    wanted = code.convert("L")
    return [
        top
        for top in range(printed.height - code.height)
        if ImageChops.difference(
            printed.crop((left, top, left + code.width, top + code.height)).convert("L"), wanted
        ).getbbox()
        is None
    ]


def test_image_mode_prints_the_qr_code_of_the_seal() -> None:
    with fake_printer() as device:
        assert deliver_seal(SEALED, pdf=None, printer=config(device.uri), lang="en").printed
        job = device.wait_for_job()
    printed = raster(job)
    # As the renderer draws a code on 80 mm paper: the seal's, and no other.
    assert len(places(printed, _qr_image(SEALED.seal.payload, 220))) == 1
    other = SEALED.seal.payload.replace(":1234:", ":1235:")
    assert places(printed, _qr_image(other, 220)) == []


def test_pdf_holds_the_seal_in_text(tmp_path: Path) -> None:
    pdf = render_seal_pdf(SEALED, "en")
    reader = PdfReader(BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for expected in (
        "Өкмөт Үй Ңаңы борбору",
        "Центр обслуживания",
        "Closing of the day 24.11.2026",
        "Tickets issued",
        "57",
        "Visitors served",
        "49",
        "Last event: 1234",
        *hash_lines(HASH),
        "Closed by: Гүлнара Ө. (gulnara)",
        "Head of centre (name, signature)",
    ):
        assert expected in text, expected
    assert SEALED.seal.payload in re.sub(r"\s+", "", text)
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert not any("Helvetica" in font for font in fonts)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_pdftotext_reads_the_kyrgyz_letters(tmp_path: Path) -> None:
    path = tmp_path / "seal.pdf"
    path.write_bytes(render_seal_pdf(SEALED, "ky"))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Өкмөт Үй Ңаңы борбору" in text
    assert "0123 4567 89ab cdef" in text


def test_a_dead_printer_loses_no_pdf(tmp_path: Path) -> None:
    path = seal_file(tmp_path / "data", SEALED)
    assert path == tmp_path / "data" / "seals" / "seal-2026-11-24-1234.pdf"
    dead = config(f"tcp://127.0.0.1:{closed_port()}", timeout=1)
    out = deliver_seal(SEALED, pdf=path, printer=dead, lang="en")
    assert out.pdf == path and path.read_bytes().startswith(b"%PDF")
    assert not out.printed
    assert isinstance(out.failure, PrintError)
    assert out.failure is out.print_error


def test_an_existing_file_is_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "seal.pdf"
    path.write_bytes(b"the first paper")
    out = deliver_seal(SEALED, pdf=path, printer=None, lang="en")
    assert out.pdf is None and out.pdf_error is not None
    assert "Cannot write" in out.pdf_error.message("en")
    assert path.read_bytes() == b"the first paper"


def test_no_printer_set_up_is_no_failure(tmp_path: Path) -> None:
    out = deliver_seal(
        dataclasses.replace(SEALED), pdf=tmp_path / "s.pdf", printer=PrinterConfig(), lang="en"
    )
    assert not out.printed and out.failure is None and out.pdf is not None
