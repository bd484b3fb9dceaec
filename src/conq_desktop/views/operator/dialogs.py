"""The panel's two questions: where to redirect a ticket, and which ticket to call out
of order (and why). Both are opened non-modally by the panel, which acts on the answer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.engine.lookalikes import written_number
from conq_desktop.engine.snapshots import ServiceInfo
from conq_desktop.i18n import _, translate
from conq_desktop.views.operator.style import DIALOG_STYLE

SHOWN_WAITING = 10  # waiting numbers listed in the call-by-number dialog


def _answer_buttons(dialog: QDialog, ok: str, lang: str) -> tuple[QDialogButtonBox, QPushButton]:
    """The primary button ``ok`` and Cancel, wired to accept and reject ``dialog``."""
    buttons = QDialogButtonBox()
    accept = buttons.addButton(translate(ok, lang), QDialogButtonBox.ButtonRole.AcceptRole)
    accept.setProperty("role", "primary")
    buttons.addButton(translate(_("Cancel"), lang), QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, accept


def _title(text: str) -> QLabel:
    title = QLabel(text, objectName="dialogTitle")
    title.setWordWrap(True)
    return title


class ServicePicker(QDialog):
    """Choose the service to send the visitor to."""

    def __init__(
        self, parent: QWidget, services: list[ServiceInfo], number: str, lang: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate(_("Redirect ticket {number}"), lang, number=number))
        self.setStyleSheet(DIALOG_STYLE)
        title = _title(translate(_("Send ticket {number} to which service?"), lang, number=number))
        self.services = QListWidget()
        for service in services:
            item = QListWidgetItem(f"{service.prefix}    {service.name(lang)}")
            item.setData(Qt.ItemDataRole.UserRole, service.code)
            self.services.addItem(item)
        if services:
            self.services.setCurrentRow(0)
        self.services.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons, self.ok = _answer_buttons(self, _("Send"), lang)
        self.ok.setEnabled(bool(services))
        self.ok.setDefault(True)  # Enter sends
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(18)
        layout.addWidget(title)
        layout.addWidget(self.services, 1)
        layout.addWidget(buttons)
        self.resize(820, 190 + 78 * max(3, len(services)))

    def choose(self, code: str) -> None:
        for row in range(self.services.count()):
            if self.services.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.services.setCurrentRow(row)

    def chosen(self) -> str | None:
        item = self.services.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class CallDialog(QDialog):
    """A ticket number (typed, or picked from those waiting here) and the reason."""

    def __init__(self, parent: QWidget, window: int, lang: str) -> None:
        super().__init__(parent)
        self.loaded = False
        self.lang = lang
        self.setWindowTitle(translate(_("Call a ticket out of order"), lang))
        self.setStyleSheet(DIALOG_STYLE)
        title = _title(
            translate(_("Call a ticket to window {window} out of order"), lang, window=window)
        )
        self.number = QComboBox(editable=True)
        self.number.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.number.lineEdit().setPlaceholderText("Б-007")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate(_("For example: came back with documents"), lang))
        buttons, self.ok = _answer_buttons(self, _("Call"), lang)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(QLabel(translate(_("Ticket number"), lang), objectName="caption"))
        layout.addWidget(self.number)
        self.waiting = QLabel(objectName="hint")
        self.waiting.setWordWrap(True)
        layout.addWidget(self.waiting)
        layout.addSpacing(8)
        layout.addWidget(QLabel(translate(_("Reason (required)"), lang), objectName="caption"))
        layout.addWidget(self.reason)
        layout.addSpacing(16)
        layout.addWidget(buttons)
        self.resize(820, self.sizeHint().height())
        self.number.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter goes from the number on to the reason, and calls from there."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.reason.hasFocus() or self.reason.text().strip():
                self.accept()
            else:
                self.reason.setFocus()
            return
        super().keyPressEvent(event)

    def set_waiting(self, numbers: list[str]) -> None:
        """Offer the waiting tickets, keeping whatever was typed meanwhile."""
        typed = self.number.currentText()
        self.number.addItems(numbers)
        self.number.setCurrentIndex(-1)
        self.number.setEditText(typed)
        shown = ", ".join(numbers[:SHOWN_WAITING]) + (" …" if len(numbers) > SHOWN_WAITING else "")
        self.waiting.setText(
            translate(_("Waiting here: {numbers}"), self.lang, numbers=shown)
            if numbers
            else translate(_("Nobody is waiting"), self.lang)
        )
        self.loaded = True

    def values(self) -> tuple[str, str]:
        # Written as tickets show it ("б3" → "Б-003") for the messages; the engine
        # finds it whatever the keyboard gave (``engine/lookalikes.py``).
        return written_number(self.number.currentText()), self.reason.text()
