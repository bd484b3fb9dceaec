"""The words on a staff window's buttons, fields, captions and headings, kept with the
message each shows so that a language switch says them all again; each accessible
name is the text a sighted user reads (a field's: its caption, else its placeholder).

The Bookings and the Reports windows use it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from conq_desktop.i18n import translate


class Wording:
    def __init__(self) -> None:
        self._buttons: dict[QPushButton, str] = {}
        self._edits: dict[QLineEdit, str] = {}
        self._captions: dict[QLabel, str] = {}
        self._labels: dict[QLabel, str] = {}

    def button(self, text: str, slot: Callable[[], object], *, role: str = "") -> QPushButton:
        button = QPushButton()
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoDefault(False)
        if role:
            button.setProperty("role", role)
        button.clicked.connect(lambda _checked=False: slot())
        self._buttons[button] = text
        return button

    def edit(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        self._edits[edit] = placeholder
        return edit

    def caption(self, text: str, buddy: QWidget) -> QLabel:
        """A caption above (or beside) ``buddy``, which takes its text as its name."""
        label = QLabel(objectName="caption")
        label.setBuddy(buddy)
        self._captions[label] = text
        return label

    def label(self, text: str, *, name: str = "heading") -> QLabel:
        """A heading or a note: text alone, for no field."""
        label = QLabel(objectName=name)
        label.setWordWrap(True)
        self._labels[label] = text
        return label

    def retranslate(self, lang: str) -> None:
        for edit, text in self._edits.items():
            edit.setPlaceholderText(translate(text, lang))
            edit.setAccessibleName(edit.placeholderText())
        for button, text in self._buttons.items():
            button.setText(translate(text, lang))
            button.setAccessibleName(button.text())
        for label, text in self._labels.items():
            label.setText(translate(text, lang))
        # Last: a captioned field is named by its caption, not its placeholder.
        for label, text in self._captions.items():
            label.setText(translate(text, lang))
            label.buddy().setAccessibleName(label.text())
