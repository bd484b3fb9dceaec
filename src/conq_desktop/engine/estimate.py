"""People ahead and expected wait for a newly issued ticket, and whether anybody serves
its service now (without an open window no wait can be promised).

The expected wait is one model, ``estimate_wait``: the kiosk, the printed ticket, the
status look-up and the reprint all get their minutes from it (through ``QueueEngine``'s
``issue``, ``position`` and ``reprint``). For a ticket of service S with ``ahead`` people
ahead of it::

    wait = (ahead × m(S) + Σ share(w) × remaining(w)) ÷ Σ share(w)

over the windows w counted for S (those open now; before anyone signs in, those that
serve S and are not on a break):

- ``m(S)``, the mean service minutes of S now (``service_minutes``): the mean window
  time of S's finished tickets, from the call to the finish (the visitor's walk to
  the window included: the window is taken from the call), called in this local
  hour on this weekday over the previous
  ``HISTORY_DAYS`` days, once there are ``HOUR_MIN_SAMPLES``; else in this hour on any
  weekday; else today's services of S so far (``TODAY_MIN_SAMPLES``); else the
  service's configured ``expected_minutes``.
- ``share(w)``, the part of window w's time that goes to S. A window calls the services
  it prefers first, so its time goes to S in proportion to S's waiting tickets among
  the waiting tickets of S and of the services w prefers over S (the new ticket
  counts): 1 when none of those is waiting, ½ when as many wait for a preferred
  service as for S.
- ``remaining(w)``, what is left of the service at w now: its current ticket's service
  mean minus the minutes since its call, at least 0.

With nobody ahead and a counted window free, the wait is 0.

Cost: the issue runs two small SQL statements (the windows that serve S with their
services and current tickets; today's per-service waiting counts and mean durations)
and reads the hour history from a per-process cache. The history only covers days
before today, so it is computed once per process, database and local day (one
GROUP BY over ``HISTORY_DAYS`` of tickets) and never goes stale during the day;
``forget_history()`` empties the cache (tests, or after importing history).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from threading import Lock
from zoneinfo import ZoneInfo

from sqlalchemy import Float, and_, case, cast, func, or_, select
from sqlalchemy.orm import Session

from conq_desktop.engine.reads import start_of_day
from conq_desktop.engine.rules import appointment_due
from conq_desktop.engine.sqltime import SqlTime
from conq_desktop.models import (
    Service,
    ServicePoint,
    ServicePointService,
    Ticket,
    TicketStatus,
    WindowState,
)
from conq_desktop.models.ticket import ACTIVE_STATUSES

# The hour history: how many days before today it reads, and how many services an
# hour needs before its mean is trusted.
HISTORY_DAYS = 42
HOUR_MIN_SAMPLES = 10
# Today's services of a service so far, before the configured minutes are used.
TODAY_MIN_SAMPLES = 3
UTC_ZONE = ZoneInfo("UTC")
# Cached hour histories kept per process (one per database and day).
HISTORY_CACHE_SIZE = 8


def people_ahead(session: Session, ticket: Ticket, now: datetime) -> int:
    """Waiting tickets of the same service that will be called before ``ticket``
    (``rules.calling_key``, counting a booked visitor whose slot has begun as ahead of
    walk-ins: a window may take one now or at its next call)."""
    due = and_(Ticket.appointment_at.is_not(None), Ticket.appointment_at <= now)
    earlier = or_(
        Ticket.queued_at < ticket.queued_at,
        and_(Ticket.queued_at == ticket.queued_at, Ticket.id < ticket.id),
    )
    if appointment_due(ticket.appointment_at, now, may_take=True):
        booked = ticket.appointment_at
        same_class = and_(
            due,
            or_(
                Ticket.appointment_at < booked,
                and_(Ticket.appointment_at == booked, earlier),
            ),
        )
    else:
        same_class = or_(due, earlier)
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
                and_(Ticket.priority == ticket.priority, same_class),
            ),
        )
    ).scalar_one()


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


# ---------------------------------------------------------------- service minutes


@dataclass(frozen=True)
class HourHistory:
    """Mean service seconds and counts over the days before ``day``: per (service,
    weekday 0 = Monday, local hour) and per (service, local hour)."""

    day: date
    by_weekday_hour: dict[tuple[int, int, int], tuple[float, int]]
    by_hour: dict[tuple[int, int], tuple[float, int]]


_history_cache: dict[tuple[str, str, date], HourHistory] = {}
_history_lock = Lock()


def forget_history() -> None:
    """Empty the per-process cache of hour histories."""
    with _history_lock:
        _history_cache.clear()


def hour_history(session: Session, today: date, tz: ZoneInfo) -> HourHistory:
    """The hour history before ``today`` (cached per process, database and day)."""
    bind = session.get_bind()
    key = (bind.url.render_as_string(hide_password=True), tz.key, today)
    with _history_lock:
        found = _history_cache.get(key)
    if found is not None:
        return found
    first = today - timedelta(days=HISTORY_DAYS)
    sql = SqlTime(bind.dialect.name, tz, first, today)
    weekday = sql.weekday(Ticket.day)
    hour = sql.local_hour(Ticket.called_at)
    seconds = sql.seconds(Ticket.finished_at, Ticket.called_at)
    rows = session.execute(
        select(Ticket.service_id, weekday, hour, func.sum(seconds), func.count())
        .where(
            Ticket.status == TicketStatus.DONE,
            Ticket.day >= first,
            Ticket.day < today,
            Ticket.called_at.is_not(None),
            Ticket.finished_at.is_not(None),
        )
        .group_by(Ticket.service_id, weekday, hour)
    ).all()
    cells: dict[tuple[int, int, int], tuple[float, int]] = {}
    hours: dict[tuple[int, int], tuple[float, int]] = {}
    for service_id, day_of_week, local_hour, total, count in rows:
        total = float(total or 0.0)
        cells[(service_id, int(day_of_week), int(local_hour))] = (total, count)
        before = hours.get((service_id, int(local_hour)), (0.0, 0))
        hours[(service_id, int(local_hour))] = (before[0] + total, before[1] + count)
    history = HourHistory(
        today,
        {key: (total / count, count) for key, (total, count) in cells.items()},
        {key: (total / count, count) for key, (total, count) in hours.items()},
    )
    with _history_lock:
        while len(_history_cache) >= HISTORY_CACHE_SIZE:
            _history_cache.pop(next(iter(_history_cache)))
        _history_cache[key] = history
    return history


def service_minutes(
    history: HourHistory,
    service_id: int,
    configured: float,
    local_now: datetime,
    today_mean: tuple[float, int] | None,
) -> float:
    """The mean service minutes of a service at ``local_now``: this hour on this
    weekday, else this hour on any weekday, else today so far (``today_mean``: mean
    seconds and count of today's services), else the ``configured`` minutes."""
    hour = local_now.hour
    cell = history.by_weekday_hour.get((service_id, local_now.weekday(), hour))
    if cell is not None and cell[1] >= HOUR_MIN_SAMPLES:
        return cell[0] / 60
    any_day = history.by_hour.get((service_id, hour))
    if any_day is not None and any_day[1] >= HOUR_MIN_SAMPLES:
        return any_day[0] / 60
    if today_mean is not None and today_mean[1] >= TODAY_MIN_SAMPLES:
        return today_mean[0] / 60
    return float(configured)


# ---------------------------------------------------------------- the wait


@dataclass(frozen=True)
class _Window:
    id: int
    services: dict[int, int]  # service id → preference
    open: bool
    busy_service: int | None  # the current ticket's service
    busy_since: datetime | None


def estimate_wait(
    session: Session,
    service: Service,
    ahead: int,
    now: datetime,
    tz: ZoneInfo | None = None,
) -> int:
    """Expected minutes until the call, rounded up (the model in the module's text).
    ``tz`` is the centre's time zone (UTC when not given): the hour history is by
    local hour and weekday."""
    tz = tz or UTC_ZONE
    day_start = start_of_day(now, tz)
    today = now.astimezone(tz).date()
    windows, configured = _windows(session, service, today, day_start)
    configured[service.id] = float(service.expected_minutes)
    counted = [w for w in windows if w.open] or windows
    waiting, means = _today(session, today)
    history = hour_history(session, today, tz)
    local_now = now.astimezone(tz)

    def minutes_of(service_id: int) -> float:
        return service_minutes(
            history,
            service_id,
            configured.get(service_id, service.expected_minutes),
            local_now,
            means.get(service_id),
        )

    mean = minutes_of(service.id)
    capacity = 0.0
    backlog = ahead * mean
    free = False
    for window in counted:
        part = share(window.services, service.id, waiting)
        capacity += part
        if window.busy_service is None or window.busy_since is None:
            free = free or part > 0
            continue
        elapsed = (now - window.busy_since).total_seconds() / 60
        backlog += part * max(0.0, minutes_of(window.busy_service) - elapsed)
    if ahead == 0 and (free or not counted):
        return 0
    minutes = backlog / (capacity or 1.0)
    # Round off float noise first: 5 × 1.6 must be 8 minutes, not ceil(8.000000000000002).
    return math.ceil(round(minutes, 6))


def share(preferences: dict[int, int], service_id: int, waiting: dict[int, int]) -> float:
    """The part of a window's time that goes to ``service_id``: its waiting tickets
    among those of it and of the services the window prefers over it."""
    mine = preferences.get(service_id)
    if mine is None:
        return 0.0
    own = max(1, waiting.get(service_id, 0))
    before = sum(
        waiting.get(other, 0)
        for other, preference in preferences.items()
        if other != service_id and preference < mine
    )
    return own / (own + before)


def _windows(session: Session, service: Service, today: date, day_start: datetime) -> list[_Window]:
    """The windows that serve ``service`` and are open, or closed (not on a break), each
    with the services it serves and its current ticket: one statement."""
    serves = (
        select(ServicePointService.service_point_id)
        .where(ServicePointService.service_id == service.id)
        .scalar_subquery()
    )
    signed_in_today = or_(
        ServicePoint.signed_in_at.is_(None), ServicePoint.signed_in_at >= day_start
    )
    is_open = and_(ServicePoint.state == WindowState.OPEN, signed_in_today)
    # One signed in on an earlier day is gone: it counts as closed.
    is_closed = or_(ServicePoint.state == WindowState.CLOSED, ~signed_in_today)
    rows = session.execute(
        select(
            ServicePoint.id,
            is_open,
            ServicePointService.service_id,
            ServicePointService.preference,
            Service.expected_minutes,
            Ticket.service_id,
            Ticket.called_at,
        )
        .join(ServicePointService, ServicePointService.service_point_id == ServicePoint.id)
        .join(Service, Service.id == ServicePointService.service_id)
        .outerjoin(
            Ticket,
            and_(
                Ticket.service_point_id == ServicePoint.id,
                Ticket.status.in_(ACTIVE_STATUSES),
                Ticket.day == today,
            ),
        )
        .where(
            ServicePoint.id.in_(serves),
            ServicePoint.retired.is_(False),
            or_(is_open, is_closed),
        )
    ).all()
    found: dict[int, _Window] = {}
    configured: dict[int, float] = {}
    for point_id, open_now, service_id, preference, minutes, busy_service, busy_since in rows:
        configured[service_id] = float(minutes)
        window = found.get(point_id)
        if window is None:
            window = found[point_id] = _Window(
                point_id,
                {},
                bool(open_now),
                busy_service if open_now else None,
                _aware(busy_since) if open_now else None,
            )
        window.services[service_id] = preference
    return list(found.values()), configured


def _today(session: Session, today: date) -> tuple[dict[int, int], dict[int, tuple[float, int]]]:
    """Today's waiting tickets per service, and (mean seconds, count) of its finished
    services: one GROUP BY over today's tickets."""
    bind = session.get_bind()
    sql = SqlTime(bind.dialect.name, UTC_ZONE, today, today)
    done = and_(
        Ticket.status == TicketStatus.DONE,
        Ticket.called_at.is_not(None),
        Ticket.finished_at.is_not(None),
    )
    rows = session.execute(
        select(
            Ticket.service_id,
            func.sum(case((Ticket.status == TicketStatus.WAITING, 1), else_=0)),
            func.sum(case((done, 1), else_=0)),
            func.sum(case((done, cast(sql.seconds(Ticket.finished_at, Ticket.called_at), Float)))),
        )
        .where(Ticket.day == today)
        .group_by(Ticket.service_id)
    ).all()
    waiting = {service_id: int(count or 0) for service_id, count, _, _ in rows}
    means = {
        service_id: (float(total) / finished, int(finished))
        for service_id, _, finished, total in rows
        if finished
    }
    return waiting, means


def _aware(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)
