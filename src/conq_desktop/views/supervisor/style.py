"""The supervisor view's look: the shared palette, its own widgets."""

from __future__ import annotations

from conq_desktop.views.common.language_switch import LANGUAGE_SWITCH_RULES
from conq_desktop.views.common.theme import window_sheet

BASE_HEIGHT = 1080  # the sizes in view.apply_sizes are for this height

STYLE = window_sheet(
    "supervisor",
    """
QLabel#title { color: $white; }
QLabel#who { color: $good_text; }
QLabel#heading { color: $sky; }
QLabel#message[kind="info"] { color: $good_text; }
QLabel#message[kind="error"] { color: $error_text; background: $error_bg; padding: 4px; }
QFrame#windows, QFrame#services { background: $panel; border-radius: 14px; }
QLabel#ticket { color: $amber; }
QLabel#time { color: $pale; }
QLabel#state[state="serving"] { color: $good_text; }
QLabel#state[state="calling"] { color: $amber; }
QLabel#state[state="idle"] { color: $sky; }
QLabel#state[state="on_a_break"] { color: $off_text; }
QLabel#state[state="closed"] { color: $faint; }
QLineEdit { background: $paper; color: $navy; border-radius: 6px; padding: 4px 8px; }
QPushButton { background: $button; color: $white; border-radius: 8px; padding: 8px 16px; }
QPushButton:hover { background: $button_hover; }
QPushButton:focus { border: 2px solid $amber; }
QPushButton:disabled { background: $disabled; color: $disabled_text; }
QPushButton#service { background: $strip; color: $paper; text-align: left; }
QPushButton#service:checked { background: $card_pressed; border: 2px solid $sky; }
QPushButton#service[closed="true"] { color: $off_text; }
QPushButton#service[breach="true"] { background: $warn; color: $white; }
QPushButton#service[breach="true"]:checked { background: $warn_hover; border: 2px solid $amber; }
"""
    + LANGUAGE_SWITCH_RULES,
)
