"""The queue engine: every state change of tickets and windows.

Each public method is one transaction: it checks the rules (``rules.py``), changes the
rows, writes one event per change through the journal (``journal.py``), and commits, or
raises a ``ConqError`` and writes nothing. The reads are in ``reads.py``. The rules are
written down in docs/queue-rules.md; keep the two in step.

No Qt here: the windows, the command line and the tests all call this class.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date, datetime
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Insert, bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session, joinedload, object_session

from conq_desktop.db import LEAD_ROW, Database
from conq_desktop.engine import checkin, reads
from conq_desktop.engine.auth import Actor, authenticate, require
from conq_desktop.engine.claim import claim_next_statement
from conq_desktop.engine.clock import Clock, SystemClock, local_day
from conq_desktop.engine.day_close import DaySeal, close_day
from conq_desktop.engine.estimate import estimate_wait, people_ahead, serving_now
from conq_desktop.engine.hot_path import (
    TICKETS,
    WindowRow,
    advance_statement,
    ticket_info,
    window_state,
    window_state_lead,
)
from conq_desktop.engine.journal import append, record
from conq_desktop.engine.lookalikes import same_ticket
from conq_desktop.engine.reads import build_status, start_of_day, still_signed_in
from conq_desktop.engine.rules import (
    Availability,
    Move,
    Permission,
    WindowSituation,
    clock_time,
    legal_moves,
    may_recall,
    opening,
)
from conq_desktop.engine.settings import CentreSettings, read_settings
from conq_desktop.engine.snapshots import (
    CallInfo,
    EventInfo,
    IssuedTicket,
    QueueStatus,
    TicketInfo,
)
from conq_desktop.engine.ticket_lookup import find_today
from conq_desktop.errors import NotAllowed, NotFound, NothingToCall, QueueError
from conq_desktop.i18n import _
from conq_desktop.models import (
    ACTIVE_STATUSES,
    MAX_WINDOW_NUMBER,
    BookingStatus,
    DailyCounter,
    EventKind,
    Operator,
    Priority,
    Service,
    ServicePoint,
    Ticket,
    TicketStatus,
    WindowState,
)


class QueueEngine:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        self._settings: CentreSettings | None = None
        self._stale_checked_for: date | None = None

    # ------------------------------------------------------------------ plumbing

    @property
    def settings(self) -> CentreSettings:
        if self._settings is None:
            with self.db.read_session() as session:
                self._settings = read_settings(session)
        return self._settings

    def reload_settings(self) -> None:
        self._settings = None

    def today(self) -> date:
        return local_day(self.clock.now(), self.settings.timezone)

    def authenticate(self, login: str, pin: str) -> Actor:
        """The member of staff ``login``, if ``pin`` is theirs (with the lockout)."""
        return authenticate(
            self.db,
            login,
            pin,
            now=self.clock.now(),
            lockout_minutes=self.settings.pin_lockout_minutes,
            tz=self.settings.timezone,
        )

    def _staffed_window(
        self, session: Session, number: int, actor: Actor | None, now: datetime
    ) -> ServicePoint:
        """Window ``number`` for a move: someone must be signed in there today, and an
        ``actor`` who says who they are must be that someone. Without an actor the
        caller acts for the window's signed-in session (its panel, or a script on that
        PC)."""
        point = self._window(session, number)
        if not still_signed_in(point, start_of_day(now, self.settings.timezone)):
            raise NotAllowed(
                _("Nobody is signed in at window {window}; sign in there first."),
                window=number,
            )
        if actor is not None and actor.id != point.operator_id:
            raise NotAllowed(
                _("{name} is not signed in at window {window}."), name=actor.name, window=number
            )
        return point

    def _window(self, session: Session, number: int, *, lock: bool = True) -> ServicePoint:
        # Checked before the query: a number beyond the database's integers (10**23 from
        # a typo) would fail inside the driver instead of reading as "no such window".
        if not 1 <= number <= MAX_WINDOW_NUMBER:
            raise NotFound(_("There is no window {number}."), number=number)
        query = (
            select(ServicePoint)
            .where(ServicePoint.number == number, ServicePoint.retired.is_(False))
            .options(joinedload(ServicePoint.operator))
        )
        if lock and self.db.dialect == "postgresql":
            # Serialises two panels driving the same window; SQLite's BEGIN IMMEDIATE
            # already serialises every writer.
            query = query.with_for_update(of=ServicePoint)
        window = session.scalars(query).one_or_none()
        if window is None:
            raise NotFound(_("There is no window {number}."), number=number)
        return window

    def _service(self, session: Session, code: str) -> Service:
        service = session.scalars(select(Service).where(Service.code == code)).one_or_none()
        if service is None:
            raise NotFound(_("Unknown service: {code}"), code=code)
        return service

    def _current_ticket(self, session: Session, window: ServicePoint) -> Ticket | None:
        return session.scalars(
            select(Ticket)
            .where(Ticket.service_point_id == window.id, Ticket.status.in_(ACTIVE_STATUSES))
            .options(joinedload(Ticket.service))
        ).first()

    def _require_current(
        self, session: Session, window: ServicePoint, number: str | None
    ) -> Ticket:
        """The window's current ticket; ``number`` guards against acting on a stale screen."""
        ticket = self._current_ticket(session, window)
        if number is not None and (ticket is None or not same_ticket(number, ticket.number)):
            other = self._find_today(session, number)
            if other.service_point is not None and other.status in ACTIVE_STATUSES:
                raise QueueError(
                    _("Ticket {number} belongs to window {other}, not to window {window}."),
                    number=number,
                    other=other.service_point.number,
                    window=window.number,
                )
            raise QueueError(
                _("Ticket {number} is not at window {window}."), number=number, window=window.number
            )
        if ticket is None:
            raise QueueError(_("Window {window} has no current ticket."), window=window.number)
        return ticket

    def _find_today(self, session: Session, number: str) -> Ticket:
        """Today's ticket ``number`` as a person typed it (``ticket_lookup``)."""
        return find_today(session, self.today(), number)

    def _write(self, now: datetime, window: int | None = None) -> AbstractContextManager[Session]:
        """A write transaction for an operation at ``now``; the first one of a new local
        day first closes what earlier days left open, in a transaction of its own, so
        that an operation refused afterwards cannot roll the closing back."""
        today = local_day(now, self.settings.timezone)
        if self._stale_checked_for != today:
            self.expire_stale(now)
            self._stale_checked_for = today
        lead = None
        if (
            window is not None
            and self.db.dialect == "postgresql"
            and 1 <= window <= MAX_WINDOW_NUMBER
        ):
            # The window's state comes with the writer's turn: one round trip for both.
            lead = window_state_lead(self.db.engine.dialect, window)
        return self.db.write_session(lead)

    def expire_stale(self, now: datetime | None = None) -> int:
        """Mark tickets of earlier days that are still waiting, called or being served
        as expired, and sign out operators who signed in on an earlier day, with an
        event each. Returns how many tickets."""
        now = now or self.clock.now()
        today = local_day(now, self.settings.timezone)
        day_start = start_of_day(now, self.settings.timezone)
        with self.db.write_session() as session:
            stale = session.scalars(
                select(Ticket)
                .where(
                    Ticket.status.in_([TicketStatus.WAITING, *ACTIVE_STATUSES]),
                    Ticket.day < today,
                )
                .options(joinedload(Ticket.service), joinedload(Ticket.service_point))
            ).all()
            for ticket in stale:
                ticket.status = TicketStatus.EXPIRED
                ticket.finished_at = now
                record(session, EventKind.EXPIRED, now, ticket=ticket, window=ticket.service_point)
            for point in session.scalars(
                select(ServicePoint)
                .where(ServicePoint.operator_id.is_not(None), ServicePoint.signed_in_at < day_start)
                .order_by(ServicePoint.number)
            ):
                record(session, EventKind.SIGNED_OUT, now, window=point, reason="new day")
                point.operator_id = None
                point.signed_in_at = None
                point.state = WindowState.CLOSED
        return len(stale)

    # ------------------------------------------------------------------ issuing

    def issue(
        self,
        service_code: str,
        priority: int = Priority.NORMAL,
        *,
        actor: Actor | None = None,
        lang: str | None = None,
    ) -> IssuedTicket:
        """Give a visitor the next number of a service. A priority ticket is a
        receptionist's, supervisor's or administrator's act (``actor``); the issued
        event names the ``actor``, when there is one, and the language of the screen the
        ticket was taken on (``lang``): the one the visitor is then written to on their
        phone (docs/phone.md)."""
        if priority not in Priority._value2member_map_:
            raise QueueError(_("Unknown priority class: {priority}"), priority=priority)
        if priority != Priority.NORMAL:
            require(actor, Permission.ISSUE_PRIORITY)
        now = self.clock.now()
        tz = self.settings.timezone
        with self._write(now) as session:
            service = self._service(session, service_code)
            self._check_open(service, now.astimezone(tz))
            ticket = self._new_ticket(session, service, now, priority, limit=True)
            self._journal_issued(
                session,
                ticket,
                now,
                actor.id if actor else None,
                priority=int(priority),
                **({"lang": lang} if lang else {}),
            )
        return self.db.read_after_commit(
            lambda session: self._place(session, ticket.id, now), ticket.number
        )

    def check_in(self, code: str, *, lang: str | None = None) -> IssuedTicket:
        """Give a booked visitor their ticket at the kiosk (docs/bookings.md,
        "Check-in"): the booking of ``code`` (as typed or scanned; ``bookings.find_booking``
        folds what a keyboard or a look-alike letter changes) must be for today and now
        within its check-in window. The ticket is a normal one with the booked slot as
        its ``appointment_at``, which puts it ahead of walk-ins by the rule in
        docs/queue-rules.md ("Appointments"); a service's daily limit does not refuse
        it, since its place was promised. One ``issued`` event names the booking."""
        now = self.clock.now()
        tz = self.settings.timezone
        with self._write(now) as session:
            booking = checkin.checkable(session, code, now, tz)
            service = session.get_one(Service, booking.service_id)
            self._check_open(service, now.astimezone(tz))
            slot = checkin.slot_start(booking, tz)
            ticket = self._new_ticket(
                session, service, now, Priority.NORMAL, limit=False, appointment_at=slot
            )
            booking.status = BookingStatus.CHECKED_IN
            booking.ticket_id = ticket.id
            self._journal_issued(
                session,
                ticket,
                now,
                None,
                priority=int(Priority.NORMAL),
                booking=booking.code,
                appointment=checkin.as_text(slot),
                **({"lang": lang} if lang else {}),
            )
        return self.db.read_after_commit(
            lambda session: self._place(session, ticket.id, now), ticket.number
        )

    def _new_ticket(
        self,
        session: Session,
        service: Service,
        now: datetime,
        priority: int,
        *,
        limit: bool,
        appointment_at: datetime | None = None,
    ) -> NewTicket:
        """The next number of ``service`` today, waiting from ``now``; refused past the
        service's daily limit when ``limit``. One Core INSERT: the ticket is not read
        back in this transaction."""
        today = local_day(now, self.settings.timezone)
        sequence = self._next_sequence(session, service, today)
        if limit and service.daily_limit is not None and sequence > service.daily_limit:
            raise QueueError(
                _("Service “{service}” has given out all {limit} tickets for today."),
                service=service.code,
                limit=service.daily_limit,
            )
        number = f"{service.prefix}-{sequence:03d}"
        ticket_id = (
            session.connection()
            .execute(
                _insert_ticket(),
                {
                    "public_id": secrets.token_hex(8),
                    "service_id": service.id,
                    "origin_service_id": service.id,
                    "day": today,
                    "sequence": sequence,
                    "number": number,
                    "priority": int(priority),
                    "status": TicketStatus.WAITING,
                    "issued_at": now,
                    "queued_at": now,
                    "appointment_at": appointment_at,
                },
            )
            .scalar_one()
        )
        return NewTicket(ticket_id, number)

    def _journal_issued(
        self,
        session: Session,
        ticket: NewTicket,
        now: datetime,
        operator_id: int | None,
        **details: Any,
    ) -> None:
        append(
            session,
            EventKind.ISSUED,
            now,
            ticket_id=ticket.id,
            operator_id=operator_id,
            window_id=None,
            window_number=None,
            details={**details, "number": ticket.number},
        )

    def _check_open(self, service: Service, local_now: datetime) -> None:
        # The daily limit is checked against the number just taken, in ``issue``.
        session = object_session(service)
        holiday = session is not None and reads.is_holiday(session, local_now.date())
        state = opening(service, local_now, holiday=holiday)
        if state == Availability.NOT_OFFERED:
            raise QueueError(
                _("Service “{service}” is not offered at the moment."), service=service.code
            )
        if state == Availability.CLOSED_TODAY:
            raise QueueError(_("Service “{service}” is closed today."), service=service.code)
        day = service.hours_on(local_now.isoweekday())
        if state == Availability.LUNCH_BREAK and day is not None:
            raise QueueError(
                _("Service “{service}” is on its lunch break until {until}."),
                service=service.code,
                until=clock_time(day.lunch_until),
            )
        if state == Availability.CLOSED_NOW and day is not None:
            raise QueueError(
                _("Service “{service}” is closed now; it is open {opens}–{closes}."),
                service=service.code,
                opens=clock_time(day.opens_at),
                closes=clock_time(day.closes_at),
            )

    def _next_sequence(self, session: Session, service: Service, today: date) -> int:
        """Take the next number with one upsert, so concurrent kiosks never share one."""
        return (
            session.connection()
            .execute(_next_sequence(self.db.dialect), {"service_id": service.id, "day": today})
            .scalar_one()
        )

    # ------------------------------------------------------------------ calling

    def call_next(self, window: int, *, actor: Actor | None = None) -> TicketInfo:
        """Claim the next ticket for ``window``: highest priority class first, then the
        window's preferred service, then the earliest in the queue.

        The claim is one conditional UPDATE (see ``claim.py``): two windows can never
        get the same ticket.
        """
        now = self.clock.now()
        with self._write(now, window) as session:
            state = self._window_state(session, window, actor, now, Move.NEXT)
            claim = {
                "window_id": state.id,
                "operator_id": state.operator_id,
                "today": local_day(now, self.settings.timezone),
                "now": now,
                "recent": max(0, self.settings.booking_call_every - 1),
            }
            if self.db.dialect == "postgresql":
                claim["services"] = state.services or []
            claimed = (
                session.connection().execute(claim_next_statement(self.db.dialect), claim).first()
            )
            if claimed is None:
                if not state.serves:
                    raise QueueError(_("Window {window} serves no service."), window=window)
                raise NothingToCall(_("Nobody is waiting for window {window}."), window=window)
            self._journal_move(session, EventKind.CALLED, now, claimed, state, window)
            info = ticket_info(claimed, window)
        return info

    def call_specific(
        self, window: int, number: str, reason: str, *, actor: Actor | None = None
    ) -> TicketInfo:
        """Call one waiting ticket out of order; the reason is kept in the history."""
        reason = reason.strip()
        if not reason:
            raise QueueError(_("Calling a ticket out of order needs a reason."))
        now = self.clock.now()
        with self._write(now) as session:
            point = self._ready_window(session, window, actor, now)
            ticket = self._find_today(session, number)
            if ticket.service_id not in {link.service_id for link in point.links}:
                raise QueueError(
                    _("Window {window} does not serve “{service}”."),
                    window=window,
                    service=ticket.service.code,
                )
            claimed = session.execute(
                update(Ticket)
                .where(Ticket.id == ticket.id, Ticket.status == TicketStatus.WAITING)
                .values(
                    status=TicketStatus.CALLED,
                    called_at=now,
                    service_point_id=point.id,
                    operator_id=point.operator_id,
                )
                .returning(Ticket.id)
                .execution_options(synchronize_session=False)
            ).scalar_one_or_none()
            if claimed is None:
                raise QueueError(_("Ticket {number} is not waiting."), number=number)
            session.refresh(ticket)
            record(
                session,
                EventKind.CALLED,
                now,
                ticket=ticket,
                window=point,
                reason=reason,
                out_of_order=True,
            )
            info = TicketInfo.of(ticket)
        return info

    def _ready_window(
        self, session: Session, number: int, actor: Actor | None, now: datetime
    ) -> ServicePoint:
        point = self._staffed_window(session, number, actor, now)
        self._require_move(session, point, Move.NEXT)  # the same rules as calling by number
        return point

    def _window_state(
        self,
        session: Session,
        number: int,
        actor: Actor | None,
        now: datetime,
        move: Move,
        ticket: str | None = None,
        kind: EventKind = EventKind.CALLED,
    ) -> WindowRow:
        """Window ``number`` as ``move`` needs it (``hot_path.window_state``), when the
        move may go ahead there: staffed (by ``actor``, when given), and free and not on
        a break for a call, or with its current ticket (number ``ticket``, when given)
        in a state the move leaves. Otherwise the ORM checks raise the refusal, so that
        it reads as it always did."""
        if 1 <= number <= MAX_WINDOW_NUMBER:  # else the ORM check says "no window"
            state: WindowRow = session.info.pop(LEAD_ROW, None) or (
                session.connection()
                .execute(window_state(self.db.dialect), {"number": number})
                .one()
            )
            if self._may(state, actor, now, move, ticket):
                return state
        if move == Move.NEXT:
            self._ready_window(session, number, actor, now)
        else:
            self._checked_current(session, number, ticket, move, kind, actor, now)
        raise AssertionError(f"window {number}: the checks disagree on {move}")

    def _may(
        self, state: WindowRow, actor: Actor | None, now: datetime, move: Move, ticket: str | None
    ) -> bool:
        day_start = start_of_day(now, self.settings.timezone)
        if state.id is None or not still_signed_in(state, day_start):  # type: ignore[arg-type]
            return False
        if actor is not None and actor.id != state.operator_id:
            return False
        if move != Move.NEXT and (
            state.ticket_id is None
            or (ticket is not None and not same_ticket(ticket, state.ticket_number or ""))
        ):
            return False
        situation = WindowSituation(
            signed_in=True,
            paused=move == Move.NEXT and state.state == WindowState.PAUSED,
            ticket=state.ticket_status,
            start_at_call=self.settings.start_at_call,
        )
        return move in legal_moves(situation)

    def _journal_move(
        self,
        session: Session,
        kind: EventKind,
        now: datetime,
        ticket: Row[Any],
        state: WindowRow,
        window: int,
        **details: Any,
    ) -> None:
        """The event of a move at ``window`` (by its operator) on the chain's head as
        ``window_state`` read it."""
        append(
            session,
            kind,
            now,
            ticket_id=ticket.id,
            operator_id=state.operator_id,
            window_id=state.id,
            window_number=window,
            details={**details, "number": ticket.number},
            head=(state.head_seq, state.head_hash),
        )

    def _load(self, session: Session, ticket_id: int) -> Ticket:
        return session.scalars(
            select(Ticket)
            .where(Ticket.id == ticket_id)
            # Window, operator and earlier service are usually in the session already
            # and then come from its identity map without another query.
            .options(joinedload(Ticket.service))
            .execution_options(populate_existing=True)
        ).one()

    # ------------------------------------------------------------------ at the window

    def _transition(
        self,
        window: int,
        number: str | None,
        move: Move,
        kind: EventKind,
        apply: Callable[[Session, Ticket, ServicePoint, datetime], dict[str, Any]],
        actor: Actor | None,
    ) -> TicketInfo:
        now = self.clock.now()
        with self._write(now) as session:
            point, ticket = self._checked_current(session, window, number, move, kind, actor, now)
            details = apply(session, ticket, point, now)
            record(session, kind, now, ticket=ticket, window=point, **details)
            session.flush()
            info = TicketInfo.of(self._load(session, ticket.id))
        return info

    def _checked_current(
        self,
        session: Session,
        window: int,
        number: str | None,
        move: Move,
        kind: EventKind,
        actor: Actor | None,
        now: datetime,
    ) -> tuple[ServicePoint, Ticket]:
        """The staffed window and its current ticket, if ``move`` may go ahead on it."""
        point = self._staffed_window(session, window, actor, now)
        ticket = self._require_current(session, point, number)
        # The ticket's state, by the rules the panels ask too; the recall limit and
        # the redirect's target are checked by the move, with their own reasons.
        situation = WindowSituation(
            signed_in=True, ticket=ticket.status, start_at_call=self.settings.start_at_call
        )
        if move not in legal_moves(situation):
            raise QueueError(_STATE_REFUSALS[kind][ticket.status], number=ticket.number)
        return point, ticket

    def recall(
        self, window: int, number: str | None = None, *, actor: Actor | None = None
    ) -> TicketInfo:
        """Announce the called ticket again, up to the centre's recall limit."""

        def apply(
            session: Session, ticket: Ticket, point: ServicePoint, now: datetime
        ) -> dict[str, Any]:
            limit = self.settings.recall_limit
            if not may_recall(ticket.recall_count, limit):
                raise QueueError(
                    _("Ticket {number} was recalled {limit} times already; mark it as a no-show."),
                    number=ticket.number,
                    limit=limit,
                )
            ticket.recall_count += 1
            return {"count": ticket.recall_count}

        return self._transition(window, number, Move.RECALL, EventKind.RECALLED, apply, actor)

    def start(
        self, window: int, number: str | None = None, *, actor: Actor | None = None
    ) -> TicketInfo:
        return self._advance(window, number, Move.START, EventKind.STARTED, actor)

    def finish(
        self, window: int, number: str | None = None, *, actor: Actor | None = None
    ) -> TicketInfo:
        return self._advance(window, number, Move.FINISH, EventKind.FINISHED, actor)

    def no_show(
        self, window: int, number: str | None = None, *, actor: Actor | None = None
    ) -> TicketInfo:
        return self._advance(window, number, Move.NO_SHOW, EventKind.NO_SHOW, actor)

    def _advance(
        self, window: int, number: str | None, move: Move, kind: EventKind, actor: Actor | None
    ) -> TicketInfo:
        """The plain forward moves: one state to the next, stamping the time
        (``hot_path.advance_statement``)."""
        now = self.clock.now()
        with self._write(now, window) as session:
            state = self._window_state(session, window, actor, now, move, number, kind)
            ticket = (
                session.connection()
                .execute(advance_statement(move), {"ticket_id": state.ticket_id, "now": now})
                .one()
            )
            details = {"recalls": ticket.recall_count} if kind == EventKind.NO_SHOW else {}
            self._journal_move(session, kind, now, ticket, state, window, **details)
            info = ticket_info(ticket, window)
        return info

    def postpone(
        self, window: int, number: str | None = None, *, actor: Actor | None = None
    ) -> TicketInfo:
        """Send the visitor back to wait: the ticket rejoins the end of its service's
        queue (within its priority class) and keeps its number."""

        def apply(
            session: Session, ticket: Ticket, point: ServicePoint, now: datetime
        ) -> dict[str, Any]:
            _back_to_queue(ticket)
            ticket.queued_at = now
            ticket.postpone_count += 1
            return {"count": ticket.postpone_count}

        return self._transition(window, number, Move.POSTPONE, EventKind.POSTPONED, apply, actor)

    def redirect(
        self,
        window: int,
        to_service: str,
        number: str | None = None,
        *,
        actor: Actor | None = None,
    ) -> TicketInfo:
        """Hand the visitor to another service; they keep their number and their original
        place in time, so they do not queue twice."""

        def apply(
            session: Session, ticket: Ticket, point: ServicePoint, now: datetime
        ) -> dict[str, Any]:
            target = self._service(session, to_service)
            if target.id == ticket.service_id:
                raise QueueError(
                    _("Ticket {number} is already in “{service}”."),
                    number=ticket.number,
                    service=target.code,
                )
            if not target.active or target.retired:
                raise QueueError(
                    _("Service “{service}” is not offered at the moment."), service=target.code
                )
            source = ticket.service
            _back_to_queue(ticket)
            ticket.redirected_from = source
            ticket.service = target
            return {"from": source.code, "to": target.code}

        return self._transition(window, number, Move.REDIRECT, EventKind.REDIRECTED, apply, actor)

    def cancel(self, number: str, reason: str = "", *, actor: Actor | None = None) -> TicketInfo:
        """Withdraw a waiting ticket (the visitor left, or it was issued by mistake): a
        receptionist's, supervisor's or administrator's act."""
        require(actor, Permission.CANCEL)
        now = self.clock.now()
        with self._write(now) as session:
            ticket = self._find_today(session, number)
            if ticket.status != TicketStatus.WAITING:
                raise QueueError(_("Ticket {number} is not waiting."), number=number)
            ticket.status = TicketStatus.CANCELLED
            ticket.finished_at = now
            record(
                session,
                EventKind.CANCELLED,
                now,
                ticket=ticket,
                operator_id=actor.id if actor else None,
                reason=reason.strip(),
            )
            session.flush()
            info = TicketInfo.of(self._load(session, ticket.id))
        return info

    # ------------------------------------------------------------------ supervision

    def set_issuing(self, service_code: str, issuing: bool, *, actor: Actor | None) -> bool:
        """Stop (or resume) giving out numbers for a service: a supervisor's act. The
        tickets already waiting keep their place. Returns whether anything changed."""
        actor = require(actor, Permission.CLOSE_SERVICE)
        now = self.clock.now()
        with self._write(now) as session:
            service = self._service(session, service_code)
            if service.active == issuing:
                return False
            record(
                session,
                EventKind.SERVICE_OPENED if issuing else EventKind.SERVICE_CLOSED,
                now,
                operator_id=actor.id,
                service=service.code,
                active=[service.active, issuing],
            )
            service.active = issuing
        return True

    def move_waiting(self, from_code: str, to_code: str, *, actor: Actor | None) -> int:
        """Send every ticket waiting today for one service to another (a closed service,
        a window gone home): a supervisor's act. Each keeps its number and its place in
        time, as a redirect at a window does, with an event each. Returns how many."""
        actor = require(actor, Permission.MOVE_WAITING)
        now = self.clock.now()
        with self._write(now) as session:
            source = self._service(session, from_code)
            target = self._service(session, to_code)
            today = local_day(now, self.settings.timezone)
            moved = move_waiting_tickets(session, source, target, actor.id, now, today)
        return moved

    def close_day(self, day: date | None = None, *, actor: Actor | None) -> DaySeal:
        """Journal the counts of ``day`` (default today) and seal the history after
        them: a supervisor's or administrator's act (``engine/day_close.py``)."""
        return close_day(self.db, day or self.today(), actor, self.clock)

    # ------------------------------------------------------------------ windows

    def sign_in(self, window: int, login: str, pin: str) -> Actor:
        """Sign ``login`` in at ``window``; the moves there are theirs until they sign
        out (or the day ends)."""
        now = self.clock.now()
        with self.db.read_session() as session:
            self._window(session, window, lock=False)  # an unknown window, before the PIN
        actor = self.authenticate(login, pin)
        with self._write(now) as session:
            point = self._window(session, window)
            operator = session.get_one(Operator, actor.id)
            if point.operator_id not in (None, operator.id):
                raise QueueError(
                    _("Window {window} is in use by {name}; they must sign out first."),
                    window=window,
                    name=point.operator.display_name if point.operator else "?",
                )
            elsewhere = session.scalars(
                select(ServicePoint).where(
                    ServicePoint.operator_id == operator.id, ServicePoint.id != point.id
                )
            ).first()
            if elsewhere is not None:
                raise QueueError(
                    _("{name} is signed in at window {window}; sign out there first."),
                    name=operator.display_name,
                    window=elsewhere.number,
                )
            point.operator = operator
            point.state = WindowState.OPEN
            point.signed_in_at = now
            record(session, EventKind.SIGNED_IN, now, window=point, operator_id=operator.id)
        return actor

    def sign_out(self, window: int, *, actor: Actor | None = None) -> None:
        """Close the window. An ``actor`` other than the one signed in there must be a
        supervisor or an administrator (a colleague who left without signing out)."""
        now = self.clock.now()
        with self._write(now) as session:
            point = self._window(session, window)
            if actor is not None and actor.id != point.operator_id:
                require(actor, Permission.CLOSE_SERVICE)
            self._require_move(session, point, Move.SIGN_OUT)
            record(session, EventKind.SIGNED_OUT, now, window=point)
            point.operator_id = None
            point.signed_in_at = None
            point.state = WindowState.CLOSED

    def pause(self, window: int, reason: str = "", *, actor: Actor | None = None) -> None:
        now = self.clock.now()
        with self._write(now) as session:
            point = self._staffed_window(session, window, actor, now)
            if point.state == WindowState.PAUSED:
                raise QueueError(_("Window {window} is already on a break."), window=window)
            self._require_move(session, point, Move.PAUSE)
            point.state = WindowState.PAUSED
            record(session, EventKind.PAUSED, now, window=point, reason=reason.strip())

    def resume(self, window: int, *, actor: Actor | None = None) -> None:
        now = self.clock.now()
        with self._write(now) as session:
            point = self._staffed_window(session, window, actor, now)
            if point.state != WindowState.PAUSED:
                raise QueueError(_("Window {window} is not on a break."), window=window)
            point.state = WindowState.OPEN if point.operator_id is not None else WindowState.CLOSED
            record(session, EventKind.RESUMED, now, window=point)

    def _require_move(self, session: Session, point: ServicePoint, move: Move) -> None:
        """Refuse ``move`` at ``point`` unless ``legal_moves`` allows it: the rules the
        operator panel offers its buttons by, written once. The refusal says why."""
        busy = session.execute(
            select(Ticket.number, Ticket.status).where(
                Ticket.service_point_id == point.id, Ticket.status.in_(ACTIVE_STATUSES)
            )
        ).first()
        situation = WindowSituation(
            signed_in=True,  # checked by the caller, with its own refusal
            paused=point.state == WindowState.PAUSED,
            ticket=busy.status if busy is not None else None,
            start_at_call=self.settings.start_at_call,
        )
        if move in legal_moves(situation):
            return
        if busy is not None:
            raise QueueError(
                _("Window {window} is still busy with ticket {number}; finish it first."),
                window=point.number,
                number=busy.number,
            )
        raise QueueError(_("Window {window} is on a break; resume first."), window=point.number)

    # ------------------------------------------------------------------ reading

    def status(self) -> QueueStatus:
        now = self.clock.now()
        tz = self.settings.timezone
        return self.db.read(lambda session: build_status(session, now, tz))

    def current_ticket(self, window: int) -> TicketInfo | None:
        with self.db.read_session() as session:
            point = self._window(session, window, lock=False)
            ticket = self._current_ticket(session, point)
            if ticket is None or ticket.day != self.today():  # yesterday's is not current
                return None
            return TicketInfo.of(self._load(session, ticket.id))

    def position(self, number: str) -> IssuedTicket:
        """Today's ticket with its place now: people ahead and expected wait (for a reprint
        or a status look-up; both are 0 once it has been called)."""
        now = self.clock.now()
        with self.db.read_session() as session:
            return self._place(session, self._find_today(session, number).id, now)

    def _place(self, session: Session, ticket_id: int, now: datetime) -> IssuedTicket:
        """A ticket with its place now: people ahead, the expected wait and whether
        anybody serves its service. Read after the change is committed, never inside a
        write: the estimate's queries must not hold up the other PCs' writes."""
        ticket = self._load(session, ticket_id)
        waiting = ticket.status == TicketStatus.WAITING
        ahead = people_ahead(session, ticket, now) if waiting else 0
        tz = self.settings.timezone
        booked = ticket.appointment_at
        return IssuedTicket(
            ticket=TicketInfo.of(ticket),
            people_ahead=ahead,
            expected_wait_minutes=estimate_wait(session, ticket.service, ahead, now, tz),
            serving_now=serving_now(session, ticket.service, now, tz),
            appointment=None if booked is None else booked.astimezone(tz).time(),
        )

    def reprint(self, number: str, *, actor: Actor | None) -> IssuedTicket:
        """A copy of today's ticket ``number`` to print, with its place now (as
        ``position``): a receptionist's, supervisor's or administrator's act, kept in
        the history as a ``reprinted`` event. Issues nothing; the printing outcome is
        recorded by ``record_print`` as for any ticket."""
        actor = require(actor, Permission.REPRINT)
        now = self.clock.now()
        with self._write(now) as session:
            ticket = self._load(session, self._find_today(session, number).id)
            record(session, EventKind.REPRINTED, now, ticket=ticket, operator_id=actor.id)
            reprinted = ticket.id
        with self.db.read_session() as session:
            return self._place(session, reprinted, now)

    def record_print(
        self, ticket: TicketInfo, printer: str, error: str | None, *, copy: bool
    ) -> None:
        """Keep the outcome of printing a ticket: a failed print is never counted as printed."""
        now = self.clock.now()
        kind = EventKind.PRINTED if error is None else EventKind.PRINT_FAILED
        details: dict[str, Any] = {"number": ticket.number, "printer": printer, "copy": copy}
        if error is not None:
            details["error"] = error
        with self._write(now) as session:
            record(session, kind, now, ticket_id=ticket.id, **details)

    def recent_calls(self, limit: int = 8) -> list[CallInfo]:
        """Today's latest calls and recalls, newest first."""
        since = start_of_day(self.clock.now(), self.settings.timezone)
        with self.db.read_session() as session:
            return reads.recent_calls(session, since, limit)

    def ticket(self, number: str) -> TicketInfo:
        with self.db.read_session() as session:
            return TicketInfo.of(self._load(session, self._find_today(session, number).id))

    def waiting(self, service_code: str | None = None) -> list[TicketInfo]:
        """Today's waiting tickets in calling order for one service (or all)."""
        with self.db.read_session() as session:
            return reads.waiting(session, self.today(), service_code)

    def events(self, since_id: int = 0, limit: int = 1000) -> list[EventInfo]:
        with self.db.read_session() as session:
            return reads.events(session, since_id, limit)


class NewTicket(NamedTuple):
    id: int
    number: str


@cache
def _insert_ticket() -> Insert:
    return TICKETS.insert().returning(TICKETS.c.id)


@cache
def _next_sequence(dialect: str) -> Insert:
    """Parameters: service_id, day. Returns the number taken."""
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    counters = DailyCounter.__table__
    return (
        insert(counters)
        .values(service_id=bindparam("service_id"), day=bindparam("day"), last_sequence=1)
        .on_conflict_do_update(
            index_elements=[counters.c.service_id, counters.c.day],
            set_={"last_sequence": counters.c.last_sequence + 1},
        )
        .returning(counters.c.last_sequence)
    )


def move_waiting_tickets(
    session: Session, source: Service, target: Service, actor_id: int, now: datetime, today: date
) -> int:
    """Move every ticket waiting ``today`` for ``source`` to ``target``, each keeping
    its number and place in time, with a ``redirected`` event each. Returns how many."""
    if source.id == target.id:
        raise QueueError(
            _("Tickets of “{service}” cannot be moved to itself."), service=source.code
        )
    if target.retired:
        raise NotFound(_("Unknown service: {code}"), code=target.code)
    waiting = session.scalars(
        select(Ticket)
        .where(
            Ticket.service_id == source.id,
            Ticket.status == TicketStatus.WAITING,
            Ticket.day == today,
        )
        .order_by(Ticket.id)
    ).all()
    for ticket in waiting:
        ticket.redirected_from = source
        ticket.service = target
        ticket.appointment_at = None  # as for a redirect at a window (_back_to_queue)
        record(
            session,
            EventKind.REDIRECTED,
            now,
            ticket=ticket,
            operator_id=actor_id,
            **{"from": source.code, "to": target.code, "moved": True},
        )
    return len(waiting)


def _back_to_queue(ticket: Ticket) -> None:
    # A booked visitor sent back to the queue (postponed, redirected) waits from now on
    # like anyone else: the slot gave them one place ahead, not a standing one.
    ticket.appointment_at = None
    ticket.status = TicketStatus.WAITING
    ticket.service_point_id = None
    ticket.operator_id = None
    ticket.called_at = None
    ticket.started_at = None
    ticket.recall_count = 0


# Why a transition is refused, by operation and by the ticket's present state.
_STATE_REFUSALS: dict[EventKind, dict[TicketStatus, str]] = {
    EventKind.RECALLED: {
        TicketStatus.SERVING: _(
            "Ticket {number} is already being served; there is no one to recall."
        ),
    },
    EventKind.STARTED: {
        TicketStatus.SERVING: _("Ticket {number} is already being served."),
        # Only where service starts at the call (the centre's ``start_at_call``).
        TicketStatus.CALLED: _(
            "Service starts at the call here: ticket {number} needs no Start; "
            "press Finish when done."
        ),
    },
    EventKind.FINISHED: {
        TicketStatus.CALLED: _("Ticket {number} has not been started yet; press Start first."),
    },
    EventKind.NO_SHOW: {
        TicketStatus.SERVING: _("Ticket {number} is being served; the visitor did come."),
    },
}
