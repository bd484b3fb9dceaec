"""The Bookings window (``conq-desktop bookings``): the receptionist books a visitor
into a slot, finds a booking by its code or in a day's list, cancels or moves it, and
prints its slip or saves it as a PDF.

Signing in takes a receptionist, supervisor or administrator (``Permission.BOOK``);
anyone else is refused in the engine's words. Seeing the slots and the bookings needs
no PIN, as on the command line. Every engine call runs off the GUI thread through
``Operations`` (one change at a time; reads beside them), and a refusal is said on the
message line in the engine's words, never as a traceback. A change made elsewhere (a
booking at another desk, on the command line) reaches the slots through
``LiveUpdates``.

Three cards side by side, in the order of the work: the new booking (service, day,
slot, the visitor's optional details, Book), the booking shown (its code large, the
slip, move, cancel), and finding bookings. Everything is reachable with Tab, Enter
acts where it is pressed; every button's accessible name is its text, every field's
and list's its caption.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.admin_reads import CentreAdmin, ServiceRow, read_centre_admin
from conq_desktop.engine.auth import Actor, require
from conq_desktop.engine.bookings import BookingInfo, Bookings, Slot
from conq_desktop.engine.rules import Permission
from conq_desktop.i18n import PUBLIC_LANGUAGES, current_language, translate
from conq_desktop.printing.booking_slip import print_slip, read_booking_slip
from conq_desktop.printing.booking_slip_pdf import write_slip_pdf
from conq_desktop.printing.printer_config import PrinterConfig
from conq_desktop.views.bookings import texts
from conq_desktop.views.bookings.booking_card import BookingCard
from conq_desktop.views.bookings.bookings_list import BookingsList
from conq_desktop.views.bookings.cancel_dialog import CancelDialog, ask_to_cancel
from conq_desktop.views.bookings.slot_picker import SlotPicker
from conq_desktop.views.bookings.style import STYLE
from conq_desktop.views.common.connection import ConnectionBanner, watch_connection
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.message_line import MessageLine, words
from conq_desktop.views.common.operation import Operations, Text, explain
from conq_desktop.views.common.sign_in_bar import sign_in_bar
from conq_desktop.views.common.translations import set_ui_language
from conq_desktop.views.common.wording import Wording
from conq_desktop.views.common.worker import EngineRunner, WindowJobs

Setup = tuple[CentreAdmin, date]


class BookingsWindow(QWidget):
    def __init__(
        self,
        engine: QueueEngine,
        live: LiveUpdates | None = None,
        runner: EngineRunner | None = None,
        *,
        lang: str | None = None,
        printer_config: Callable[[], PrinterConfig] | None = None,
    ) -> None:
        super().__init__()
        self.engine = engine
        self.lang = lang or current_language()
        self.printer_config = printer_config or PrinterConfig
        self.runner = runner or EngineRunner(self)
        self.jobs = WindowJobs(self.runner, self)
        self.ops = Operations(self.jobs)
        self.actor: Actor | None = None
        self.services: dict[str, ServiceRow] = {}
        self.wording = wording = Wording()
        self.cancel_dialog: CancelDialog | None = None
        self.pdf_dialog: QFileDialog | None = None

        self.setObjectName("bookings")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        # ---- sign-in row
        (
            self.title,
            self.login_edit,
            self.pin_edit,
            self.sign_in_button,
            self.who,
            self.lang_switch,
            top,
        ) = sign_in_bar(
            self.lang,
            edit=wording.edit,
            button=wording.button,
            texts=(texts.LOGIN, texts.PIN, texts.SIGN_IN),
            sign_in=self.sign_in,
            set_language=self.set_language,
        )
        self.login_edit.returnPressed.connect(self.pin_edit.setFocus)
        self.pin_edit.setMaxLength(8)
        self.lang_buttons = self.lang_switch.buttons
        self.message = MessageLine(selectable=True)

        # ---- the new booking
        self.picker = SlotPicker(self.ops, self._free_slots, wording, self._refused)
        self.picker.activated.connect(self.book)
        self.name_edit = wording.edit(texts.NAME)
        self.phone_edit = wording.edit(texts.PHONE)
        self.digits_edit = wording.edit(texts.ID_DIGITS)
        self.name_edit.setMaxLength(200)
        self.phone_edit.setMaxLength(32)
        self.digits_edit.setMaxLength(8)
        for edit in (self.name_edit, self.phone_edit, self.digits_edit):
            edit.returnPressed.connect(self.book)
        self.book_button = wording.button(texts.BOOK, self.book, role="primary")
        new_card = self._card(texts.NEW_BOOKING)
        new_card.layout().addWidget(self.picker, 1)  # type: ignore[union-attr]
        for widget in (self.name_edit, self.phone_edit, self.digits_edit):
            new_card.layout().addWidget(widget)  # type: ignore[union-attr]
        new_card.layout().addWidget(self.book_button)  # type: ignore[union-attr]

        # ---- the booking shown
        self.card = BookingCard(
            wording,
            self._service_name,
            print_slip=self.print_slip,
            save_pdf=self.ask_pdf,
            move=self.move_booking,
            cancel=self.ask_cancel,
        )
        booking_card = self._card(texts.BOOKING)
        booking_card.layout().addWidget(self.card, 1)  # type: ignore[union-attr]

        # ---- finding bookings
        self.finder = BookingsList(wording, self.find_booking, self.day_list)
        self.finder.picked.connect(self.show_booking)
        find_card = self._card(texts.FIND_BOOKINGS)
        find_card.layout().addWidget(self.finder, 1)  # type: ignore[union-attr]

        cards = QHBoxLayout()
        cards.setSpacing(12)
        cards.addWidget(new_card, 4)
        cards.addWidget(booking_card, 4)
        cards.addWidget(find_card, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        # The database cannot be reached: a booking would not be saved. It goes by
        # itself once the window read the centre again.
        self.connection_banner = ConnectionBanner(self.lang)
        layout.addWidget(self.connection_banner)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(cards, 1)

        picker = self.picker
        card = self.card
        order = [
            self.login_edit,
            self.pin_edit,
            self.sign_in_button,
            *self.lang_buttons.values(),
            picker.service_combo,
            picker.day_combo,
            picker.slot_list,
            self.name_edit,
            self.phone_edit,
            self.digits_edit,
            self.book_button,
            card.slip_lang,
            card.print_button,
            card.pdf_button,
            card.move_button,
            card.cancel_button,
            self.finder.code_edit,
            self.finder.find_button,
            self.finder.day_button,
            self.finder.list,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self.card.set_slip_language(self.lang if self.lang in PUBLIC_LANGUAGES else "ky")
        self.retranslate()
        self.refresh = self.jobs.coalesced(self._read_setup, self._got_setup, self._failed)
        self.connection = watch_connection(self, live, self.refresh, self.connection_banner)
        if live is not None:
            live.changed.connect(self.refresh)
        self.refresh()
        self.login_edit.setFocus()

    def _card(self, heading: str) -> QFrame:
        frame = QFrame(objectName="card")
        column = QVBoxLayout(frame)
        column.setContentsMargins(14, 10, 14, 14)
        column.setSpacing(8)
        column.addWidget(self.wording.label(heading))
        return frame

    # ------------------------------------------------------------------ language

    def set_language(self, lang: str) -> None:
        """Show the whole window in ``lang`` (the slip keeps its own language)."""
        self.lang = lang
        set_ui_language(lang)
        self.connection_banner.set_language(lang)
        self.retranslate()

    def retranslate(self) -> None:
        title = translate(texts.BOOKINGS, self.lang)
        self.setWindowTitle(f"conq-desktop — {title}")
        self.title.setText(title)
        self.wording.retranslate(self.lang)
        self.picker.retranslate(self.lang)
        self.card.retranslate(self.lang)
        self.finder.retranslate(self.lang)
        self.lang_switch.show_language(self.lang)
        self.message.retranslate(self.lang)

    # ------------------------------------------------------------------ messages

    def say(self, text: Text | None, error: bool = False) -> None:
        self.message.say(text, self.lang, error)

    def _refused(self, text: Text, _error: BaseException) -> None:
        self.say(text, error=True)

    def _failed(self, error: BaseException) -> None:
        self.say(explain(error), error=True)

    # ------------------------------------------------------------------ reading

    def _read_setup(self) -> Setup:
        return read_centre_admin(self.engine.db), self.engine.today()

    def _got_setup(self, setup: Setup) -> None:
        centre, today = setup
        self.services = {row.code: row for row in centre.services}
        horizon = int(centre.settings["booking_horizon_days"])
        self.picker.set_choices(centre.services, today, horizon)
        self.card.retranslate(self.lang)

    def _free_slots(self, service: str, day: date) -> list[Slot]:
        return Bookings(self.engine.db, clock=self.engine.clock).free_slots(service, day)

    def _service_name(self, code: str, lang: str) -> str:
        row = self.services.get(code)
        return row.name(lang) if row is not None else code

    # ------------------------------------------------------------------ signing in

    def sign_in(self) -> None:
        login, pin = self.login_edit.text().strip(), self.pin_edit.text()
        self.pin_edit.clear()
        engine = self.engine

        def signed_in(actor: Actor) -> None:
            self.actor = actor
            self.who.setText(actor.name)
            self.login_edit.clear()
            self.say(words(texts.SIGNED_IN, name=actor.name))
            self.picker.service_combo.setFocus()

        def refused(text: Text, _error: BaseException) -> None:
            self.actor = None
            self.who.setText("")
            self.say(text, error=True)
            self.pin_edit.setFocus()

        self.ops.op(lambda: require(engine.authenticate(login, pin), Permission.BOOK)).success(
            signed_in
        ).failure(refused).run(exclusive=False)

    def _acting(self) -> Bookings | None:
        """The engine's bookings as the receptionist signed in; None (and said so)
        while nobody is."""
        if self.actor is None:
            self.say(words(texts.SIGN_IN_FIRST), error=True)
            self.login_edit.setFocus()
            return None
        return Bookings(self.engine.db, self.actor, self.engine.clock)

    # ------------------------------------------------------------------ booking

    def book(self) -> None:
        bookings = self._acting()
        if bookings is None:
            return
        service, day, start = self.picker.service(), self.picker.day(), self.picker.slot()
        if service is None or day is None or start is None:
            self.say(words(texts.CHOOSE_SLOT), error=True)
            self.picker.slot_list.setFocus()
            return
        name, phone = self.name_edit.text(), self.phone_edit.text()
        digits = self.digits_edit.text()

        def booked(booking: BookingInfo) -> None:
            for edit in (self.name_edit, self.phone_edit, self.digits_edit):
                edit.clear()
            self.show_booking(booking)
            self.say(self._about(texts.BOOKED, booking))
            self.picker.reload()
            self.card.print_button.setFocus()

        self.ops.op(
            lambda: bookings.book(service, day, start, name=name, phone=phone, id_digits=digits)
        ).success(booked).failure(self._refused).run()

    def _about(self, message: str, booking: BookingInfo, **more: object) -> Text:
        """``message`` about ``booking``, in whichever language it is shown."""
        return lambda lang: translate(
            message,
            lang,
            code=booking.code,
            service=self._service_name(booking.service, lang),
            day=booking.day.strftime("%d.%m.%Y"),
            time=booking.start.strftime("%H:%M"),
            **more,
        )

    def show_booking(self, booking: BookingInfo) -> None:
        """Make ``booking`` the one the middle card is about; the picker shows its
        service and day, ready to move it."""
        self.card.show_booking(booking)
        self.picker.choose(booking.service, booking.day)

    # ------------------------------------------------------------------ finding

    def find_booking(self) -> None:
        code = self.finder.code()
        if not code:
            self.finder.code_edit.setFocus()
            return
        db = self.engine.db

        def found(booking: BookingInfo) -> None:
            self.finder.show_bookings([booking], current=booking.code)
            self.show_booking(booking)
            self.say(words(texts.FOUND, code=booking.code))

        self.ops.op(lambda: read_booking_slip(db, code).booking).success(found).failure(
            self._refused
        ).run(exclusive=False)

    def day_list(self) -> None:
        service, day = self.picker.service(), self.picker.day()
        if service is None or day is None:
            return
        current = self.card.booking.code if self.card.booking is not None else None
        reader = Bookings(self.engine.db, clock=self.engine.clock)

        def listed(bookings: list[BookingInfo]) -> None:
            self.finder.show_bookings(bookings, current=current)
            message = texts.LISTED if bookings else texts.NO_BOOKINGS
            self.say(
                lambda lang: translate(
                    message,
                    lang,
                    count=len(bookings),
                    service=self._service_name(service, lang),
                    day=day.strftime("%d.%m.%Y"),
                )
            )

        self.ops.op(lambda: reader.list_bookings(day, service)).success(listed).failure(
            self._refused
        ).run(exclusive=False)

    # ------------------------------------------------------------------ changing

    def _changed(self, message: str) -> Callable[[BookingInfo], None]:
        def changed(booking: BookingInfo) -> None:
            self.card.show_booking(booking)
            self.finder.replace(booking)
            self.say(self._about(message, booking))
            self.picker.reload()

        return changed

    def ask_cancel(self) -> None:
        booking = self.card.booking
        if booking is None or self._acting() is None:
            return
        self.cancel_dialog = ask_to_cancel(
            self,
            self._about(texts.CANCEL_QUESTION, booking)(self.lang),
            translate(texts.KEEP_BOOKING, self.lang),
            translate(texts.CANCEL_BOOKING, self.lang),
            lambda: self.cancel(booking.code),
        )

    def cancel(self, code: str) -> None:
        bookings = self._acting()
        if bookings is None:
            return
        self.ops.op(lambda: bookings.cancel(code)).success(self._changed(texts.CANCELLED)).failure(
            self._refused
        ).run()

    def move_booking(self) -> None:
        """Move the booking shown to the slot chosen in the picker (its service's)."""
        booking = self.card.booking
        bookings = self._acting()
        if booking is None or bookings is None:
            return
        day, start = self.picker.day(), self.picker.slot()
        if self.picker.service() != booking.service or day is None or start is None:
            self.picker.choose(booking.service, booking.day)
            self.say(words(texts.CHOOSE_SLOT), error=True)
            self.picker.slot_list.setFocus()
            return
        code: str = booking.code
        target: tuple[date, time] = (day, start)
        self.ops.op(lambda: bookings.reschedule(code, *target)).success(
            self._changed(texts.MOVED)
        ).failure(self._refused).run()

    # ------------------------------------------------------------------ the slip

    def print_slip(self) -> None:
        booking = self.card.booking
        if booking is None:
            return
        db, lang, config = self.engine.db, self.card.slip_language(), self.printer_config

        def work() -> str:
            settings = config()  # a bad printer setting is said, like a dead printer
            print_slip(read_booking_slip(db, booking.code), settings, lang)
            return settings.target.describe()

        def refused(text: Text, _error: BaseException) -> None:
            # A dead printer, none set up, a bad setting: said, and the PDF still possible.
            self.say(
                lambda shown: translate(
                    texts.NOT_PRINTED, shown, code=booking.code, reason=text(shown)
                ),
                error=True,
            )

        self.ops.op(work).success(
            lambda printer: self.say(self._about(texts.PRINTED, booking, printer=printer))
        ).failure(refused).run()

    def ask_pdf(self) -> None:
        booking = self.card.booking
        if booking is None:
            return
        dialog = QFileDialog(
            self, translate(texts.SAVE_PDF_TITLE, self.lang), f"booking-{booking.code}.pdf"
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters(["PDF (*.pdf)"])
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda path: self.save_pdf(Path(path)))
        self.pdf_dialog = dialog
        dialog.open()

    def save_pdf(self, path: Path) -> bool:
        """Write the slip of the booking shown to ``path``, off the GUI thread."""
        booking = self.card.booking
        if booking is None:
            return False
        db, lang = self.engine.db, self.card.slip_language()
        return (
            self.ops.op(lambda: write_slip_pdf(read_booking_slip(db, booking.code), path, lang))
            .success(
                lambda _none: self.say(self._about(texts.PDF_WRITTEN, booking, path=str(path)))
            )
            .failure(self._refused)
            .run()
        )

    # ------------------------------------------------------------------ keys, closing

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a button presses it, as Space does (the fields and lists act on
        Enter themselves)."""
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
            focused, QPushButton
        ):
            focused.click()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.jobs.close()
        super().closeEvent(event)


__all__ = ["BookingsWindow"]
