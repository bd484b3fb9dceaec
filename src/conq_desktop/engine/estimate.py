"""People ahead and expected wait for a newly issued ticket, and whether anybody serves
its service now (without an open window no wait can be promised)."""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from conq_desktop.engine.reads import start_of_day
from conq_desktop.models import (
    Service,
    ServicePoint,
    ServicePointService,
    Ticket,
    TicketStatus,
    WindowState,
)

# How many recent services of the same kind the rolling average looks at, how far back,
# and how many it needs before it is trusted over the configured minutes.
AVERAGE_SAMPLE = 30
AVERAGE_WINDOW = timedelta(days=14)
AVERAGE_MIN_SAMPLES = 3


def people_ahead(session: Session, ticket: Ticket) -> int:
    """Waiting tickets of the same service that will be called before ``ticket``."""
    return session.execute(
        select(func.count())
        .select_from(Ticket)
        .where(
            Ticket.service_id == ticket.service_id,
            Ticket.day == ticket.day,
            Ticket.status == TicketStatus.WAITING,
            Ticket.id != ticket.id,
            or_(
                Ticket.priority > ticket.priority,
                and_(
                    Ticket.priority == ticket.priority,
                    or_(
                        Ticket.queued_at < ticket.queued_at,
                        and_(Ticket.queued_at == ticket.queued_at, Ticket.id < ticket.id),
                    ),
                ),
            ),
        )
    ).scalar_one()


def average_service_minutes(session: Session, service: Service, now: datetime) -> float:
    """Rolling mean of recent service durations, or the configured minutes until there
    is enough history."""
    rows = session.execute(
        select(Ticket.started_at, Ticket.finished_at)
        .where(
            Ticket.service_id == service.id,
            Ticket.status == TicketStatus.DONE,
            Ticket.finished_at >= now - AVERAGE_WINDOW,
        )
        .order_by(Ticket.finished_at.desc())
        .limit(AVERAGE_SAMPLE)
    ).all()
    durations = [
        (finished - started).total_seconds() / 60
        for started, finished in rows
        if started is not None and finished is not None
    ]
    if len(durations) < AVERAGE_MIN_SAMPLES:
        return service.expected_minutes
    return sum(durations) / len(durations)


def serving_windows(session: Session, service: Service) -> int:
    """Windows open for this service now; before anyone signs in, every window that
    serves it and is not on a break (the centre is about to open)."""
    rows = session.execute(
        select(ServicePoint.state, func.count())
        .join(ServicePointService, ServicePointService.service_point_id == ServicePoint.id)
        .where(ServicePointService.service_id == service.id)
        .group_by(ServicePoint.state)
    ).all()
    counts = {state: count for state, count in rows}
    open_now = counts.get(WindowState.OPEN, 0)
    return open_now or counts.get(WindowState.CLOSED, 0) or 1


def serving_now(session: Session, service: Service, now: datetime, tz: ZoneInfo) -> bool:
    """Whether a window that serves this service is open now: an operator signed in
    there today and not on a break. Until one is, nobody calls the service's tickets,
    however short its queue, and the kiosk and the ticket promise no wait."""
    found = session.execute(
        select(ServicePoint.id)
        .join(ServicePointService, ServicePointService.service_point_id == ServicePoint.id)
        .where(
            ServicePointService.service_id == service.id,
            ServicePoint.state == WindowState.OPEN,
            ServicePoint.retired.is_(False),
            # One signed in on an earlier day is gone (as in the status, reads.py).
            or_(
                ServicePoint.signed_in_at.is_(None),
                ServicePoint.signed_in_at >= start_of_day(now, tz),
            ),
        )
        .limit(1)
    ).first()
    return found is not None


def estimate_wait(session: Session, service: Service, ahead: int, now: datetime) -> int:
    """Expected minutes until the call, rounded up."""
    if ahead == 0:
        return 0
    minutes = (
        ahead * average_service_minutes(session, service, now) / serving_windows(session, service)
    )
    # Round off float noise first: 5 × 1.6 must be 8 minutes, not ceil(8.000000000000002).
    return math.ceil(round(minutes, 6))
