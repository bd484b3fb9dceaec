"""The small dialog that asks where a service's waiting tickets go."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.i18n import _, translate
from conq_desktop.views.common.theme import set_font, window_sheet

STYLE = window_sheet(
    "moveWaiting",
    """
QComboBox { background: $paper; color: $navy; padding: 6px; }
QPushButton { background: $button; color: $white; border-radius: 8px; padding: 8px 18px; }
QPushButton:focus { border: 2px solid $amber; }
QPushButton#confirm { background: $amber; color: $navy; }
""",
)


def answer_buttons(
    dialog: QDialog, confirm_text: str, lang: str
) -> tuple[QPushButton, QPushButton, QHBoxLayout]:
    """A question's two answers, ``confirm_text`` (accepts ``dialog``) and Cancel
    (rejects it), each named by its text, and their row: to the right, Cancel first.
    Which of them is the default is the dialog's to say."""
    confirm = QPushButton(confirm_text, objectName="confirm")
    cancel = QPushButton(translate(_("Cancel"), lang))
    for button in (confirm, cancel):
        button.setAccessibleName(button.text())
        set_font(button, 18, bold=True)
    confirm.clicked.connect(dialog.accept)
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(confirm)
    return confirm, cancel, row


class MoveDialog(QDialog):
    """Pick the service that takes over; ``targets`` are (code, name) pairs."""

    def __init__(
        self, parent: QWidget, source_name: str, targets: list[tuple[str, str]], lang: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moveWaiting")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(translate(_("Move waiting to…"), lang))
        question = QLabel(
            translate(_("Send everyone waiting for “{service}” to:"), lang, service=source_name)
        )
        question.setWordWrap(True)
        self.targets = QComboBox()
        self.targets.setAccessibleName(translate(_("Target service"), lang))
        for code, name in targets:
            self.targets.addItem(name, code)
        self.confirm, self.cancel, buttons = answer_buttons(self, translate(_("Move"), lang), lang)
        set_font(question, 18)
        set_font(self.targets, 18)
        self.confirm.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.targets)
        layout.addLayout(buttons)

    def chosen(self) -> str:
        """The code of the service picked."""
        return str(self.targets.currentData())
