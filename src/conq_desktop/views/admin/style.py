"""The administration window's look: the shared palette, its own widgets.

The window is a set of forms read from a desk, not a screen read from across a hall:
one font size for fields and captions, larger only for the title and the headings.
Its dialogs carry the same sheet (a dialog is a window of its own and needs its ground).
"""

from __future__ import annotations

from conq_desktop.views.common.language_switch import LANGUAGE_SWITCH_RULES
from conq_desktop.views.common.theme import FONT_FAMILY, STAFF_BUTTON_RULES, sheet, window_sheet

FONT_PX = 16  # fields, captions, buttons, lists
TITLE_PX = 26
HEADING_PX = 18

_RULES = f"""
* {{ font-family: "{FONT_FAMILY}"; font-size: {FONT_PX}px; }}
QDialog {{ background: $navy; }}
QLabel {{ color: $paper; }}
QLabel#title {{ color: $white; font-size: {TITLE_PX}px; font-weight: bold; }}
QLabel#heading {{ color: $sky; font-size: {HEADING_PX}px; font-weight: bold; }}
QLabel#caption {{ color: $sky; }}
QLabel#note {{ color: $off_text; }}
QLabel#who {{ color: $good_text; font-weight: bold; }}
QLabel#message {{ border-radius: 8px; padding: 6px 12px; }}
QLabel#message[kind="info"] {{ color: $good_text; background: $panel; }}
QLabel#message[kind="error"] {{ color: $error_text; background: $error_bg; }}
QLabel#message[kind="empty"] {{ background: transparent; }}
QFrame#card, QFrame#signInCard {{ background: $panel; border-radius: 12px; }}
QGroupBox {{
    color: $sky; font-size: {HEADING_PX}px; font-weight: bold;
    border: 1px solid $border; border-radius: 10px; margin-top: 14px; padding: 10px 8px 6px;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 6px; }}
QLineEdit {{
    background: $paper; color: $navy; border: 2px solid $sky; border-radius: 6px;
    padding: 3px 6px; selection-background-color: $amber; selection-color: $navy;
}}
QLineEdit:focus {{ border-color: $amber; }}
QLineEdit:disabled {{ background: $slate; color: $slate_text; border-color: $slate; }}
QLineEdit[readOnly="true"] {{ background: $pale; border-color: $pale; }}
/* Spin boxes, time and date fields and drop-down lists are drawn by the platform's
   style (their arrows stay visible and large enough to hit); the line edit inside
   one must not take the frame of a plain field. */
QAbstractSpinBox QLineEdit, QComboBox QLineEdit {{
    border: none; padding: 0; border-radius: 0; background: transparent;
}}
QCheckBox {{ color: $paper; spacing: 8px; }}
QCheckBox:focus {{ color: $amber; }}
QCheckBox:disabled {{ color: $disabled_text; }}
QListWidget {{
    background: $panel; color: $paper; border: 2px solid $border; border-radius: 10px;
    padding: 4px; outline: none;
}}
QListWidget:focus {{ border-color: $amber; }}
QListWidget::item {{ padding: 6px 8px; border-radius: 6px; }}
QListWidget::item:selected {{ background: $amber; color: $navy; }}
QPlainTextEdit {{ background: $panel; color: $paper; border: 2px solid $border; }}
QScrollArea {{ background: transparent; border: none; }}
QScrollBar:vertical {{ background: $panel; width: 12px; margin: 0; border-radius: 6px; }}
QScrollBar:horizontal {{ background: $panel; height: 12px; margin: 0; border-radius: 6px; }}
QScrollBar::handle {{ background: $border_soft; border-radius: 6px; }}
QScrollBar::handle:vertical {{ min-height: 32px; }}
QScrollBar::handle:horizontal {{ min-width: 32px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QPushButton#nav {{
    background: transparent; color: $sky; border: 2px solid $border; border-radius: 10px;
    padding: 6px 18px; font-weight: bold;
}}
QPushButton#nav:hover {{ background: $quiet; }}
QPushButton#nav:checked {{ background: $card_pressed; color: $white; border-color: $sky; }}
QPushButton#nav:focus {{ border-color: $amber; }}
"""

STYLE = window_sheet("admin", STAFF_BUTTON_RULES + _RULES + LANGUAGE_SWITCH_RULES)
DIALOG_STYLE = sheet(_RULES)
