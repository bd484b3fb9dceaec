"""The top row of a staff window that signs its user in: the window's title, the login
and PIN fields (the PIN hidden, Enter in it signs in), the Sign in button, who is
signed in, and the language switch.

The window keeps its own texts: it hands in its field and button makers, which note
each widget with its message for the window's ``retranslate`` (and so its accessible
name), and the messages themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton

from conq_desktop.views.common.language_switch import LanguageSwitch


class SignInBar(NamedTuple):
    """The row's widgets and its layout, in the order they are unpacked."""

    title: QLabel
    login_edit: QLineEdit
    pin_edit: QLineEdit
    sign_in_button: QPushButton
    who: QLabel
    lang_switch: LanguageSwitch
    layout: QHBoxLayout


def sign_in_bar(
    lang: str,
    *,
    edit: Callable[[str], QLineEdit],
    button: Callable[[str, Callable[[], object]], QPushButton],
    texts: tuple[str, str, str],
    sign_in: Callable[[], object],
    set_language: Callable[[str], object],
) -> SignInBar:
    """Build the row. ``texts`` are the login's, the PIN's and the button's messages;
    ``edit(message)`` and ``button(message, slot)`` make (and note) a field and a
    button."""
    login_text, pin_text, sign_in_text = texts
    title = QLabel(objectName="title")
    login_edit = edit(login_text)
    pin_edit = edit(pin_text)
    pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
    pin_edit.returnPressed.connect(sign_in)
    sign_in_button = button(sign_in_text, sign_in)
    who = QLabel(objectName="who")
    lang_switch = LanguageSwitch(lang)
    lang_switch.chosen.connect(set_language)
    layout = QHBoxLayout()
    layout.addWidget(title, 1)
    for widget in (login_edit, pin_edit, sign_in_button, who):
        layout.addWidget(widget)
    layout.addSpacing(12)
    layout.addWidget(lang_switch)
    return SignInBar(title, login_edit, pin_edit, sign_in_button, who, lang_switch, layout)
