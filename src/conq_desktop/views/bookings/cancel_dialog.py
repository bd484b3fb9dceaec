"""Asking before a booking is cancelled. Keeping it is the default answer: Enter
pressed by habit, or Escape, cancels nothing; only "Cancel the booking" does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from conq_desktop.views.bookings.style import STYLE


def _button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


class CancelDialog(QDialog):
    def __init__(self, parent: QWidget, question: str, keep: str, cancel: str) -> None:
        super().__init__(parent)
        self.setObjectName("bookings")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(cancel)
        self.question = QLabel(question, objectName="heading")
        self.question.setWordWrap(True)
        self.keep = _button(keep)
        self.cancel = _button(cancel)
        self.cancel.setProperty("role", "warn")
        self.keep.setDefault(True)
        self.keep.clicked.connect(self.reject)
        self.cancel.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.keep)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(14)
        layout.addWidget(self.question)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)
        self.keep.setFocus()


def ask_to_cancel(
    parent: QWidget, question: str, keep: str, cancel: str, confirmed: Callable[[], None]
) -> CancelDialog:
    """Open the question without blocking; ``confirmed`` runs only on "Cancel the booking"."""
    dialog = CancelDialog(parent, question, keep, cancel)
    dialog.accepted.connect(confirmed)
    dialog.open()
    return dialog
