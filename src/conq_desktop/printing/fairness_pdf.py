"""The fairness report's tables (``printing.fairness_sections``) as a PDF (reportlab),
on the report PDFs' pages (``printing.pdf_tables``).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from conq_desktop.engine.fairness import FairnessReport
from conq_desktop.printing.fairness_sections import (
    empty_note,
    report_period,
    report_sections,
    report_title,
)
from conq_desktop.printing.pdf_tables import (
    STRIPES,
    TABLE_LOOK,
    TEXT_WIDTH,
    escape,
    landscape_pdf,
    styles,
    title_and_period,
    widths,
)


def render_fairness_pdf(report: FairnessReport, lang: str) -> bytes:
    """The report as an A4 landscape PDF: title with the centre and period, one table
    per section, page numbers."""
    style = styles()
    title = report_title(report, lang)

    def content() -> list[Flowable]:
        """The flowables, afresh: laying them out uses them up."""
        story = title_and_period(style, title, report_period(report, lang))
        note = empty_note(report, lang)
        if note:
            story += [Spacer(1, 4 * mm), Paragraph(escape(note), style.heading)]
        for section in report_sections(report, lang):
            heading = Paragraph(escape(section.title), style.heading)
            story.append(CondPageBreak(30 * mm))  # no title alone at the foot of a page
            if not section.rows:
                story.append(KeepTogether([heading, style.cell(section.note)]))
                continue
            data = [[style.cell(text, style.head_cell) for text in section.headings]]
            data += [[style.cell(text) for text in row] for row in section.rows]
            table = Table(
                data,
                colWidths=widths(section, TEXT_WIDTH, style.fonts),
                repeatRows=1,
                hAlign="LEFT",
            )
            table.setStyle(TableStyle([*TABLE_LOOK, STRIPES]))
            story += [heading, table]
        return story

    return landscape_pdf(content, title, lang, style.fonts)
