"""The ticket as a one-page PDF, as wide as the paper roll and as tall as its content.

Choices:

* reportlab's canvas, not platypus: a ticket is one centred column of blocks, so a
  measure-then-draw pass of a few lines is simpler than frames and flowables, and it
  tells us the page height before the page exists.
* The shipped DejaVu fonts, registered once and embedded (reportlab subsets TrueType
  fonts and writes a ToUnicode map): every Cyrillic and Kyrgyz letter (ң ө ү) prints on
  any printer and can be copied or searched. The ticket number uses the condensed bold
  face so four or five characters fit at a size readable across the hall.
* Point sizes suit 80 mm paper, of which common thermal printers print 72 mm (and 48 mm
  of 58 mm paper, so narrow paper gets wider margins): small print is 8 pt, about 22
  printer dots high at 203 dpi. Text wraps at word boundaries; a word wider than the
  paper, and the ticket number, shrink instead.
* The QR code is drawn as vector squares from the ``qrcode`` library's matrix
  (``printing.qr``, shared with the thermal image and the screens), about 30 mm
  wide, with each module a whole number of 203 dpi dots so a thermal printer renders
  every module the same width, and a blank quiet zone of four modules above and below.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from conq_desktop.printing.layout import QrBlock, RuleBlock, Size, TextBlock, TicketLayout
from conq_desktop.printing.qr import qr_matrix
from conq_desktop.resources import resource_path

POINT_SIZES: dict[Size, float] = {Size.SMALL: 8, Size.NORMAL: 10, Size.LARGE: 13, Size.NUMBER: 54}
# Thermal heads print 72 mm of 80 mm paper and 48 mm of 58 mm paper.
WIDE_SIDE_MARGIN, NARROW_SIDE_MARGIN = 4 * mm, 5 * mm
END_MARGIN = 5 * mm  # above the first block and below the last
RULE_GAP = 2.2 * mm  # space on each side of a rule
RULE_WIDTH = 0.6  # points: about two dots at 203 dpi
LINE_SPACING = 1.05  # times the font's own ascent + descent
QR_TARGET = 30 * mm
QR_QUIET_MODULES = 4
PRINTER_DOT = 72 / 203  # points

Draw = Callable[[Canvas, float], None]  # draws a piece whose top edge is at the given y


@dataclass(frozen=True)
class _Fonts:
    regular: str
    bold: str
    number: str


@dataclass(frozen=True)
class _Piece:
    height: float
    gap_before: float
    draw: Draw


@cache
def _fonts() -> _Fonts:
    """Register the shipped fonts with reportlab, once per process."""
    faces = {
        "ConqSans": "DejaVuSans.ttf",
        "ConqSans-Bold": "DejaVuSans-Bold.ttf",
        "ConqSans-CondensedBold": "DejaVuSansCondensed-Bold.ttf",
    }
    for name, file in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path(f"fonts/{file}"))))
    return _Fonts(regular="ConqSans", bold="ConqSans-Bold", number="ConqSans-CondensedBold")


def _fit(text: str, font: str, size: float, width: float, *, wrap: bool) -> tuple[float, list[str]]:
    """Lines of ``text`` no wider than ``width``, shrinking the size if wrapping can't."""
    for _attempt in range(4):
        lines = simpleSplit(text, font, size, width) if wrap else [text]
        widest = max((pdfmetrics.stringWidth(line, font, size) for line in lines), default=0)
        if widest <= width:
            break
        size *= width / widest * 0.99
    return size, lines or [""]


def _text(block: TextBlock, width: float, centre: float, gap: float) -> _Piece:
    fonts = _fonts()
    huge = block.size >= Size.NUMBER
    font = fonts.number if huge else fonts.bold if block.bold else fonts.regular
    size, lines = _fit(block.text, font, POINT_SIZES[block.size], width, wrap=not huge)
    ascent, descent = pdfmetrics.getAscentDescent(font, size)
    if huge:  # digits and capitals: trim the room kept for accents and descenders
        ascent, descent = size * 0.76, 0.0
    line_height = (ascent - descent) * LINE_SPACING

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFont(font, size)
        for index, line in enumerate(lines):
            canvas.drawCentredString(centre, top - ascent - index * line_height, line)

    height = ascent - descent + (len(lines) - 1) * line_height
    return _Piece(height, gap, draw)


def _qr(block: QrBlock, centre: float) -> _Piece:
    matrix = qr_matrix(block.payload)
    count = len(matrix)
    module = max(1, round(QR_TARGET / count / PRINTER_DOT)) * PRINTER_DOT
    side = module * count
    left = centre - side / 2

    def draw(canvas: Canvas, top: float) -> None:
        path = canvas.beginPath()
        for row, cells in enumerate(matrix):
            col = 0
            while col < count:
                if not cells[col]:
                    col += 1
                    continue
                start = col
                while col < count and cells[col]:
                    col += 1
                path.rect(
                    left + start * module, top - (row + 1) * module, (col - start) * module, module
                )
        canvas.drawPath(path, stroke=0, fill=1)

    return _Piece(side, QR_QUIET_MODULES * module, draw)


def _rule(left: float, right: float) -> _Piece:
    def draw(canvas: Canvas, top: float) -> None:
        canvas.setLineWidth(RULE_WIDTH)
        y = top - RULE_WIDTH / 2
        canvas.line(left, y, right, y)

    return _Piece(RULE_WIDTH, RULE_GAP, draw)


def render_pdf(layout: TicketLayout, width_mm: float = 80) -> bytes:
    """One ticket as PDF bytes: ``width_mm`` wide, as tall as the blocks need."""
    page_width = width_mm * mm
    side = WIDE_SIDE_MARGIN if width_mm >= 70 else NARROW_SIDE_MARGIN
    content = page_width - 2 * side
    centre = page_width / 2
    pieces: list[_Piece] = []
    previous: object = None
    for block in layout.blocks:
        if isinstance(block, TextBlock):
            size = POINT_SIZES[block.size]
            if isinstance(previous, RuleBlock):
                gap = RULE_GAP
            elif isinstance(previous, QrBlock):
                gap = QR_QUIET_MODULES * mm
            elif block.size >= Size.NUMBER or (
                isinstance(previous, TextBlock) and previous.size >= Size.NUMBER
            ):
                gap = 3.5 * mm
            else:
                gap = 0.3 * size
            pieces.append(_text(block, content, centre, gap))
        elif isinstance(block, QrBlock):
            pieces.append(_qr(block, centre))
        else:
            pieces.append(_rule(side, page_width - side))
        previous = block
    if pieces:
        pieces[0] = _Piece(pieces[0].height, 0, pieces[0].draw)
    page_height = 2 * END_MARGIN + sum(piece.gap_before + piece.height for piece in pieces)

    out = BytesIO()
    canvas = Canvas(
        out,
        pagesize=(page_width, page_height),
        invariant=True,
        pageCompression=1,
        initialFontName=_fonts().regular,  # keeps the unembedded Helvetica out of the file
    )
    canvas.setTitle(layout.number)
    canvas.setCreator("conq-desktop")
    top = page_height - END_MARGIN
    for piece in pieces:
        top -= piece.gap_before
        piece.draw(canvas, top)
        top -= piece.height
    canvas.showPage()
    canvas.save()
    return out.getvalue()
