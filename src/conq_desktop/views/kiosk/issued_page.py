"""The second page: the visitor's number on a large card, the people ahead, the
expected wait, and a note on the printing ("Please take your ticket.")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from conq_desktop.engine import IssuedTicket
from conq_desktop.i18n import _, translate
from conq_desktop.models import Priority
from conq_desktop.views.common.operation import Text
from conq_desktop.views.common.theme import set_font
from conq_desktop.views.kiosk.style import button, label


class IssuedPage(QWidget):
    """Shows one issued ticket (``ticket``) and its note, in the screen's language."""

    def __init__(self) -> None:
        super().__init__()
        self.lang = "ky"
        self.ticket: IssuedTicket | None = None
        self._note: Text | None = None
        self.card = QFrame(objectName="card")
        self.issued_caption = label("caption")
        self.number = label("number", "—")
        self.service_name = label("serviceName", wrap=True)
        self.ahead = label("facts", wrap=True)
        self.wait = label("facts", wrap=True)
        self.note = label("note", wrap=True)
        self.done_button = button("action")
        card = QVBoxLayout(self.card)
        card.setContentsMargins(48, 28, 48, 36)
        card.setSpacing(10)
        card.addWidget(self.issued_caption)
        card.addWidget(self.number, 3)
        card.addWidget(self.service_name)
        card.addSpacing(8)
        card.addWidget(self.ahead)
        card.addWidget(self.wait)
        card.addSpacing(8)
        card.addWidget(self.note)
        card.addSpacing(8)
        card.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.card, 8)
        layout.addStretch(1)

    def show_ticket(self, issued: IssuedTicket, note: Text) -> None:
        self.ticket = issued
        self._note = note
        self.retranslate(self.lang)

    def set_note(self, note: Text) -> None:
        self._note = note
        self.note.setText(note(self.lang))

    def forget(self) -> None:
        """The visitor has gone: nothing of their ticket is said again."""
        self.ticket = None
        self._note = None

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.done_button.setText(translate(_("Done"), lang))
        if self.ticket is not None:
            self._fill(self.ticket)
        self.note.setText(self._note(lang) if self._note else "")

    def _fill(self, issued: IssuedTicket) -> None:
        lang = self.lang
        caption = translate(_("Your number"), lang)
        if issued.ticket.priority > Priority.NORMAL:
            caption += "  ·  " + translate(_("Priority"), lang)
        self.issued_caption.setText(caption)
        self.number.setText(issued.ticket.number)
        self.service_name.setText(issued.ticket.service.name(lang))
        if issued.people_ahead == 0:
            self.ahead.setText(translate(_("You are next in line."), lang))
        else:
            self.ahead.setText(
                translate(_("People ahead: {count}"), lang, count=issued.people_ahead)
            )
        self.wait.setText(
            translate(
                _("Expected wait: about {minutes} min"),
                lang,
                minutes=issued.expected_wait_minutes,
            )
        )

    def set_sizes(self, unit: float) -> None:
        set_font(self.done_button, unit / 40, bold=True)
        set_font(self.issued_caption, unit / 26)
        set_font(self.number, unit / 4.2, bold=True)
        set_font(self.service_name, unit / 32)
        set_font(self.ahead, unit / 24, bold=True)
        set_font(self.wait, unit / 24, bold=True)
        set_font(self.note, unit / 30, bold=True)
