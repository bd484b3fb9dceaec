"""The operator panel: the work screen of one service window.

An operator signs in with login and PIN, then calls, serves and closes tickets with
large buttons or function keys. The panel shows the current ticket with a running
timer, and how many people wait for each service this window serves. A compact
always-on-top mode leaves room for the centre's other software on the same screen.

Like the hall display it only asks the engine, off the GUI thread, and re-reads the
queue whenever ``LiveUpdates`` reports a change, and once a minute besides (a wait
crosses its service's target with time alone: the queue card marks it). The engine
decides what is allowed: only the legal moves have their buttons shown (where the
centre's service starts at the call there is no Start: Next, then Finish), but a
refusal still arrives as a message in the panel's language, and every move names the
ticket on screen, so a stale screen can never act on another visitor's ticket.

The panel speaks this PC's language setting (``lang``), else the centre's first public
language (``centre_language``), whatever the system's locale.

The panel is its view (``panel_view.py``: the widgets) wired to its controller
(``panel_controller.py``: the state and the engine calls), plus the two dialogs it
opens (``dialogs.py``). It draws the view from the controller's state whenever that
changes, and keeps the controller's state readable as its own attributes.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QTimer

from conq_desktop.engine import QueueEngine, QueueStatus, TicketInfo, WindowInfo
from conq_desktop.i18n import PUBLIC_LANGUAGES
from conq_desktop.views.common.connection import ConnectionBanner, watch_connection
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.translations import set_ui_language
from conq_desktop.views.common.windowing import FULL_SIZE
from conq_desktop.views.common.worker import EngineRunner, Refresh, WindowJobs
from conq_desktop.views.operator.dialogs import CallDialog, ServicePicker
from conq_desktop.views.operator.panel_controller import PanelController
from conq_desktop.views.operator.panel_view import OperatorPanelView

TICK_MS = 1000
# The queue is read again this often without any change: time passing alone makes a
# wait longer, and crosses a service's target (the "over target" mark).
REREAD_MS = 60_000


def centre_language(engine: QueueEngine) -> str:
    """The panel's language where this PC sets none: the first public language among
    the centre's kiosk languages (Kyrgyz, unless an administrator put Russian first)."""
    offered = engine.settings.kiosk_languages
    return next((code for code in offered if code in PUBLIC_LANGUAGES), PUBLIC_LANGUAGES[0])


class OperatorPanel(OperatorPanelView):
    """The panel for service window ``window``, in ``lang`` (this PC's language
    setting; None: the centre's, see ``centre_language``)."""

    def __init__(
        self,
        engine: QueueEngine,
        window: int,
        live: LiveUpdates | None = None,
        runner: EngineRunner | None = None,
        login: str | None = None,
        lang: str | None = None,
        hint: str = "",
    ) -> None:
        lang = lang or centre_language(engine)
        set_ui_language(lang)  # Qt's own texts (dialog buttons) too
        super().__init__(login or "", lang, hint)
        self.controller = controller = PanelController(
            engine, window, runner or EngineRunner(self), self
        )
        self.picker: ServicePicker | None = None
        self.call_dialog: CallDialog | None = None

        controller.changed.connect(self._render)
        controller.signed_in.connect(self.pin_edit.clear)
        controller.pin_refused.connect(self._pin_again)
        controller.signed_out.connect(self._back_to_sign_in)
        controller.operator_found.connect(self._offer_login)
        handlers: dict[str, Callable[[], None]] = {
            "next": controller.call_next,
            "recall": controller.recall,
            "start": controller.start,
            "finish": controller.finish,
            "no_show": controller.no_show,
            "postpone": controller.postpone,
            "redirect": self._ask_redirect,
            "call": self._ask_call,
            "pause": controller.toggle_pause,
            "sign_out": controller.sign_out,
            "compact": lambda: self.set_compact(not self.compact),
        }
        for name, action in self.moves.items():
            action.triggered.connect(handlers[name])
        self.language_chosen.connect(self.set_language)
        self.pin_edit.returnPressed.connect(self.sign_in)
        self.sign_in_button.clicked.connect(self.sign_in)

        self._timer = QTimer(self, interval=TICK_MS, timeout=self._tick)
        self._timer.start()
        self.reread_timer = QTimer(self, interval=REREAD_MS, timeout=self._reread)
        self.reread_timer.start()
        # Above everything (the compact window too): the database cannot be reached, so
        # what is shown may be behind and a move would fail. It goes by itself once
        # the queue was read again.
        self.connection_banner = ConnectionBanner(self.lang)
        self.layout().insertWidget(0, self.connection_banner)  # type: ignore[attr-defined]
        self.connection = watch_connection(self, live, controller.refresh, self.connection_banner)
        self._render()
        self.apply_sizes(FULL_SIZE.width(), FULL_SIZE.height())
        (self.pin_edit if login else self.login_edit).setFocus()
        if live is not None:
            live.changed.connect(self.refresh)
        self.refresh()

    def _reread(self) -> None:
        self.refresh()

    # ------------------------------------------------------------------ the controller's state

    @property
    def window_number(self) -> int:
        return self.controller.window_number

    @property
    def runner(self) -> EngineRunner:
        return self.controller.runner

    @property
    def jobs(self) -> WindowJobs:
        return self.controller.jobs

    @property
    def refresh(self) -> Refresh:
        """Re-reads the queue; changes arriving while reading cost one more read."""
        return self.controller.refresh

    @property
    def status(self) -> QueueStatus | None:
        return self.controller.status

    @property
    def window_info(self) -> WindowInfo | None:
        return self.controller.window_info

    @property
    def ticket(self) -> TicketInfo | None:
        return self.controller.ticket

    @property
    def login(self) -> str | None:
        """The operator signed in through this panel."""
        return self.controller.login

    @property
    def compact(self) -> bool:
        return self.controller.compact

    # ------------------------------------------------------------------ what the operator does

    def sign_in(self) -> None:
        self.controller.sign_in(self.login_edit.text().strip(), self.pin_edit.text())

    def call_next(self) -> None:
        self.controller.call_next()

    def redirect(self, number: str, to_service: str | None) -> None:
        self.controller.redirect(number, to_service)

    def call_specific(self, number: str, reason: str) -> None:
        self.controller.call_specific(number, reason)

    def _ask_redirect(self) -> None:
        """Ask where to, then redirect the ticket that was on screen when asked."""
        ticket = self.controller.ticket
        if ticket is None or self.controller.status is None:
            return
        number = ticket.number
        targets = self.controller.redirect_targets()
        self.picker = picker = ServicePicker(self, targets, number, self.lang)
        picker.accepted.connect(lambda: self.redirect(number, picker.chosen()))
        picker.finished.connect(picker.deleteLater)
        picker.open()

    def _ask_call(self) -> None:
        """Ask for a number and a reason; the waiting tickets are offered as they load."""
        dialog = self.call_dialog = CallDialog(self, self.window_number, self.lang)

        def offer(numbers: list[str]) -> None:
            if shiboken6.isValid(dialog):  # not closed meanwhile
                dialog.set_waiting(numbers)

        self.controller.load_waiting(offer)
        dialog.accepted.connect(lambda: self.call_specific(*dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def set_compact(self, on: bool) -> None:
        """A small always-on-top window with the number, the timer and the move of the
        moment (Next, Start or Finish)."""
        if not self.controller.set_compact(on):
            return
        visible = self.isVisible()
        self.show_compact(on)
        self._render()
        if visible:
            self.show()  # changing the window flags hides the window

    def set_language(self, lang: str) -> None:
        self.lang = lang
        set_ui_language(lang)  # Qt's own texts (dialog buttons) follow
        self.connection_banner.set_language(lang)
        self._render()

    # ------------------------------------------------------------------ the sign-in form

    def _pin_again(self) -> None:
        self.pin_edit.clear()
        self.pin_edit.setFocus()

    def _back_to_sign_in(self) -> None:
        self.set_compact(False)
        self.pin_edit.clear()
        self._render()
        self.pin_edit.setFocus()

    def _offer_login(self, login: str) -> None:
        """A restarted panel: the window is still signed in, so only the PIN again."""
        if not self.login_edit.text():
            self.login_edit.setText(login)
            self.pin_edit.setFocus()

    # ------------------------------------------------------------------ showing

    def _render(self) -> None:
        controller = self.controller
        info = controller.window_info
        ticket = controller.ticket
        signed_in = controller.login is not None
        self.show_window(
            self.window_number,
            info.name if info else "",
            controller.operator_name() if signed_in else None,
        )
        source = ticket.redirected_from if ticket is not None else None
        self.show_ticket(
            ticket,
            controller.paused,
            controller.recall_limit,
            controller.service_name(source, self.lang) if source else None,
            controller.start_at_call,
            controller.booked_time(),
        )
        status = controller.status
        self.queue_card.show_queues(
            tuple(info.services) if info else (),
            {queue.service.code: queue for queue in status.services} if status else {},
            self.lang,
        )
        self.show_actions(
            controller.enabled_actions(),
            controller.shown_actions(),
            controller.paused,
            controller.compact,
        )
        message = controller.message
        if message is None:
            self.show_message("", "empty")
        else:
            self.show_message(message[0](self.lang), message[1])
        self._tick()

    def _tick(self) -> None:
        """The running time of the current ticket, from its own timestamps; no reading."""
        self.show_timer(self.controller.ticket, self.controller.now())
