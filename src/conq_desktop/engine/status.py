"""The queue at a glance: what the status command, the operator panels and the hall
display show."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from conq_desktop.engine.snapshots import (
    QueueStatus,
    ServiceInfo,
    ServiceQueue,
    TicketInfo,
    WindowInfo,
)
from conq_desktop.models import (
    ACTIVE_STATUSES,
    Service,
    ServicePoint,
    ServicePointService,
    Ticket,
    TicketStatus,
    WindowState,
)


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
    for service in session.scalars(select(Service).order_by(Service.sort_order, Service.code)):
        count, oldest = waiting.get(service.id, (0, None))
        longest = 0 if oldest is None else max(0, int((now - _aware(oldest)).total_seconds() // 60))
        services.append(
            ServiceQueue(
                service=ServiceInfo.of(service),
                waiting=count,
                longest_wait_minutes=longest,
                open_windows=open_windows.get(service.id, 0),
                active=service.active,
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


def _aware(moment: datetime) -> datetime:
    # Aggregates may bypass the column type on SQLite and come back naive (UTC).
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
