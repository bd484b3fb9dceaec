"""A booking's slip as an A6 page (reportlab), for an office printer or to send on.

The thermal slip's blocks (``booking_slip.build_slip_layout``) drawn one under the
other from the top of the page, centred, by the ticket PDF's own pieces
(``printing.pdf``): the shipped DejaVu fonts, so ң ө ү print and the text can be
searched and copied, and the QR code as vector squares that scan at any zoom. Only the
page differs from a ticket's: a fixed sheet with room around the text, not a strip of
roll as tall as its content.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from conq_desktop.errors import CANNOT_WRITE, os_errors_as
from conq_desktop.printing.booking_slip import BookingSlip, build_slip_layout
from conq_desktop.printing.layout import QrBlock, RuleBlock, Size, TextBlock
from conq_desktop.printing.pdf import (
    POINT_SIZES,
    QR_QUIET_MODULES,
    RULE_GAP,
    _fonts,
    _Piece,
    _qr,
    _rule,
    _text,
)
from conq_desktop.printing.report_files import write_whole

MARGIN = 10 * mm
NUMBER_GAP = 3 * mm  # around the code, which is drawn at the ticket number's size


def render_slip_pdf(slip: BookingSlip, lang: str) -> bytes:
    """The slip of a booking still to come as PDF bytes, one A6 page."""
    layout = build_slip_layout(slip.require_booked(), lang)
    width, height = A6
    left, right, centre = MARGIN, width - MARGIN, width / 2
    pieces: list[_Piece] = []
    previous: object = None
    for block in layout.blocks:
        if isinstance(block, TextBlock):
            if isinstance(previous, RuleBlock):
                gap = RULE_GAP
            elif isinstance(previous, QrBlock):
                gap = QR_QUIET_MODULES * mm
            elif block.size >= Size.NUMBER:
                gap = NUMBER_GAP
            else:
                gap = 0.4 * POINT_SIZES[block.size]
            pieces.append(_text(block, right - left, centre, gap))
        elif isinstance(block, QrBlock):
            pieces.append(_qr(block, centre))
        else:
            pieces.append(_rule(left, right))
        previous = block

    out = BytesIO()
    canvas = Canvas(
        out,
        pagesize=A6,
        invariant=True,
        pageCompression=1,
        initialFontName=_fonts().regular,  # keeps the unembedded Helvetica out of the file
    )
    canvas.setTitle(layout.number)
    canvas.setCreator("conq-desktop")
    top = height - MARGIN
    for index, piece in enumerate(pieces):
        top -= 0 if index == 0 else piece.gap_before
        piece.draw(canvas, top)
        top -= piece.height
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def write_slip_pdf(slip: BookingSlip, path: Path, lang: str) -> None:
    """The slip's PDF into ``path`` (replacing it: the window's file dialog asks first,
    and the command line names its file); nothing half-written is left."""
    data = render_slip_pdf(slip, lang)
    with os_errors_as(CANNOT_WRITE, path=str(path)):
        path.parent.mkdir(parents=True, exist_ok=True)
    write_whole(path, data, replace=True)
