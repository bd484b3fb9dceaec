"""The booking the Bookings window is about: the one just made, found by its code or
picked from a list. Its code large (to read out across the desk and to copy down), its
service, day, time and status, the slip's language, and what can be done with it.

The slip goes to the public, so its language is one of theirs (Kyrgyz or Russian),
chosen here whatever language the window speaks. Cancel and move are offered only for
a booking still to come; the window asks the engine either way, which has the last
word.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from conq_desktop.engine.bookings import BookingInfo
from conq_desktop.i18n import LANGUAGE_NAMES, PUBLIC_LANGUAGES, translate
from conq_desktop.models import BookingStatus
from conq_desktop.views.bookings import texts
from conq_desktop.views.bookings.bookings_list import status_text
from conq_desktop.views.common.theme import restyle
from conq_desktop.views.common.wording import Wording

# A service's name in a language, from its code (the window knows the services).
ServiceName = Callable[[str, str], str]


class BookingCard(QWidget):
    def __init__(
        self,
        wording: Wording,
        service_name: ServiceName,
        *,
        print_slip: Callable[[], object],
        save_pdf: Callable[[], object],
        move: Callable[[], object],
        cancel: Callable[[], object],
    ) -> None:
        super().__init__()
        self.lang = "en"
        self.service_name = service_name
        self.booking: BookingInfo | None = None
        self.code = QLabel(objectName="code")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Selectable: a receptionist may copy it into an e-mail or a message.
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(objectName="details")
        self.details.setWordWrap(True)
        self.slip_lang = QComboBox()
        self.slip_lang.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for lang in PUBLIC_LANGUAGES:
            self.slip_lang.addItem(LANGUAGE_NAMES[lang], lang)
        self.print_button = wording.button(texts.PRINT_SLIP, print_slip, role="primary")
        self.pdf_button = wording.button(texts.SAVE_PDF, save_pdf)
        self.move_button = wording.button(texts.MOVE, move)
        self.cancel_button = wording.button(texts.CANCEL_BOOKING, cancel, role="warn")

        slip_row = QHBoxLayout()
        slip_row.setSpacing(10)
        slip_row.addWidget(wording.caption(texts.SLIP_LANGUAGE, self.slip_lang))
        slip_row.addWidget(self.slip_lang, 1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.code, 0, 0, 1, 2)
        grid.addWidget(self.details, 1, 0, 1, 2)
        grid.addLayout(slip_row, 2, 0, 1, 2)
        grid.addWidget(self.print_button, 3, 0)
        grid.addWidget(self.pdf_button, 3, 1)
        grid.addWidget(self.move_button, 4, 0)
        grid.addWidget(self.cancel_button, 4, 1)
        grid.setRowStretch(5, 1)
        self.show_booking(None)

    def set_slip_language(self, lang: str) -> None:
        index = self.slip_lang.findData(lang)
        if index >= 0:
            self.slip_lang.setCurrentIndex(index)

    def slip_language(self) -> str:
        return str(self.slip_lang.currentData())

    def show_booking(self, booking: BookingInfo | None) -> None:
        self.booking = booking
        still_to_come = booking is not None and booking.status == BookingStatus.BOOKED
        for button in (self.print_button, self.pdf_button, self.move_button, self.cancel_button):
            button.setEnabled(still_to_come)
        self.retranslate(self.lang)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        booking = self.booking
        if booking is None:
            self.code.setText("—")
            self.details.setText(translate(texts.NO_BOOKING, lang))
        else:
            self.code.setText(booking.code)
            self.details.setText(
                translate(
                    texts.DETAILS,
                    lang,
                    service=self.service_name(booking.service, lang),
                    day=booking.day.strftime("%d.%m.%Y"),
                    time=booking.start.strftime("%H:%M"),
                    status=status_text(booking, lang),
                )
            )
        self.code.setAccessibleName(
            booking.code if booking is not None else translate(texts.NO_BOOKING, lang)
        )
        restyle(self.code, empty=booking is None)
