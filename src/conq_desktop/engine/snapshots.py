"""Plain, immutable snapshots the engine hands out.

Windows and the command line get these instead of ORM objects: they carry no session,
can cross threads, and turn into JSON directly.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time
from typing import Any

from conq_desktop.engine import rules
from conq_desktop.models import EventKind, Service, Ticket, TicketEvent


@dataclass(frozen=True)
class ServiceInfo:
    code: str
    prefix: str
    names: dict[str, str]

    @classmethod
    def of(cls, service: Service) -> ServiceInfo:
        return cls(
            code=service.code,
            prefix=service.prefix,
            names=service.names,
        )

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["en"]


@dataclass(frozen=True)
class TicketInfo:
    id: int
    public_id: str
    number: str
    service: ServiceInfo
    status: str
    priority: int
    day: date
    issued_at: datetime
    called_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None
    window: int | None
    operator: str | None
    recall_count: int
    postpone_count: int
    redirected_from: str | None
    # The booked slot's start of a checked-in booking (UTC), for the window to see.
    appointment_at: datetime | None = None

    @classmethod
    def of(cls, ticket: Ticket) -> TicketInfo:
        return cls(
            id=ticket.id,
            public_id=ticket.public_id,
            number=ticket.number,
            service=ServiceInfo.of(ticket.service),
            status=ticket.status.value,
            priority=ticket.priority,
            day=ticket.day,
            issued_at=ticket.issued_at,
            called_at=ticket.called_at,
            started_at=ticket.started_at,
            finished_at=ticket.finished_at,
            window=ticket.service_point.number if ticket.service_point else None,
            operator=ticket.operator.login if ticket.operator else None,
            recall_count=ticket.recall_count,
            postpone_count=ticket.postpone_count,
            redirected_from=ticket.redirected_from.code if ticket.redirected_from else None,
            appointment_at=ticket.appointment_at,
        )


@dataclass(frozen=True)
class IssuedTicket:
    """A ticket with its place: the people ahead and the expected wait in minutes.
    ``serving_now`` is whether a window that serves the service is open now; while none
    is, nobody calls the ticket, and the minutes are only what the wait would be once
    the windows open: the kiosk and the printed ticket say so instead of a wait."""

    ticket: TicketInfo
    people_ahead: int
    expected_wait_minutes: int
    serving_now: bool = True
    # The booked slot's start (the centre's local time) for a ticket given at check-in.
    appointment: time | None = None


@dataclass(frozen=True)
class ServiceQueue:
    service: ServiceInfo
    waiting: int
    longest_wait_minutes: int
    open_windows: int
    active: bool
    target_wait_minutes: int = 15  # the longest wait the centre aims for

    @property
    def over_target(self) -> bool:
        """The longest wait has passed the target (``rules.over_target``)."""
        return rules.over_target(self.waiting, self.longest_wait_minutes, self.target_wait_minutes)


@dataclass(frozen=True)
class WindowInfo:
    number: int
    name: str
    state: str
    operator: str | None
    operator_name: str | None
    services: list[str]
    current: TicketInfo | None


@dataclass(frozen=True)
class QueueStatus:
    day: date
    at: datetime
    timezone: str
    services: list[ServiceQueue] = field(default_factory=list)
    windows: list[WindowInfo] = field(default_factory=list)


@dataclass(frozen=True)
class CallInfo:
    """One call (or recall) of a ticket to a window, as the hall display shows it."""

    event_id: int
    number: str
    window: int
    at: datetime
    recall: bool
    service: str
    # The ticket's state now (a TicketStatus value): still called, at the window, done…
    status: str = "called"


@dataclass(frozen=True)
class EventInfo:
    """One event of the history (see journal.py)."""

    id: int
    kind: EventKind
    at: datetime
    ticket_id: int | None
    operator_id: int | None
    service_point_id: int | None
    details: dict[str, Any]

    @classmethod
    def of(cls, event: TicketEvent) -> EventInfo:
        return cls(
            id=event.id,
            kind=event.kind,
            at=event.at,
            ticket_id=event.ticket_id,
            operator_id=event.operator_id,
            service_point_id=event.service_point_id,
            details=dict(event.details or {}),
        )


def to_json(value: Any) -> Any:
    """Turn a snapshot (or a list of them) into JSON-ready data."""
    if hasattr(value, "__dataclass_fields__"):
        value = asdict(value)
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
