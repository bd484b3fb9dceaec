"""The day's seal as an A4 page to sign and file (reportlab).

One page, drawn on the canvas top to bottom: the centre's names, the title, the counts
as a two-column list, the last event and its hash in groups, the QR code of the seal
(reportlab's own QR widget, vector, so it scans at any zoom), who closed the day and
when, and a line for the head of centre's signature. The shipped DejaVu fonts
(``printing.pdf``) keep ң ө ү and make the text searchable and copyable.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from conq_desktop.engine.day_close import DaySeal
from conq_desktop.i18n import translate
from conq_desktop.printing.pdf import _fonts  # the shipped fonts, registered once
from conq_desktop.printing.seal_layout import (
    HASH,
    LAST_EVENT,
    SIGNATURE,
    VERIFY,
    centre_names,
    closing_lines,
    count_lines,
    hash_lines,
    title,
)

MARGIN = 20 * mm
QR_SIDE = 45 * mm
BODY = 11
LABEL_COLUMN = 85 * mm  # where the values of the counts begin


def render_seal_pdf(sealed: DaySeal, lang: str) -> bytes:
    fonts = _fonts()
    width, height = A4
    out = BytesIO()
    canvas = Canvas(
        out, pagesize=A4, invariant=True, pageCompression=1, initialFontName=fonts.regular
    )
    canvas.setTitle(title(sealed, lang))
    canvas.setCreator("conq-desktop")
    left, right = MARGIN, width - MARGIN
    y = height - MARGIN

    def line(text: str, font: str = fonts.regular, size: float = BODY, gap: float = 1.5) -> None:
        nonlocal y
        for part in simpleSplit(text, font, size, right - left):
            y -= size * 1.25
            canvas.setFont(font, size)
            canvas.drawString(left, y, part)
        y -= gap

    for name in centre_names(sealed):
        line(name, fonts.bold, 13)
    y -= 3 * mm
    line(title(sealed, lang), fonts.bold, 18)
    y -= 2 * mm
    canvas.setLineWidth(0.8)
    canvas.line(left, y, right, y)
    y -= 3 * mm

    for row in count_lines(sealed, lang):
        y -= BODY * 1.6
        canvas.setFont(fonts.regular, BODY + 1)
        canvas.drawString(left, y, row.label)
        canvas.setFont(fonts.bold, BODY + 1)
        canvas.drawString(left + LABEL_COLUMN, y, row.value)
    y -= 6 * mm

    line(f"{translate(LAST_EVENT, lang)}: {sealed.seal.seq}", fonts.bold, 13, gap=3)
    line(translate(HASH, lang))
    # Monospaced look without a monospaced font: the groups are all four digits.
    for part in hash_lines(sealed.seal.hash):
        line(part, fonts.bold, 14, gap=1)
    y -= 4 * mm

    widget = QrCodeWidget(sealed.seal.payload, barLevel="M", barBorder=0)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(
        QR_SIDE,
        QR_SIDE,
        transform=[QR_SIDE / (x1 - x0), 0, 0, QR_SIDE / (y1 - y0), 0, 0],
        # Else the renderer selects Helvetica, and the file holds a font not embedded.
        initialFontName=fonts.regular,
    )
    drawing.add(widget)
    y -= QR_SIDE
    renderPDF.draw(drawing, canvas, left, y)
    # The payload beside the code, small: what the code says, to type if need be.
    text_left = left + QR_SIDE + 8 * mm
    canvas.setFont(fonts.regular, 8)
    lines = simpleSplit(sealed.seal.payload, fonts.regular, 8, right - text_left)
    if len(lines) == 1:  # no spaces to break at: cut it in even pieces
        lines = _pieces(sealed.seal.payload, fonts.regular, 8, right - text_left)
    top = y + QR_SIDE - 10
    for index, part in enumerate(lines):
        canvas.drawString(text_left, top - index * 10, part)
    note = simpleSplit(translate(VERIFY, lang), fonts.regular, 8, right - text_left)
    for index, part in enumerate(note):
        canvas.drawString(text_left, top - (len(lines) + 1 + index) * 10, part)
    y -= 8 * mm

    for row in closing_lines(sealed, lang):
        line(f"{row.label}: {row.value}", gap=3)
    y -= 18 * mm
    canvas.setLineWidth(0.6)
    canvas.line(left, y, left + 110 * mm, y)
    y -= 4 * mm
    canvas.setFont(fonts.regular, 9)
    canvas.drawString(left, y - 9, translate(SIGNATURE, lang))

    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _pieces(text: str, font: str, size: float, width: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in text:
        if current and stringWidth(current + char, font, size) > width:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current] if current else pieces
