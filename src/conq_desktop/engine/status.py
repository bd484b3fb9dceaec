"""The queue at a glance: what the status command, the operator panels and the hall
display show."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from conq_desktop.engine.views import QueueStatus, ServiceInfo, ServiceQueue, TicketInfo, WindowInfo
from conq_desktop.models import (
    ACTIVE_STATUSES,
    Service,
    ServicePoint,
    ServicePointService,
    Ticket,
    TicketStatus,
    WindowState,
)


def build_status(session: Session, now: datetime, tz: ZoneInfo) -> QueueStatus:
    today = now.astimezone(tz).date()
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
            .where(ServicePoint.state == WindowState.OPEN)
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
            .where(Ticket.status.in_(ACTIVE_STATUSES), Ticket.service_point_id.is_not(None))
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
        windows.append(
            WindowInfo(
                number=point.number,
                name=point.name,
                state=point.state.value,
                operator=point.operator.login if point.operator else None,
                operator_name=point.operator.display_name if point.operator else None,
                services=[link.service.code for link in point.links],
                current=TicketInfo.of(ticket) if ticket is not None else None,
            )
        )
    return QueueStatus(day=today, at=now, timezone=tz.key, services=services, windows=windows)


def _aware(moment: datetime) -> datetime:
    # Aggregates may bypass the column type on SQLite and come back naive (UTC).
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
