"""The queue reports' tables (``printing.report_sections``) as an Excel workbook
(openpyxl, the optional ``xlsx`` extra: the caller checks it is installed). One sheet
per table, so each can be sorted and charted on its own; numbers as numbers, heat maps
with coloured cells as in the PDF."""

from __future__ import annotations

import re
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from conq_desktop.printing.report_sections import (
    ReportData,
    Section,
    report_period,
    report_sections,
    report_title,
)

# Excel's limits on a sheet's name.
_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def render_report_xlsx(data: ReportData, lang: str) -> bytes:
    book = Workbook()
    sections = report_sections(data, lang)
    first = book.active
    assert first is not None  # a new workbook has its one sheet
    bold = Font(bold=True)
    used: set[str] = set()
    for index, section in enumerate(sections):
        sheet = first if index == 0 else book.create_sheet()
        sheet.title = _sheet_name(section.title, used)
        sheet.append([report_title(data, lang)])
        sheet["A1"].font = Font(bold=True, size=14)
        sheet.append([report_period(data, lang)])
        sheet.append([])
        sheet.append(list(section.headings))
        for cell in sheet[4]:
            cell.font = bold
        for row in section.rows:
            sheet.append([_value(text) for text in row])
        if section.chart == "heat":
            _colour(sheet, section)
        for column, heading in enumerate(section.headings, start=1):
            texts = [heading, *(row[column - 1] for row in section.rows)]
            sheet.column_dimensions[get_column_letter(column)].width = min(
                60, max(8, *(len(text) + 2 for text in texts))
            )
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def _value(text: str) -> str | int | float:
    """A number as a number (Excel sums it), anything else as text."""
    if not _NUMBER.fullmatch(text):
        return text
    return float(text) if "." in text else int(text)


def _sheet_name(title: str, used: set[str]) -> str:
    name = _SHEET_NAME.sub(" ", title)[:31].strip() or "Sheet"
    unique, number = name, 2
    while unique.lower() in used:
        unique, number = f"{name[:28]} {number}", number + 1
    used.add(unique.lower())
    return unique


def _colour(sheet: object, section: Section) -> None:
    numbers = [v for row in section.values for v in row if v is not None]
    if not numbers:
        return
    low, high = min(numbers), max(numbers)
    for row_index, row in enumerate(section.values, start=5):
        for column, value in enumerate(row, start=2):
            if value is None:
                continue
            share = (value - low) / (high - low) if high > low else 0.5
            # Pale yellow to deep red, as the PDF's heat map.
            red, green, blue = (
                round(a + (b - a) * share)
                for a, b in zip((0xFF, 0xF7, 0xD1), (0xD7, 0x30, 0x1F), strict=True)
            )
            colour = f"{red:02X}{green:02X}{blue:02X}"
            cell = sheet.cell(row=row_index, column=column)  # type: ignore[attr-defined]
            cell.fill = PatternFill("solid", fgColor=colour)
            if share > 0.6:
                cell.font = Font(color="FFFFFF")
