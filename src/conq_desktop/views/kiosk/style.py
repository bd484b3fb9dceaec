"""The kiosk's look: its style sheet, and the named widgets the sheet selects on.

Colours come from the shared palette (``$name``); the names of the widgets (``badge``,
``action``, ``pin`` …) are the kiosk's own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from conq_desktop.views.common.theme import window_sheet

STYLE = window_sheet(
    "kiosk",
    """
QLabel#centre { color: $mist; }
QLabel#clock { color: $white; }
QLabel#prompt { color: $white; }
QPushButton#lang {
    background: transparent; color: $mist;
    border: 2px solid $border_soft; border-radius: 14px; padding: 6px 22px;
}
QPushButton#lang[current="true"] { background: $paper; color: $navy; border-color: $paper; }
QPushButton#lang:focus { border-color: $amber; }
QPushButton#service { background: $card; border: 6px solid $card; border-radius: 26px; }
QPushButton#service:pressed { background: $card_pressed; border-color: $card_pressed; }
QPushButton#service[available="false"] { background: $card_off; border-color: $card_off; }
QPushButton#service[available="false"]:pressed { background: $card_off; }
QPushButton#service:focus { border-color: $amber; }
QPushButton#service[available="false"]:focus { border-color: $amber; }
QPushButton#booking {
    background: $card; color: $white; border: 6px solid $card; border-radius: 26px;
    padding: 8px 36px;
}
QPushButton#booking:pressed { background: $card_pressed; border-color: $card_pressed; }
QPushButton#booking:focus { border-color: $amber; }
QLabel#badge { background: $amber; color: $navy; border-radius: 18px; }
QLabel#title { color: $white; }
QLabel#subtitle { color: $mist; }
QLabel#state { color: $sky; }
QPushButton#service[available="false"] QPushButton#booking {
    background: $card; color: $white; border: 6px solid $card; border-radius: 26px;
    padding: 8px 36px;
}
QPushButton#booking:pressed { background: $card_pressed; border-color: $card_pressed; }
QPushButton#booking:focus { border-color: $amber; }
QLabel#badge { background: $slate; color: $slate_text; }
QPushButton#service[available="false"] QLabel#title { color: $off_name; }
QPushButton#service[available="false"] QLabel#subtitle { color: $off_text; }
QPushButton#service[available="false"] QLabel#state { color: $amber; }
QLabel#banner { border-radius: 18px; padding: 14px 28px; }
QLabel#banner[kind="warning"] { background: $amber; color: $navy; }
QLabel#banner[kind="error"] { background: $alert; color: $white; }
QLabel#banner[kind="info"] { background: $info; color: $white; }
QFrame#card { background: $card; border-radius: 36px; }
QLabel#caption { color: $sky; }
QLabel#number { color: $white; }
QLabel#serviceName { color: $mist; }
QLabel#facts { color: $white; }
QLabel#note { color: $amber; }
QLabel#follow { color: $mist; }
QPushButton#action {
    background: $paper; color: $navy; border: none; border-radius: 18px; padding: 12px 36px;
}
QPushButton#action:pressed { background: $mist; }
QPushButton#action:focus { border: 4px solid $amber; padding: 8px 32px; }
QPushButton#action:checked { background: $amber; }
QPushButton#action:disabled { background: $slate; color: $off_text; }
QLabel#last { color: $mist; }
QLabel#priorityNote { color: $mist; }
QLabel#deskCaption { color: $sky; }
QLabel#deskWho { color: $white; }
QLabel#deskMessage { color: $amber; }
QLineEdit#deskField {
    background: $paper; color: $navy; border: none; border-radius: 12px; padding: 6px 12px;
}
QPushButton#key {
    background: $card; color: $white; border: none; border-radius: 18px;
}
QPushButton#key:pressed { background: $card_pressed; }
QLineEdit#pin {
    background: $paper; color: $navy; border: none; border-radius: 14px; padding: 8px;
}
QLabel#pinMessage { color: $amber; }
QLineEdit#code {
    background: $paper; color: $navy; border: none; border-radius: 14px; padding: 8px;
}
QLabel#codeMessage { color: $amber; }
""",
)


def label(name: str, text: str = "", *, wrap: bool = False) -> QLabel:
    """A centred label that the style sheet knows as ``name``."""
    result = QLabel(text, objectName=name, alignment=Qt.AlignmentFlag.AlignCenter)
    result.setWordWrap(wrap)
    return result


def button(name: str, text: str = "", *, checkable: bool = False) -> QPushButton:
    """A button for a finger: it never takes the keyboard focus, which stays where the
    typing goes (the PIN field)."""
    result = QPushButton(text, objectName=name, checkable=checkable)
    result.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return result
