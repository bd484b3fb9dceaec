"""The third page: the administrator's PIN, typed on a keypad, to close a kiosk.

The page only collects the PIN; the window checks it. Left untouched, the page goes
away by itself so the next visitor finds the buttons again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from conq_desktop.i18n import _, translate
from conq_desktop.views.common.theme import set_font
from conq_desktop.views.kiosk.keypad import DELETE, OK, Keypad, type_into
from conq_desktop.views.kiosk.style import button, label

PIN_IDLE_SECONDS = 30.0  # an untouched PIN screen goes back to the buttons
KEYS = (("1", "2", "3"), ("4", "5", "6"), ("7", "8", "9"), (DELETE, "0", OK))
BACKSPACE = _("Delete the last digit")


class PinPage(QWidget):
    """``submitted``: Return or OK, the PIN is in ``pin_edit``; ``cancelled``: Cancel, or
    nobody touched the page for ``PIN_IDLE_SECONDS``."""

    submitted = Signal()
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.idle = QTimer(self, singleShot=True, timeout=self.cancelled.emit)
        self.idle.setInterval(int(PIN_IDLE_SECONDS * 1000))
        self.pin_title = label("prompt", wrap=True)
        self.pin_edit = QLineEdit(objectName="pin", alignment=Qt.AlignmentFlag.AlignCenter)
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(12)
        self.pin_edit.returnPressed.connect(self.submitted.emit)
        self.pin_edit.textEdited.connect(lambda _text: self.idle.start())
        self.pin_title.setBuddy(self.pin_edit)  # the field is named by the title
        self.pin_message = label("pinMessage", wrap=True)
        self.keypad = Keypad(KEYS, backspace_name=BACKSPACE)
        self.keypad.pressed.connect(self._key)
        self.keys: list[QPushButton] = self.keypad.keys
        self.pin_cancel = button("action")
        self.pin_cancel.clicked.connect(self.cancelled.emit)
        column = QVBoxLayout()
        column.setSpacing(18)
        column.addStretch(1)
        column.addWidget(self.pin_title)
        column.addWidget(self.pin_edit)
        column.addWidget(self.pin_message)
        column.addWidget(self.keypad)
        column.addWidget(self.pin_cancel)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(column, 1)
        layout.addStretch(1)

    def open(self) -> None:
        """Ready for a PIN: empty, focused, and timing out when left alone."""
        self.pin_edit.clear()
        self.pin_message.clear()
        self.pin_edit.setFocus()
        self.idle.start()

    def reset(self) -> None:
        """Nothing typed stays behind for the next person."""
        self.idle.stop()
        self.pin_edit.clear()
        self.pin_message.clear()

    def _key(self, key: str) -> None:
        self.idle.start()
        if key == OK:
            self.submitted.emit()
        else:
            type_into(self.pin_edit, key)

    def retranslate(self, lang: str) -> None:
        self.pin_title.setText(
            translate(_("Enter the administrator PIN to close the kiosk."), lang)
        )
        self.pin_cancel.setText(translate(_("Cancel"), lang))
        self.pin_edit.setAccessibleName(self.pin_title.text())
        self.pin_cancel.setAccessibleName(self.pin_cancel.text())
        self.keypad.retranslate(lang)

    def set_sizes(self, unit: float) -> None:
        set_font(self.pin_title, unit / 30, bold=True)
        set_font(self.pin_edit, unit / 20, bold=True)
        set_font(self.pin_message, unit / 40, bold=True)
        set_font(self.pin_cancel, unit / 40, bold=True)
        self.keypad.set_sizes(unit / 24, unit / 11)
