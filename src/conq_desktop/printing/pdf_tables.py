"""What the report PDFs (``report_pdf``, ``fairness_pdf``) share: an A4 landscape page
with the report's title and "page N of M" at its foot, the paragraph styles, the
tables' look and their column widths. The fonts are the shipped DejaVu ones
(``printing.pdf``), which have ң, ө and ү.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from io import BytesIO
from typing import NamedTuple, Protocol

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from conq_desktop.i18n import _, translate
from conq_desktop.printing.pdf import _Fonts, _fonts  # the shipped fonts, registered once

MARGIN = 15 * mm
PAGE_WIDTH = landscape(A4)[0]
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN  # what a table may take
BODY_SIZE = 9
CELL_PADDING = 13  # points: the table's left and right padding, and a little air

# Every table: a grid, a grey heading row, the cells' texts at their top.
TABLE_LOOK: tuple[tuple[object, ...], ...] = (
    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
)
# The rows below the headings striped, white and light grey.
STRIPES = ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f6f6")])


class Styles(NamedTuple):
    fonts: _Fonts
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    head_cell: ParagraphStyle

    def cell(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A table cell (or a line) of ``text``, in the body's style unless told."""
        return Paragraph(escape(text), style or self.body)


def styles() -> Styles:
    """The shipped fonts, registered, and the report's paragraph styles in them."""
    fonts = _fonts()
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=BODY_SIZE, leading=11)
    return Styles(
        fonts=fonts,
        title=ParagraphStyle("title", fontName=fonts.bold, fontSize=16, leading=20),
        heading=ParagraphStyle(
            "heading", fontName=fonts.bold, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4
        ),
        body=body,
        head_cell=ParagraphStyle("head", parent=body, fontName=fonts.bold),
    )


def title_and_period(style: Styles, title: str, period: str) -> list[Flowable]:
    """The report's first lines: its title, then its period."""
    return [
        Paragraph(escape(title), style.title),
        Spacer(1, 2 * mm),
        Paragraph(escape(period), style.body),
    ]


def landscape_pdf(
    content: Callable[[], list[Flowable]], title: str, lang: str, fonts: _Fonts
) -> bytes:
    """``content()`` on A4 landscape pages, each with ``title`` and "page N of M" at
    its foot. ``content`` gives the flowables afresh each time: laying them out uses
    them up."""

    def build(pages: int) -> tuple[bytes, int]:
        """The PDF, its footers saying "page N of ``pages``"; and how many it has."""

        def number_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
            canvas.saveState()
            canvas.setFont(fonts.regular, 8)
            canvas.drawRightString(
                PAGE_WIDTH - MARGIN,
                MARGIN / 2,
                translate(_("Page {page} of {pages}"), lang, page=doc.page, pages=pages),
            )
            canvas.drawString(MARGIN, MARGIN / 2, title)
            canvas.restoreState()

        out = BytesIO()
        doc = SimpleDocTemplate(
            out,
            pagesize=landscape(A4),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=title,
            creator="conq-desktop",
            invariant=1,
            initialFontName=fonts.regular,  # keeps the unembedded Helvetica out of the file
        )
        doc.build(content(), onFirstPage=number_page, onLaterPages=number_page)
        return out.getvalue(), doc.page

    # Twice: the first pass counts the pages the footers then name.
    _first, pages = build(0)
    return build(pages)[0]


class TableText(Protocol):
    """A table's texts: its column headings and its rows."""

    @property
    def headings(self) -> Sequence[str]: ...

    @property
    def rows(self) -> Sequence[Sequence[str]]: ...


def widths(section: TableText, width: float, fonts: _Fonts) -> list[float]:
    """Column widths: each column as wide as its longest text when the page allows,
    else at least as wide as its longest word, the rest shared by how much more each
    column's text would take."""

    def measure(text: str, font: str) -> float:
        return pdfmetrics.stringWidth(text, font, BODY_SIZE) + CELL_PADDING

    columns = list(zip(section.headings, *section.rows, strict=True))
    natural, least = [], []
    for heading, *texts in columns:
        cells = [(heading, fonts.bold), *((text, fonts.regular) for text in texts)]
        natural.append(max(measure(text, font) for text, font in cells))
        least.append(
            max(measure(word, font) for text, font in cells for word in text.split() or [""])
        )
    if sum(natural) <= width:
        return natural
    spare = max(0.0, width - sum(least))
    extra = [wide - narrow for wide, narrow in zip(natural, least, strict=True)]
    return [
        narrow + spare * more / (sum(extra) or 1) for narrow, more in zip(least, extra, strict=True)
    ]


def escape(text: str) -> str:
    """``text`` as a paragraph's markup shows it to the letter."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
