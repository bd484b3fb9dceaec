"""The check-in page: a booked visitor types their booking code and presses OK.

The code is typed on the screen's keys (every letter and digit: a portal's codes may
use letters the centre's own codes leave out), on a keyboard, or by a scanner that
types like one; the field keeps the focus for the last two. The page only collects the
code and says what the window was told: a refusal in the visitor's language and, for
a visitor who came too late, the offer of a ticket in the live queue. Left untouched,
the page goes away by itself so the next visitor finds the services again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from conq_desktop.i18n import _, translate
from conq_desktop.views.common.operation import Text
from conq_desktop.views.common.theme import set_font
from conq_desktop.views.kiosk.keypad import DELETE, OK, Keypad, type_into
from conq_desktop.views.kiosk.style import button, label

CHECK_IN_IDLE_SECONDS = 30.0  # an untouched check-in goes back to the services
CODE_MAX = 32  # longer than any code, shorter than a scanner gone astray
KEYS = ("1234567890", "ABCDEFGHIJ", "KLMNOPQRST", ("U", "V", "W", "X", "Y", "Z", DELETE, OK))
WIDE = {DELETE: 2, OK: 2}  # the last row as long as the others

TITLE = _("Type or scan your booking code")
DELETE_NAME = _("Delete the last character")
WALK_IN = _("Take a ticket in the live queue")
BACK = _("Back")


class CheckInPage(QWidget):
    """``submitted`` carries the code (Return or OK); ``walk_in`` the service of a late
    visitor's booking, who asked for a ticket in the live queue; ``cancelled``: Back,
    or nobody touched the page for ``CHECK_IN_IDLE_SECONDS``."""

    submitted = Signal(str)
    walk_in = Signal(str)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.lang = "ky"
        self._message: Text | None = None
        self._walk_in_service: str | None = None
        self.idle = QTimer(self, singleShot=True, timeout=self.cancelled.emit)
        self.idle.setInterval(int(CHECK_IN_IDLE_SECONDS * 1000))
        self.title = label("prompt", wrap=True)
        self.code_edit = QLineEdit(objectName="code", alignment=Qt.AlignmentFlag.AlignCenter)
        self.code_edit.setMaxLength(CODE_MAX)
        self.code_edit.returnPressed.connect(self._submit)
        self.code_edit.textEdited.connect(lambda _text: self.idle.start())
        self.title.setBuddy(self.code_edit)  # the field is named by the title
        self.message = label("codeMessage", wrap=True)
        self.walk_in_button = button("action")
        self.walk_in_button.clicked.connect(self._walk_in)
        self.walk_in_button.hide()
        self.keypad = Keypad(KEYS, backspace_name=DELETE_NAME, wide=WIDE)
        self.keypad.pressed.connect(self._key)
        self.back_button = button("action")
        self.back_button.clicked.connect(self.cancelled.emit)
        for item in (self.walk_in_button, self.back_button):
            item.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the keyboard reaches them
            item.setAutoDefault(True)  # and Enter presses them, as Space does
        column = QVBoxLayout()
        column.setSpacing(18)
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.code_edit)
        column.addWidget(self.message)
        column.addWidget(self.walk_in_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.keypad)
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addLayout(column, 8)
        layout.addStretch(1)

    def open(self) -> None:
        """Ready for a code: empty, focused, and timing out when left alone."""
        self.reset()
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.idle.start()

    def reset(self) -> None:
        """Nothing of the last visitor stays behind: their code, the word on it."""
        self.idle.stop()
        self.code_edit.clear()
        self.say(None)

    def say(self, message: Text | None, walk_in: str | None = None) -> None:
        """Show ``message`` (in the screen's language, again after a switch); with
        ``walk_in``, offer a ticket in the live queue of that service."""
        self._message = message
        self._walk_in_service = walk_in
        self._show_message()
        self.walk_in_button.setVisible(walk_in is not None)

    def _show_message(self) -> None:
        text = self._message(self.lang) if self._message else ""
        self.message.setText(text)
        # A screen reader stays on the field: it hears the answer there.
        self.code_edit.setAccessibleDescription(text)

    def refuse(self, message: Text, walk_in: str | None = None) -> None:
        """The code gave no ticket: say why, and the field is empty for another try
        (the message names the code where it matters)."""
        self.code_edit.clear()
        self.say(message, walk_in)
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.idle.start()  # time to read it

    def _key(self, key: str) -> None:
        self.idle.start()
        if key == OK:
            self._submit()
        else:
            type_into(self.code_edit, key)

    def _submit(self) -> None:
        self.idle.start()
        code = self.code_edit.text().strip()
        if code:
            self.submitted.emit(code)

    def _walk_in(self) -> None:
        if self._walk_in_service is not None:
            self.walk_in.emit(self._walk_in_service)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.title.setText(translate(TITLE, lang))
        self.code_edit.setAccessibleName(self.title.text())
        self.walk_in_button.setText(translate(WALK_IN, lang))
        self.back_button.setText(translate(BACK, lang))
        for item in (self.walk_in_button, self.back_button):
            item.setAccessibleName(item.text())
        self._show_message()
        self.keypad.retranslate(lang)

    def set_sizes(self, unit: float) -> None:
        set_font(self.title, unit / 30, bold=True)
        set_font(self.code_edit, unit / 18, bold=True)
        set_font(self.message, unit / 38, bold=True)
        set_font(self.walk_in_button, unit / 36, bold=True)
        set_font(self.back_button, unit / 40, bold=True)
        self.keypad.set_sizes(unit / 30, unit / 14)
