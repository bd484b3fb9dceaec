"""A centre with a Telegram bot prints its link on every ticket (issue 18): one QR code
of ``https://t.me/<bot>?start=<public id>`` under a line in Kyrgyz and Russian, on the
thermal printer (text and image mode, 80 and 58 mm) and in the PDF; without a bot the
ticket is exactly as before."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from conq_desktop.engine import IssuedTicket, QueueEngine
from conq_desktop.engine.settings import CentreSettings
from conq_desktop.i18n import PUBLIC_LANGUAGES, translate
from conq_desktop.printing.escpos_render import render_escpos
from conq_desktop.printing.layout import (
    FOLLOW_IN_TELEGRAM,
    QrBlock,
    build_layout,
    qr_payload,
)
from conq_desktop.printing.pdf import render_pdf
from conq_desktop.printing.printer_config import PrinterConfig
from conq_desktop.printing.raster import _qr_image, render_image
from tests.printing.test_booking_slip import qr_found
from tests.printing.test_seal_print import places, raster

BOT = "conq_centre1_bot"
QR_STORE = b"\x1d(k"  # GS ( k: the printer's own QR code, its data stored in the job


def with_bot(engine: QueueEngine, bot: str = BOT) -> CentreSettings:
    return dataclasses.replace(engine.settings, telegram_bot=bot)


def config(**options: object) -> PrinterConfig:
    return PrinterConfig.from_values("none", options)


@pytest.fixture
def issued(sqlite_engine: QueueEngine) -> IssuedTicket:
    return sqlite_engine.issue("PENSION")


def qr_payloads(layout_blocks: list) -> list[str]:
    return [block.payload for block in layout_blocks if isinstance(block, QrBlock)]


def test_the_ticket_carries_the_bots_link_and_the_line(
    sqlite_engine: QueueEngine, issued: IssuedTicket
) -> None:
    layout = build_layout(issued, with_bot(sqlite_engine))
    link = f"https://t.me/{BOT}?start={issued.ticket.public_id}"
    # One QR code: the bot's link (it carries the ticket's public id), not a second one.
    assert qr_payloads(layout.blocks) == [link]
    texts = layout.texts()
    for lang in PUBLIC_LANGUAGES:
        assert translate(FOLLOW_IN_TELEGRAM, lang) in texts
    # The line is right over the code.
    index = next(i for i, block in enumerate(layout.blocks) if isinstance(block, QrBlock))
    assert layout.blocks[index - 1].text == translate(FOLLOW_IN_TELEGRAM, PUBLIC_LANGUAGES[-1])


def test_without_a_bot_the_ticket_is_as_before(
    sqlite_engine: QueueEngine, issued: IssuedTicket
) -> None:
    centre = sqlite_engine.settings
    assert centre.telegram_bot == ""
    layout = build_layout(issued, centre)
    assert qr_payloads(layout.blocks) == [qr_payload(issued.ticket)]
    assert not any("t.me" in text for text in layout.texts())
    for lang in PUBLIC_LANGUAGES:
        assert translate(FOLLOW_IN_TELEGRAM, lang) not in layout.texts()
    data = render_escpos(layout, config(mode="text"))
    assert b"t.me" not in data


@pytest.mark.parametrize("paper", [80, 58])
def test_text_mode_sends_the_link_in_the_printers_qr_command(
    sqlite_engine: QueueEngine, issued: IssuedTicket, paper: int
) -> None:
    layout = build_layout(issued, with_bot(sqlite_engine))
    job = render_escpos(layout, config(mode="text", paper_width=paper))
    link = f"https://t.me/{BOT}?start={issued.ticket.public_id}".encode("ascii")
    # GS ( k, pL pH = length + 3, cn 49 "1", fn 80 "P", m 48 "0", then the data.
    store = QR_STORE + (len(link) + 3).to_bytes(2, "little") + b"1P0"
    assert store + link in job
    assert job.count(QR_STORE + (len(link) + 3).to_bytes(2, "little") + b"1P0") == 1


@pytest.mark.parametrize(("paper", "dots"), [(80, 576), (58, 384)])
def test_image_mode_draws_the_links_qr_code(
    sqlite_engine: QueueEngine, issued: IssuedTicket, paper: int, dots: int
) -> None:
    layout = build_layout(issued, with_bot(sqlite_engine))
    link = f"https://t.me/{BOT}?start={issued.ticket.public_id}"
    image = raster(render_escpos(layout, config(paper_width=paper)))
    assert image.width == dots
    assert image.tobytes() == render_image(layout, dots).tobytes()
    side = round(220 * dots / 576)
    assert len(places(image, _qr_image(link, side))) == 1
    assert places(image, _qr_image(qr_payload(issued.ticket), side)) == []
    # The whole code is on the paper, with room to spare for a quiet zone.
    assert _qr_image(link, side).width <= dots - 2 * 16


@pytest.mark.parametrize("width_mm", [80, 58])
def test_the_pdf_says_the_line(
    sqlite_engine: QueueEngine, issued: IssuedTicket, width_mm: int
) -> None:
    pdf = render_pdf(build_layout(issued, with_bot(sqlite_engine)), width_mm)
    text = " ".join(PdfReader(BytesIO(pdf)).pages[0].extract_text().split())
    for lang in PUBLIC_LANGUAGES:
        assert translate(FOLLOW_IN_TELEGRAM, lang) in text
    plain = render_pdf(build_layout(issued, sqlite_engine.settings), width_mm)
    plain_text = " ".join(PdfReader(BytesIO(plain)).pages[0].extract_text().split())
    assert translate(FOLLOW_IN_TELEGRAM, "en") not in plain_text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
def test_the_pdfs_qr_code_is_the_link(
    sqlite_engine: QueueEngine, issued: IssuedTicket, tmp_path: Path
) -> None:
    path = tmp_path / "ticket.pdf"
    path.write_bytes(render_pdf(build_layout(issued, with_bot(sqlite_engine))))
    subprocess.run(
        ["pdftoppm", "-r", "203", "-mono", "-singlefile", str(path), str(tmp_path / "page")],
        check=True,
    )
    page = Image.open(tmp_path / "page.pbm")
    link = f"https://t.me/{BOT}?start={issued.ticket.public_id}"
    assert qr_found(page, link)
    assert not qr_found(page, qr_payload(issued.ticket))
