"""The fairness report's tables (``printing.fairness_sections``) as a PDF (reportlab).
The PDF uses the shipped DejaVu fonts (``printing.pdf``), which have ң, ө and ү.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from conq_desktop.engine.fairness import FairnessReport
from conq_desktop.i18n import _, translate
from conq_desktop.printing.fairness_sections import (
    Section,
    empty_note,
    report_period,
    report_sections,
    report_title,
)
from conq_desktop.printing.pdf import _Fonts, _fonts  # the shipped fonts, registered once

MARGIN = 15 * mm
BODY_SIZE = 9
CELL_PADDING = 13  # points: the table's left and right padding, and a little air


def render_fairness_pdf(report: FairnessReport, lang: str) -> bytes:
    """The report as an A4 landscape PDF: title with the centre and period, one table
    per section, page numbers."""
    fonts = _fonts()
    title_style = ParagraphStyle("title", fontName=fonts.bold, fontSize=16, leading=20)
    heading_style = ParagraphStyle(
        "heading",
        fontName=fonts.bold,
        fontSize=12,
        leading=15,
        spaceBefore=8,
        spaceAfter=4,
    )
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=BODY_SIZE, leading=11)
    head_cell = ParagraphStyle("head", parent=body, fontName=fonts.bold)

    def cell(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(_escape(text), style)

    def content() -> list[Flowable]:
        """The flowables, afresh: laying them out uses them up."""
        story: list[Flowable] = [
            Paragraph(_escape(report_title(report, lang)), title_style),
            Spacer(1, 2 * mm),
            Paragraph(_escape(report_period(report, lang)), body),
        ]
        note = empty_note(report, lang)
        if note:
            story += [Spacer(1, 4 * mm), Paragraph(_escape(note), heading_style)]
        width = landscape(A4)[0] - 2 * MARGIN
        for section in report_sections(report, lang):
            heading = Paragraph(_escape(section.title), heading_style)
            story.append(CondPageBreak(30 * mm))  # no title alone at the foot of a page
            if not section.rows:
                story.append(KeepTogether([heading, cell(section.note)]))
                continue
            data = [[cell(text, head_cell) for text in section.headings]]
            data += [[cell(text) for text in row] for row in section.rows]
            table = Table(
                data, colWidths=_widths(section, width, fonts), repeatRows=1, hAlign="LEFT"
            )
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        (
                            "ROWBACKGROUNDS",
                            (0, 1),
                            (-1, -1),
                            [colors.white, colors.HexColor("#f6f6f6")],
                        ),
                    ]
                )
            )
            story += [heading, table]
        return story

    def build(pages: int) -> tuple[bytes, int]:
        """The PDF, its footers saying "page N of ``pages``"; and how many it has."""

        def number_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
            canvas.saveState()
            canvas.setFont(fonts.regular, 8)
            canvas.drawRightString(
                landscape(A4)[0] - MARGIN,
                MARGIN / 2,
                translate(_("Page {page} of {pages}"), lang, page=doc.page, pages=pages),
            )
            canvas.drawString(MARGIN, MARGIN / 2, report_title(report, lang))
            canvas.restoreState()

        out = BytesIO()
        doc = SimpleDocTemplate(
            out,
            pagesize=landscape(A4),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=report_title(report, lang),
            creator="conq-desktop",
            invariant=1,
            initialFontName=fonts.regular,  # keeps the unembedded Helvetica out of the file
        )
        doc.build(content(), onFirstPage=number_page, onLaterPages=number_page)
        return out.getvalue(), doc.page

    # Twice: the first pass counts the pages the footers then name.
    _first, pages = build(0)
    return build(pages)[0]


def _widths(section: Section, width: float, fonts: _Fonts) -> list[float]:
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


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
