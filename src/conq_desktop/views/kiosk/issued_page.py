"""The second page: the visitor's number on a large card, the booked time of a
checked-in visitor, the people ahead, the expected wait (or that no window serves the
service now: the same lines as the printed ticket), and a note on the printing
("Please take your ticket."). Where the centre has a Telegram bot, beside the number
the ticket's QR code of the bot's link over the ticket's line "Scan to follow your turn
in Telegram" (docs/phone.md): in the room the number leaves at its sides, so that it
costs the card no height on a 768-high screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from conq_desktop.engine import IssuedTicket
from conq_desktop.i18n import _, translate
from conq_desktop.models import Priority
from conq_desktop.printing.layout import FOLLOW_IN_TELEGRAM, booked_line, wait_lines
from conq_desktop.views.common.operation import Text
from conq_desktop.views.common.qr_image import QrLabel
from conq_desktop.views.common.theme import font, set_font
from conq_desktop.views.kiosk.style import button, label

NUMBER = 4.2  # the number's height: the window's size unit ÷ this …
SMALLEST_NUMBER = 6.5  # … and ÷ this at the least, when the card needs the room
QR_SIDE = 5.4  # the bot's QR code: the window's size unit ÷ this
# The QR code's column, as a multiple of the code's side.
FOLLOW_COLUMN = 1.5
FOLLOW_GAP = 16  # px between the number and the QR code's column


class IssuedPage(QWidget):
    """Shows one issued ticket (``ticket``) and its note, in the screen's language."""

    def __init__(self) -> None:
        super().__init__()
        self.lang = "ky"
        self._unit = 720.0  # the window's size unit (set_sizes)
        self._fitting = False
        self.ticket: IssuedTicket | None = None
        self._note: Text | None = None
        self.link: str | None = None  # the ticket's link to the centre's bot, if any
        self.card = QFrame(objectName="card")
        self.issued_caption = label("caption")
        self.number = label("number", "—")
        # Hardly a minimum height of its own: ``_fit`` makes the number smaller where the
        # card is crowded, rather than the window taller than the screen.
        self.number.setMinimumHeight(40)
        self.service_name = label("serviceName", wrap=True)
        self.booked = label("caption", wrap=True)  # "Booked for 10:15", after a check-in
        self.booked.hide()
        self.ahead = label("facts", wrap=True)
        self.wait = label("facts", wrap=True)
        # The bot's QR code and its line, only where the centre has a bot; an empty
        # box as wide on the number's other side keeps the number in the middle.
        self.follow = QWidget()
        self.balance = QWidget()
        self.follow_qr = QrLabel()
        self.follow_line = label("follow", wrap=True)
        follow = QVBoxLayout(self.follow)
        follow.setContentsMargins(0, 0, 0, 0)
        follow.setSpacing(6)
        follow.addWidget(self.follow_qr, 0, Qt.AlignmentFlag.AlignHCenter)
        follow.addWidget(self.follow_line)
        self.follow.hide()
        self.balance.hide()
        self.note = label("note", wrap=True)
        self.done_button = button("action")
        # Reached by the keyboard; a visitor who chose by keyboard finds the focus here,
        # and a screen reader reads the card with it (its description).
        self.done_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.done_button.setAutoDefault(True)  # Enter presses it, as Space does
        card = QVBoxLayout(self.card)
        card.setContentsMargins(48, 28, 48, 36)
        card.setSpacing(10)
        card.addStretch(1)  # the card's words together in its middle, on a tall screen too
        self.head = head = QGridLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.setHorizontalSpacing(FOLLOW_GAP)
        head.setVerticalSpacing(10)
        head.addWidget(self.balance, 0, 0, 2, 1)
        head.addWidget(self.issued_caption, 0, 1)
        head.addWidget(self.number, 1, 1)
        head.addWidget(self.follow, 0, 2, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        head.setColumnStretch(1, 1)
        card.addLayout(head)
        card.addWidget(self.service_name)
        card.addWidget(self.booked)
        card.addSpacing(8)
        card.addWidget(self.ahead)
        card.addWidget(self.wait)
        card.addSpacing(8)
        card.addWidget(self.note)
        card.addSpacing(8)
        card.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        card.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.card, 8)
        layout.addStretch(1)

    def show_ticket(self, issued: IssuedTicket, note: Text, link: str | None = None) -> None:
        """``link``: the ticket's link to the centre's bot (``follow_link``), None
        without a bot."""
        self.ticket = issued
        self._note = note
        self.link = link
        self.retranslate(self.lang)

    def set_note(self, note: Text) -> None:
        self._note = note
        self.note.setText(note(self.lang))
        self._describe()
        self._fit()

    def forget(self) -> None:
        """The visitor has gone: nothing of their ticket is said again."""
        self.ticket = None
        self._note = None
        self.link = None
        self.follow_qr.show_payload("")
        self.follow.hide()
        self.balance.hide()

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.done_button.setText(translate(_("Done"), lang))
        self.done_button.setAccessibleName(self.done_button.text())
        if self.ticket is not None:
            self._fill(self.ticket)
        self.note.setText(self._note(lang) if self._note else "")
        self._describe()

    def _describe(self) -> None:
        """What the card says, for a screen reader, as the Done button's description."""
        lines = (
            self.issued_caption,
            self.number,
            self.service_name,
            self.booked,
            self.ahead,
            self.wait,
        )
        parts = [line.text() for line in lines if line.text() and not line.isHidden()]
        if not self.follow.isHidden():
            parts.append(self.follow_line.text())
        if self.ticket is not None and self.note.text():
            parts.append(self.note.text())
        said = ". ".join(part.rstrip(". ") for part in parts)
        self.done_button.setAccessibleDescription(said if self.ticket is not None else "")

    def _fill(self, issued: IssuedTicket) -> None:
        lang = self.lang
        caption = translate(_("Your number"), lang)
        if issued.ticket.priority > Priority.NORMAL:
            caption += "  ·  " + translate(_("Priority"), lang)
        self.issued_caption.setText(caption)
        self.number.setText(issued.ticket.number)
        self.service_name.setText(issued.ticket.service.name(lang))
        booked = booked_line(issued, lang)
        self.booked.setText(booked or "")
        self.booked.setVisible(booked is not None)
        # What the ticket says: no wait is promised while nobody serves the service.
        ahead, *wait = wait_lines(issued, lang)
        self.ahead.setText(ahead)
        self.wait.setText(" ".join(wait))
        self.wait.setVisible(bool(wait))
        self._show_follow()
        self._size_wait()
        self._fit()

    def _show_follow(self) -> None:
        """The bot's QR code and its line, named as it reads; hidden without a bot."""
        link = self.link if self.ticket is not None else None
        self.follow_qr.show_payload(link or "")
        line = translate(FOLLOW_IN_TELEGRAM, self.lang)
        self.follow_line.setText(line)
        self.follow_qr.setAccessibleName(line)
        self.follow.setVisible(link is not None)
        self.balance.setVisible(link is not None)

    def _size_wait(self) -> None:
        """A wait is as large as the people ahead; the longer word that nobody serves
        the service now a little smaller, so that the card still fits a 768-high screen
        beside the printer's banner."""
        honest = self.ticket is not None and not self.ticket.serving_now
        set_font(self.wait, self._unit / (28 if honest else 24), bold=True)

    def _fit(self) -> None:
        """The number shrinks, never below a legible size, when the card's words need
        the room (a long line about the wait, the printer's banner above the card)."""
        if self._fitting:
            return
        self._fitting = True
        try:
            full = min(self._unit / NUMBER, self._widest_number())
            set_font(self.number, full, bold=True)
            layout = self.card.layout()
            # The number's grid keeps its size until the next layout pass: measure anew.
            self.head.invalidate()
            width = self.card.width()
            needed = (
                layout.heightForWidth(width)
                if layout.hasHeightForWidth()
                else layout.sizeHint().height()
            )
            short = needed - self.height() + 2  # a pixel or two of rounding to spare
            if short > 0:
                per_pixel = self.number.sizeHint().height() / full  # line height per font pixel
                set_font(
                    self.number,
                    max(self._unit / SMALLEST_NUMBER, full - short / per_pixel),
                    bold=True,
                )
        finally:
            self._fitting = False

    def _widest_number(self) -> float:
        """The number's size (px) at which it is as wide as its room: the card's, less
        the QR code's column and its balance beside a centre's bot."""
        margins = self.card.layout().contentsMargins()
        room = self.card.width() - margins.left() - margins.right()
        if not self.follow.isHidden():
            room -= 2 * (self.follow.width() + FOLLOW_GAP)
        probe = 100.0
        wide = QFontMetrics(font(probe, bold=True)).horizontalAdvance(self.number.text()) + 8
        return probe * room / wide if room > 0 and wide > 0 else probe

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def set_sizes(self, unit: float) -> None:
        self._unit = unit
        set_font(self.done_button, unit / 40, bold=True)
        set_font(self.issued_caption, unit / 26)
        set_font(self.service_name, unit / 32)
        set_font(self.booked, unit / 30, bold=True)
        set_font(self.ahead, unit / 24, bold=True)
        self._size_wait()
        set_font(self.note, unit / 30, bold=True)
        side = round(unit / QR_SIDE)
        self.follow_qr.set_side(side)
        set_font(self.follow_line, unit / 44, bold=True)
        # The line under the code, a little wider than it: in two or three lines even
        # in Kyrgyz, whose long words would otherwise stack it higher than the number.
        column = round(side * FOLLOW_COLUMN)
        self.follow_line.setFixedWidth(column)
        self.follow.setFixedWidth(column)
        self.balance.setFixedWidth(column)
        self._fit()
