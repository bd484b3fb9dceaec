"""The fairness report: the order in which visitors were served, over local days.

A call is **out of order** (docs/queue-rules.md, "Out of order") when, at its instant,
another ticket of the same service, the same priority class and the same day was
waiting ahead of it in the engine's own ordering (``rules.calling_key``: within one
service and one class, a booked visitor whose slot has begun when the window may take
one, then the queued time, then the ticket id). Whether a ticket was waiting, in which
service, with which queued time and booked slot, is replayed from the history:
``issued`` (waiting, queued at its issue; a check-in names the slot), ``called`` (no
longer waiting; the window's calls decide whether it may take a booked visitor next),
``postponed`` (waiting again, queued at the postponement, no longer booked),
``redirected`` (waiting in the target service, queued time kept, no longer booked),
``cancelled`` and ``expired`` (gone). A booked visitor called ahead of walk-ins by
that rule is in order and counted as such. The counts come from SQL aggregates.
Read-only: nothing here writes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from conq_desktop.db import Database
from conq_desktop.engine.rules import appointment_due, calling_key, may_take_appointment
from conq_desktop.engine.settings import read_settings
from conq_desktop.models import (
    Booking,
    EventKind,
    Operator,
    Service,
    ServicePoint,
    Ticket,
    TicketEvent,
)

LONGEST_WAITS = 10

# The events that change whether a ticket waits, where and with which queued time.
_QUEUE_EVENTS = (
    EventKind.ISSUED,
    EventKind.CALLED,
    EventKind.POSTPONED,
    EventKind.REDIRECTED,
    EventKind.CANCELLED,
    EventKind.EXPIRED,
)


@dataclass(frozen=True)
class OutOfOrderCall:
    at: datetime
    number: str
    service: str
    priority: int
    window: int | None
    operator: str | None  # login
    operator_name: str | None
    reason: str
    skipped: tuple[str, ...]  # the numbers waiting ahead of it, in queue order
    # Called with Next, not by number: only two windows' simultaneous claims on
    # PostgreSQL, journalled in the other order, can make that (docs/queue-rules.md).
    by_next: bool = False


@dataclass(frozen=True)
class OperatorCalls:
    operator: str
    operator_name: str
    calls: int
    out_of_order: int


@dataclass(frozen=True)
class ManualCancel:
    at: datetime
    number: str
    service: str
    operator: str | None
    operator_name: str | None
    reason: str


@dataclass(frozen=True)
class LongWait:
    number: str
    service: str
    issued_at: datetime
    called_at: datetime

    @property
    def minutes(self) -> int:
        return int((self.called_at - self.issued_at).total_seconds() // 60)


@dataclass(frozen=True)
class FairnessReport:
    first: date
    last: date
    timezone: str
    centre_names: dict[str, str]
    issued: int
    calls: int
    recalls: int
    no_shows: int
    postponements: int
    redirects: int
    out_of_order: tuple[OutOfOrderCall, ...]
    operators: tuple[OperatorCalls, ...]
    cancellations: tuple[ManualCancel, ...]
    longest_waits: tuple[LongWait, ...]
    events: int = field(default=0)
    # Calls that took a booked visitor ahead of walk-ins by the rule, and the rule's
    # "every k-th call" (the setting now: docs/queue-rules.md, "Appointments").
    booked_ahead: int = 0
    call_every: int = 2
    # Each service's name by language, by code (removed services too: history names them).
    service_names: dict[str, dict[str, str]] = field(default_factory=dict)

    def service_name(self, code: str, lang: str) -> str:
        """What people call the service in ``lang``; its code if it has no name."""
        names = self.service_names.get(code, {})
        return names.get(lang) or names.get("en") or code

    @property
    def is_empty(self) -> bool:
        """No ticket of the period has any event: nothing happened."""
        return self.events == 0

    def as_json(self) -> dict[str, Any]:
        def moment(at: datetime) -> str:
            return at.isoformat()

        return {
            "from": self.first.isoformat(),
            "to": self.last.isoformat(),
            "timezone": self.timezone,
            "issued": self.issued,
            "calls": self.calls,
            "recalls": self.recalls,
            "no_shows": self.no_shows,
            "postponements": self.postponements,
            "redirects": self.redirects,
            "booked_ahead": self.booked_ahead,
            "booking_call_every": self.call_every,
            "out_of_order": [
                {
                    "at": moment(call.at),
                    "number": call.number,
                    "service": call.service,
                    "priority": call.priority,
                    "window": call.window,
                    "operator": call.operator,
                    "reason": call.reason,
                    "skipped": list(call.skipped),
                    "by_next": call.by_next,
                }
                for call in self.out_of_order
            ],
            "operators": [
                {
                    "operator": row.operator,
                    "name": row.operator_name,
                    "calls": row.calls,
                    "out_of_order": row.out_of_order,
                }
                for row in self.operators
            ],
            "cancelled": [
                {
                    "at": moment(row.at),
                    "number": row.number,
                    "service": row.service,
                    "operator": row.operator,
                    "reason": row.reason,
                }
                for row in self.cancellations
            ],
            "longest_waits": [
                {
                    "number": row.number,
                    "service": row.service,
                    "issued_at": moment(row.issued_at),
                    "called_at": moment(row.called_at),
                    "minutes": row.minutes,
                }
                for row in self.longest_waits
            ],
        }


def fairness_report(db: Database, first: date, last: date) -> FairnessReport:
    """The report for the centre's local days ``first`` to ``last``, both included."""
    with db.read_session() as session:
        settings = read_settings(session)
        days = (Ticket.day >= first, Ticket.day <= last)
        counts = dict(
            session.execute(
                select(TicketEvent.kind, func.count())
                .join(Ticket, Ticket.id == TicketEvent.ticket_id)
                .where(*days)
                .group_by(TicketEvent.kind)
            ).all()
        )
        replay = _replay(session, first, last, settings.booking_call_every)
        out_of_order = replay.out_of_order
        return FairnessReport(
            first=first,
            last=last,
            timezone=settings.timezone.key,
            centre_names=dict(settings.names),
            issued=session.scalar(select(func.count()).select_from(Ticket).where(*days)) or 0,
            calls=counts.get(EventKind.CALLED, 0),
            recalls=counts.get(EventKind.RECALLED, 0),
            no_shows=counts.get(EventKind.NO_SHOW, 0),
            postponements=counts.get(EventKind.POSTPONED, 0),
            redirects=counts.get(EventKind.REDIRECTED, 0),
            out_of_order=tuple(out_of_order),
            operators=tuple(_operator_calls(session, first, last, out_of_order)),
            cancellations=tuple(_cancellations(session, first, last)),
            longest_waits=tuple(_longest_waits(session, first, last, db.dialect)),
            events=sum(counts.values()),
            booked_ahead=replay.booked_ahead,
            call_every=settings.booking_call_every,
            service_names={
                service.code: service.names for service in session.scalars(select(Service))
            },
        )


@dataclass(frozen=True)
class FairnessTally:
    """One day's calls for the hall display's fairness line (docs/queue-rules.md,
    "The fairness line")."""

    calls: int  # ``called`` events of the day's tickets: a ticket called twice counts twice
    in_order: int  # calls that skipped nobody
    out_of_order: int  # calls that skipped someone, as the report lists them
    with_reason: int  # of those, the ones called by number (``call_specific``): a reason

    @property
    def served_in_order(self) -> int:
        """The display's N: every call but the deliberate ones out of order. A call with
        Next that only reads as out of order (two windows' simultaneous claims written in
        the other order, PostgreSQL) took the engine's first ticket: it counts here."""
        return self.calls - self.with_reason


def day_tally(db: Database, day: date) -> FairnessTally:
    """The calls of the local ``day``, in order and out of order: one count and the
    report's own replay (``_replay``), nothing else."""
    with db.read_session() as session:
        calls = (
            session.scalar(
                select(func.count())
                .select_from(TicketEvent)
                .join(Ticket, Ticket.id == TicketEvent.ticket_id)
                .where(Ticket.day == day, TicketEvent.kind == EventKind.CALLED)
            )
            or 0
        )
        every = read_settings(session).booking_call_every
        skipped = _replay(session, day, day, every).out_of_order
    with_reason = sum(1 for call in skipped if not call.by_next)
    return FairnessTally(
        calls=calls,
        in_order=calls - len(skipped),
        out_of_order=len(skipped),
        with_reason=with_reason,
    )


@dataclass
class _Place:
    """A ticket's place in the replay."""

    day: date
    service: str
    priority: int
    queued_at: datetime
    appointment_at: datetime | None = None  # the booked slot, while it counts
    waiting: bool = False
    window: tuple[int, date] | None = None  # the window (and day) that called it last


@dataclass
class _Replay:
    out_of_order: list[OutOfOrderCall] = field(default_factory=list)
    booked_ahead: int = 0


def _replay(session: Session, first: date, last: date, call_every: int) -> _Replay:
    origin = Service.__table__.alias("origin")
    # Only calls (the reason), redirects (the target) and check-ins (the slot) need
    # their details: decoding every event's JSON was the largest part of a busy day's
    # replay (bench/fairness_bench.py).
    needed = or_(
        TicketEvent.kind.in_((EventKind.CALLED, EventKind.REDIRECTED)),
        and_(TicketEvent.kind == EventKind.ISSUED, Booking.id.is_not(None)),
    )
    rows = session.execute(
        select(
            TicketEvent.kind,
            TicketEvent.at,
            case((needed, TicketEvent.details), else_=None),
            TicketEvent.ticket_id,
            Ticket.number,
            Ticket.day,
            Ticket.priority,
            Ticket.issued_at,
            origin.c.code,
            ServicePoint.id,
            ServicePoint.number,
            Operator.login,
            Operator.display_name,
        )
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .join(origin, origin.c.id == Ticket.origin_service_id)
        .outerjoin(Booking, Booking.ticket_id == Ticket.id)
        .outerjoin(ServicePoint, ServicePoint.id == TicketEvent.service_point_id)
        .outerjoin(Operator, Operator.id == TicketEvent.operator_id)
        .where(Ticket.day >= first, Ticket.day <= last, TicketEvent.kind.in_(_QUEUE_EVENTS))
        .order_by(TicketEvent.id)
    ).all()
    places: dict[int, _Place] = {}
    numbers: dict[int, str] = {}
    # Waiting tickets by (day, service, priority class): id -> place.
    queues: dict[tuple[date, str, int], set[int]] = defaultdict(set)
    # The tickets each window has called on a day and still holds (a postponed or
    # redirected one leaves it), as claim.py reads them: (called at, id).
    held: dict[tuple[int, date], dict[int, datetime]] = defaultdict(dict)
    replay = _Replay()

    def leave(ticket_id: int) -> None:
        place = places[ticket_id]
        if place.waiting:
            queues[(place.day, place.service, place.priority)].discard(ticket_id)
            place.waiting = False

    def join(ticket_id: int) -> None:
        place = places[ticket_id]
        place.waiting = True
        queues[(place.day, place.service, place.priority)].add(ticket_id)

    def back_to_queue(ticket_id: int) -> None:
        place = places[ticket_id]
        leave(ticket_id)
        if place.window is not None:
            held[place.window].pop(ticket_id, None)
            place.window = None
        place.appointment_at = None

    def may_take(window: tuple[int, date]) -> bool:
        recent = sorted(held[window].items(), key=lambda item: (item[1], item[0]), reverse=True)
        booked = [places[other].appointment_at is not None for other, _at in recent]
        return may_take_appointment(booked, call_every)

    for (
        kind,
        at,
        details,
        ticket_id,
        number,
        day,
        priority,
        issued_at,
        origin_code,
        window_id,
        window,
        login,
        name,
    ) in rows:
        at = _aware(at)
        details = details or {}
        if ticket_id not in places:
            places[ticket_id] = _Place(day, origin_code, priority, _aware(issued_at))
            numbers[ticket_id] = number
        place = places[ticket_id]
        if kind == EventKind.ISSUED:
            place.queued_at = at
            if details.get("appointment"):
                place.appointment_at = _aware(datetime.fromisoformat(details["appointment"]))
            join(ticket_id)
        elif kind == EventKind.CALLED:
            where = (window_id, place.day)
            if place.waiting:
                taking = may_take(where)

                def key(
                    other: int, now: datetime = at, taking: bool = taking
                ) -> tuple[object, ...]:
                    p = places[other]
                    return calling_key(
                        p.priority, p.appointment_at, p.queued_at, other, now=now, may_take=taking
                    )

                mine = key(ticket_id)
                queue = queues[(place.day, place.service, place.priority)]
                ahead = sorted((key(other), other) for other in queue if other != ticket_id)
                ahead = [(k, other) for k, other in ahead if k < mine]
                if ahead:
                    replay.out_of_order.append(
                        OutOfOrderCall(
                            at=at,
                            number=number,
                            service=place.service,
                            priority=place.priority,
                            window=window,
                            operator=login,
                            operator_name=name,
                            reason=str(details.get("reason", "")),
                            skipped=tuple(numbers[other] for _k, other in ahead),
                            by_next=not details.get("out_of_order", False),
                        )
                    )
                elif appointment_due(place.appointment_at, at, taking) and any(
                    (places[other].queued_at, other) < (place.queued_at, ticket_id)
                    for other in queue
                    if other != ticket_id
                ):
                    replay.booked_ahead += 1
            leave(ticket_id)
            if window_id is not None:
                place.window = where
                held[where][ticket_id] = at
        elif kind == EventKind.POSTPONED:
            back_to_queue(ticket_id)
            place.queued_at = at
            join(ticket_id)
        elif kind == EventKind.REDIRECTED:
            back_to_queue(ticket_id)
            place.service = str(details.get("to", place.service))
            join(ticket_id)
        else:  # cancelled, expired
            leave(ticket_id)
    return replay


def _operator_calls(
    session: Session, first: date, last: date, out_of_order: list[OutOfOrderCall]
) -> list[OperatorCalls]:
    skipping: dict[str, int] = defaultdict(int)
    for call in out_of_order:
        if call.operator is not None:
            skipping[call.operator] += 1
    rows = session.execute(
        select(Operator.login, Operator.display_name, func.count())
        .select_from(TicketEvent)
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .join(Operator, Operator.id == TicketEvent.operator_id)
        .where(Ticket.day >= first, Ticket.day <= last, TicketEvent.kind == EventKind.CALLED)
        .group_by(Operator.login, Operator.display_name)
        .order_by(Operator.login)
    ).all()
    return [
        OperatorCalls(login, name, calls, skipping.get(login, 0)) for login, name, calls in rows
    ]


def _cancellations(session: Session, first: date, last: date) -> list[ManualCancel]:
    rows = session.execute(
        select(
            TicketEvent.at,
            Ticket.number,
            Service.code,
            Operator.login,
            Operator.display_name,
            TicketEvent.details,
        )
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .join(Service, Service.id == Ticket.service_id)
        .outerjoin(Operator, Operator.id == TicketEvent.operator_id)
        .where(
            Ticket.day >= first,
            Ticket.day <= last,
            TicketEvent.kind == EventKind.CANCELLED,
        )
        .order_by(TicketEvent.id)
    ).all()
    return [
        ManualCancel(_aware(at), number, code, login, name, str((details or {}).get("reason", "")))
        for at, number, code, login, name, details in rows
    ]


def _longest_waits(session: Session, first: date, last: date, dialect: str) -> list[LongWait]:
    first_call = (
        select(TicketEvent.ticket_id, func.min(TicketEvent.at).label("called_at"))
        .where(TicketEvent.kind == EventKind.CALLED)
        .group_by(TicketEvent.ticket_id)
        .subquery()
    )
    called_at = first_call.c.called_at
    if dialect == "sqlite":
        # Milliseconds, rounded: equal waits must tie (then the ticket id decides).
        days = func.julianday(called_at) - func.julianday(Ticket.issued_at)
        wait: Any = func.round(days * 86_400_000)
    else:
        wait = called_at - Ticket.issued_at
    rows = session.execute(
        select(Ticket.number, Service.code, Ticket.issued_at, called_at)
        .join(first_call, first_call.c.ticket_id == Ticket.id)
        .join(Service, Service.id == Ticket.origin_service_id)
        .where(Ticket.day >= first, Ticket.day <= last)
        .order_by(wait.desc(), Ticket.id)
        .limit(LONGEST_WAITS)
    ).all()
    return [
        LongWait(number, code, _aware(issued), _aware(called))
        for number, code, issued, called in rows
    ]


def _aware(moment: Any) -> datetime:
    if isinstance(moment, str):  # an aggregate on SQLite may come back as text
        moment = datetime.fromisoformat(moment)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
