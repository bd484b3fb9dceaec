"""The operator panel's two style sheets, with the colours of the shared palette.

Colours are written as ``$name`` from ``conq_desktop.views.common.theme.PALETTE`` and
filled in by ``sheet()``; the widgets and their names are the panel's own.
"""

from __future__ import annotations

from conq_desktop.views.common.language_switch import LANGUAGE_SWITCH_RULES
from conq_desktop.views.common.theme import sheet, window_sheet

PANEL_STYLE = window_sheet(
    "operatorPanel",
    """
QFrame#header { background: $panel; border-radius: 16px; }
QLabel#subtitle, QLabel#caption { color: $sky; }
QLabel#hint { color: $amber; }
QFrame#card { background: $card; border-radius: 24px; }
QFrame#queueCard, QFrame#signInCard { background: $panel; border-radius: 24px; }
QFrame#compact { background: $card; border-radius: 14px; }
QFrame#strip, QFrame#queueRow { background: $strip; border-radius: 18px; }
QLabel#status { color: $mist; }
QLabel#status[state="called"] { color: $amber; }
QLabel#status[state="serving"] { color: $good_text; }
QLabel#status[state="paused"] { color: $amber; }
QLabel#badge { color: $navy; background: $amber; border-radius: 8px; padding: 2px 12px; }
QLabel#prefix { color: $navy; background: $sky; border-radius: 8px; }
QLabel#count[busy="true"] { color: $amber; }
QFrame#queueRow[over="true"] { border: 3px solid $alert; }
QLabel#overTarget { color: $white; background: $warn; border-radius: 8px; padding: 2px 12px; }
QLabel#message { background: $panel; color: $mist; border-radius: 12px; padding: 6px 18px; }
QLabel#message[kind="error"] { background: $error_bg; color: $error_text; }
QLabel#message[kind="empty"] { background: transparent; }
QToolButton {
    background: $button; color: $white; border: none; border-radius: 14px; padding: 6px;
}
QToolButton:hover { background: $button_hover; }
QToolButton:pressed { background: $button_pressed; }
QToolButton[role="primary"] { background: $amber; color: $navy; }
QToolButton[role="primary"]:hover { background: $amber_hover; }
QToolButton[role="good"] { background: $good; }
QToolButton[role="good"]:hover { background: $good_hover; }
QToolButton[role="warn"] { background: $warn; }
QToolButton[role="warn"]:hover { background: $warn_hover; }
QToolButton[role="quiet"] { background: $quiet; color: $mist; }
QToolButton:disabled, QToolButton[role="primary"]:disabled, QToolButton[role="good"]:disabled,
QToolButton[role="warn"]:disabled, QToolButton[role="quiet"]:disabled {
    background: $disabled; color: $disabled_text;
}
QLineEdit, QComboBox {
    background: $paper; color: $navy; border: 2px solid $sky; border-radius: 10px;
    padding: 8px 14px;
}
QLineEdit:focus, QComboBox:focus { border-color: $amber; }
QComboBox QAbstractItemView {
    background: $paper; color: $navy; selection-background-color: $amber;
}
QPushButton {
    background: $button; color: $white; border: none; border-radius: 12px; padding: 12px 28px;
}
QPushButton:hover { background: $button_hover; }
QPushButton:disabled { background: $disabled; color: $disabled_text; }
QPushButton#signIn, QPushButton[role="primary"] { background: $amber; color: $navy; }
QDialog { background: $navy; }
QListWidget {
    background: $panel; color: $paper; border: none; border-radius: 12px; padding: 6px;
    outline: none;
}
QListWidget::item { padding: 14px; border-radius: 8px; }
QListWidget::item:selected { background: $amber; color: $navy; }
"""
    + LANGUAGE_SWITCH_RULES,
)


# Fonts do not pass from a dialog to its children under the panel's style sheet: set here.
DIALOG_STYLE = sheet(
    """
* { font-family: "DejaVu Sans"; font-size: 26px; }
QLabel#dialogTitle { font-size: 30px; font-weight: bold; color: $white; }
QLabel#caption { font-size: 22px; }
QLabel#hint { font-size: 22px; color: $amber; }
QPushButton { font-weight: bold; min-width: 160px; }
"""
)
