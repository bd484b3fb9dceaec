"""The third page: the administrator's PIN, typed on a keypad, to close a kiosk.

The page only collects the PIN; the window checks it. Left untouched, the page goes
away by itself so the next visitor finds the buttons again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from conq_desktop.i18n import _, translate
from conq_desktop.views.common.theme import set_font
from conq_desktop.views.kiosk.style import button, label

PIN_IDLE_SECONDS = 30.0  # an untouched PIN screen goes back to the buttons
KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK")
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
        self.keys: list[QPushButton] = []
        keypad = QGridLayout()
        keypad.setSpacing(14)
        for index, key in enumerate(KEYS):
            item = button("key" if key != "OK" else "action", key)
            item.clicked.connect(lambda _checked=False, key=key: self._key(key))
            keypad.addWidget(item, index // 3, index % 3)
            self.keys.append(item)
        self.pin_cancel = button("action")
        self.pin_cancel.clicked.connect(self.cancelled.emit)
        column = QVBoxLayout()
        column.setSpacing(18)
        column.addStretch(1)
        column.addWidget(self.pin_title)
        column.addWidget(self.pin_edit)
        column.addWidget(self.pin_message)
        column.addLayout(keypad)
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
        if key == "OK":
            self.submitted.emit()
        elif key == "⌫":
            self.pin_edit.backspace()
        else:
            self.pin_edit.insert(key)

    def retranslate(self, lang: str) -> None:
        self.pin_title.setText(
            translate(_("Enter the administrator PIN to close the kiosk."), lang)
        )
        self.pin_cancel.setText(translate(_("Cancel"), lang))
        self.pin_edit.setAccessibleName(self.pin_title.text())
        self.pin_cancel.setAccessibleName(self.pin_cancel.text())
        for key in self.keys:  # "⌫" says nothing to a screen reader
            key.setAccessibleName(translate(BACKSPACE, lang) if key.text() == "⌫" else key.text())

    def set_sizes(self, unit: float) -> None:
        set_font(self.pin_title, unit / 30, bold=True)
        set_font(self.pin_edit, unit / 20, bold=True)
        set_font(self.pin_message, unit / 40, bold=True)
        set_font(self.pin_cancel, unit / 40, bold=True)
        for key in self.keys:
            set_font(key, unit / 24, bold=True)
            key.setMinimumHeight(int(unit / 11))
