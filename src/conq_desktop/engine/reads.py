"""The read side of the engine: the queue at a glance (what the status command, the
operator panels and the hall display show), today's tickets and calls.

Functions over a read session that return snapshots (``snapshots.py``), never ORM
objects: what they return crosses threads and turns into JSON. ``QueueEngine`` opens
the session and calls them; nothing here writes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from conq_desktop.engine.snapshots import (
    CallInfo,
    EventInfo,
    QueueStatus,
    ServiceInfo,
    ServiceQueue,
    TicketInfo,
    WindowInfo,
)
from conq_desktop.models import (
    ACTIVE_STATUSES,
    EventKind,
    Holiday,
    Service,
    ServicePoint,
    ServicePointService,
    Ticket,
    TicketEvent,
    TicketStatus,
    WindowState,
)


def is_holiday(session: Session, day: date) -> bool:
    """Whether the centre is closed all ``day`` (its local date) for a holiday."""
    return session.get(Holiday, day) is not None


def start_of_day(now: datetime, tz: ZoneInfo) -> datetime:
    """The instant the centre's local day of ``now`` began."""
    return datetime.combine(now.astimezone(tz).date(), time.min, tz)


def still_signed_in(point: ServicePoint, day_start: datetime) -> bool:
    """Whether the window's operator signed in today. One who signed in on an earlier
    day is gone, even before the day's first write signs them out (``expire_stale``)."""
    if point.operator_id is None:
        return False
    return point.signed_in_at is None or _aware(point.signed_in_at) >= day_start


def build_status(session: Session, now: datetime, tz: ZoneInfo) -> QueueStatus:
    """The queue as it stands now. Read-only, so it cannot close what earlier days left
    open; it shows the new day as new all the same: only today's tickets count as
    current, and yesterday's sign-ins as closed windows."""
    today = now.astimezone(tz).date()
    day_start = start_of_day(now, tz)
    waiting = {
        service_id: (count, oldest)
        for service_id, count, oldest in session.execute(
            select(Ticket.service_id, func.count(), func.min(Ticket.issued_at))
            .where(Ticket.status == TicketStatus.WAITING, Ticket.day == today)
            .group_by(Ticket.service_id)
        )
    }
    open_windows = {
        service_id: count
        for service_id, count in session.execute(
            select(ServicePointService.service_id, func.count())
            .join(ServicePoint, ServicePoint.id == ServicePointService.service_point_id)
            .where(
                ServicePoint.state == WindowState.OPEN,
                or_(ServicePoint.signed_in_at.is_(None), ServicePoint.signed_in_at >= day_start),
            )
            .group_by(ServicePointService.service_id)
        )
    }
    services = []
    for service in session.scalars(
        select(Service).where(Service.retired.is_(False)).order_by(Service.sort_order, Service.code)
    ):
        count, oldest = waiting.get(service.id, (0, None))
        longest = 0 if oldest is None else max(0, int((now - _aware(oldest)).total_seconds() // 60))
        services.append(
            ServiceQueue(
                service=ServiceInfo.of(service),
                waiting=count,
                longest_wait_minutes=longest,
                open_windows=open_windows.get(service.id, 0),
                active=service.active,
                target_wait_minutes=service.target_wait_minutes,
            )
        )

    current = {
        ticket.service_point_id: ticket
        for ticket in session.scalars(
            select(Ticket)
            .where(
                Ticket.status.in_(ACTIVE_STATUSES),
                Ticket.service_point_id.is_not(None),
                Ticket.day == today,
            )
            .options(
                joinedload(Ticket.service),
                joinedload(Ticket.service_point),
                joinedload(Ticket.operator),
                joinedload(Ticket.redirected_from),
            )
        )
    }
    windows = []
    points = session.scalars(
        select(ServicePoint)
        .where(ServicePoint.retired.is_(False))
        .order_by(ServicePoint.number)
        .options(
            joinedload(ServicePoint.operator),
            selectinload(ServicePoint.links).joinedload(ServicePointService.service),
        )
    )
    for point in points:
        ticket = current.get(point.id)
        gone = point.operator_id is not None and not still_signed_in(point, day_start)
        operator = None if gone else point.operator
        windows.append(
            WindowInfo(
                number=point.number,
                name=point.name,
                state=WindowState.CLOSED.value if gone else point.state.value,
                operator=operator.login if operator else None,
                operator_name=operator.display_name if operator else None,
                services=[link.service.code for link in point.links],
                current=TicketInfo.of(ticket) if ticket is not None else None,
            )
        )
    return QueueStatus(day=today, at=now, timezone=tz.key, services=services, windows=windows)


def recent_calls(session: Session, since: datetime, limit: int) -> list[CallInfo]:
    """The latest calls and recalls since ``since``, newest first."""
    rows = session.execute(
        select(
            TicketEvent.id,
            TicketEvent.kind,
            TicketEvent.at,
            Ticket.number,
            ServicePoint.number,
            Service.code,
            Ticket.status,
        )
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .join(ServicePoint, ServicePoint.id == TicketEvent.service_point_id)
        .join(Service, Service.id == Ticket.service_id)
        .where(
            TicketEvent.kind.in_([EventKind.CALLED, EventKind.RECALLED]),
            TicketEvent.at >= since,
        )
        .order_by(TicketEvent.id.desc())
        .limit(limit)
    ).all()
    return [
        CallInfo(
            event_id=event_id,
            number=number,
            window=window,
            at=at,
            recall=kind == EventKind.RECALLED,
            service=code,
            status=TicketStatus(status).value,
        )
        for event_id, kind, at, number, window, code, status in rows
    ]


def waiting(session: Session, day: date, service_code: str | None = None) -> list[TicketInfo]:
    """The day's waiting tickets in calling order, for one service or all."""
    query = (
        select(Ticket)
        .where(Ticket.status == TicketStatus.WAITING, Ticket.day == day)
        .options(joinedload(Ticket.service), joinedload(Ticket.redirected_from))
        .order_by(Ticket.priority.desc(), Ticket.queued_at, Ticket.id)
    )
    if service_code is not None:
        query = query.join(Service, Ticket.service_id == Service.id).where(
            Service.code == service_code
        )
    return [TicketInfo.of(ticket) for ticket in session.scalars(query)]


def events(session: Session, since_id: int = 0, limit: int = 1000) -> list[EventInfo]:
    """The history after event ``since_id``, oldest first."""
    return [
        EventInfo.of(event)
        for event in session.scalars(
            select(TicketEvent)
            .where(TicketEvent.id > since_id)
            .order_by(TicketEvent.id)
            .limit(limit)
        )
    ]


def _aware(moment: datetime) -> datetime:
    # Aggregates may bypass the column type on SQLite and come back naive (UTC).
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
