"""Closing the day (engine/day_close.py, docs/queue-rules.md "Closing the day"): the
counts of a simulated day, journalled as one ``day_closed`` event whose seal verifies
after later events; who may close; an empty day and a day to come are refused."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.audit import Seal, current_seal, verify_chain
from conq_desktop.engine.day_close import NothingToClose
from conq_desktop.errors import NotAllowed, UsageError
from conq_desktop.models import EventKind, TicketEvent
from tests.conftest import staff

TUESDAY = date(2026, 11, 24)


def _day(engine: QueueEngine, clock: FixedClock) -> None:
    """Five tickets: two served in order, one called out of order with a reason, one
    out of order whose reason is only spaces in the history, one no-show."""
    for _ in range(4):
        engine.issue("PASSPORT")  # А-001 … А-004
        clock.advance(minutes=1)
    engine.issue("CIVIL")  # Б-001
    staff(engine, 1, 2)
    engine.call_specific(1, "А-003", "elderly visitor")  # skips А-001, А-002
    engine.start(1)
    engine.finish(1)
    assert engine.call_next(2).number == "А-001"
    engine.start(2)
    engine.finish(2)
    engine.call_specific(2, "А-004", "interpreter arrived")  # skips А-002
    engine.no_show(2)
    engine.call_next(1)  # А-002, in order
    engine.start(1)
    engine.finish(1)


def _closes(engine: QueueEngine) -> list[TicketEvent]:
    with engine.db.read_session() as session:
        return list(
            session.scalars(
                select(TicketEvent)
                .where(TicketEvent.kind == EventKind.DAY_CLOSED)
                .order_by(TicketEvent.seq)
            )
        )


def test_the_days_counts_are_journalled_and_sealed(engine: QueueEngine, clock: FixedClock) -> None:
    _day(engine, clock)
    head = engine.authenticate("gulnara", "5555")  # the supervisor
    sealed = engine.close_day(TUESDAY, actor=head)
    assert (sealed.issued, sealed.served, sealed.no_shows) == (5, 3, 1)
    assert (sealed.out_of_order, sealed.out_of_order_with_reason) == (2, 2)
    assert (sealed.closed_by_login, sealed.closed_by_name) == ("gulnara", head.name)
    assert sealed.closed_at == clock.now()
    assert sealed.centre_names["ky"] and sealed.centre_names["ru"]
    # The seal is the chain's head right after the day_closed event itself.
    [event] = _closes(engine)
    assert sealed.seal == current_seal(engine.db)
    assert (sealed.seal.seq, sealed.seal.hash) == (event.seq, event.hash)
    assert event.operator_id == head.id
    assert event.details == {
        "day": "2026-11-24",
        "issued": 5,
        "served": 3,
        "no_shows": 1,
        "out_of_order": 2,
        "out_of_order_with_reason": 2,
    }
    # Life goes on; the printed seal still holds, and catches nothing.
    engine.issue("PASSPORT")
    engine.call_next(1)
    report = verify_chain(engine.db, seal=Seal.parse(sealed.seal.payload))
    assert report.intact, report.problem
    assert report.last_seq > sealed.seal.seq


def test_a_blank_reason_is_not_counted_as_one(engine: QueueEngine, clock: FixedClock) -> None:
    _day(engine, clock)
    with engine.db.write_session() as session:
        # An older program kept no reason: the report reads it as "".
        event = session.scalars(
            select(TicketEvent).where(
                TicketEvent.kind == EventKind.CALLED,
                TicketEvent.details["reason"].as_string() == "interpreter arrived",
            )
        ).one()
        event.details = {**event.details, "reason": "  "}
    sealed = engine.close_day(TUESDAY, actor=engine.authenticate("admin", "9999"))
    assert (sealed.out_of_order, sealed.out_of_order_with_reason) == (2, 1)


def test_closing_twice_journals_twice(engine: QueueEngine, clock: FixedClock) -> None:
    _day(engine, clock)
    head = engine.authenticate("gulnara", "5555")
    first = engine.close_day(actor=head)  # today, in the centre's time zone
    assert first.day == TUESDAY
    engine.issue("PASSPORT")
    second = engine.close_day(actor=head)
    assert second.issued == first.issued + 1
    assert second.seal.seq > first.seal.seq
    assert [event.seq for event in _closes(engine)] == [first.seal.seq, second.seal.seq]


@pytest.mark.parametrize(("login", "pin"), [("aibek", "1111"), ("bakyt", "6666")])
def test_only_a_supervisor_or_administrator_closes_the_day(
    engine: QueueEngine, clock: FixedClock, login: str, pin: str
) -> None:
    _day(engine, clock)
    before = current_seal(engine.db)
    with pytest.raises(NotAllowed, match="supervisor, administrator"):
        engine.close_day(TUESDAY, actor=engine.authenticate(login, pin))
    with pytest.raises(NotAllowed):
        engine.close_day(TUESDAY, actor=None)
    assert current_seal(engine.db) == before
    assert _closes(engine) == []


def test_a_day_without_events_is_refused(engine: QueueEngine) -> None:
    head = engine.authenticate("gulnara", "5555")
    before = current_seal(engine.db)
    with pytest.raises(NothingToClose, match="Nothing happened on 2026-11-20") as refused:
        engine.close_day(date(2026, 11, 20), actor=head)
    assert refused.value.exit_code == 9
    assert current_seal(engine.db) == before


def test_a_day_with_only_a_close_is_empty(engine: QueueEngine, clock: FixedClock) -> None:
    engine.issue("PASSPORT")
    head = engine.authenticate("gulnara", "5555")
    clock.advance(days=1)
    engine.close_day(TUESDAY, actor=head)  # Tuesday, closed on Wednesday
    with pytest.raises(NothingToClose):
        engine.close_day(date(2026, 11, 25), actor=head)  # Wednesday: only that close


def test_a_day_to_come_is_refused(engine: QueueEngine) -> None:
    head = engine.authenticate("gulnara", "5555")
    with pytest.raises(UsageError, match="has not come yet"):
        engine.close_day(date(2026, 11, 25), actor=head)
    with engine.db.read_session() as session:
        closes = session.scalar(
            select(func.count()).where(TicketEvent.kind == EventKind.DAY_CLOSED)
        )
    assert closes == 0
