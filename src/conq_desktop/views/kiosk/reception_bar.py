"""The reception desk's sign-in: login and PIN of the receptionist (or a supervisor or
administrator), "Sign in" and "Sign out", who is signed in, and why a sign-in was
refused.

The bar only collects and shows; the window checks the PIN through the engine, off the
GUI thread, and keeps who is signed in. Every field is named for screen readers by its
caption (its buddy), every button by its text.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from conq_desktop.i18n import _, translate
from conq_desktop.views.common.operation import Text
from conq_desktop.views.common.theme import set_font
from conq_desktop.views.kiosk.style import button

LOGIN = _("Login")
PIN = _("PIN")
SIGN_IN = _("Sign in")
SIGN_OUT = _("Sign out")
SIGNED_IN = _("Signed in: {name}")


class ReceptionBar(QWidget):
    """``sign_in_asked``: Sign in (or Return in the PIN field), the login and PIN are in
    ``login_edit`` and ``pin_edit``; ``sign_out_asked``: Sign out."""

    sign_in_asked = Signal()
    sign_out_asked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.lang = "ky"
        self.name: str | None = None  # who is signed in
        self._message: Text | None = None

        self.login_caption = QLabel(objectName="deskCaption")
        self.login_edit = QLineEdit(objectName="deskField")
        self.login_edit.setMaxLength(64)
        self.login_caption.setBuddy(self.login_edit)
        self.pin_caption = QLabel(objectName="deskCaption")
        self.pin_edit = QLineEdit(objectName="deskField")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}")))
        self.pin_caption.setBuddy(self.pin_edit)
        self.login_edit.returnPressed.connect(self.pin_edit.setFocus)
        self.pin_edit.returnPressed.connect(self.sign_in_asked.emit)
        self.sign_in_button = button("action")
        self.sign_in_button.clicked.connect(self.sign_in_asked.emit)
        self.who = QLabel(objectName="deskWho")
        self.sign_out_button = button("action")
        self.sign_out_button.clicked.connect(self.sign_out_asked.emit)
        for item in (self.sign_in_button, self.sign_out_button):
            # Reachable with Tab at the desk's keyboard.
            item.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.message = QLabel(objectName="deskMessage")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        for widget in (
            self.login_caption,
            self.login_edit,
            self.pin_caption,
            self.pin_edit,
            self.sign_in_button,
            self.who,
            self.sign_out_button,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.message, 1)
        self.show_signed_in(None)

    @property
    def signed_in(self) -> bool:
        return self.name is not None

    def show_signed_in(self, name: str | None) -> None:
        """The fields to sign in with, or who is signed in and Sign out."""
        self.name = name
        self.login_edit.clear()  # nothing typed stays behind for the next person
        self.pin_edit.clear()
        for widget in (
            self.login_caption,
            self.login_edit,
            self.pin_caption,
            self.pin_edit,
            self.sign_in_button,
        ):
            widget.setVisible(name is None)
        self.who.setVisible(name is not None)
        self.sign_out_button.setVisible(name is not None)
        self.retranslate(self.lang)

    def say(self, text: Text | None) -> None:
        """Why the sign-in was refused (None: nothing to say), in the screen's language."""
        self._message = text
        self.message.setText(text(self.lang) if text else "")

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        for caption, edit, message in (
            (self.login_caption, self.login_edit, LOGIN),
            (self.pin_caption, self.pin_edit, PIN),
        ):
            caption.setText(translate(message, lang))
            edit.setAccessibleName(caption.text())
        for item, message in ((self.sign_in_button, SIGN_IN), (self.sign_out_button, SIGN_OUT)):
            item.setText(translate(message, lang))
            item.setAccessibleName(item.text())
        self.who.setText(translate(SIGNED_IN, lang, name=self.name) if self.name else "")
        self.message.setText(self._message(lang) if self._message else "")

    def set_sizes(self, unit: float) -> None:
        for widget in (self.login_caption, self.pin_caption, self.who):
            set_font(widget, unit / 44)
        for edit in (self.login_edit, self.pin_edit):
            set_font(edit, unit / 44)
            edit.setFixedWidth(int(unit / 5))
        for item in (self.sign_in_button, self.sign_out_button):
            set_font(item, unit / 48, bold=True)
        set_font(self.message, unit / 48, bold=True)
