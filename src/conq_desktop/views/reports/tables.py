"""The report's tables on screen: read-only, as high as their rows (the window scrolls,
not the table), headings that wrap in narrow columns; shared by the reports and the
staffing plan (views/reports/plan_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QStyle,
    QStyleOptionHeader,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from conq_desktop.printing.report_sections import Section
from conq_desktop.views.common.theme import font
from conq_desktop.views.reports.charts import heat_colours
from conq_desktop.views.reports.style import NAVY, TABLE_PX

ROW_HEIGHT = 30
FIRST_COLUMN_MIN = 200  # pixels: a name shorter than the others' room needs wraps
NARROW_WIDTH = 600  # a table of two or three columns: no wider, it reads across


class _WrappingHeader(QHeaderView):
    """Column headings that wrap onto as many lines as their column's width needs (a
    Russian "Самое долгое ожидание, мин" in a narrow column), drawn centred."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.heading_font = font(TABLE_PX, bold=True)

    def _text(self, index: int) -> str:
        return str(self.model().headerData(index, Qt.Orientation.Horizontal) or "")

    def paintSection(self, painter: QPainter, rect: QRect, index: int) -> None:
        option = QStyleOptionHeader()
        option.initFrom(self)
        option.rect = rect
        option.section = index
        option.orientation = Qt.Orientation.Horizontal
        option.text = ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        painter.save()
        painter.setFont(self.heading_font)
        painter.setPen(QColor(NAVY))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(rect.adjusted(4, 2, -4, -2), int(flags), self._text(index))
        painter.restore()

    def needed_height(self) -> int:
        """As high as the heading that needs most lines at its column's width."""
        metrics = QFontMetrics(self.heading_font)
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        tallest = metrics.height()
        for index in range(self.count()):
            width = max(20, self.sectionSize(index) - 8)
            box = metrics.boundingRect(QRect(0, 0, width, 1000), flags, self._text(index))
            tallest = max(tallest, box.height())
        return tallest + 14


class _ReportTable(QTableWidget):
    """A section's table, as high as its heading and rows: the window scrolls, not
    the table. Its height follows its width (headings wrap in narrower columns)."""

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__(rows, columns)
        self.setHorizontalHeader(_WrappingHeader(self))
        # Set for a wide table: the first column's wish, every column's least width.
        self.first_wanted = 0
        self.least: list[int] = []

    def lay_out_columns(self) -> None:
        """Every column at least as wide as its longest word (a heading's word, a
        figure), the first as wide as its longest name if there is room, the rest of
        the width shared evenly."""
        if not self.least:
            return
        total = self.viewport().width()
        others = self.least[1:]
        first = max(self.least[0], min(self.first_wanted, total - sum(others)))
        widths = list(others)
        free = list(range(len(others)))
        while free:
            share = total - first - sum(widths[i] for i in range(len(widths)) if i not in free)
            share //= len(free)
            tight = [i for i in free if others[i] > share]
            if not tight:
                for i in free:
                    widths[i] = share
                break
            free = [i for i in free if i not in tight]
        self.setColumnWidth(0, first)
        for index, width in enumerate(widths, start=1):
            self.setColumnWidth(index, width)

    def fit_height(self) -> None:
        header = self.horizontalHeader()
        assert isinstance(header, _WrappingHeader)
        height = header.needed_height()
        if header.height() != height:
            header.setFixedHeight(height)
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
        self.setFixedHeight(height + rows + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.lay_out_columns()
        self.fit_height()


def section_table(section: Section) -> QTableWidget:
    """A section as a read-only table; a heat map's cells coloured by their value."""
    table = _ReportTable(len(section.rows), len(section.headings))
    table.setHorizontalHeaderLabels(list(section.headings))
    table.setAccessibleName(section.title)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(section.chart != "heat")
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    heat = section.chart == "heat"
    colours = heat_colours(section) if heat else {}
    for r, row in enumerate(section.rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            across = (
                Qt.AlignmentFlag.AlignLeft
                if c == 0
                else Qt.AlignmentFlag.AlignHCenter
                if heat
                else Qt.AlignmentFlag.AlignRight
            )
            item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | across)
            colour = colours.get((r, c))
            if colour is not None:
                item.setBackground(colour)
                item.setForeground(QColor(NAVY))
            table.setItem(r, c, item)
    table.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(70)
    if len(section.headings) <= 3:
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    else:
        # The first column (a service's or a window's name) as wide as its longest
        # name up to a limit, a longer one on two lines: the figures keep room.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        cells, headings = QFontMetrics(font(TABLE_PX)), QFontMetrics(font(TABLE_PX, bold=True))
        table.first_wanted = max(cells.horizontalAdvance(row[0]) for row in section.rows) + 24
        table.least = [
            max(
                70,
                *(headings.horizontalAdvance(word) + 16 for word in heading.split()),
                *(cells.horizontalAdvance(row[column]) + 20 for row in section.rows),
            )
            for column, heading in enumerate(section.headings)
        ]
        table.least[0] = min(table.first_wanted, FIRST_COLUMN_MIN)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    if len(section.headings) <= 3:
        table.setFixedWidth(NARROW_WIDTH)
    table.fit_height()
    return table
