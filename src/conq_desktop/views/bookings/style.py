"""The Bookings window's look: the shared palette, its own widgets.

Read at a desk like the other staff windows (one size for fields, lists and buttons,
never below 15 pixels), with one exception: the booking's code, large enough to read
out to the visitor across the desk and for them to copy down.
"""

from __future__ import annotations

from conq_desktop.views.common.language_switch import LANGUAGE_SWITCH_RULES
from conq_desktop.views.common.theme import FONT_FAMILY, STAFF_BUTTON_RULES, window_sheet

FONT_PX = 16
TITLE_PX = 24
HEADING_PX = 19
CODE_PX = 64

STYLE = window_sheet(
    "bookings",
    f"""
* {{ font-family: "{FONT_FAMILY}"; font-size: {FONT_PX}px; }}
QLabel {{ color: $paper; }}
QLabel#title {{ color: $white; font-size: {TITLE_PX}px; font-weight: bold; }}
QLabel#heading {{ color: $amber; font-size: {HEADING_PX}px; font-weight: bold; }}
QLabel#caption {{ color: $sky; }}
QLabel#who {{ color: $good_text; font-weight: bold; }}
QLabel#details {{ color: $mist; }}
QLabel#code {{
    color: $navy; background: $paper; border-radius: 10px; padding: 4px 16px;
    font-size: {CODE_PX}px; font-weight: bold; letter-spacing: 4px;
}}
QLabel#code[empty="true"] {{ background: transparent; color: $faint; }}
QLabel#message {{ border-radius: 8px; padding: 6px 12px; }}
QLabel#message[kind="info"] {{ color: $good_text; background: $panel; }}
QLabel#message[kind="error"] {{ color: $error_text; background: $error_bg; }}
QLabel#message[kind="empty"] {{ background: transparent; }}
QFrame#card {{ background: $panel; border-radius: 12px; }}
QLineEdit {{
    background: $paper; color: $navy; border: 2px solid $sky; border-radius: 6px;
    padding: 3px 6px; selection-background-color: $amber; selection-color: $navy;
}}
QLineEdit:focus {{ border-color: $amber; }}
QComboBox {{
    background: $paper; color: $navy; border: 2px solid $sky; border-radius: 6px;
    padding: 3px 6px;
}}
QComboBox:focus {{ border-color: $amber; }}
QComboBox QAbstractItemView {{
    background: $paper; color: $navy; selection-background-color: $amber;
    selection-color: $navy;
}}
QListWidget {{
    background: $strip; color: $paper; border: 2px solid $border; border-radius: 10px;
    padding: 4px; outline: none;
}}
QListWidget:focus {{ border-color: $amber; }}
QListWidget::item {{ padding: 5px 8px; border-radius: 6px; }}
QListWidget::item:disabled {{ color: $disabled_text; }}
QListWidget::item:selected {{ background: $amber; color: $navy; }}
QScrollBar:vertical {{ background: $panel; width: 12px; margin: 0; border-radius: 6px; }}
QScrollBar::handle {{ background: $border_soft; border-radius: 6px; }}
QScrollBar::handle:vertical {{ min-height: 32px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QDialog {{ background: $navy; }}
"""
    + STAFF_BUTTON_RULES
    + LANGUAGE_SWITCH_RULES,
)
