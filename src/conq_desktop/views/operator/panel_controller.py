"""What the operator panel knows and does: who is signed in, the ticket on screen, the
break, the compact wish, the message to show, and every call to the engine.

It builds no widgets. The panel reads its state to draw the screen whenever
``changed`` is emitted, and answers the few signals that touch the sign-in form.

Like the hall display it only asks the engine, off the GUI thread, and re-reads the
queue whenever told to (``refresh``). The engine decides what is allowed: moves are
offered by the same rules it enforces (``legal_moves``), but a refusal still arrives as
a message, and every move names the ticket on screen, so a stale screen can never act
on another visitor's ticket.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from conq_desktop.engine import QueueEngine, QueueStatus, TicketInfo, WindowInfo
from conq_desktop.engine.rules import Move, WindowSituation, legal_moves
from conq_desktop.engine.settings import CentreSettings
from conq_desktop.engine.snapshots import ServiceInfo
from conq_desktop.errors import NothingToCall
from conq_desktop.i18n import Message, _, translate
from conq_desktop.models import ACTIVE_STATUSES, TicketStatus
from conq_desktop.views.common.operation import Operations, Text
from conq_desktop.views.common.worker import EngineRunner, WindowJobs

log = logging.getLogger(__name__)

# The panel's own action beside the moves of the rules: it changes the screen only.
COMPACT = "compact"


class PanelController(QObject):
    """The state and the engine calls of the panel for service window ``window``."""

    changed = Signal()  # anything shown may differ: draw again
    signed_in = Signal()  # the PIN was accepted
    pin_refused = Signal()  # the sign-in was refused: the PIN again
    signed_out = Signal()  # by the operator, or elsewhere: back to the sign-in form
    operator_found = Signal(str)  # the window is signed in as this login, not through us

    def __init__(
        self, engine: QueueEngine, window: int, runner: EngineRunner, owner: QObject
    ) -> None:
        """``owner`` is the window: answers arriving once it is gone are dropped."""
        super().__init__(owner)
        self.engine = engine
        self.window_number = window
        self.runner = runner
        self.status: QueueStatus | None = None
        self.window_info: WindowInfo | None = None
        self.ticket: TicketInfo | None = None
        self.login: str | None = None  # signed in through this panel
        self.paused = False
        self.compact = False
        self.recall_limit = 3
        self.start_at_call = False  # the centre's setting: Next → Finish, no Start
        self.timezone: ZoneInfo | None = None  # the centre's, for the booked time
        self.message: tuple[Text, str] | None = None  # the text and its kind
        self._epoch = 0  # bumped by each finished action: older reads are stale
        self.jobs = WindowJobs(runner, owner)
        self.ops = Operations(self.jobs)  # one move at a time: a double press calls once
        # Re-reads the queue; changes arriving while reading cost one more read.
        self.refresh = self.jobs.coalesced(self._read, self._show, self._refresh_failed)

    # ------------------------------------------------------------------ questions

    def booked_time(self) -> str | None:
        """The booked slot of the current ticket in the centre's time (``HH:MM``), when
        it is a checked-in booking and the centre's settings have been read."""
        ticket = self.ticket
        if ticket is None or ticket.appointment_at is None or self.timezone is None:
            return None
        # Aware on both backends: the column's type (models/base.py) gives UTC.
        return ticket.appointment_at.astimezone(self.timezone).strftime("%H:%M")

    def enabled_actions(self) -> frozenset[str]:
        """The actions to offer now: the moves the rules allow (the engine still has
        the last word), and the compact view once signed in."""
        ticket = self.ticket
        situation = WindowSituation(
            signed_in=self.login is not None,
            paused=self.paused,
            ticket=TicketStatus(ticket.status) if ticket is not None else None,
            recalls=ticket.recall_count if ticket is not None else 0,
            recall_limit=self.recall_limit,
            other_services=bool(self.redirect_targets()),
            start_at_call=self.start_at_call,
        )
        names = {move.value for move in legal_moves(situation)}
        if self.login is not None:
            names.add(COMPACT)
        return frozenset(names)

    def shown_actions(self) -> frozenset[str]:
        """The actions whose buttons to show: the ones offered now, and Recall while
        the called ticket has used its recalls up (greyed, where one would look for
        it). Whatever is not legal now is hidden rather than greyed."""
        shown = set(self.enabled_actions())
        ticket = self.ticket
        if self.login is not None and ticket is not None and ticket.status == TicketStatus.CALLED:
            shown.add(Move.RECALL.value)
        return frozenset(shown)

    def redirect_targets(self) -> list[ServiceInfo]:
        """The services the ticket on screen may be sent to: offered, and not its own."""
        ticket = self.ticket
        if ticket is None or self.status is None:
            return []
        return [
            queue.service
            for queue in self.status.services
            if queue.active and queue.service.code != ticket.service.code
        ]

    def operator_name(self) -> str:
        info = self.window_info
        if info is not None and info.operator == self.login and info.operator_name:
            return info.operator_name
        return self.login or ""

    def service_name(self, code: str, lang: str) -> str:
        for queue in self.status.services if self.status else []:
            if queue.service.code == code:
                return queue.service.name(lang)
        return code

    def now(self) -> datetime:
        """The engine's clock: the ticket timer runs on it without reading the queue."""
        return self.engine.clock.now()

    def set_compact(self, on: bool) -> bool:
        """Whether the compact view is now wished for, where it was not (or back):
        only a signed-in operator works in it."""
        if on == self.compact or (on and self.login is None):
            return False
        self.compact = on
        return True

    # ------------------------------------------------------------------ reading

    def _read(self) -> tuple[QueueStatus, CentreSettings, int]:
        # The epoch is taken before reading: an action finishing meanwhile makes it stale.
        epoch = self._epoch
        return self.engine.status(), self.engine.settings, epoch

    def _refresh_failed(self, error: BaseException) -> None:
        log.warning("operator panel could not refresh: %s", error)

    def _show(self, data: tuple[QueueStatus, CentreSettings, int]) -> None:
        self.status, settings, epoch = data
        self.recall_limit = settings.recall_limit
        self.start_at_call = settings.start_at_call
        self.timezone = settings.timezone
        info = next(
            (item for item in self.status.windows if item.number == self.window_number), None
        )
        self.window_info = info
        if info is None:
            self._tell(
                Message(_("There is no window {number}."), number=self.window_number).translate,
                "error",
            )
        elif epoch == self._epoch:  # no action of ours finished while reading
            self.ticket = info.current
            self.paused = info.state == "paused"
            if self.login is not None and info.operator != self.login:
                self._tell(
                    Message(
                        _("Window {window} was signed out elsewhere; sign in again."),
                        window=self.window_number,
                    ).translate,
                    "error",
                )
                self._signed_out()
            elif self.login is None and info.operator:
                self.operator_found.emit(info.operator)  # a restarted panel: only the PIN
        self.changed.emit()

    # ------------------------------------------------------------------ signing in and out

    def sign_in(self, login: str, pin: str) -> None:
        if not login or not pin:
            self.say(Message(_("Enter your login and PIN.")).translate, "error")
            return
        self.ops.op(lambda: self.engine.sign_in(self.window_number, login, pin)).success(
            lambda _none: self._signed_in(login)
        ).failure(self._sign_in_refused).run()

    def _signed_in(self, login: str) -> None:
        self._epoch += 1
        self.login = login
        self.paused = False
        self.message = None
        self.signed_in.emit()
        self.changed.emit()
        self.refresh()

    def _sign_in_refused(self, text: Text, error: BaseException) -> None:
        self.pin_refused.emit()
        self.say(text, _kind(error))

    def _signed_out(self) -> None:
        self.login = None
        self.ticket = None
        self.signed_out.emit()

    def sign_out(self) -> None:
        said = Message(
            _("{name} signed out of window {window}."),
            name=self.operator_name(),
            window=self.window_number,
        )

        def done(_none: None) -> Text:
            self._signed_out()
            return said.translate

        self._act(lambda: self.engine.sign_out(self.window_number), done)

    # ------------------------------------------------------------------ moves

    def _act(self, work: Callable[[], Any], done: Callable[[Any], Text | None]) -> None:
        """Run one engine move; ``done`` updates the state from its result and says what
        happened. A refusal is shown, and the queue re-read, since the screen may be stale."""

        def finished(result: Any) -> None:
            self._epoch += 1
            if isinstance(result, TicketInfo):
                current = result.status in ACTIVE_STATUSES and result.window == self.window_number
                self.ticket = result if current else None
            self.say(done(result))
            self.refresh()

        self.ops.op(work).success(finished).failure(self._refused).run()

    def _refused(self, text: Text, error: BaseException) -> None:
        self.say(text, _kind(error))
        self.refresh()

    def call_next(self) -> None:
        self._act(lambda: self.engine.call_next(self.window_number), self._called)

    def call_specific(self, number: str, reason: str) -> None:
        self._act(
            lambda: self.engine.call_specific(self.window_number, number, reason), self._called
        )

    def _called(self, ticket: TicketInfo) -> Text:
        return Message(
            _("Ticket {number} is called to window {window}."),
            number=ticket.number,
            window=self.window_number,
        ).translate

    def _move(self, name: str, said: str | None) -> None:
        """Recall, start, finish, no-show or postpone the ticket on screen (and only it)."""
        move = getattr(self.engine, name)
        number = self.ticket.number if self.ticket is not None else None

        def done(ticket: TicketInfo) -> Text | None:
            if said is None:
                return None
            return Message(
                said, number=ticket.number, count=ticket.recall_count, limit=self.recall_limit
            ).translate

        self._act(lambda: move(self.window_number, number=number), done)

    def recall(self) -> None:
        self._move("recall", _("Ticket {number} is called again ({count} of {limit})."))

    def start(self) -> None:
        self._move("start", None)

    def finish(self) -> None:
        self._move("finish", _("Ticket {number} is done."))

    def no_show(self) -> None:
        self._move("no_show", _("Ticket {number}: the visitor did not come."))

    def postpone(self) -> None:
        self._move("postpone", _("Ticket {number} went back to the end of the queue."))

    def redirect(self, number: str, to_service: str | None) -> None:
        """Send ticket ``number`` (the one on screen when the operator was asked) on."""
        if to_service is None:
            return

        def done(ticket: TicketInfo) -> Text:
            def render(lang: str) -> str:
                return translate(
                    _("Ticket {number} is sent to “{service}”."),
                    lang,
                    number=ticket.number,
                    service=ticket.service.name(lang),
                )

            return render

        self._act(lambda: self.engine.redirect(self.window_number, to_service, number=number), done)

    def toggle_pause(self) -> None:
        """A break, or back from one."""
        window = self.window_number
        if self.paused:
            self._act(lambda: self.engine.resume(window), lambda _none: self._now_paused(False))
        else:
            self._act(lambda: self.engine.pause(window), lambda _none: self._now_paused(True))

    def _now_paused(self, paused: bool) -> Text:
        self.paused = paused
        said = (
            _("Window {window} is on a break.") if paused else _("Window {window} is open again.")
        )
        return Message(said, window=self.window_number).translate

    def load_waiting(self, offer: Callable[[list[str]], None]) -> None:
        """The numbers waiting for this window's services, for the call dialog (an
        empty list if they cannot be read); it may overlap a move."""
        codes = list(self.window_info.services) if self.window_info else []

        def waiting() -> list[str]:
            return [ticket.number for code in codes for ticket in self.engine.waiting(code)]

        self.ops.op(waiting).success(offer).failure(lambda _text, _error: offer([])).run(
            exclusive=False
        )

    # ------------------------------------------------------------------ the message

    def say(self, message: Text | None, kind: str = "info") -> None:
        self._tell(message, kind)
        self.changed.emit()

    def _tell(self, message: Text | None, kind: str) -> None:
        self.message = (message, kind) if message is not None else None


def _kind(error: BaseException) -> str:
    """An empty queue is news, not a failure."""
    return "info" if isinstance(error, NothingToCall) else "error"
