"""The queue's figures over local days, as docs/metrics.md defines them: waits, service
times, no-shows, the share called within the target wait, per service, window,
operator, day, hour of day and weekday. Every report, window and command reads them
here, so they never disagree.

Read-only, Qt-free, and computed by SQL aggregates (GROUP BY in the database): a
period of 100,000 tickets never comes into Python row by row. Only aggregate rows do
(a per-minute wait histogram for the percentiles, a row per group). The two backends
differ in time arithmetic and in time zones; ``engine.sqltime`` hides that.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import case, func, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from conq_desktop.db import Database
from conq_desktop.engine.settings import read_settings
from conq_desktop.engine.sqltime import SqlTime
from conq_desktop.errors import NotFound
from conq_desktop.i18n import _
from conq_desktop.models import (
    EventKind,
    Operator,
    Service,
    ServicePoint,
    Ticket,
    TicketEvent,
    TicketStatus,
)

# The wait distribution's bucket edges in minutes; the last bucket is open-ended.
WAIT_EDGES = (0, 5, 10, 15, 20, 30, 45, 60, 90, 120)


# ------------------------------------------------------------------ results


@dataclass(frozen=True)
class Counts:
    """One group's figures (the whole period, a service, a day …)."""

    issued: int = 0
    called: int = 0  # tickets called at least once
    served: int = 0  # tickets finished (status done)
    no_shows: int = 0
    cancelled: int = 0
    expired: int = 0  # still open when their day ended
    within_target: int = 0  # called tickets whose first call came within their target
    mean_wait_s: float | None = None  # of called tickets: first call − issue
    max_wait_s: float | None = None
    mean_service_s: float | None = None  # of served tickets: finish − start

    @property
    def no_show_rate(self) -> float | None:
        """No-shows per ticket called; None without a call."""
        return self.no_shows / self.called if self.called else None

    @property
    def within_target_share(self) -> float | None:
        return self.within_target / self.called if self.called else None


@dataclass(frozen=True)
class Period:
    """What every result says about itself: the days, the centre, the services."""

    first: date
    last: date
    timezone: str
    centre_names: dict[str, str]
    services: tuple[str, ...]  # the codes asked for; empty: every service


@dataclass(frozen=True)
class Summary:
    period: Period
    totals: Counts
    days: int  # local days of the period on which tickets were issued
    median_wait_minutes: int | None  # to the minute: see ``percentile_minutes``
    p90_wait_minutes: int | None
    waits: tuple[WaitBucket, ...] = ()  # the wait distribution, as ``wait_distribution``

    @property
    def is_empty(self) -> bool:
        return self.totals.issued == 0


@dataclass(frozen=True)
class ServiceRow:
    code: str
    names: dict[str, str]
    target_wait_minutes: int
    counts: Counts


@dataclass(frozen=True)
class DayRow:
    day: date
    counts: Counts


@dataclass(frozen=True)
class StaffRow:
    """A window's or an operator's work: calls from the history, outcomes from the
    ticket's final state (the window or operator who finished or gave up on it)."""

    key: str  # the window number, or the operator's login
    name: str
    calls: int  # ``called`` events, a recall or a second call after postponing included
    served: int
    no_shows: int
    mean_service_s: float | None
    busy_s: float  # the sum of its service times


@dataclass(frozen=True)
class HourCell:
    weekday: int  # 0 = Monday
    hour: int  # local hour of issue, 0-23
    arrivals: int
    mean_wait_s: float | None


@dataclass(frozen=True)
class HourLoad:
    """Arrivals and service per local weekday and hour: the staffing planner's input."""

    weekday: int  # 0=Monday
    hour: int
    days: int  # how many such weekdays of the period had the centre issuing
    arrivals: int
    served: int
    mean_service_s: float | None


@dataclass(frozen=True)
class WaitBucket:
    low_minutes: int
    high_minutes: int | None  # None: open-ended
    count: int


# ------------------------------------------------------------------ the queries


class _Query:
    """The period's tickets, one row each with its first call, wait, service time and
    target (the subquery ``t``), for the public functions to group and aggregate."""

    def __init__(
        self, session: Session, dialect: str, first: date, last: date, ids: Any, fence: bool
    ) -> None:
        settings = read_settings(session)
        self.session = session
        # SQLite's local hours need the time zone's offsets over the days that have
        # tickets, not over all the period asked for: it may span centuries.
        had = session.execute(
            select(func.min(Ticket.day), func.max(Ticket.day)).where(
                Ticket.day >= first, Ticket.day <= last
            )
        ).one()
        self.sql = SqlTime(dialect, settings.timezone, had[0] or first, had[1] or first)
        self.settings = settings
        self.where = [Ticket.day >= first, Ticket.day <= last]
        if ids is not None:
            # Per the service the visitor came for (docs/metrics.md, "Redirects").
            self.where.append(Ticket.origin_service_id.in_(ids))
        self.origin = Service.__table__.alias("origin")
        called = first_call_at()
        done = Ticket.status == TicketStatus.DONE
        inner = (
            select(
                Ticket.id.label("id"),
                Ticket.day.label("day"),
                Ticket.status.label("status"),
                Ticket.origin_service_id.label("origin_service_id"),
                Ticket.issued_at.label("issued_at"),
                Ticket.service_point_id.label("service_point_id"),
                Ticket.operator_id.label("operator_id"),
                called.label("first_call"),
                self.sql.seconds(called, Ticket.issued_at).label("wait"),
                case((done, self.sql.seconds(Ticket.finished_at, Ticket.started_at))).label(
                    "service"
                ),
                target_seconds(self.origin).label("target"),
            )
            .join(self.origin, self.origin.c.id == Ticket.origin_service_id)
            .where(*self.where)
        )
        if fence and self.sql.sqlite:
            # A LIMIT keeps SQLite from merging this query into the aggregate around
            # it, which would compute each ticket's wait once per use (three times in
            # ``counts_columns``): 2.4 times slower over 100,000 tickets. Not for the
            # other queries: they would then compute every column, used or not.
            inner = inner.limit(-1)
        self.t = inner.subquery("t")
        self.first_call = self.t.c.first_call
        self.wait = self.t.c.wait
        self.service = self.t.c.service
        self.target_s = self.t.c.target

    def tickets(self, *columns: Any, origin: bool = False) -> Any:
        """SELECT ``columns`` over the period's tickets (``t``), and their service
        (``self.origin``) when asked for."""
        statement = select(*columns).select_from(self.t)
        if origin:
            statement = statement.join(self.origin, self.origin.c.id == self.t.c.origin_service_id)
        return statement

    def counts_columns(self) -> list[Any]:
        status = self.t.c.status

        def status_sum(*statuses: TicketStatus) -> Any:
            return func.coalesce(func.sum(case((status.in_(statuses), 1), else_=0)), 0)

        within = case((self.wait <= self.target_s, 1), else_=0)
        return [
            func.count(self.t.c.id),
            func.count(self.first_call),
            status_sum(TicketStatus.DONE),
            status_sum(TicketStatus.NO_SHOW),
            status_sum(TicketStatus.CANCELLED),
            status_sum(TicketStatus.EXPIRED),
            func.coalesce(func.sum(within), 0),
            func.avg(self.wait),
            func.max(self.wait),
            func.avg(self.service),
        ]


def first_call_at() -> ColumnElement[Any]:
    """A ticket's first call, from the history. Only a postponed or redirected ticket
    (``_back_to_queue`` in engine/queue.py clears its call) can have been called more
    than once; every other ticket's ``called_at`` is its one call (a recall is no new
    call), so only those few look their first ``called`` event up, through the events'
    ticket index. Joining every ticket of the period to its events instead took most
    of a report's time (bench/report_bench.py). tests/engine/test_metrics.py checks the
    result against the events themselves."""
    called_again = or_(Ticket.postpone_count > 0, Ticket.redirected_from_id.is_not(None))
    earliest = (
        select(func.min(TicketEvent.at))
        .where(TicketEvent.ticket_id == Ticket.id, TicketEvent.kind == EventKind.CALLED)
        .correlate(Ticket)
        .scalar_subquery()
    )
    return case((called_again, earliest), else_=Ticket.called_at)


def target_seconds(origin: Any) -> ColumnElement[Any]:
    """A ticket's target wait in seconds: its service's ``target_wait_minutes``. Kept
    per ticket, not per service, so that booked visitors (issue 16: five minutes) add
    one CASE here and nothing else changes."""
    return origin.c.target_wait_minutes * 60


def _counts(row: Sequence[Any]) -> Counts:
    issued, called, served, no_shows, cancelled, expired, within, mean, longest, service = row
    return Counts(
        issued=int(issued),
        called=int(called),
        served=int(served),
        no_shows=int(no_shows),
        cancelled=int(cancelled),
        expired=int(expired),
        within_target=int(within),
        mean_wait_s=_float(mean),
        max_wait_s=_float(longest),
        mean_service_s=_float(service),
    )


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _service_ids(session: Session, codes: Iterable[str] | None) -> list[int] | None:
    """The ids of ``codes``; None for every service. An unknown code is refused."""
    if not codes:
        return None
    wanted = list(dict.fromkeys(codes))
    rows = session.execute(select(Service.code, Service.id).where(Service.code.in_(wanted)))
    known: dict[str, int] = {code: id_ for code, id_ in rows}
    unknown = [code for code in wanted if code not in known]
    if unknown:
        raise NotFound(_("Unknown service: {code}"), code=", ".join(unknown))
    return [known[code] for code in wanted]


class _Read:
    """One read transaction over the period, shared by the results of one report."""

    def __init__(
        self,
        db: Database,
        first: date,
        last: date,
        services: Iterable[str] | None,
        fence: bool = False,
    ) -> None:
        self.db, self.first, self.last, self.fence = db, first, last, fence
        self.codes = tuple(dict.fromkeys(services or ()))

    def __enter__(self) -> _Query:
        self._context = self.db.read_session()
        session = self._context.__enter__()
        try:
            if self.db.dialect == "postgresql":
                # The first-call lookup's subplan makes PostgreSQL's cost estimate huge,
                # and its JIT then spends a second compiling a query that runs in
                # 0.4 s without it (EXPLAIN ANALYZE, bench/report_bench.py).
                session.execute(text("SET LOCAL jit = off"))
            ids = _service_ids(session, self.codes)
            return _Query(session, self.db.dialect, self.first, self.last, ids, self.fence)
        except BaseException:
            self._context.__exit__(None, None, None)
            raise

    def __exit__(self, *exc: Any) -> None:
        self._context.__exit__(*exc)


def period(db: Database, first: date, last: date, services: Iterable[str] | None = None) -> Period:
    """The period's description; refuses an unknown service code."""
    with _Read(db, first, last, services) as query:
        return _period(query, first, last, services)


def _period(query: _Query, first: date, last: date, services: Iterable[str] | None) -> Period:
    return Period(
        first=first,
        last=last,
        timezone=query.settings.timezone.key,
        centre_names=dict(query.settings.names),
        services=tuple(dict.fromkeys(services or ())),
    )


# ------------------------------------------------------------------ public functions


def summary(
    db: Database, first: date, last: date, services: Iterable[str] | None = None
) -> Summary:
    """The period's totals, with the median and 90th percentile of the wait."""
    with _Read(db, first, last, services, fence=True) as query:
        days, *row = query.session.execute(
            query.tickets(func.count(func.distinct(query.t.c.day)), *query.counts_columns())
        ).one()
        histogram = _histogram(query)
        return Summary(
            period=_period(query, first, last, services),
            totals=_counts(row),
            days=int(days),
            waits=tuple(buckets(histogram)),
            median_wait_minutes=percentile_minutes(histogram, 0.5),
            p90_wait_minutes=percentile_minutes(histogram, 0.9),
        )


def by_service(
    db: Database, first: date, last: date, services: Iterable[str] | None = None
) -> list[ServiceRow]:
    """Per service the visitor came for, in the services' order."""
    with _Read(db, first, last, services, fence=True) as query:
        origin = query.origin
        rows = query.session.execute(
            query.tickets(
                origin.c.code,
                origin.c.name_ky,
                origin.c.name_ru,
                origin.c.name_en,
                origin.c.target_wait_minutes,
                *query.counts_columns(),
                origin=True,
            )
            .group_by(
                origin.c.id,
                origin.c.code,
                origin.c.name_ky,
                origin.c.name_ru,
                origin.c.name_en,
                origin.c.target_wait_minutes,
                origin.c.sort_order,
            )
            .order_by(origin.c.sort_order, origin.c.code)
        ).all()
        return [
            ServiceRow(
                code=row[0],
                names={"ky": row[1], "ru": row[2], "en": row[3]},
                target_wait_minutes=int(row[4]),
                counts=_counts(row[5:]),
            )
            for row in rows
        ]


def by_day(
    db: Database, first: date, last: date, services: Iterable[str] | None = None
) -> list[DayRow]:
    """Per local day with tickets, in order."""
    with _Read(db, first, last, services, fence=True) as query:
        rows = query.session.execute(
            query.tickets(query.t.c.day, *query.counts_columns())
            .group_by(query.t.c.day)
            .order_by(query.t.c.day)
        ).all()
        return [DayRow(day=_day(row[0]), counts=_counts(row[1:])) for row in rows]


def by_window(
    db: Database, first: date, last: date, services: Iterable[str] | None = None
) -> list[StaffRow]:
    """Per window: its calls, and the tickets it finished or marked as no-shows."""
    with _Read(db, first, last, services) as query:
        return _staff(query, ServicePoint, TicketEvent.service_point_id, "service_point_id")


def by_operator(
    db: Database, first: date, last: date, services: Iterable[str] | None = None
) -> list[StaffRow]:
    """Per operator: their calls, and the tickets they finished or marked as no-shows."""
    with _Read(db, first, last, services) as query:
        return _staff(query, Operator, TicketEvent.operator_id, "operator_id")


def _staff(query: _Query, table: Any, event_column: Any, column: str) -> list[StaffRow]:
    session = query.session
    ticket_column = query.t.c[column]
    calls = dict(
        session.execute(
            select(event_column, func.count())
            .select_from(TicketEvent)
            .join(Ticket, Ticket.id == TicketEvent.ticket_id)
            .where(TicketEvent.kind == EventKind.CALLED, event_column.is_not(None), *query.where)
            .group_by(event_column)
        ).all()
    )
    done = query.t.c.status == TicketStatus.DONE
    no_show = query.t.c.status == TicketStatus.NO_SHOW
    outcomes = {
        key: rest
        for key, *rest in session.execute(
            query.tickets(
                ticket_column,
                func.coalesce(func.sum(case((done, 1), else_=0)), 0),
                func.coalesce(func.sum(case((no_show, 1), else_=0)), 0),
                func.avg(query.service),
                func.coalesce(func.sum(query.service), 0.0),
            )
            .where(ticket_column.is_not(None))
            .group_by(ticket_column)
        ).all()
    }
    ids = set(calls) | set(outcomes)
    if not ids:
        return []
    if table is ServicePoint:
        names = {
            id_: (str(number), name)
            for id_, number, name in session.execute(
                select(ServicePoint.id, ServicePoint.number, ServicePoint.name).where(
                    ServicePoint.id.in_(ids)
                )
            )
        }
    else:
        names = {
            id_: (login, name)
            for id_, login, name in session.execute(
                select(Operator.id, Operator.login, Operator.display_name).where(
                    Operator.id.in_(ids)
                )
            )
        }
    rows = []
    for id_ in ids:
        served, no_shows, mean, busy = outcomes.get(id_, (0, 0, None, 0.0))
        key, name = names[id_]
        rows.append(
            StaffRow(
                key=key,
                name=name or "",
                calls=int(calls.get(id_, 0)),
                served=int(served),
                no_shows=int(no_shows),
                mean_service_s=_float(mean),
                busy_s=float(busy or 0.0),
            )
        )
    if table is ServicePoint:
        return sorted(rows, key=lambda row: int(row.key))
    return sorted(rows, key=lambda row: row.key)


def by_hour(
    db: Database, first: date, last: date, services: Iterable[str] | None = None
) -> list[HourCell]:
    """Arrivals and mean wait per local weekday × hour of issue, the cells that have
    tickets, in order."""
    with _Read(db, first, last, services) as query:
        weekday = query.sql.weekday(query.t.c.day)
        hour = query.sql.local_hour(query.t.c.issued_at)
        rows = query.session.execute(
            query.tickets(weekday, hour, func.count(query.t.c.id), func.avg(query.wait))
            .group_by(weekday, hour)
            .order_by(weekday, hour)
        ).all()
        return [HourCell(int(w), int(h), int(n), _float(mean)) for w, h, n, mean in rows]


def hourly_load(
    db: Database, first: date, last: date, services: Iterable[str] | None = None
) -> list[HourLoad]:
    """Per local weekday × hour of issue: arrivals, served tickets and their mean
    service time, with how many of that weekday the period had tickets on (divide by
    it for an average day). Only cells with arrivals, in order."""
    with _Read(db, first, last, services) as query:
        weekday = query.sql.weekday(query.t.c.day)
        hour = query.sql.local_hour(query.t.c.issued_at)
        days = dict(
            query.session.execute(
                query.tickets(weekday, func.count(func.distinct(query.t.c.day))).group_by(weekday)
            ).all()
        )
        done = query.t.c.status == TicketStatus.DONE
        rows = query.session.execute(
            query.tickets(
                weekday,
                hour,
                func.count(query.t.c.id),
                func.coalesce(func.sum(case((done, 1), else_=0)), 0),
                func.avg(query.service),
            )
            .group_by(weekday, hour)
            .order_by(weekday, hour)
        ).all()
        return [
            HourLoad(
                weekday=int(w),
                hour=int(h),
                days=int(days.get(w, 0)),
                arrivals=int(n),
                served=int(served),
                mean_service_s=_float(mean),
            )
            for w, h, n, served, mean in rows
        ]


def wait_distribution(
    db: Database, first: date, last: date, services: Iterable[str] | None = None
) -> list[WaitBucket]:
    """Called tickets per wait bucket (``WAIT_EDGES``), every bucket, empty ones too."""
    with _Read(db, first, last, services) as query:
        return buckets(_histogram(query))


def _histogram(query: _Query) -> dict[int, int]:
    """Called tickets per whole minute of wait: the SQL does the counting, at most a
    few hundred rows come back."""
    minute = query.sql.whole(query.wait / 60.0)
    rows = query.session.execute(
        query.tickets(minute, func.count()).where(query.first_call.is_not(None)).group_by(minute)
    ).all()
    # A clock set back could make a wait negative: it counts as no wait.
    histogram: dict[int, int] = {}
    for bucket, count in rows:
        key = max(0, int(bucket))
        histogram[key] = histogram.get(key, 0) + int(count)
    return histogram


def percentile_minutes(histogram: dict[int, int], share: float) -> int | None:
    """The wait in whole minutes under which ``share`` of the called tickets were
    called: the least M such that at least that share waited less than M minutes.
    None without a call."""
    total = sum(histogram.values())
    if not total:
        return None
    needed, seen = share * total, 0
    for minute in sorted(histogram):
        seen += histogram[minute]
        if seen >= needed - 1e-9:
            return minute + 1
    return max(histogram) + 1


def buckets(histogram: dict[int, int]) -> list[WaitBucket]:
    edges = list(WAIT_EDGES)
    counts = [0] * len(edges)
    for minute, count in histogram.items():
        index = max(i for i, low in enumerate(edges) if minute >= low)
        counts[index] += count
    highs: list[int | None] = [*edges[1:], None]
    return [
        WaitBucket(low, high, count) for low, high, count in zip(edges, highs, counts, strict=True)
    ]


def _day(value: Any) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value
