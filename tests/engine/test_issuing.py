"""Issuing: numbering per local day, limits, opening hours, people ahead and waits."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from sqlalchemy import func, select

from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.errors import NotFound, QueueError
from conq_desktop.models import EventKind, Priority, TicketEvent


def event_count(engine: QueueEngine) -> int:
    """The queue's events, without the centre's loading that the fixture journalled."""
    with engine.db.read_session() as session:
        return session.execute(
            select(func.count())
            .select_from(TicketEvent)
            .where(TicketEvent.kind != EventKind.CENTRE_LOADED)
        ).scalar_one()


def test_numbers_count_up_per_service(engine: QueueEngine) -> None:
    numbers = [
        engine.issue(code).ticket.number for code in ("PASSPORT", "PASSPORT", "CIVIL", "PASSPORT")
    ]
    assert numbers == ["А-001", "А-002", "Б-001", "А-003"]


def test_numbers_restart_at_local_midnight_not_utc(engine: QueueEngine, clock: FixedClock) -> None:
    # 23:50 in Bishkek is 17:50 UTC; ten minutes later it is a new day there.
    clock.current = datetime(2026, 11, 24, 17, 50, tzinfo=UTC)
    engine.db.engine.dispose()
    with engine.db.write_session() as session:
        from conq_desktop.models import Service, ServiceHours

        for service in session.scalars(select(Service)):
            for day in service.week:
                day.opens_at, day.closes_at = time(0, 0), None
            open_days = {day.weekday for day in service.week}
            service.week += [
                ServiceHours(weekday=day, opens_at=time(0, 0), closes_at=None)
                for day in range(1, 8)
                if day not in open_days
            ]
    assert engine.issue("PASSPORT").ticket.number == "А-001"
    assert engine.issue("PASSPORT").ticket.number == "А-002"
    clock.advance(minutes=15)
    fresh = engine.issue("PASSPORT").ticket
    assert fresh.number == "А-001"
    assert fresh.day.isoformat() == "2026-11-25"


def test_the_date_is_not_fixed_when_the_engine_starts(
    engine: QueueEngine, clock: FixedClock
) -> None:
    first = engine.today()
    clock.advance(days=1)
    assert engine.today() != first


def test_priority_tickets_are_ahead_of_normal_ones(engine: QueueEngine) -> None:
    for _ in range(3):
        engine.issue("PASSPORT")
    reception = engine.authenticate("bakyt", "6666")
    urgent = engine.issue("PASSPORT", priority=Priority.PRIORITY, actor=reception)
    assert urgent.people_ahead == 0
    assert engine.issue("PASSPORT").people_ahead == 4


def test_expected_wait_uses_configured_minutes_then_history(
    engine: QueueEngine, clock: FixedClock
) -> None:
    # PASSPORT: 12 configured minutes, served by windows 1, 2, 3 and 7.
    for _ in range(4):
        engine.issue("PASSPORT")
    assert engine.issue("PASSPORT").expected_wait_minutes == 4 * 12 // 4
    engine.sign_in(1, "aibek", "1111")
    # One open window now serves PASSPORT: the wait is for that window alone.
    assert engine.issue("PASSPORT").expected_wait_minutes == 5 * 12
    # Three visitors served in 2 minutes each replace the configured 12.
    for _ in range(3):
        engine.call_next(1)
        engine.start(1)
        clock.advance(minutes=2)
        engine.finish(1)
    issued = engine.issue("PASSPORT")
    assert issued.people_ahead == 3
    assert issued.expected_wait_minutes == 3 * 2


def test_daily_limit_refuses_and_uses_no_number(engine: QueueEngine) -> None:
    with engine.db.write_session() as session:
        from conq_desktop.models import Service

        session.scalars(select(Service).where(Service.code == "PROPERTY")).one().daily_limit = 2
    engine.issue("PROPERTY")
    engine.issue("PROPERTY")
    before = event_count(engine)
    with pytest.raises(QueueError, match="all 2 tickets"):
        engine.issue("PROPERTY")
    assert event_count(engine) == before
    assert [ticket.number for ticket in engine.waiting("PROPERTY")] == ["В-001", "В-002"]


@pytest.mark.parametrize(
    ("moment", "code", "words"),
    [
        (datetime(2026, 11, 24, 2, 0, tzinfo=UTC), "PASSPORT", "closed now"),  # 08:00 local
        (datetime(2026, 11, 24, 11, 30, tzinfo=UTC), "PASSPORT", "closed now"),  # 17:30 local
        (datetime(2026, 11, 29, 4, 0, tzinfo=UTC), "CIVIL", "closed today"),  # Sunday
    ],
)
def test_closed_services_refuse(
    engine: QueueEngine, clock: FixedClock, moment: datetime, code: str, words: str
) -> None:
    clock.current = moment
    with pytest.raises(QueueError, match=words):
        engine.issue(code)
    assert event_count(engine) == 0


def test_open_until_the_last_minute(engine: QueueEngine, clock: FixedClock) -> None:
    clock.current = datetime(2026, 11, 24, 11, 29, tzinfo=UTC)  # 17:29 local
    assert engine.issue("PASSPORT").ticket.number == "А-001"


def test_unknown_service_and_priority(engine: QueueEngine) -> None:
    with pytest.raises(NotFound):
        engine.issue("NOSUCH")
    with pytest.raises(QueueError):
        engine.issue("PASSPORT", priority=7)
    assert event_count(engine) == 0


def test_issue_writes_one_event(engine: QueueEngine) -> None:
    ticket = engine.issue("PENSION").ticket
    events = [event for event in engine.events() if event.kind != EventKind.CENTRE_LOADED]
    assert [(event.kind, event.ticket_id) for event in events] == [(EventKind.ISSUED, ticket.id)]
    assert events[0].at == ticket.issued_at
