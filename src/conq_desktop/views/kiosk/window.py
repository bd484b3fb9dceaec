"""The ticket kiosk: a visitor taps a service and gets a number.

One large button per offered service, named in Kyrgyz and Russian; a closed service or
one whose daily tickets are given out says so on its button instead of issuing. After a
tap the number, the people ahead and the expected wait stay on screen for a few
seconds while the ticket prints. Printing never decides whether a visitor has a place:
the ticket exists before printing starts, and a printer problem is shown with its
reason and the words "the number on the screen is valid".

Receptionist mode (a staff desk) adds the receptionist's sign-in (login and PIN), a
priority-ticket toggle and "reprint last ticket"; the two stay off until a receptionist
(or a supervisor or administrator) has signed in, and the engine, which checks the role
again, is told who asks for each priority ticket and each copy. Kiosk mode is locked:
closing it, Alt+F4 or Escape ask for an administrator's PIN. Engine calls run on the
runner's threads and printing on the spooler's; the GUI thread only shows results.

A booked visitor presses "I have a booking" and types the booking code on the check-in
page, or simply scans it on the services page: a scanner types the code and Enter
(``ScanCollector``). The ticket is shown and printed as any other, with the booked
time; a refusal is said on the check-in page in the visitor's language, and a visitor
who came too late is offered a ticket in the live queue instead.

Without a mouse: Tab goes through the language buttons, the services and the desk, the
arrow keys move between the services, Enter or Space presses; a screen reader hears
each service's name and state, and the language buttons as buttons. Full screen, the
window takes its screen's geometry first (``place_on_screen``): without a window
manager ``showFullScreen()`` alone would leave it at its size hint.

The window composes the header, the banner and four pages (``services_page``,
``check_in_page``, ``issued_page``, ``pin_page``); it runs the issuing, the check-in,
the language and the lock.
"""

from __future__ import annotations

import logging
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.engine import IssuedTicket, QueueEngine, QueueStatus, ServiceQueue
from conq_desktop.engine.auth import Actor, require
from conq_desktop.engine.availability import (
    ServiceAvailability,
    check_admin_pin,
    service_availability,
)
from conq_desktop.engine.checkin import CheckInRefused
from conq_desktop.engine.rules import Permission, may
from conq_desktop.engine.settings import CentreSettings
from conq_desktop.i18n import LANGUAGE_NAMES, LANGUAGES, _, translate
from conq_desktop.models import Priority
from conq_desktop.printing.printer_config import PrinterConfig
from conq_desktop.printing.service import PrintOutcome, TicketPrinter
from conq_desktop.views.common.connection import watch_connection
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.operation import Failure, Operations, Text
from conq_desktop.views.common.theme import restyle, set_font
from conq_desktop.views.common.translations import set_ui_language
from conq_desktop.views.common.worker import EngineRunner, WindowJobs
from conq_desktop.views.kiosk.banner import BANNER_SECONDS, Banner
from conq_desktop.views.kiosk.check_in_page import CheckInPage
from conq_desktop.views.kiosk.issued_page import IssuedPage
from conq_desktop.views.kiosk.pin_page import PinPage
from conq_desktop.views.kiosk.printing import PrintJobs, Report
from conq_desktop.views.kiosk.scanner import ScanCollector
from conq_desktop.views.kiosk.service_button import ServiceButton
from conq_desktop.views.kiosk.services_page import ServicesPage
from conq_desktop.views.kiosk.style import STYLE, button, label

log = logging.getLogger(__name__)

SHOW_SECONDS = 6.0  # the issued number stays this long, then the buttons return
REFRESH_MS = 30_000  # opening hours begin and end without any change in the database

OFFLINE = _("The queue cannot be reached right now. Please ask at the reception.")
ENTER_LOGIN = _("Enter your login and PIN.")
# A language button's description, in its own language.
CURRENT_LANGUAGE = _("The screen's language now")
SWITCH_LANGUAGE = _("Switch the screen to this language")


class KioskWindow(QWidget):
    """``print_finished`` carries each ``PrintOutcome`` from the printer thread to the GUI
    thread; ``ticket_issued`` reports each new ticket (on the GUI thread)."""

    print_finished = Signal(object)
    print_crashed = Signal(str)
    ticket_issued = Signal(object)

    def __init__(
        self,
        engine: QueueEngine,
        printer: TicketPrinter | None = None,
        live: LiveUpdates | None = None,
        runner: EngineRunner | None = None,
        *,
        receptionist: bool = False,
        locked: bool = False,
        lang: str = "ky",
        show_seconds: float = SHOW_SECONDS,
    ) -> None:
        super().__init__()
        self.engine = engine
        self.runner = runner or EngineRunner(self)
        self.printer = printer or TicketPrinter(engine, PrinterConfig())
        self.receptionist = receptionist
        self.locked = locked
        self.lang = lang
        self.start_lang = lang
        self.show_seconds = show_seconds
        self.last_issued: IssuedTicket | None = None
        self.actor: Actor | None = None  # the receptionist signed in at the desk
        self._copying = False  # a reprint is under way
        self._queues: list[ServiceQueue] = []
        self._availability: dict[str, ServiceAvailability] = {}
        self._unlocked = False
        self._keyboard_choice: str | None = None  # the service chosen by keyboard
        # The centre's settings as the last refresh read them in the worker: the clock
        # and the texts never read the database on the GUI thread (a change notification
        # empties the engine's copy), where a server gone meanwhile would raise.
        self._centre = engine.settings
        self.jobs = WindowJobs(self.runner, self)
        # One ticket at a time, and one PIN check at a time; neither waits for the other.
        self.ops = Operations(self.jobs, public=True)
        self._pin_ops = Operations(self.jobs, public=True)
        self._desk_ops = Operations(self.jobs, public=True)  # the receptionist's sign-in
        # Re-reads the services; a burst of changes while reading costs one more read.
        self.refresh = self.jobs.coalesced(self._read, self._show, self._read_failed)

        self.setObjectName("kiosk")
        self.setWindowTitle("conq-desktop")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.banner = Banner(lang)
        self.print_jobs = PrintJobs(
            self.printer,
            self.banner,
            receptionist=receptionist,
            on_done=self.print_finished.emit,
            on_crash=self.print_crashed.emit,
        )
        self.printing = self.print_jobs.enabled
        self.print_finished.connect(self._printed)
        self.print_crashed.connect(self._print_crashed)

        self.stack = QStackedWidget()
        self.services_page = ServicesPage(receptionist=receptionist, printing=self.printing)
        self.check_in_page = CheckInPage()
        self.issued_page = IssuedPage()
        self.pin_page = PinPage()
        for page in self._pages:
            self.stack.addWidget(page)
        self.services_page.chosen.connect(self.tap)
        self.services_page.booking_asked.connect(self.open_check_in)
        self.check_in_page.submitted.connect(self.check_in)
        self.check_in_page.walk_in.connect(self.walk_in)
        self.check_in_page.cancelled.connect(self.show_services)
        # A code scanned while the services (or the last visitor's number) are shown
        # checks in without a tap.
        self.scanner = ScanCollector(self, self._scannable)
        self.scanner.scanned.connect(self.check_in)
        self.services_page.reprint_button.clicked.connect(self.reprint_last)
        self.services_page.reception.sign_in_asked.connect(self.sign_in)
        self.services_page.reception.sign_out_asked.connect(self.sign_out)
        self.issued_page.done_button.clicked.connect(self.show_services)
        self.pin_page.submitted.connect(self.submit_pin)
        self.pin_page.cancelled.connect(self.show_services)
        # The pages' widgets, where the tests have always reached them.
        self.prompt = self.services_page.prompt
        self.desk = self.services_page.desk
        self.priority_toggle = self.services_page.priority_toggle
        self.reprint_button = self.services_page.reprint_button
        self.last_label = self.services_page.last_label
        self.reception = self.services_page.reception
        self.issued_caption = self.issued_page.issued_caption
        self.number = self.issued_page.number
        self.ahead = self.issued_page.ahead
        self.wait = self.issued_page.wait
        self.note = self.issued_page.note
        self.pin_edit = self.pin_page.pin_edit
        self.pin_message = self.pin_page.pin_message
        self.keys = self.pin_page.keys

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 32)
        layout.setSpacing(20)
        layout.addLayout(self._build_header(lang))
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

        self._back_timer = QTimer(self, singleShot=True, timeout=self.show_services)
        self._clock_timer = QTimer(self, interval=1000, timeout=self._tick)
        self._clock_timer.start()
        self._refresh_timer = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        self._refresh_timer.start()
        # The database lost (the live updates' connection broke, or a read failed): the
        # banner says so at once, and the services are read again until it is back.
        self.connection = watch_connection(self, live, self.refresh)
        self.connection.state.connect(self._show_connection)
        if live is not None:
            live.changed.connect(self.refresh)
        self._tick()
        self._retranslate()
        self._rest_focus()
        self.refresh()

    def _build_header(self, lang: str) -> QHBoxLayout:
        """Centre, clock, language switch."""
        self.centre = QLabel(objectName="centre")
        self.centre.setWordWrap(True)
        self.clock = label("clock")
        # Plain buttons, not checkable ones: a screen reader announces a checkable
        # button as a check box. The current language is marked by its look and its
        # accessible description (``_mark_language``).
        self.language_buttons: dict[str, QPushButton] = {}
        languages = QHBoxLayout()
        languages.setSpacing(12)
        for code in LANGUAGES:
            choice = button("lang", LANGUAGE_NAMES[code])
            choice.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            choice.setAutoDefault(True)  # Enter presses it, as Space does
            choice.setAccessibleName(LANGUAGE_NAMES[code])
            choice.clicked.connect(lambda _checked=False, code=code: self.set_language(code))
            self.language_buttons[code] = choice
            languages.addWidget(choice)
        header = QHBoxLayout()
        header.setSpacing(24)
        header.addWidget(self.centre, 1)
        header.addLayout(languages)
        header.addWidget(self.clock)
        return header

    @property
    def service_buttons(self) -> dict[str, ServiceButton]:
        return self.services_page.service_buttons

    @property
    def _pages(self) -> tuple[ServicesPage, CheckInPage, IssuedPage, PinPage]:
        return (self.services_page, self.check_in_page, self.issued_page, self.pin_page)

    def _scannable(self) -> bool:
        """The next visitor may scan: the services are shown, or the last visitor's
        number is still on the screen."""
        return self.stack.currentWidget() in (self.services_page, self.issued_page)

    # ------------------------------------------------------------------ texts

    def set_language(self, lang: str) -> None:
        self.lang = lang
        set_ui_language(lang)  # Qt's own texts (dialog buttons) follow
        self._retranslate()

    def _mark_language(self) -> None:
        """Show which language the screen speaks, to the eye and to a screen reader."""
        for code, choice in self.language_buttons.items():
            current = code == self.lang
            restyle(choice, current="true" if current else "false")
            choice.setAccessibleDescription(
                translate(CURRENT_LANGUAGE if current else SWITCH_LANGUAGE, code)
            )

    def _retranslate(self) -> None:
        self.centre.setText(self._centre.name(self.lang))
        self._mark_language()
        last = self.last_issued.ticket.number if self.last_issued else None
        self.services_page.retranslate(self.lang, last)
        self.services_page.show_states(self._queues, self._availability, self.lang)
        self.check_in_page.retranslate(self.lang)
        self.issued_page.retranslate(self.lang)
        self.pin_page.retranslate(self.lang)
        self.banner.set_language(self.lang)

    def _tick(self) -> None:
        now = self.engine.clock.now().astimezone(self._centre.timezone)
        self.clock.setText(now.strftime("%H:%M"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        unit = min(size.height(), size.width() * 9 / 16)
        if size.height() > size.width():  # a portrait screen: its width is the measure
            unit = min(size.width() * 0.75, size.height() * 9 / 16)
        set_font(self.centre, unit / 38)
        set_font(self.clock, unit / 22, bold=True)
        for choice in self.language_buttons.values():
            set_font(choice, unit / 48, bold=True)
        set_font(self.banner, unit / 40, bold=True)
        for page in self._pages:
            page.set_sizes(unit)
        super().resizeEvent(event)

    # ------------------------------------------------------------------ data

    def _read(self) -> tuple[QueueStatus, list[ServiceAvailability], CentreSettings]:
        return self.engine.status(), service_availability(self.engine), self.engine.settings

    def _show(self, data: tuple[QueueStatus, list[ServiceAvailability], CentreSettings]) -> None:
        status, availability, self._centre = data
        self._availability = {item.code: item for item in availability}
        queues = [queue for queue in status.services if queue.active]
        services = [queue.service for queue in queues]
        if services != [queue.service for queue in self._queues]:
            self.services_page.rebuild(services, portrait=self.height() > self.width())
            # Tab goes as the eye does: the languages, the services, the desk.
            chain = [*self.language_buttons.values(), *self.services_page.focus_chain()]
            for before, after in pairwise(chain):
                QWidget.setTabOrder(before, after)
        self._queues = queues
        self.banner.clear("offline")  # the queue answers again
        self._offer_languages(self._centre.kiosk_languages)
        self._retranslate()

    def _offer_languages(self, offered: tuple[str, ...]) -> None:
        """Show the language buttons the centre offers (an administrator's setting);
        a language taken away meanwhile gives way to the first one offered."""
        for code, choice in self.language_buttons.items():
            choice.setVisible(code in offered)
        if self.lang not in offered and offered:
            self.set_language(offered[0])

    def _read_failed(self, error: BaseException) -> None:
        log.warning("kiosk could not refresh: %s", error)
        self._show_connection(False)

    def _show_connection(self, online: bool) -> None:
        if online:
            self.banner.clear("offline")
        else:
            self.banner.stand("offline", "error", lambda lang: translate(OFFLINE, lang))

    # ------------------------------------------------------------------ issuing

    def tap(self, code: str) -> None:
        """A visitor chose ``code``: issue a ticket, or say why not."""
        if self.ops.busy or self.stack.currentWidget() is not self.services_page:
            return
        availability = self._availability.get(code)
        if availability is not None and not availability.is_open:
            service = self.service_buttons[code].service
            self.say("warning", lambda lang: f"{service.name(lang)} — {availability.message(lang)}")
            return
        # Chosen with the keyboard: the focus goes to "Done" and, after, back here.
        chosen = self.service_buttons.get(code)
        self._keyboard_choice = code if chosen is not None and chosen.hasFocus() else None
        self._issue(code, self.services_page.priority(), self._refused)

    def _issue(self, code: str, priority: Priority, refused: Failure) -> None:
        # At the desk every ticket is signed by the receptionist signed in (the engine
        # checks their role for a priority one); a kiosk has nobody signed in.
        actor = self.actor
        lang = self.lang
        issue = self.ops.op(
            lambda: self._with_link(self.engine.issue(code, priority, actor=actor, lang=lang))
        )
        issue.success(self._issued).failure(refused).run()

    def _with_link(self, issued: IssuedTicket) -> tuple[IssuedTicket, str | None]:
        """In the worker, with the ticket: its link to the centre's bot. The settings may
        have to be read again, which is never done on the GUI thread."""
        return issued, self.engine.settings.follow_link(issued.ticket.public_id)

    def _issued(self, result: tuple[IssuedTicket, str | None]) -> None:
        issued, link = result
        self.last_issued = issued
        self.priority_toggle.setChecked(False)
        self._update_desk()
        self.banner.hush()
        self.check_in_page.reset()  # the code typed for this ticket is not left behind
        self.issued_page.show_ticket(issued, self.print_jobs.issue(issued), link)
        if self._keyboard_choice is None:
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # no focus ring for a tap
        self.stack.setCurrentWidget(self.issued_page)
        if self._keyboard_choice is not None:
            self.issued_page.done_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._back_timer.start(int(self.show_seconds * 1000))
        self._retranslate()
        self.ticket_issued.emit(issued)
        self.refresh()

    def _refused(self, text: Text, _error: BaseException) -> None:
        self.say("warning", text)
        self.refresh()

    # ------------------------------------------------------------------ check-in

    def open_check_in(self) -> None:
        """The check-in page, empty, the focus in its field (for a keyboard, a scanner)."""
        self.scanner.forget()
        self.stack.setCurrentWidget(self.check_in_page)
        self.check_in_page.open()

    def check_in(self, code: str) -> None:
        """A booking code, typed on the check-in page or scanned (``_scannable``): its
        ticket, shown and printed as any other, or why not."""
        if self.ops.busy or not (self._scannable() or self._checking_in()):
            return
        self._keyboard_choice = None
        lang = self.lang
        checking = self.ops.op(lambda: self._with_link(self.engine.check_in(code, lang=lang)))
        checking.success(self._issued).failure(self._check_in_refused).run()

    def walk_in(self, service: str) -> None:
        """A visitor too late for their booking takes a ticket in the live queue."""
        if self.ops.busy or not self._checking_in():
            return
        self._keyboard_choice = None
        self._issue(service, Priority.NORMAL, self._check_in_refused)

    def _check_in_refused(self, text: Text, error: BaseException) -> None:
        """Said on the check-in page (opened for a scanned code), with the walk-in offer
        for a visitor who came too late."""
        walk_in = error.service if isinstance(error, CheckInRefused) and error.walk_in else None
        if self._scannable():
            self.show_services()  # the last visitor's number goes
            self.open_check_in()
        elif not self._checking_in():  # gone on meanwhile (the admin's PIN)
            self.say("warning", text)
            return
        self.check_in_page.refuse(text, walk_in)
        self.refresh()

    def _checking_in(self) -> bool:
        return self.stack.currentWidget() is self.check_in_page

    # ------------------------------------------------------------------ back

    def show_services(self) -> None:
        """Back to the buttons (after the issued number's time, Done, Back from the
        check-in, or a PIN cancel)."""
        self._back_timer.stop()
        self.pin_page.reset()
        self.check_in_page.reset()
        self.scanner.forget()
        if self.stack.currentWidget() is self.issued_page:
            self.banner.hush()
            self.issued_page.forget()
            if self.lang != self.start_lang:  # the next visitor starts in the usual language
                self.set_language(self.start_lang)
        self.stack.setCurrentWidget(self.services_page)
        chosen = self.service_buttons.get(self._keyboard_choice or "")
        if chosen is not None:
            chosen.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._rest_focus()
        self._keyboard_choice = None

    def _rest_focus(self) -> None:
        """Where the keyboard rests between visitors: in the desk's login field (the
        receptionist types there), else on the window itself, so that no button wears
        the focus ring on a touch screen until Tab is pressed."""
        login = self.reception.login_edit
        if self.receptionist and login.isVisibleTo(self):
            login.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def say(
        self, kind: str, text: Text, seconds: float = BANNER_SECONDS, *, rich: bool = False
    ) -> None:
        """Show ``text`` (rendered in the screen's language) above the page for a while;
        ``rich`` text is shown as markup, any other is shown exactly as it reads."""
        self.banner.say(kind, text, seconds, rich=rich)

    # ------------------------------------------------------------------ the desk

    def sign_in(self) -> None:
        """Check the receptionist's login and PIN (off the GUI thread); a refusal (wrong
        PIN, locked account, a role that gives no priority tickets) is said on the bar."""
        login = self.reception.login_edit.text().strip()
        pin = self.reception.pin_edit.text()
        if not self.receptionist or self._desk_ops.busy:
            return
        self.reception.pin_edit.clear()
        if not login or not pin:
            self.reception.say(lambda lang: translate(ENTER_LOGIN, lang))
            return

        def check() -> Actor:
            return require(self.engine.authenticate(login, pin), Permission.ISSUE_PRIORITY)

        signing = self._desk_ops.op(check)
        signing.success(self._signed_in).failure(self._sign_in_refused).run()

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.reception.say(None)
        self.reception.show_signed_in(actor.name)
        self._update_desk()

    def _sign_in_refused(self, text: Text, _error: BaseException) -> None:
        self.reception.say(text)
        self.reception.pin_edit.setFocus()

    def sign_out(self) -> None:
        """The receptionist leaves the desk: no priority tickets or copies until the next
        sign-in."""
        self.actor = None
        self.reception.say(None)
        self.reception.show_signed_in(None)
        self._update_desk()

    def _update_desk(self) -> None:
        """The priority toggle and the reprint, for whoever is signed in at the desk."""
        role = self.actor.role if self.actor is not None else None
        self.services_page.show_desk(
            may_prioritise=role is not None and may(role, Permission.ISSUE_PRIORITY),
            may_reprint=role is not None
            and may(role, Permission.REPRINT)
            and self.printing
            and self.last_issued is not None
            and not self._copying,
        )

    # ------------------------------------------------------------------ printing

    def reprint_last(self) -> None:
        """Print the last ticket of this kiosk again, marked as a copy and signed by the
        receptionist in the history; issues nothing."""
        actor = self.actor
        if self.last_issued is None or not self.printing or actor is None:
            return
        number = self.last_issued.ticket.number
        self._copying = True
        self._update_desk()
        # The button stays disabled meanwhile: no need to hold back a tap of a service.
        copy = self.ops.op(lambda: self.engine.reprint(number, actor=actor))
        copy.success(self._reprint).failure(self._reprint_refused).run(exclusive=False)

    def _reprint(self, issued: IssuedTicket) -> None:
        self.print_jobs.submit(issued, copy=True)

    def _reprint_refused(self, text: Text, _error: BaseException) -> None:
        self._copying = False
        self._update_desk()
        self.say("warning", text)

    def _showing(self, number: str) -> bool:
        """The visitor's card shows ticket ``number``."""
        shown = self.issued_page.ticket
        return (
            shown is not None
            and shown.ticket.number == number
            and self.stack.currentWidget() is self.issued_page
        )

    def _printed(self, outcome: PrintOutcome) -> None:
        """On the GUI thread, for every ticket printed or not."""
        self._apply(self.print_jobs.printed(outcome, self._showing(outcome.number)))

    def _print_crashed(self, number: str) -> None:
        self._apply(self.print_jobs.crashed(number, self._showing(number)))

    def _apply(self, report: Report) -> None:
        if report.copy:
            self._copying = False
            self._update_desk()
        if report.note is not None:
            self.issued_page.set_note(report.note)
        if report.hold is not None:
            self._back_timer.start(int(max(self.show_seconds, report.hold) * 1000))

    # ------------------------------------------------------------------ leaving

    def ask_pin(self) -> None:
        if self.stack.currentWidget() in (self.issued_page, self.check_in_page):
            self.show_services()
        self.stack.setCurrentWidget(self.pin_page)
        self.pin_page.open()

    def submit_pin(self) -> None:
        pin = self.pin_edit.text()
        if self._pin_ops.busy or not pin:
            return
        self.pin_edit.clear()
        check = self._pin_ops.op(lambda: check_admin_pin(self.engine, pin))
        check.success(self._pin_checked).failure(self._pin_failed).run()

    def _pin_checked(self, ok: bool) -> None:
        if ok:
            self.unlock()
            self.close()
            return
        self.pin_message.setText(translate(_("Wrong PIN."), self.lang))
        self.pin_page.idle.start()

    def _pin_failed(self, text: Text, _error: BaseException) -> None:
        self.pin_message.setText(text(self.lang))

    def unlock(self) -> None:
        """Let the next close through without a PIN."""
        self._unlocked = True

    def quit_after(self, seconds: float) -> None:
        """Unlock and end the application after ``seconds`` (smoke tests, benches)."""
        QTimer.singleShot(int(seconds * 1000), lambda: (self.unlock(), QApplication.quit()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.stack.currentWidget() is self.pin_page:
                self.show_services()
            elif self.locked:
                self.ask_pin()
            else:
                self.show_services()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked and not self._unlocked:
            event.ignore()
            self.ask_pin()
            return
        if not self.jobs.closed:
            self.jobs.close()
            for timer in (self._back_timer, self._clock_timer, self._refresh_timer):
                timer.stop()
            self.connection.stop()
            self.pin_page.idle.stop()
            self.check_in_page.idle.stop()
            self.scanner.stop()
            self.print_jobs.close()  # a ticket being printed still reaches the printer
        super().closeEvent(event)
