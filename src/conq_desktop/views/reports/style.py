"""The Reports window's look: the shared palette, its own widgets.

Read at a desk, like the administration window: one font size for fields, tables and
buttons (never below 15 pixels), larger only for the title and the headings. The
tables and charts are drawn on paper, as they will be printed.
"""

from __future__ import annotations

from conq_desktop.views.common.language_switch import LANGUAGE_SWITCH_RULES
from conq_desktop.views.common.theme import (
    FONT_FAMILY,
    PALETTE,
    STAFF_BUTTON_RULES,
    window_sheet,
)

FONT_PX = 16  # fields, captions, buttons
TABLE_PX = 15  # the tables' cells and headings, the charts' labels
TITLE_PX = 24
HEADING_PX = 19

PAPER = PALETTE["paper"]
NAVY = PALETTE["navy"]
GRID = "#c3d2e2"
BAR = PALETTE["button"]  # the bars of a chart
# The heat map's cells: from the paper (least) to this warm colour (most).
HEAT_LOW = (0xF4, 0xF7, 0xFB)
HEAT_HIGH = (0xE8, 0x8A, 0x3C)

STYLE = window_sheet(
    "reports",
    f"""
* {{ font-family: "{FONT_FAMILY}"; font-size: {FONT_PX}px; }}
QLabel {{ color: $paper; }}
QLabel#title {{ color: $white; font-size: {TITLE_PX}px; font-weight: bold; }}
QLabel#reportTitle {{ color: $white; font-size: {HEADING_PX + 2}px; font-weight: bold; }}
QLabel#heading {{ color: $amber; font-size: {HEADING_PX}px; font-weight: bold; }}
QLabel#caption {{ color: $sky; }}
QLabel#period {{ color: $mist; }}
QLabel#who {{ color: $good_text; font-weight: bold; }}
QLabel#note {{ color: $off_text; }}
QLabel#message {{ border-radius: 8px; padding: 6px 12px; }}
QLabel#message[kind="info"] {{ color: $good_text; background: $panel; }}
QLabel#message[kind="error"] {{ color: $error_text; background: $error_bg; }}
QLabel#message[kind="empty"] {{ background: transparent; }}
QFrame#controls {{ background: $panel; border-radius: 12px; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{
    background: $panel; color: $paper; padding: 6px 18px; margin-right: 4px;
    border: 2px solid $panel; border-top-left-radius: 8px; border-top-right-radius: 8px;
}}
QTabBar::tab:selected {{ background: $amber; color: $navy; border-color: $amber; }}
QTabBar:focus {{ border: none; }}
QTabBar::tab:focus {{ border-color: $white; }}
QSpinBox {{
    background: $paper; color: $navy; border: 2px solid $sky; border-radius: 6px;
    padding: 3px 6px;
}}
QSpinBox:focus {{ border-color: $amber; }}
QSpinBox::up-button, QSpinBox::down-button {{ width: 0; border: none; }}
QLineEdit {{
    background: $paper; color: $navy; border: 2px solid $sky; border-radius: 6px;
    padding: 3px 6px; selection-background-color: $amber; selection-color: $navy;
}}
QLineEdit:focus {{ border-color: $amber; }}
QAbstractSpinBox QLineEdit, QComboBox QLineEdit {{
    border: none; padding: 0; border-radius: 0; background: transparent;
}}
QScrollArea#services, QWidget#servicesGroup {{ background: $strip; border-radius: 8px; }}
QCheckBox {{ color: $paper; spacing: 8px; }}
QCheckBox:focus {{ color: $amber; }}
QCheckBox:disabled {{ color: $disabled_text; }}
QCheckBox::indicator {{
    width: 16px; height: 16px; border: 2px solid $sky; border-radius: 4px; background: $paper;
}}
QCheckBox::indicator:checked {{ background: $amber; border-color: $amber; }}
QCheckBox::indicator:focus {{ border-color: $amber; }}
QTableWidget {{
    background: $paper; color: $navy; gridline-color: {GRID}; border: none;
    font-size: {TABLE_PX}px; selection-background-color: $mist; selection-color: $navy;
    alternate-background-color: #e6edf5;
}}
QTableWidget::item {{ padding: 3px 8px; }}
QTableWidget:focus {{ border: 2px solid $amber; }}
QHeaderView::section {{
    background: $pale; color: $navy; font-size: {TABLE_PX}px; font-weight: bold;
    padding: 4px 6px; border: none; border-right: 1px solid {GRID};
    border-bottom: 1px solid {GRID};
}}
QChartView {{ background: $paper; border-radius: 8px; }}
QProgressBar {{
    background: $strip; color: $white; border: 2px solid $border; border-radius: 8px;
    text-align: center; min-height: 24px;
}}
QProgressBar::chunk {{ background: $good; border-radius: 6px; }}
QScrollArea {{ background: transparent; border: none; }}
QWidget#content {{ background: $navy; }}
QScrollBar:vertical {{ background: $panel; width: 14px; margin: 0; border-radius: 7px; }}
QScrollBar:horizontal {{ background: $panel; height: 14px; margin: 0; border-radius: 7px; }}
QScrollBar::handle {{ background: $border_soft; border-radius: 7px; }}
QScrollBar::handle:vertical {{ min-height: 32px; }}
QScrollBar::handle:horizontal {{ min-width: 32px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
"""
    + STAFF_BUTTON_RULES
    + LANGUAGE_SWITCH_RULES,
)
