"""The PDF ticket: paper-wide page, embedded fonts, Kyrgyz letters extractable as text."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader

from conq_desktop.engine import QueueEngine
from conq_desktop.printing.layout import TextBlock, TicketLayout, build_layout
from conq_desktop.printing.pdf import render_pdf

MM = 72 / 25.4
# Words the ticket below prints, with every Kyrgyz-only letter in both cases.
WORDS = ["Кезек", "Өкмөт", "Үй", "Ң", "Ңаңы", "үңкүр", "Очередь"]
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


@pytest.fixture
def layout(sqlite_engine: QueueEngine) -> TicketLayout:
    sqlite_engine.issue("PASSPORT")
    issued = sqlite_engine.issue("PASSPORT")
    service = dataclasses.replace(
        issued.ticket.service,
        names={"ky": "Кезек Ңаңы үңкүр", "ru": "Очередь", "en": "Queue"},
    )
    issued = dataclasses.replace(issued, ticket=dataclasses.replace(issued.ticket, service=service))
    centre = dataclasses.replace(
        sqlite_engine.settings,
        names={"ky": "Өкмөт Үй Ң борбору", "ru": "Центр", "en": "Centre"},
    )
    return build_layout(issued, centre)


def only_page(pdf: bytes) -> PageObject:
    reader = PdfReader(BytesIO(pdf))
    assert len(reader.pages) == 1
    return reader.pages[0]


def squeeze(text: str) -> str:
    return " ".join(text.split())


def test_words_and_number_come_back_as_text(layout: TicketLayout) -> None:
    text = squeeze(only_page(render_pdf(layout)).extract_text())
    assert layout.number == "А-002"
    for word in [*WORDS, layout.number]:
        assert word in text


def test_page_is_80_mm_wide_by_default(layout: TicketLayout) -> None:
    page = only_page(render_pdf(layout))
    assert float(page.mediabox.width) / MM == pytest.approx(80, abs=0.5)
    assert 60 < float(page.mediabox.height) / MM < 250


def test_page_is_58_mm_wide_when_asked(layout: TicketLayout) -> None:
    page = only_page(render_pdf(layout, width_mm=58))
    assert float(page.mediabox.width) / MM == pytest.approx(58, abs=0.5)


def test_narrower_paper_makes_a_longer_ticket(layout: TicketLayout) -> None:
    wide = float(only_page(render_pdf(layout, 80)).mediabox.height)
    assert float(only_page(render_pdf(layout, 58)).mediabox.height) > wide


def test_fonts_are_embedded_with_a_unicode_map(layout: TicketLayout) -> None:
    fonts = only_page(render_pdf(layout))["/Resources"]["/Font"]
    assert len(fonts) >= 3  # regular, bold, condensed bold for the number
    for ref in fonts.values():
        font = ref.get_object()
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
        assert "/ToUnicode" in font, font["/BaseFont"]


@needs_poppler
def test_pdftotext_reads_the_same_words(layout: TicketLayout, tmp_path: Path) -> None:
    path = tmp_path / "ticket.pdf"
    path.write_bytes(render_pdf(layout))
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, timeout=60
    )
    text = squeeze(result.stdout.decode("utf-8"))
    for word in [*WORDS, layout.number]:
        assert word in text


@needs_poppler
@pytest.mark.parametrize("width_mm", [80, 58])
def test_every_line_is_centred_and_on_the_page(
    layout: TicketLayout, tmp_path: Path, width_mm: int
) -> None:
    # A word wider than the paper must shrink rather than run off the edge.
    wide = dataclasses.replace(layout, blocks=[TextBlock("Өкмөт" * 12), *layout.blocks])
    path = tmp_path / "ticket.pdf"
    path.write_bytes(render_pdf(wide, width_mm))
    boxes = tmp_path / "boxes.html"
    subprocess.run(["pdftotext", "-bbox-layout", str(path), str(boxes)], check=True, timeout=60)
    html = boxes.read_text("utf-8")
    page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html)
    assert page is not None
    width, height = float(page[1]), float(page[2])
    number = r'="([\d.]+)"'
    lines = re.findall(rf"<line xMin{number} yMin{number} xMax{number} yMax{number}>", html)
    assert len(lines) >= len(wide.texts())
    for x0, y0, x1, y1 in (map(float, box) for box in lines):
        assert 0 < x0 < x1 < width
        assert 0 < y0 < y1 < height
        assert (x0 + x1) / 2 == pytest.approx(width / 2, abs=1.5)
