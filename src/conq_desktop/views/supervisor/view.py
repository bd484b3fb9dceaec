"""The supervisor view: every window and every service of the centre at a glance, live,
and the supervisor's acts on a service (stop or resume issuing, move its waiting
tickets elsewhere) and closing the day with its printed seal, each signed with their
login and PIN.

It only asks the engine: reads through a coalesced refresh on every ``LiveUpdates``
change (and once a minute: a wait crosses its target with time alone), acts through
``Operations``, both off the GUI thread. Running times tick once a second from the
tickets' own timestamps, without reading.

The language switch (Кыргызча / Русский / English, ``views/common/language_switch.py``)
retranslates the whole view at once, the message line too. Its buttons are plain
buttons, not toggles: assistive technology reads them as buttons, and the one of the
language shown says so in its description. Every button's and field's accessible name
is the text it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.config import data_dir
from conq_desktop.engine import QueueEngine, QueueStatus, ServiceQueue
from conq_desktop.engine.auth import Actor
from conq_desktop.i18n import _, current_language, translate
from conq_desktop.printing.printer_config import PrinterConfig
from conq_desktop.printing.seal_print import SealOutput
from conq_desktop.views.common.connection import ConnectionBanner, watch_connection
from conq_desktop.views.common.language_switch import CURRENT_LANGUAGE
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.message_line import MessageLine
from conq_desktop.views.common.operation import Operations, Text, explain
from conq_desktop.views.common.sign_in_bar import sign_in_bar
from conq_desktop.views.common.theme import restyle, set_font
from conq_desktop.views.common.translations import set_ui_language
from conq_desktop.views.common.worker import EngineRunner, WindowJobs
from conq_desktop.views.supervisor import texts
from conq_desktop.views.supervisor.close_day import (
    CLOSE_DAY,
    CloseDayDialog,
    close_and_deliver,
    outcome_text,
)
from conq_desktop.views.supervisor.move_dialog import MoveDialog
from conq_desktop.views.supervisor.style import BASE_HEIGHT, STYLE
from conq_desktop.views.supervisor.windows_grid import WindowsGrid

# The queues are read again this often without any change: a wait crosses its
# service's target with time alone.
REREAD_MS = 60_000

SIGN_IN_FIRST = _("Sign in as a supervisor first.")
SUPERVISOR = _("Supervisor")
LOGIN = _("Login")
PIN = _("PIN")
SERVICES = _("Services")

# CURRENT_LANGUAGE is the shared switch's; it stays importable from here.
__all__ = ["CURRENT_LANGUAGE", "SupervisorView"]


class SupervisorView(QWidget):
    def __init__(
        self,
        engine: QueueEngine,
        live: LiveUpdates | None = None,
        runner: EngineRunner | None = None,
        *,
        lang: str | None = None,
        printer_config: Callable[[], PrinterConfig] | None = None,
        seal_folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.engine = engine
        # The day's seal: this PC's ticket printer, read when the day is closed (a bad
        # setting then refuses only the printing), and the PDF's folder.
        self.printer_config = printer_config
        self.seal_folder = seal_folder
        self.lang = lang or current_language()
        self.runner = runner or EngineRunner(self)
        self.jobs = WindowJobs(self.runner, self)
        self.ops = Operations(self.jobs)
        self.refresh = self.jobs.coalesced(self.engine.status, self._show, self._failed)
        self.actor: Actor | None = None
        self.status: QueueStatus | None = None
        self.selected: str | None = None  # the code of the chosen service
        self.move_dialog: MoveDialog | None = None
        self.close_day_dialog: CloseDayDialog | None = None
        self.last_seal: SealOutput | None = None
        self.service_buttons: dict[str, QPushButton] = {}
        # Each button and field with the message it shows, retranslated together.
        self._buttons: dict[QPushButton, str] = {}
        self._edits: dict[QLineEdit, str] = {}

        self.setObjectName("supervisor")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

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
            edit=self._edit,
            button=self._button,
            texts=(LOGIN, PIN, _("Sign in")),
            sign_in=self.sign_in,
            set_language=self.set_language,
        )
        self.lang_buttons = self.lang_switch.buttons

        self.message = MessageLine(quiet="info")

        self.windows = WindowsGrid(self.lang)

        self.services = QFrame(objectName="services")
        self.services_layout = QVBoxLayout(self.services)
        self.services_title = QLabel(objectName="heading")
        self.services_layout.addWidget(self.services_title)
        self.service_group = QButtonGroup(self)
        self.service_group.setExclusive(True)
        self.services_list = QVBoxLayout()
        self.services_layout.addLayout(self.services_list)
        self.services_layout.addStretch(1)
        self.stop_button = self._button(_("Stop issuing"), lambda: self.set_issuing(False))
        self.resume_button = self._button(_("Resume issuing"), lambda: self.set_issuing(True))
        self.move_button = self._button(_("Move waiting to…"), self.ask_move)
        self.close_day_button = self._button(CLOSE_DAY, self.ask_close_day)
        # Two rows: in Kyrgyz and Russian the three do not fit side by side at 1366×768.
        actions = QGridLayout()
        actions.addWidget(self.stop_button, 0, 0)
        actions.addWidget(self.resume_button, 0, 1)
        actions.addWidget(self.move_button, 1, 0, 1, 2)
        actions.addWidget(self.close_day_button, 2, 0, 1, 2)
        self.services_layout.addLayout(actions)

        body = QHBoxLayout()
        body.addWidget(self.windows, 3)
        body.addWidget(self.services, 2)
        # The database cannot be reached: what the view shows may be behind. It goes
        # by itself once the queue was read again.
        self.connection_banner = ConnectionBanner(self.lang)
        layout = QVBoxLayout(self)
        layout.addWidget(self.connection_banner)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        self.retranslate()
        self._update_actions()
        self.apply_sizes(1280, 720)

        self._timer = QTimer(self, interval=1000, timeout=self.tick)
        self._timer.start()
        self.reread_timer = QTimer(self, interval=REREAD_MS, timeout=self._reread)
        self.reread_timer.start()
        self.connection = watch_connection(self, live, self.refresh, self.connection_banner)
        if live is not None:
            live.changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------------ building

    def tr_(self, message: str, **params: object) -> str:
        return translate(message, self.lang, **params)

    def _edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        self._edits[edit] = name
        return edit

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(slot)
        self._buttons[button] = text
        return button

    # ------------------------------------------------------------------ language

    def set_language(self, lang: str) -> None:
        """Show the whole view in ``lang`` (and Qt's own texts, for the dialogs)."""
        self.lang = lang
        set_ui_language(lang)
        self.connection_banner.set_language(lang)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the view in ``self.lang``; each accessible name its text."""
        title = self.tr_(SUPERVISOR)
        self.setWindowTitle(f"conq-desktop — {title}")
        self.title.setText(title)
        for edit, name in self._edits.items():
            edit.setPlaceholderText(self.tr_(name))
            edit.setAccessibleName(edit.placeholderText())
        for button, text in self._buttons.items():
            button.setText(self.tr_(text))
            button.setAccessibleName(button.text())
        self.lang_switch.show_language(self.lang)
        self.services_title.setText(self.tr_(SERVICES))
        self.windows.set_language(self.lang)
        if self.status is not None:
            self._show_services(self.status.services)
        self.message.retranslate(self.lang)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.apply_sizes(event.size().width(), event.size().height())
        super().resizeEvent(event)

    def apply_sizes(self, width: int, height: int) -> None:
        """Fonts follow the window: the base sizes are for 1080 pixels high."""
        scale = max(0.55, min(height / BASE_HEIGHT, width / (BASE_HEIGHT * 16 / 9)))
        set_font(self.title, 34 * scale, bold=True)
        for widget in (self.login_edit, self.pin_edit, self.who, self.message):
            set_font(widget, 22 * scale)
        for button in (self.sign_in_button, self.stop_button, self.resume_button):
            set_font(button, 22 * scale, bold=True)
        set_font(self.move_button, 22 * scale, bold=True)
        set_font(self.close_day_button, 22 * scale, bold=True)
        self.lang_switch.set_font_size(20 * scale)
        set_font(self.services_title, 20 * scale, bold=True)
        self.windows.set_scale(scale)
        for button in self.service_buttons.values():
            set_font(button, 21 * scale)

    # ------------------------------------------------------------------ reading

    def _failed(self, error: BaseException) -> None:
        self.say(explain(error), error=True)

    def _show(self, status: QueueStatus) -> None:
        self.status = status
        self.windows.show_status(status)
        self._show_services(status.services)
        self._update_actions()
        self.tick()

    def _show_services(self, queues: list[ServiceQueue]) -> None:
        codes = [queue.service.code for queue in queues]
        if codes != list(self.service_buttons):
            for button in self.service_buttons.values():
                self.service_group.removeButton(button)
                button.deleteLater()
            self.service_buttons = {}
            for code in codes:
                button = QPushButton(objectName="service", checkable=True)
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                button.clicked.connect(lambda _checked=False, chosen=code: self.select(chosen))
                self.service_group.addButton(button)
                self.services_list.addWidget(button)
                self.service_buttons[code] = button
            self.apply_sizes(self.width(), self.height())
        for queue in queues:
            button = self.service_buttons[queue.service.code]
            button.setText(texts.service_line(queue, self.lang))
            button.setAccessibleName(button.text())
            button.setChecked(queue.service.code == self.selected)
            restyle(button, breach=queue.over_target, closed=not queue.active)

    def tick(self) -> None:
        self.windows.tick(self.engine.clock.now())

    def _reread(self) -> None:
        self.refresh()

    # ------------------------------------------------------------------ acting

    def say(self, text: Text | None, error: bool = False) -> None:
        """Show ``text`` on the message line (again after a language switch)."""
        self.message.say(text, self.lang, error)

    def sign_in(self) -> None:
        login, pin = self.login_edit.text().strip(), self.pin_edit.text()
        self.pin_edit.clear()

        def signed_in(actor: Actor) -> None:
            self.actor = actor
            self.who.setText(actor.name)
            self.say(lambda lang: translate(_("Signed in: {name}"), lang, name=actor.name))

        def refused(text: Text, _error: BaseException) -> None:
            self.actor = None
            self.who.setText("")
            self.say(text, error=True)

        self.ops.op(lambda: self.engine.authenticate(login, pin)).success(signed_in).failure(
            refused
        ).run()

    def select(self, code: str) -> None:
        self.selected = code
        self._update_actions()

    def _queue(self, code: str | None) -> ServiceQueue | None:
        for queue in self.status.services if self.status else []:
            if queue.service.code == code:
                return queue
        return None

    def _update_actions(self) -> None:
        queue = self._queue(self.selected)
        self.stop_button.setEnabled(queue is not None and queue.active)
        self.resume_button.setEnabled(queue is not None and not queue.active)
        self.move_button.setEnabled(queue is not None and queue.waiting > 0)

    def _acting(self) -> Actor | None:
        if self.actor is None:
            self.say(lambda lang: translate(SIGN_IN_FIRST, lang), error=True)
        return self.actor

    def _refused(self, text: Text, _error: BaseException) -> None:
        self.say(text, error=True)

    def set_issuing(self, issuing: bool) -> None:
        code, actor = self.selected, self._acting()
        if code is None or actor is None:
            return
        queue = self._queue(code)
        done = _("Issuing resumed: {service}") if issuing else _("Issuing stopped: {service}")

        def said(lang: str) -> str:
            return translate(done, lang, service=queue.service.name(lang) if queue else code)

        def changed(_changed: bool) -> None:
            self.say(said)
            self.refresh()

        self.ops.op(lambda: self.engine.set_issuing(code, issuing, actor=actor)).success(
            changed
        ).failure(self._refused).run()

    def ask_move(self) -> None:
        source = self._queue(self.selected)
        if source is None or self._acting() is None or self.status is None:
            return
        targets = [
            (queue.service.code, queue.service.name(self.lang))
            for queue in self.status.services
            if queue.service.code != source.service.code
        ]
        dialog = MoveDialog(self, source.service.name(self.lang), targets, self.lang)
        dialog.accepted.connect(lambda: self.move_waiting(source.service.code, dialog.chosen()))
        self.move_dialog = dialog
        dialog.open()

    def move_waiting(self, from_code: str, to_code: str) -> None:
        actor = self._acting()
        if actor is None:
            return

        def moved(count: int) -> None:
            self.say(lambda lang: translate(_("Moved {count} waiting tickets."), lang, count=count))
            self.refresh()

        self.ops.op(lambda: self.engine.move_waiting(from_code, to_code, actor=actor)).success(
            moved
        ).failure(self._refused).run()

    def ask_close_day(self) -> None:
        """Ask first: closing writes to the history and prints."""
        if self._acting() is None:
            return
        dialog = CloseDayDialog(self, self.engine.today(), self.lang)
        dialog.accepted.connect(lambda: self.close_day(dialog.day))
        self.close_day_dialog = dialog
        dialog.open()

    def close_day(self, day: date) -> None:
        actor = self._acting()
        if actor is None:
            return
        lang, config = self.lang, self.printer_config
        folder = self.seal_folder or data_dir()

        def closed(out: SealOutput) -> None:
            self.last_seal = out
            self.say(outcome_text(out), error=out.failure is not None)

        self.ops.op(
            lambda: close_and_deliver(self.engine, day, actor, config, folder, lang)
        ).success(closed).failure(self._refused).run()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        self.jobs.close()
        super().closeEvent(event)
