"""The look every window shares: one palette, the font, and re-applying a style sheet
after a dynamic property changed.

Each window keeps its own style sheet (its widgets and their names are its own), but
writes colours only as ``$name`` from ``PALETTE`` and passes the sheet through
``sheet()``: a colour changes here, once, for every window.
"""

from __future__ import annotations

from string import Template
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

FONT_FAMILY = "DejaVu Sans"  # shipped with the program: Kyrgyz letters (ң ө ү) everywhere

PALETTE: dict[str, str] = {
    # surfaces, darkest first
    "navy": "#0b2239",  # every window's background
    "panel": "#102f4f",  # headers, side cards, footers
    "strip": "#0e3558",  # rows inside a card
    "card": "#12416b",  # the main card
    "card_off": "#112e4b",  # a card that cannot be used now
    "card_pressed": "#1d5e96",
    "quiet": "#163a5e",  # a button that should not draw the eye
    "slate": "#35506e",  # a disabled light button, a dimmed badge
    "border": "#2a557f",
    "border_soft": "#2d5f8e",
    # text on the dark surfaces, brightest first
    "white": "#ffffff",
    "paper": "#f4f7fb",  # also light buttons and input fields
    "pale": "#e3ecf6",
    "mist": "#cfe0f3",
    "sky": "#9fc3e8",  # captions
    "faint": "#6f93b8",
    "off_name": "#9fb3c8",
    "off_text": "#8aa2bb",
    "slate_text": "#b8c7d6",
    # the accent: what to look at now
    "amber": "#f2b705",
    "amber_hover": "#ffc928",
    "amber_pressed": "#d9a404",
    # buttons of the operator panel
    "button": "#1d5a8e",
    "button_hover": "#2a6ca6",
    "button_pressed": "#154a78",
    "good": "#2f8f5b",
    "good_hover": "#38a66a",
    "good_text": "#7ed69b",
    "warn": "#9a4450",
    "warn_hover": "#b0505d",
    "disabled": "#11304e",
    "disabled_text": "#47698c",
    # messages
    "info": "#1f6f5c",
    "alert": "#c8553d",
    "error_bg": "#5a2630",
    "error_text": "#ffe1dc",
}


def sheet(template: str) -> str:
    """A style sheet with its ``$name`` colours taken from the palette (an unknown
    name is a KeyError: a typo must not silently draw nothing)."""
    return Template(template).substitute(PALETTE)


# The staff windows' buttons (administration, Reports, Bookings): plain, the main
# action ("primary", amber) and the one that removes or cancels ("warn", red).
STAFF_BUTTON_RULES = """
QPushButton {
    background: $button; color: $white; border: 2px solid $button; border-radius: 8px;
    padding: 6px 16px;
}
QPushButton:hover { background: $button_hover; }
QPushButton:pressed { background: $button_pressed; }
QPushButton:focus { border-color: $amber; }
QPushButton:disabled { background: $disabled; color: $disabled_text; border-color: $disabled; }
QPushButton[role="primary"] { background: $amber; color: $navy; border-color: $amber; }
QPushButton[role="primary"]:hover { background: $amber_hover; }
QPushButton[role="primary"]:focus { border-color: $white; }
QPushButton[role="warn"] { background: $warn; border-color: $warn; }
QPushButton[role="warn"]:hover { background: $warn_hover; }
QPushButton[role="warn"]:focus { border-color: $white; }
QPushButton[role="primary"]:disabled, QPushButton[role="warn"]:disabled {
    background: $disabled; color: $disabled_text; border-color: $disabled;
}
"""


def window_sheet(name: str, rules: str) -> str:
    """The style sheet of the window whose object name is ``name``: the ground every
    window shares (the dark background, light text), then its own ``rules``."""
    ground = f"\nQWidget#{name} {{ background: $navy; }}\nQLabel {{ color: $paper; }}"
    return sheet(ground + rules)


def font(pixels: float, bold: bool = False, minimum: int = 9) -> QFont:
    """The program's font at ``pixels`` high (never below ``minimum``)."""
    result = QFont(FONT_FAMILY)
    result.setPixelSize(max(minimum, int(pixels)))
    result.setBold(bold)
    return result


def set_font(widget: QWidget, pixels: float, bold: bool = False, minimum: int = 10) -> None:
    widget.setFont(font(pixels, bold, minimum))


def restyle(widget: QWidget, *, children: bool = False, **properties: Any) -> None:
    """Set the dynamic properties the style sheet selects on, and apply it again (Qt
    does not by itself); ``children`` too where their rules name the parent's
    property (``QPushButton[available="false"] QLabel``)."""
    for name, value in properties.items():
        widget.setProperty(name, value)
    for item in (widget, *widget.findChildren(QWidget)) if children else (widget,):
        item.style().unpolish(item)
        item.style().polish(item)
