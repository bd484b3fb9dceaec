"""The metrics (engine/metrics.py, docs/metrics.md) over a simulated month made
through the engine, on both databases, checked against the same figures computed
here in Python from the engine's own records (tickets and their events)."""

from __future__ import annotations

import random
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from conq_desktop.db import Database
from conq_desktop.engine import FixedClock, QueueEngine, metrics
from conq_desktop.engine.settings import write_settings
from conq_desktop.engine.sqltime import utc_offsets
from conq_desktop.errors import NotFound, NothingToCall
from conq_desktop.models import EventKind, Operator, ServicePoint, Ticket, TicketEvent
from tests.conftest import demo_database, fresh_pg_database, staff

BISHKEK = ZoneInfo("Asia/Bishkek")
FIRST, LAST = date(2026, 10, 1), date(2026, 10, 31)


def simulate_month(db: Database, first: date = FIRST, last: date = LAST, seed: int = 15) -> None:
    """A few visitors a day at windows 2 and 3 (passport and civil registration):
    served, no-shows after a recall, postponed, redirected, cancelled at the desk, and
    some left waiting when the day ends. Sundays closed; Saturdays passport only."""
    rng = random.Random(seed)
    clock = FixedClock(datetime.combine(first, datetime.min.time(), tzinfo=UTC))
    engine = QueueEngine(db, clock)
    desk = engine.authenticate("bakyt", "6666")
    day = first
    while day <= last:
        if day.isoweekday() == 7:
            day += timedelta(days=1)
            continue
        # 09:00 local (UTC+6) and a few minutes.
        clock.current = datetime(day.year, day.month, day.day, 3, rng.randrange(0, 20), tzinfo=UTC)
        staff(engine, 2, 3)
        services = ["PASSPORT"] if day.isoweekday() == 6 else ["PASSPORT", "CIVIL"]
        for _ in range(rng.randrange(3, 8)):
            engine.issue(rng.choice(services))
            clock.advance(minutes=rng.randrange(1, 50))
        for _step in range(rng.randrange(3, 9)):
            window = rng.choice((2, 3))
            try:
                ticket = engine.call_next(window)
            except NothingToCall:
                break
            clock.advance(seconds=rng.randrange(20, 200))
            outcome = rng.random()
            if outcome < 0.6:
                engine.start(window)
                clock.advance(seconds=rng.randrange(120, 1500))
                engine.finish(window)
            elif outcome < 0.72:
                engine.recall(window)
                clock.advance(minutes=1)
                engine.no_show(window)
            elif outcome < 0.84:
                engine.postpone(window)
            elif outcome < 0.92 and day.isoweekday() != 6:
                target = "CIVIL" if ticket.service.code == "PASSPORT" else "PASSPORT"
                engine.redirect(window, target)
            else:
                engine.start(window)
                clock.advance(seconds=rng.randrange(60, 600))
                engine.finish(window)
            clock.advance(seconds=rng.randrange(0, 900))
        waiting = engine.waiting()
        if waiting and rng.random() < 0.5:
            engine.cancel(waiting[-1].number, "left", actor=desk)
        day += timedelta(days=1)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def month(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    """The simulated month, made once per backend for the module (the tests only read)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('metrics') / 'month.sqlite3'}"
    else:
        url = fresh_pg_database(request.getfixturevalue("pg_server_url"))
    db = demo_database(url)
    simulate_month(db)
    yield db
    db.dispose()


# ------------------------------------------------------------------ the reference


@dataclass
class Row:
    """One ticket as the test reads it from the engine's records."""

    day: date
    service: str  # the service it was issued for
    status: str
    issued_at: datetime
    first_call: datetime | None
    service_s: float | None
    target_s: int
    window: int | None
    operator: str | None

    @property
    def wait_s(self) -> float | None:
        if self.first_call is None:
            return None
        return (self.first_call - self.issued_at).total_seconds()


def reference(db: Database, first: date = FIRST, last: date = LAST) -> list[Row]:
    rows = []
    with db.read_session() as session:
        calls: dict[int, list[datetime]] = defaultdict(list)
        for event in session.scalars(
            select(TicketEvent).where(TicketEvent.kind == EventKind.CALLED)
        ):
            calls[event.ticket_id].append(event.at)
        for ticket in session.scalars(
            select(Ticket).where(Ticket.day >= first, Ticket.day <= last)
        ):
            served = ticket.status.value == "done"
            rows.append(
                Row(
                    day=ticket.day,
                    service=ticket.origin_service.code,
                    status=ticket.status.value,
                    issued_at=ticket.issued_at,
                    first_call=min(calls[ticket.id]) if calls[ticket.id] else None,
                    service_s=(ticket.finished_at - ticket.started_at).total_seconds()
                    if served
                    else None,
                    target_s=ticket.origin_service.target_wait_minutes * 60,
                    window=ticket.service_point.number if ticket.service_point else None,
                    operator=ticket.operator.login if ticket.operator else None,
                )
            )
    return rows


def mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def expected_counts(rows: list[Row]) -> metrics.Counts:
    waits = [row.wait_s for row in rows if row.wait_s is not None]
    status = Counter(row.status for row in rows)
    return metrics.Counts(
        issued=len(rows),
        called=len(waits),
        served=status["done"],
        no_shows=status["no_show"],
        cancelled=status["cancelled"],
        expired=status["expired"],
        within_target=sum(
            1 for row in rows if row.wait_s is not None and row.wait_s <= row.target_s
        ),
        mean_wait_s=mean(waits),
        max_wait_s=max(waits) if waits else None,
        mean_service_s=mean([row.service_s for row in rows if row.service_s is not None]),
    )


def assert_counts(actual: metrics.Counts, expected: metrics.Counts) -> None:
    for name in ("issued", "called", "served", "no_shows", "cancelled", "expired", "within_target"):
        assert getattr(actual, name) == getattr(expected, name), name
    for name in ("mean_wait_s", "max_wait_s", "mean_service_s"):
        got, want = getattr(actual, name), getattr(expected, name)
        assert (got is None) == (want is None), name
        if want is not None:
            assert got == pytest.approx(want, abs=0.01), name


def percentile(waits: list[float], share: float) -> int:
    """The least whole M such that ``share`` of the waits are under M minutes."""
    ordered = sorted(waits)
    index = max(0, -(-len(ordered) * share // 1) - 1)  # ceil(n · share) − 1
    return int(ordered[int(index)] // 60) + 1


# ------------------------------------------------------------------ the tests


def test_the_month_has_every_outcome(month: Database) -> None:
    status = Counter(row.status for row in reference(month))
    assert {"done", "no_show", "cancelled", "expired"} <= set(status)
    assert sum(1 for row in reference(month) if row.first_call is None) > 0


def test_summary_matches_the_records(month: Database) -> None:
    rows = reference(month)
    result = metrics.summary(month, FIRST, LAST)
    assert_counts(result.totals, expected_counts(rows))
    assert result.days == len({row.day for row in rows})
    waits = [row.wait_s for row in rows if row.wait_s is not None]
    assert result.median_wait_minutes == percentile(waits, 0.5)
    assert result.p90_wait_minutes == percentile(waits, 0.9)
    assert result.period.timezone == "Asia/Bishkek" and not result.is_empty


def test_per_service_and_per_day_match_the_records(month: Database) -> None:
    rows = reference(month)
    services = metrics.by_service(month, FIRST, LAST)
    assert [row.code for row in services] == ["PASSPORT", "CIVIL"]
    for row in services:
        assert row.target_wait_minutes == 15
        assert_counts(row.counts, expected_counts([r for r in rows if r.service == row.code]))
    days = metrics.by_day(month, FIRST, LAST)
    assert [row.day for row in days] == sorted({row.day for row in rows})
    for row in days:
        assert_counts(row.counts, expected_counts([r for r in rows if r.day == row.day]))


def test_a_service_filter_takes_only_its_tickets(month: Database) -> None:
    rows = [row for row in reference(month) if row.service == "CIVIL"]
    result = metrics.summary(month, FIRST, LAST, ["CIVIL"])
    assert_counts(result.totals, expected_counts(rows))
    assert result.period.services == ("CIVIL",)
    assert [row.code for row in metrics.by_service(month, FIRST, LAST, ["CIVIL"])] == ["CIVIL"]


def test_windows_and_operators_match_the_records(month: Database) -> None:
    rows = reference(month)
    with month.read_session() as session:
        calls = Counter(
            (number, login)
            for number, login in session.execute(
                select(ServicePoint.number, Operator.login)
                .select_from(TicketEvent)
                .join(Ticket, Ticket.id == TicketEvent.ticket_id)
                .join(ServicePoint, ServicePoint.id == TicketEvent.service_point_id)
                .join(Operator, Operator.id == TicketEvent.operator_id)
                .where(TicketEvent.kind == EventKind.CALLED, Ticket.day.between(FIRST, LAST))
            )
        )
    windows = metrics.by_window(month, FIRST, LAST)
    assert [row.key for row in windows] == ["2", "3"]
    for row in windows:
        mine = [r for r in rows if str(r.window) == row.key]
        assert row.calls == sum(n for (w, _o), n in calls.items() if str(w) == row.key)
        assert row.served == sum(1 for r in mine if r.status == "done")
        assert row.no_shows == sum(1 for r in mine if r.status == "no_show")
        services = [r.service_s for r in mine if r.service_s is not None]
        assert row.mean_service_s == pytest.approx(mean(services), abs=0.01)
        assert row.busy_s == pytest.approx(sum(services), abs=0.1)
    operators = metrics.by_operator(month, FIRST, LAST)
    assert [row.key for row in operators] == ["elena", "nurgul"]
    for row in operators:
        assert row.calls == sum(n for (_w, o), n in calls.items() if o == row.key)
        assert row.served == sum(1 for r in rows if r.operator == row.key and r.status == "done")


def test_hours_and_weekdays_are_local(month: Database) -> None:
    rows = reference(month)
    cells: dict[tuple[int, int], list[Row]] = defaultdict(list)
    for row in rows:
        cells[(row.day.weekday(), row.issued_at.astimezone(BISHKEK).hour)].append(row)
    result = metrics.by_hour(month, FIRST, LAST)
    assert [(c.weekday, c.hour) for c in result] == sorted(cells)
    for cell in result:
        mine = cells[(cell.weekday, cell.hour)]
        assert cell.arrivals == len(mine)
        want = mean([r.wait_s for r in mine if r.wait_s is not None])
        assert (cell.mean_wait_s is None) == (want is None)
        if want is not None:
            assert cell.mean_wait_s == pytest.approx(want, abs=0.01)
    assert min(c.hour for c in result) >= 9  # local: the centre opens at 08:30


def test_hourly_load_for_the_planner(month: Database) -> None:
    rows = reference(month)
    days: dict[int, set[date]] = defaultdict(set)
    for row in rows:
        days[row.day.weekday()].add(row.day)
    load = metrics.hourly_load(month, FIRST, LAST)
    assert {cell.weekday for cell in load} <= set(range(6))  # Sundays closed
    for cell in load:
        mine = [
            r
            for r in rows
            if r.day.weekday() == cell.weekday and r.issued_at.astimezone(BISHKEK).hour == cell.hour
        ]
        assert cell.days == len(days[cell.weekday])
        assert cell.arrivals == len(mine)
        assert cell.served == sum(1 for r in mine if r.status == "done")
        want = mean([r.service_s for r in mine if r.service_s is not None])
        assert (cell.mean_service_s is None) == (want is None)
        if want is not None:
            assert cell.mean_service_s == pytest.approx(want, abs=0.01)
    assert sum(cell.arrivals for cell in load) == len(rows)


def test_the_wait_distribution_counts_every_called_ticket(month: Database) -> None:
    rows = reference(month)
    waits = [row.wait_s / 60 for row in rows if row.wait_s is not None]
    result = metrics.wait_distribution(month, FIRST, LAST)
    assert [b.low_minutes for b in result] == list(metrics.WAIT_EDGES)
    for bucket in result:
        high = bucket.high_minutes if bucket.high_minutes is not None else float("inf")
        assert bucket.count == sum(1 for w in waits if bucket.low_minutes <= w < high)
    assert sum(b.count for b in result) == len(waits)
    assert list(metrics.summary(month, FIRST, LAST).waits) == result  # what the reports use


def test_an_empty_period_is_empty_not_an_error(month: Database) -> None:
    day = date(2025, 1, 1)
    result = metrics.summary(month, day, day)
    assert result.is_empty and result.totals == metrics.Counts()
    assert result.median_wait_minutes is None
    assert metrics.by_service(month, day, day) == []
    assert metrics.by_window(month, day, day) == []
    assert metrics.hourly_load(month, day, day) == []
    assert sum(b.count for b in metrics.wait_distribution(month, day, day)) == 0


def test_an_unknown_service_is_refused(month: Database) -> None:
    with pytest.raises(NotFound, match="NOPE"):
        metrics.summary(month, FIRST, LAST, ["PASSPORT", "NOPE"])


def test_a_wait_of_exactly_the_target_is_within_it(engine: QueueEngine, clock: FixedClock) -> None:
    staff(engine, 1)
    engine.issue("PASSPORT")
    engine.issue("PASSPORT")
    clock.advance(minutes=15)
    engine.call_next(1)  # waited exactly 15 minutes: within
    engine.start(1)
    engine.finish(1)
    clock.advance(seconds=1)
    engine.call_next(1)  # 15 minutes and a second: not
    day = engine.today()
    totals = metrics.summary(engine.db, day, day).totals
    assert (totals.called, totals.within_target) == (2, 1)
    assert metrics.summary(engine.db, day, day).median_wait_minutes == 16


def test_a_postponed_ticket_waits_until_its_first_call(
    engine: QueueEngine, clock: FixedClock
) -> None:
    staff(engine, 1)
    engine.issue("PASSPORT")
    clock.advance(minutes=4)
    engine.call_next(1)
    engine.postpone(1)
    clock.advance(minutes=30)
    engine.call_next(1)
    day = engine.today()
    assert metrics.summary(engine.db, day, day).totals.mean_wait_s == pytest.approx(240)


def test_local_hours_follow_a_daylight_saving_change(
    engine: QueueEngine, clock: FixedClock
) -> None:
    """Berlin leaves summer time on Sunday 25 October 2026: 10:00 local is 08:00 UTC
    on the Saturday before and 09:00 UTC on the Monday after."""
    with engine.db.write_session() as session:
        write_settings(session, {"timezone": "Europe/Berlin"})
    engine.reload_settings()
    for moment in (
        datetime(2026, 10, 24, 8, 5, tzinfo=UTC),
        datetime(2026, 10, 26, 9, 5, tzinfo=UTC),
    ):
        clock.current = moment
        engine.issue("PASSPORT")
    cells = metrics.by_hour(engine.db, date(2026, 10, 24), date(2026, 10, 26))
    assert [(c.weekday, c.hour, c.arrivals) for c in cells] == [(0, 10, 1), (5, 10, 1)]


def test_utc_offsets_find_each_change_to_the_second() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    changes = utc_offsets(berlin, date(2026, 3, 1), date(2026, 11, 30))
    assert changes == [
        (datetime(2026, 3, 29, 1, 0, tzinfo=UTC), 3600),
        (datetime(2026, 10, 25, 1, 0, tzinfo=UTC), 7200),
        (None, 3600),
    ]
    assert utc_offsets(BISHKEK, FIRST, LAST) == [(None, 6 * 3600)]


def test_percentiles_from_a_histogram() -> None:
    assert metrics.percentile_minutes({}, 0.5) is None
    histogram = {0: 5, 3: 4, 20: 1}  # ten waits
    assert metrics.percentile_minutes(histogram, 0.5) == 1
    assert metrics.percentile_minutes(histogram, 0.9) == 4
    assert metrics.percentile_minutes(histogram, 1.0) == 21


def test_a_period_of_centuries_is_read_as_fast_as_its_days(sqlite_engine: QueueEngine) -> None:
    """The local hours on SQLite need the time zone's offsets for the days that have
    tickets only: a period from year 1 to 9999 neither overflows nor steps through
    eighty million hours."""
    sqlite_engine.issue("PASSPORT")
    hours = metrics.by_hour(sqlite_engine.db, date(1, 1, 1), date(9999, 12, 31))
    assert sum(row.arrivals for row in hours) == 1
    assert metrics.summary(sqlite_engine.db, date(1, 1, 1), date(9999, 12, 31)).totals.issued == 1
