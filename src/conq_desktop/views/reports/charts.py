"""The report's charts on screen, from the same sections the files are written from
(``printing.report_sections``): a bar chart of a section whose ``chart`` is "bars"
(arrivals per hour, tickets per day, the waits), and a heat map's colours for its
table's cells ("heat"), as the PDF draws them."""

from __future__ import annotations

import math
import re

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QSizePolicy

from conq_desktop.printing.report_sections import Section
from conq_desktop.views.common.theme import font
from conq_desktop.views.reports.style import BAR, GRID, HEAT_HIGH, HEAT_LOW, NAVY, PAPER, TABLE_PX

CHART_HEIGHT = 300


def bar_chart(section: Section, value_title: str) -> QChartView:
    """The section's first numbers as bars, one per row, named by the row's first cell."""
    categories = [_short(row[0]) for row in section.rows]
    bars = QBarSet(section.headings[1] if len(section.headings) > 1 else value_title)
    bars.setColor(QColor(BAR))
    bars.setBorderColor(QColor(BAR))
    top = 0.0
    for values in section.values:
        value = values[0] if values and values[0] is not None else 0.0
        bars.append(value)
        top = max(top, value)
    series = QBarSeries()
    series.append(bars)
    series.setBarWidth(0.7)
    series.setLabelsVisible(len(categories) <= 16)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    bars.setLabelColor(QColor(NAVY))
    bars.setLabelFont(font(TABLE_PX - 1))

    chart = QChart()
    chart.addSeries(series)
    chart.legend().hide()
    chart.setBackgroundBrush(QBrush(QColor(PAPER)))
    chart.setBackgroundRoundness(8)
    chart.setMargins(QMargins(8, 8, 8, 8))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)

    axis_x = QBarCategoryAxis()
    axis_x.append(categories)
    axis_x.setLabelsFont(font(TABLE_PX))
    axis_x.setLabelsColor(QColor(NAVY))
    axis_x.setGridLineVisible(False)
    axis_x.setTruncateLabels(False)
    if len(categories) > 16:  # a month of days: upright labels would overlap
        axis_x.setLabelsAngle(-90)
    axis_y = QValueAxis()
    axis_y.setRange(0, _nice_top(top))
    axis_y.setLabelFormat("%d")
    axis_y.setTickCount(5)
    axis_y.setLabelsFont(font(TABLE_PX))
    axis_y.setLabelsColor(QColor(NAVY))
    axis_y.setGridLineColor(QColor(GRID))
    axis_y.setTitleText(value_title)
    axis_y.setTitleFont(font(TABLE_PX))
    axis_y.setTitleBrush(QBrush(QColor(NAVY)))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)

    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(CHART_HEIGHT)
    view.setMaximumHeight(CHART_HEIGHT)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setAccessibleName(section.title)
    view.setToolTip(section.title)
    return view


def _short(label: str) -> str:
    """A bar's name under it: a day as its day and month (the year is in the period
    line above), the open-ended wait ("120 min or more", in words in every language)
    as "120+"; the table beside says it in full."""
    if len(label) == 10 and label[4] == "-" and label[7] == "-":
        return f"{label[8:10]}.{label[5:7]}"
    open_ended = re.match(r"(\d+)\s+\D", label)
    if open_ended and "–" not in label and ":" not in label:
        return f"{open_ended.group(1)}+"
    return label


def _nice_top(value: float) -> float:
    """A round top for the value axis, a little above the highest bar (room for its
    label), so that its four steps are whole numbers: 1, 2, 3 or 5 times a power of ten."""
    wanted = max(value * 1.15, 1.0) / 4
    magnitude = 10 ** math.floor(math.log10(wanted))
    step = next(m * magnitude for m in (1, 2, 3, 5, 10) if m * magnitude >= wanted)
    return max(1, round(step)) * 4


def heat_colours(section: Section) -> dict[tuple[int, int], QColor]:
    """The colour of each table cell (row, column) of a heat map: the larger its value,
    the warmer. Cells without a value keep the paper."""
    numbers = [v for row in section.values for v in row if v is not None]
    if not numbers:
        return {}
    high = max(numbers) or 1.0
    colours: dict[tuple[int, int], QColor] = {}
    for r, row in enumerate(section.values):
        for c, value in enumerate(row):
            if value is None:
                continue
            share = max(0.0, min(1.0, value / high))
            pairs = zip(HEAT_LOW, HEAT_HIGH, strict=True)
            colours[(r, c + 1)] = QColor(*(round(low + (top - low) * share) for low, top in pairs))
    return colours
