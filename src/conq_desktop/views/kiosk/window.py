"""The ticket kiosk: a visitor taps a service and gets a number.

One large button per offered service, named in Kyrgyz and Russian; a closed service or
one whose daily tickets are given out says so on its button instead of issuing. After a
tap the number, the people ahead and the expected wait stay on screen for a few
seconds while the ticket prints. Printing never decides whether a visitor has a place:
the ticket exists before printing starts, and a printer problem is shown with its
reason and the words "the number on the screen is valid".

Receptionist mode (a staff desk) adds a priority-ticket toggle and "reprint last
ticket". Kiosk mode is locked: closing it, Alt+F4 or Escape ask for an administrator's
PIN. Engine calls run on the runner's threads and printing on the spooler's; the GUI
thread only shows results.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.engine import IssuedTicket, QueueEngine, QueueStatus, ServiceQueue
from conq_desktop.engine.availability import (
    ServiceAvailability,
    check_admin_pin,
    service_availability,
)
from conq_desktop.engine.snapshots import ServiceInfo
from conq_desktop.errors import ConqError
from conq_desktop.i18n import _, translate
from conq_desktop.models import Priority
from conq_desktop.printing.printer_config import PrinterConfig, Scheme
from conq_desktop.printing.service import PrintOutcome, PrintSpooler, TicketPrinter
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.translations import set_ui_language
from conq_desktop.views.common.worker import EngineRunner, WindowJobs

log = logging.getLogger(__name__)

SHOW_SECONDS = 6.0  # the issued number stays this long, then the buttons return
TROUBLE_SECONDS = 15.0  # ... and this long when the ticket did not print
BANNER_SECONDS = 8.0  # a refusal ("closed now") stays this long
PIN_IDLE_SECONDS = 30.0  # an untouched PIN screen goes back to the buttons
REFRESH_MS = 30_000  # opening hours begin and end without any change in the database
SCREEN_LANGUAGES = (("ky", "Кыргызча"), ("ru", "Русский"), ("en", "English"))

Text = Callable[[str], str]

OFFLINE = _("The queue cannot be reached right now. Please ask at the reception.")
SOMETHING_WRONG = _("Something went wrong. Please ask at the reception.")

STYLE = """
QWidget#kiosk { background: #0b2239; }
QLabel { color: #f4f7fb; }
QLabel#centre { color: #cfe0f3; }
QLabel#clock { color: #ffffff; }
QLabel#prompt { color: #ffffff; }
QPushButton#lang {
    background: transparent; color: #cfe0f3;
    border: 2px solid #2d5f8e; border-radius: 14px; padding: 6px 22px;
}
QPushButton#lang:checked { background: #f4f7fb; color: #0b2239; border-color: #f4f7fb; }
QPushButton#service { background: #12416b; border: none; border-radius: 26px; }
QPushButton#service:pressed { background: #1d5e96; }
QPushButton#service[available="false"] { background: #112e4b; }
QPushButton#service[available="false"]:pressed { background: #112e4b; }
QLabel#badge { background: #f2b705; color: #0b2239; border-radius: 18px; }
QLabel#nameKy { color: #ffffff; }
QLabel#nameRu { color: #cfe0f3; }
QLabel#state { color: #9fc3e8; }
QPushButton#service[available="false"] QLabel#badge { background: #35506e; color: #b8c7d6; }
QPushButton#service[available="false"] QLabel#nameKy { color: #9fb3c8; }
QPushButton#service[available="false"] QLabel#nameRu { color: #8aa2bb; }
QPushButton#service[available="false"] QLabel#state { color: #f2b705; }
QLabel#banner { border-radius: 18px; padding: 14px 28px; }
QLabel#banner[kind="warning"] { background: #f2b705; color: #0b2239; }
QLabel#banner[kind="error"] { background: #c8553d; color: #ffffff; }
QLabel#banner[kind="info"] { background: #1f6f5c; color: #ffffff; }
QFrame#card { background: #12416b; border-radius: 36px; }
QLabel#caption { color: #9fc3e8; }
QLabel#number { color: #ffffff; }
QLabel#serviceName { color: #cfe0f3; }
QLabel#facts { color: #ffffff; }
QLabel#note { color: #f2b705; }
QPushButton#action {
    background: #f4f7fb; color: #0b2239; border: none; border-radius: 18px; padding: 12px 36px;
}
QPushButton#action:pressed { background: #cfe0f3; }
QPushButton#action:checked { background: #f2b705; }
QPushButton#action:disabled { background: #35506e; color: #8aa2bb; }
QLabel#last { color: #cfe0f3; }
QPushButton#key {
    background: #12416b; color: #ffffff; border: none; border-radius: 18px;
}
QPushButton#key:pressed { background: #1d5e96; }
QLineEdit#pin {
    background: #f4f7fb; color: #0b2239; border: none; border-radius: 14px; padding: 8px;
}
QLabel#pinMessage { color: #f2b705; }
"""


def _font(widget: QWidget, pixels: float, bold: bool = False) -> None:
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(10, int(pixels)))
    font.setBold(bold)
    widget.setFont(font)


def _repolish(widget: QWidget) -> None:
    for item in (widget, *widget.findChildren(QWidget)):
        item.style().unpolish(item)
        item.style().polish(item)


def _label(name: str, text: str = "", *, wrap: bool = False) -> QLabel:
    label = QLabel(text, objectName=name, alignment=Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(wrap)
    return label


class ServiceButton(QPushButton):
    """One service: its letter, its Kyrgyz and Russian names, and whether it is open."""

    def __init__(self, service: ServiceInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = service.code
        self.service = service
        self.available = True
        self.setObjectName("service")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.badge = _label("badge", service.prefix)
        self.name_ky = QLabel(service.name("ky"), objectName="nameKy")
        self.name_ru = QLabel(service.name("ru"), objectName="nameRu")
        self.state = QLabel(objectName="state")
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addStretch(1)
        for label in (self.name_ky, self.name_ru, self.state):
            label.setWordWrap(True)
            text.addWidget(label)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 12, 28, 12)
        row.setSpacing(28)
        row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(text, 1)
        for label in (self.badge, self.name_ky, self.name_ru, self.state):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    def show_state(
        self, queue: ServiceQueue, availability: ServiceAvailability | None, lang: str
    ) -> None:
        available = availability is None or availability.is_open
        if availability is None:
            line = ""
        elif available:
            waiting = translate(_("In the queue: {count}"), lang, count=queue.waiting)
            line = f"{availability.message(lang)}  ·  {waiting}"
        else:
            line = availability.message(lang)
        if lang == "en":
            line = f"{self.service.name('en')}  ·  {line}" if line else self.service.name("en")
        self.state.setText(line)
        if available != self.available:
            self.available = available
            self.setProperty("available", "true" if available else "false")
            _repolish(self)

    def set_sizes(self, unit: float) -> None:
        _font(self.name_ky, unit / 29, bold=True)
        _font(self.name_ru, unit / 34)
        _font(self.state, unit / 42)
        badge = int(unit / 9.5)
        self.badge.setFixedSize(badge, badge)
        _font(self.badge, badge * 0.62, bold=True)


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
        self.printing = self.printer.config.target.scheme != Scheme.NONE
        self.spooler = PrintSpooler(self.printer, on_done=self.print_finished.emit)
        self.receptionist = receptionist
        self.locked = locked
        self.lang = lang
        self.start_lang = lang
        self.show_seconds = show_seconds
        self.service_buttons: dict[str, ServiceButton] = {}
        self.last_issued: IssuedTicket | None = None
        self.shown: IssuedTicket | None = None
        self._queues: list[ServiceQueue] = []
        self._availability: dict[str, ServiceAvailability] = {}
        self._copies: list[str] = []
        self._issuing = False
        self._checking_pin = False
        self._unlocked = False
        self.jobs = WindowJobs(self.runner, self)
        # Re-reads the services; a burst of changes while reading costs one more read.
        self.refresh = self.jobs.coalesced(self._read, self._show, self._read_failed)
        self._unit = 720.0
        self._banner: tuple[str, Text] | None = None  # shown for a while
        # Shown until the cause goes away, by cause: "offline", "printer".
        self._standing: dict[str, tuple[str, Text]] = {}
        self._note: Text | None = None

        self.setObjectName("kiosk")
        self.setWindowTitle("conq-desktop")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.print_finished.connect(self._printed)
        self.print_crashed.connect(self._print_crashed)

        # Header: centre, clock, language switch.
        self.centre = QLabel(objectName="centre")
        self.centre.setWordWrap(True)
        self.clock = _label("clock")
        self.language_buttons: dict[str, QPushButton] = {}
        self._language_group = QButtonGroup(self)
        languages = QHBoxLayout()
        languages.setSpacing(12)
        for code, name in SCREEN_LANGUAGES:
            button = QPushButton(name, objectName="lang", checkable=True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setChecked(code == lang)
            button.clicked.connect(lambda _checked=False, code=code: self.set_language(code))
            self._language_group.addButton(button)
            self.language_buttons[code] = button
            languages.addWidget(button)
        header = QHBoxLayout()
        header.setSpacing(24)
        header.addWidget(self.centre, 1)
        header.addLayout(languages)
        header.addWidget(self.clock)

        self.banner = _label("banner", wrap=True)
        self.banner.setProperty("kind", "warning")
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.hide()
        self._banner_timer = QTimer(self, singleShot=True, timeout=self._banner_expired)

        self.stack = QStackedWidget()
        self.services_page = self._build_services_page()
        self.issued_page = self._build_issued_page()
        self.pin_page = self._build_pin_page()
        for page in (self.services_page, self.issued_page, self.pin_page):
            self.stack.addWidget(page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 32)
        layout.setSpacing(20)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

        self._back_timer = QTimer(self, singleShot=True, timeout=self.show_services)
        self._pin_idle = QTimer(self, singleShot=True, timeout=self.show_services)
        self._pin_idle.setInterval(int(PIN_IDLE_SECONDS * 1000))
        self._clock_timer = QTimer(self, interval=1000, timeout=self._tick)
        self._clock_timer.start()
        self._refresh_timer = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        self._refresh_timer.start()
        if live is not None:
            live.changed.connect(self.refresh)
        self._tick()
        self._retranslate()
        self.refresh()

    # ------------------------------------------------------------------ building

    def _build_services_page(self) -> QWidget:
        page = QWidget()
        self.prompt = _label("prompt")
        self.grid = QGridLayout()
        self.grid.setSpacing(22)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(22)
        layout.addWidget(self.prompt)
        layout.addLayout(self.grid, 1)

        self.priority_toggle = QPushButton(objectName="action", checkable=True)
        self.priority_toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reprint_button = QPushButton(objectName="action")
        self.reprint_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reprint_button.setEnabled(False)
        self.reprint_button.clicked.connect(self.reprint_last)
        self.last_label = QLabel(objectName="last")
        self.desk = QWidget()
        desk = QHBoxLayout(self.desk)
        desk.setContentsMargins(0, 0, 0, 0)
        desk.setSpacing(20)
        desk.addWidget(self.priority_toggle)
        desk.addWidget(self.reprint_button)
        desk.addWidget(self.last_label, 1)
        self.desk.setVisible(self.receptionist)
        self.reprint_button.setVisible(self.printing)
        layout.addWidget(self.desk)
        return page

    def _build_issued_page(self) -> QWidget:
        page = QWidget()
        self.card = QFrame(objectName="card")
        self.issued_caption = _label("caption")
        self.number = _label("number", "—")
        self.service_name = _label("serviceName", wrap=True)
        self.ahead = _label("facts", wrap=True)
        self.wait = _label("facts", wrap=True)
        self.note = _label("note", wrap=True)
        self.done_button = QPushButton(objectName="action")
        self.done_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.done_button.clicked.connect(self.show_services)
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
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.card, 8)
        layout.addStretch(1)
        return page

    def _build_pin_page(self) -> QWidget:
        page = QWidget()
        self.pin_title = _label("prompt", wrap=True)
        self.pin_edit = QLineEdit(objectName="pin", alignment=Qt.AlignmentFlag.AlignCenter)
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(12)
        self.pin_edit.returnPressed.connect(self.submit_pin)
        self.pin_edit.textEdited.connect(lambda _text: self._pin_idle.start())
        self.pin_message = _label("pinMessage", wrap=True)
        self.keys: list[QPushButton] = []
        keypad = QGridLayout()
        keypad.setSpacing(14)
        for index, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]):
            button = QPushButton(key, objectName="key" if key != "OK" else "action")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, key=key: self._key(key))
            keypad.addWidget(button, index // 3, index % 3)
            self.keys.append(button)
        self.pin_cancel = QPushButton(objectName="action")
        self.pin_cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pin_cancel.clicked.connect(self.show_services)
        column = QVBoxLayout()
        column.setSpacing(18)
        column.addStretch(1)
        column.addWidget(self.pin_title)
        column.addWidget(self.pin_edit)
        column.addWidget(self.pin_message)
        column.addLayout(keypad)
        column.addWidget(self.pin_cancel)
        column.addStretch(1)
        layout = QHBoxLayout(page)
        layout.addStretch(1)
        layout.addLayout(column, 1)
        layout.addStretch(1)
        return page

    def _rebuild_buttons(self, queues: list[ServiceQueue]) -> None:
        for button in self.service_buttons.values():
            self.grid.removeWidget(button)
            button.deleteLater()
        self.service_buttons = {}
        count = len(queues)
        portrait = self.height() > self.width()
        columns = (1 if count <= 5 else 2) if portrait else (1 if count <= 3 else 2)
        columns = 3 if count > 8 and not portrait else columns
        for index, queue in enumerate(queues):
            button = ServiceButton(queue.service)
            button.set_sizes(self._unit)
            button.clicked.connect(lambda _checked=False, code=queue.service.code: self.tap(code))
            row, column = divmod(index, columns)
            last_alone = index == count - 1 and column == 0 and columns > 1
            self.grid.addWidget(button, row, column, 1, columns if last_alone else 1)
            button.show()  # the page may be on screen already
            self.service_buttons[queue.service.code] = button
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        rows = (count + columns - 1) // columns if count else 0
        for row in range(max(rows, self.grid.rowCount())):
            self.grid.setRowStretch(row, 1 if row < rows else 0)

    # ------------------------------------------------------------------ texts

    def set_language(self, lang: str) -> None:
        self.lang = lang
        set_ui_language(lang)  # Qt's own texts (dialog buttons) follow
        self.language_buttons[lang].setChecked(True)
        self._retranslate()

    def _t(self, message: str, **params: object) -> str:
        return translate(message, self.lang, **params)

    def _retranslate(self) -> None:
        self.centre.setText(self.engine.settings.name(self.lang))
        self.prompt.setText(self._t(_("Choose a service")))
        self.priority_toggle.setText("★  " + self._t(_("Priority ticket")))
        self.reprint_button.setText(self._t(_("Reprint last ticket")))
        self.last_label.setText(
            self._t(_("Last ticket: {number}"), number=self.last_issued.ticket.number)
            if self.last_issued
            else ""
        )
        self.done_button.setText(self._t(_("Done")))
        self.pin_title.setText(self._t(_("Enter the administrator PIN to close the kiosk.")))
        self.pin_cancel.setText(self._t(_("Cancel")))
        for queue in self._queues:
            button = self.service_buttons.get(queue.service.code)
            if button is not None:
                button.show_state(queue, self._availability.get(queue.service.code), self.lang)
        if self.shown is not None:
            self._fill_ticket(self.shown)
        self.note.setText(self._note(self.lang) if self._note else "")
        self._render_banner()

    def _tick(self) -> None:
        now = self.engine.clock.now().astimezone(self.engine.settings.timezone)
        self.clock.setText(now.strftime("%H:%M"))

    # ------------------------------------------------------------------ sizes

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        unit = min(size.height(), size.width() * 9 / 16)
        self._unit = unit
        _font(self.centre, unit / 38)
        _font(self.clock, unit / 22, bold=True)
        for button in self.language_buttons.values():
            _font(button, unit / 48, bold=True)
        _font(self.banner, unit / 40, bold=True)
        _font(self.prompt, unit / 26, bold=True)
        for button in self.service_buttons.values():
            button.set_sizes(unit)
        for widget in (self.priority_toggle, self.reprint_button, self.done_button):
            _font(widget, unit / 40, bold=True)
        _font(self.last_label, unit / 44)
        _font(self.issued_caption, unit / 26)
        _font(self.number, unit / 4.2, bold=True)
        _font(self.service_name, unit / 32)
        _font(self.ahead, unit / 24, bold=True)
        _font(self.wait, unit / 24, bold=True)
        _font(self.note, unit / 30, bold=True)
        _font(self.pin_title, unit / 30, bold=True)
        _font(self.pin_edit, unit / 20, bold=True)
        _font(self.pin_message, unit / 40, bold=True)
        _font(self.pin_cancel, unit / 40, bold=True)
        for key in self.keys:
            _font(key, unit / 24, bold=True)
            key.setMinimumHeight(int(unit / 11))
        super().resizeEvent(event)

    # ------------------------------------------------------------------ data

    def _read(self) -> tuple[QueueStatus, list[ServiceAvailability]]:
        return self.engine.status(), service_availability(self.engine)

    def _show(self, data: tuple[QueueStatus, list[ServiceAvailability]]) -> None:
        status, availability = data
        self._availability = {item.code: item for item in availability}
        queues = [queue for queue in status.services if queue.active]
        if [queue.service for queue in queues] != [queue.service for queue in self._queues]:
            self._rebuild_buttons(queues)
        self._queues = queues
        self._standing.pop("offline", None)  # the queue answers again
        self._retranslate()

    def _read_failed(self, error: BaseException) -> None:
        log.warning("kiosk could not refresh: %s", error)
        self._standing["offline"] = ("error", _plain(lambda lang: translate(OFFLINE, lang)))
        self._render_banner()

    # ------------------------------------------------------------------ issuing

    def tap(self, code: str) -> None:
        """A visitor chose ``code``: issue a ticket, or say why not."""
        if self._issuing or self.stack.currentWidget() is not self.services_page:
            return
        availability = self._availability.get(code)
        if availability is not None and not availability.is_open:
            button = self.service_buttons[code]
            self.say(
                "warning",
                lambda lang: f"{button.service.name(lang)} — {availability.message(lang)}",
            )
            return
        priority = (
            Priority.PRIORITY
            if self.receptionist and self.priority_toggle.isChecked()
            else Priority.NORMAL
        )
        self._issuing = True
        self.jobs.run(lambda: self.engine.issue(code, priority), self._issued, self._refused)

    def _issued(self, issued: IssuedTicket) -> None:
        self._issuing = False
        self.last_issued = issued
        self.priority_toggle.setChecked(False)
        self.reprint_button.setEnabled(self.printing)
        self._banner = None
        self._banner_timer.stop()
        self.shown = issued
        if self.printing:
            self._note = lambda lang: translate(_("Printing your ticket…"), lang)
            self._submit(issued)
        else:
            self._note = lambda lang: translate(_("Please remember your number."), lang)
        self.stack.setCurrentWidget(self.issued_page)
        self._back_timer.start(int(self.show_seconds * 1000))
        self._retranslate()
        self.ticket_issued.emit(issued)
        self.refresh()

    def _refused(self, error: BaseException) -> None:
        self._issuing = False
        self.say("warning", _explain(error))
        self.refresh()

    def _fill_ticket(self, issued: IssuedTicket) -> None:
        caption = self._t(_("Your number"))
        if issued.ticket.priority > Priority.NORMAL:
            caption += "  ·  " + self._t(_("Priority"))
        self.issued_caption.setText(caption)
        self.number.setText(issued.ticket.number)
        service = issued.ticket.service
        self.service_name.setText(service.name(self.lang))
        if issued.people_ahead == 0:
            self.ahead.setText(self._t(_("You are next in line.")))
        else:
            self.ahead.setText(self._t(_("People ahead: {count}"), count=issued.people_ahead))
        self.wait.setText(
            self._t(_("Expected wait: about {minutes} min"), minutes=issued.expected_wait_minutes)
        )

    def show_services(self) -> None:
        """Back to the buttons (after the issued number's time, Done, or a PIN cancel)."""
        self._back_timer.stop()
        self._pin_idle.stop()
        self.pin_edit.clear()
        self.pin_message.clear()
        if self.stack.currentWidget() is self.issued_page:
            self._banner = None
            self._banner_timer.stop()
            self.shown = None
            self._note = None
            if self.lang != self.start_lang:  # the next visitor starts in the usual language
                self.set_language(self.start_lang)
        self.stack.setCurrentWidget(self.services_page)
        self._render_banner()

    # ------------------------------------------------------------------ printing

    def _submit(self, issued: IssuedTicket, *, copy: bool = False) -> None:
        if self.jobs.closed:  # the spooler is shut down
            return
        number = issued.ticket.number
        future = self.spooler.submit(issued, copy=copy)

        def crashed(done: Future[PrintOutcome]) -> None:  # on the printer thread
            if done.exception() is not None:
                log.error("printing %s failed", number, exc_info=done.exception())
                self.print_crashed.emit(number)

        future.add_done_callback(crashed)

    def reprint_last(self) -> None:
        """Print the last ticket of this kiosk again, marked as a copy; issues nothing."""
        if self.last_issued is None or not self.printing:
            return
        number = self.last_issued.ticket.number
        self.reprint_button.setEnabled(False)
        self.jobs.run(lambda: self.engine.position(number), self._reprint, self._reprint_refused)

    def _reprint(self, issued: IssuedTicket) -> None:
        self._copies.append(issued.ticket.number)
        self._submit(issued, copy=True)

    def _reprint_refused(self, error: BaseException) -> None:
        self.reprint_button.setEnabled(True)
        self.say("warning", _explain(error))

    def _printed(self, outcome: PrintOutcome) -> None:
        """On the GUI thread, for every ticket printed or not."""
        copy = outcome.number in self._copies
        if copy:
            self._copies.remove(outcome.number)
            self.reprint_button.setEnabled(True)
        showing = (
            not copy
            and self.shown is not None
            and self.shown.ticket.number == outcome.number
            and self.stack.currentWidget() is self.issued_page
        )
        if outcome.printed:
            self._standing.pop("printer", None)
            if showing:
                self._set_note(lambda lang: translate(_("Please take your ticket."), lang))
            elif copy:
                number = outcome.number
                self.say(
                    "info",
                    lambda lang: translate(
                        _("Ticket {number} was printed again."), lang, number=number
                    ),
                )
            self._render_banner()
            return
        if outcome.skipped or outcome.error is None:
            if showing:
                self._set_note(lambda lang: translate(_("Please remember your number."), lang))
            return
        log.warning("ticket %s not printed: %s", outcome.number, outcome.error.message("en"))
        error = outcome.error
        self._trouble(outcome.number, lambda lang: error.message(lang), showing)

    def _print_crashed(self, number: str) -> None:
        showing = self.shown is not None and self.shown.ticket.number == number
        if number in self._copies:
            self._copies.remove(number)
            self.reprint_button.setEnabled(True)
        self._trouble(number, lambda lang: translate(SOMETHING_WRONG, lang), showing)

    def _trouble(self, number: str, reason: Text, showing: bool) -> None:
        def banner(lang: str) -> str:
            lines = [
                _quiet(
                    translate(_("Ticket {number} was not printed."), lang, number=number),
                    reason(lang),
                ),
                escape(
                    translate(_("The number on the screen is valid; please remember it."), lang)
                ),
            ]
            if self.receptionist:
                lines.append(
                    escape(translate(_("Check the printer, then reprint the ticket."), lang))
                )
            return "<br>".join(lines)

        self._standing["printer"] = (
            "warning",
            lambda lang: (
                _quiet(translate(_("The ticket printer is not working."), lang), reason(lang))
                + "<br>"
                + escape(translate(_("Your number will be shown on the screen."), lang))
            ),
        )
        self.say("warning", banner, TROUBLE_SECONDS, rich=True)
        if showing:
            self._set_note(
                lambda lang: translate(_("Your number {number} is valid."), lang, number=number)
            )
            self._back_timer.start(int(max(self.show_seconds, TROUBLE_SECONDS) * 1000))

    def _set_note(self, text: Text) -> None:
        self._note = text
        self.note.setText(text(self.lang))

    # ------------------------------------------------------------------ banner

    def say(
        self, kind: str, text: Text, seconds: float = BANNER_SECONDS, *, rich: bool = False
    ) -> None:
        """Show ``text`` (rendered in the screen's language) above the page for a while;
        ``rich`` text is shown as markup, any other is shown exactly as it reads."""
        self._banner = (kind, text if rich else _plain(text))
        self._banner_timer.start(int(seconds * 1000))
        self._render_banner()

    def _banner_expired(self) -> None:
        self._banner = None
        self._render_banner()

    def _render_banner(self) -> None:
        current = self._banner or self._standing.get("offline") or self._standing.get("printer")
        if current is None:
            self.banner.hide()
            return
        kind, text = current
        if self.banner.property("kind") != kind:
            self.banner.setProperty("kind", kind)
            _repolish(self.banner)
        self.banner.setText(text(self.lang))
        self.banner.show()

    # ------------------------------------------------------------------ leaving

    def ask_pin(self) -> None:
        if self.stack.currentWidget() is self.issued_page:
            self.show_services()
        self.pin_edit.clear()
        self.pin_message.clear()
        self.stack.setCurrentWidget(self.pin_page)
        self.pin_edit.setFocus()
        self._pin_idle.start()

    def _key(self, key: str) -> None:
        self._pin_idle.start()
        if key == "OK":
            self.submit_pin()
        elif key == "⌫":
            self.pin_edit.backspace()
        else:
            self.pin_edit.insert(key)

    def submit_pin(self) -> None:
        pin = self.pin_edit.text()
        if self._checking_pin or not pin:
            return
        self._checking_pin = True
        self.pin_edit.clear()
        self.jobs.run(
            lambda: check_admin_pin(self.engine, pin), self._pin_checked, self._pin_failed
        )

    def _pin_checked(self, ok: bool) -> None:
        self._checking_pin = False
        if ok:
            self.unlock()
            self.close()
            return
        self.pin_message.setText(self._t(_("Wrong PIN.")))
        self._pin_idle.start()

    def _pin_failed(self, error: BaseException) -> None:
        self._checking_pin = False
        self.pin_message.setText(_explain(error)(self.lang))

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
            for timer in (self._back_timer, self._pin_idle, self._clock_timer, self._refresh_timer):
                timer.stop()
            self.spooler.close()  # a ticket being printed still reaches the printer
        super().closeEvent(event)


def _plain(text: Text) -> Text:
    return lambda lang: escape(text(lang), quote=False)


def _quiet(headline: str, detail: str) -> str:
    """Rich text for the banner: the headline in its bold font, the detail in normal weight."""
    return f'{escape(headline)} <span style="font-weight: 400">{escape(detail)}</span>'


def _explain(error: BaseException) -> Text:
    """A refusal in the screen's language; anything else is a bug, said plainly."""
    if isinstance(error, ConqError):
        return error.message
    log.error("kiosk call failed: %r", error)
    return lambda lang: translate(SOMETHING_WRONG, lang)
