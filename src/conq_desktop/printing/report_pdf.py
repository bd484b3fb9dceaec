"""The queue reports' tables (``printing.report_sections``) as a PDF (reportlab), on
the report PDFs' pages (``printing.pdf_tables``), with a bar chart
(``reportlab.graphics``) above the tables that ask for one and heat maps as coloured
table cells.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Table,
    TableStyle,
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
from conq_desktop.printing.report_sections import (
    ReportData,
    Section,
    report_period,
    report_sections,
    report_title,
)

CHART_HEIGHT = 45 * mm
# A two-column table longer than this is laid out as two pairs of columns side by side.
SIDE_BY_SIDE = 8
# A chart's table of at most this many rows stays on the chart's page.
KEEP_WITH_CHART = 14
BAR_COLOUR = colors.HexColor("#3b73b9")
# A heat map runs from pale yellow (least) to deep red (most): legible in grey print too.
COOL, HOT = colors.HexColor("#fff7d1"), colors.HexColor("#d7301f")


def render_report_pdf(data: ReportData, lang: str) -> bytes:
    """The report as an A4 landscape PDF: title, period, one table per section (with
    its chart), page numbers."""
    style = styles()
    fonts, cell = style.fonts, style.cell
    width = TEXT_WIDTH
    title = report_title(data, lang)

    def table(section: Section) -> Table:
        section = _side_by_side(section)
        rows: list[list[object]] = [[cell(text, style.head_cell) for text in section.headings]]
        if section.chart == "heat":
            # Plain strings: a heat cell's text colour (TEXTCOLOR) applies to them only.
            rows += [[cell(row[0]), *row[1:]] for row in section.rows]
        else:
            rows += [[cell(text) for text in row] for row in section.rows]
        result = Table(rows, colWidths=widths(section, width, fonts), repeatRows=1, hAlign="LEFT")
        commands = [*TABLE_LOOK, ("FONT", (0, 0), (-1, -1), fonts.regular, 9)]
        commands += _heat_cells(section) if section.chart == "heat" else [STRIPES]
        result.setStyle(TableStyle(commands))
        return result

    def content() -> list[Flowable]:
        """The flowables, afresh: laying them out uses them up."""
        story = title_and_period(style, title, report_period(data, lang))
        for section in report_sections(data, lang):
            heading = Paragraph(escape(section.title), style.heading)
            story.append(CondPageBreak(40 * mm))  # no title alone at the foot of a page
            if not section.rows:
                story.append(KeepTogether([heading, cell(section.note)]))
                continue
            if section.chart == "bars":
                chart = [heading, _bars(section, width, fonts.regular)]
                if len(section.rows) <= KEEP_WITH_CHART:
                    story.append(KeepTogether([*chart, table(section)]))
                else:  # a month of days: the table runs on over the pages
                    story += [KeepTogether(chart), table(section)]
            else:
                story += [heading, table(section)]
        return story

    return landscape_pdf(content, title, lang, fonts)


def _bars(section: Section, width: float, font: str) -> Drawing:
    """A bar chart of the section's first number per row, labelled by its first column."""
    labels = [row[0] for row in section.rows]
    if len(labels) > 16:  # a month of days: "2026-10-14" as "14"
        labels = [label.rsplit("-", 1)[-1] for label in labels]
    values = [value[0] or 0.0 for value in section.values]
    drawing = Drawing(width, CHART_HEIGHT)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 28
    chart.width, chart.height = width - 40, CHART_HEIGHT - 38
    chart.data = [values]
    chart.bars[0].fillColor = BAR_COLOUR
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    top = max(values, default=0.0)
    chart.valueAxis.valueMax = max(1.0, top * 1.1)
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    drawing.add(chart)
    return drawing


def _heat_cells(section: Section) -> list[tuple[object, ...]]:
    """A BACKGROUND command per numbered cell, its colour by its value."""
    numbers = [v for row in section.values for v in row if v is not None]
    if not numbers:
        return []
    low, high = min(numbers), max(numbers)
    commands: list[tuple[object, ...]] = []
    for row_index, row in enumerate(section.values, start=1):
        for column, value in enumerate(row, start=1):
            if value is None:
                continue
            share = (value - low) / (high - low) if high > low else 0.5
            colour = colors.linearlyInterpolatedColor(COOL, HOT, 0, 1, share)
            commands.append(("BACKGROUND", (column, row_index), (column, row_index), colour))
            if share > 0.6:  # dark cells: white text stays legible
                commands.append(
                    ("TEXTCOLOR", (column, row_index), (column, row_index), colors.white)
                )
    return commands


def _side_by_side(section: Section) -> Section:
    """A long two-column table (the summary) as two pairs of columns: half the height."""
    if len(section.headings) != 2 or len(section.rows) <= SIDE_BY_SIDE or section.chart:
        return section
    half = (len(section.rows) + 1) // 2
    left, right = section.rows[:half], section.rows[half:]
    rows = tuple((*a, *(right[i] if i < len(right) else ("", ""))) for i, a in enumerate(left))
    return Section(section.title, section.headings * 2, rows, section.note)
