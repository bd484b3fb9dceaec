"""Calling and the operator's actions, one rule at a time (docs/queue-rules.md)."""

from __future__ import annotations

import queue

import pytest

from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.auth import Actor
from conq_desktop.errors import NotFound, NothingToCall, QueueError
from conq_desktop.models import EventKind, Priority
from conq_desktop.notify import watch_changes
from tests.conftest import staff


@pytest.fixture
def engine(engine: QueueEngine) -> QueueEngine:
    """The demo centre with someone signed in at every window: the moves are theirs."""
    return staff(engine)


def kinds(engine: QueueEngine) -> list[EventKind]:
    """The queue's events, without the centre's loading and the sign-ins that the
    fixtures journalled."""
    setup = (EventKind.CENTRE_LOADED, EventKind.SIGNED_IN)
    return [event.kind for event in engine.events() if event.kind not in setup]


def reception(engine: QueueEngine) -> Actor:
    return engine.authenticate("bakyt", "6666")


def test_order_is_priority_then_preference_then_arrival(
    engine: QueueEngine, clock: FixedClock
) -> None:
    # Window 3 prefers CIVIL over PASSPORT.
    engine.issue("PASSPORT")  # А-001
    clock.advance(seconds=1)
    engine.issue("CIVIL")  # Б-001
    clock.advance(seconds=1)
    engine.issue("PASSPORT", priority=Priority.PRIORITY, actor=reception(engine))  # А-002
    clock.advance(seconds=1)
    engine.issue("CIVIL")  # Б-002
    order = []
    for _ in range(4):
        order.append(engine.call_next(3).number)
        engine.no_show(3)
    assert order == ["А-002", "Б-001", "Б-002", "А-001"]
    with pytest.raises(NothingToCall):
        engine.call_next(3)


def test_call_records_window_and_operator(engine: QueueEngine) -> None:
    engine.issue("PASSPORT")
    engine.sign_in(2, "nurgul", "2222")
    ticket = engine.call_next(2)
    assert (ticket.window, ticket.operator, ticket.status) == (2, "nurgul", "called")
    called = engine.events()[-1]
    assert called.kind == EventKind.CALLED and called.operator_id is not None


def test_one_ticket_at_a_time_per_window(engine: QueueEngine) -> None:
    engine.issue("PASSPORT")
    engine.issue("PASSPORT")
    engine.call_next(1)
    with pytest.raises(QueueError, match="still busy"):
        engine.call_next(1)


def test_full_service_cycle(engine: QueueEngine) -> None:
    engine.issue("PENSION")
    engine.call_next(6)
    assert engine.recall(6).recall_count == 1
    assert engine.start(6).status == "serving"
    done = engine.finish(6)
    assert done.status == "done" and done.finished_at is not None
    assert kinds(engine) == [
        EventKind.ISSUED,
        EventKind.CALLED,
        EventKind.RECALLED,
        EventKind.STARTED,
        EventKind.FINISHED,
    ]
    with pytest.raises(QueueError, match="no current ticket"):
        engine.finish(6)
    assert len(kinds(engine)) == 5


def test_illegal_transitions_write_nothing(engine: QueueEngine) -> None:
    engine.issue("PENSION")
    engine.call_next(6)
    before = len(engine.events())
    with pytest.raises(QueueError, match="not been started"):
        engine.finish(6)
    engine.start(6)
    with pytest.raises(QueueError, match="visitor did come"):
        engine.no_show(6)
    with pytest.raises(QueueError):
        engine.recall(6)
    assert len(engine.events()) == before + 1


def test_a_window_cannot_touch_another_windows_ticket(engine: QueueEngine) -> None:
    engine.issue("PASSPORT")
    engine.issue("PASSPORT")
    first = engine.call_next(1)
    engine.call_next(2)
    with pytest.raises(QueueError, match="belongs to window 1"):
        engine.start(2, number=first.number)
    assert engine.ticket(first.number).status == "called"


def test_recall_limit(engine: QueueEngine) -> None:
    engine.issue("PASSPORT")
    engine.call_next(1)
    for _ in range(3):
        engine.recall(1)
    with pytest.raises(QueueError, match="no-show"):
        engine.recall(1)
    assert engine.no_show(1).status == "no_show"


def test_postpone_rejoins_the_end_of_the_queue(engine: QueueEngine, clock: FixedClock) -> None:
    for _ in range(3):
        engine.issue("PASSPORT")
        clock.advance(seconds=30)
    engine.call_next(1)  # А-001
    postponed = engine.postpone(1)
    assert (postponed.status, postponed.window, postponed.postpone_count) == ("waiting", None, 1)
    assert [ticket.number for ticket in engine.waiting("PASSPORT")] == ["А-002", "А-003", "А-001"]


def test_redirect_keeps_number_and_arrival(engine: QueueEngine, clock: FixedClock) -> None:
    engine.issue("PASSPORT")  # А-001, earliest
    clock.advance(minutes=5)
    engine.issue("PENSION")  # Г-001
    engine.call_next(1)
    clock.advance(minutes=5)
    moved = engine.redirect(1, "PENSION")
    assert (moved.number, moved.service.code, moved.redirected_from) == (
        "А-001",
        "PENSION",
        "PASSPORT",
    )
    # Its original arrival puts it before the PENSION ticket issued after it.
    assert engine.call_next(6).number == "А-001"
    with pytest.raises(QueueError, match="already in"):
        engine.redirect(6, "PENSION")
    with pytest.raises(NotFound):
        engine.redirect(6, "NOSUCH")


def test_call_specific_needs_a_reason_and_a_served_service(engine: QueueEngine) -> None:
    engine.issue("PASSPORT")
    target = engine.issue("PASSPORT").ticket
    engine.issue("PROPERTY")
    with pytest.raises(QueueError, match="reason"):
        engine.call_specific(1, target.number, "  ")
    with pytest.raises(QueueError, match="does not serve"):
        engine.call_specific(1, "В-001", "documents ready")
    called = engine.call_specific(1, target.number, "documents ready")
    assert called.number == "А-002"
    event = engine.events()[-1]
    assert event.details["reason"] == "documents ready" and event.details["out_of_order"] is True


def test_cancel_only_waiting(engine: QueueEngine) -> None:
    engine.issue("PASSPORT")
    engine.issue("PASSPORT")
    engine.call_next(1)
    with pytest.raises(QueueError, match="not waiting"):
        engine.cancel("А-001", actor=reception(engine))
    assert engine.cancel("А-002", "left", actor=reception(engine)).status == "cancelled"
    with pytest.raises(NotFound):
        engine.cancel("А-999", actor=reception(engine))


def test_break_blocks_calls(engine: QueueEngine) -> None:
    engine.issue("PASSPORT")
    engine.sign_in(1, "aibek", "1111")
    engine.pause(1)
    with pytest.raises(QueueError, match="break"):
        engine.call_next(1)
    with pytest.raises(QueueError, match="already on a break"):
        engine.pause(1)
    engine.resume(1)
    assert engine.call_next(1).number == "А-001"
    with pytest.raises(QueueError, match="busy"):
        engine.pause(1)


def test_sign_in_rules(engine: QueueEngine) -> None:
    engine.sign_out(1)
    engine.sign_out(2)
    with pytest.raises(QueueError, match="Wrong operator or PIN"):
        engine.sign_in(1, "aibek", "0000")
    with pytest.raises(QueueError, match="Wrong operator or PIN"):
        engine.sign_in(1, "nobody", "1111")
    engine.sign_in(1, "aibek", "1111")
    with pytest.raises(QueueError, match="in use by"):
        engine.sign_in(1, "nurgul", "2222")
    with pytest.raises(QueueError, match="signed in at window 1"):
        engine.sign_in(2, "aibek", "1111")
    engine.sign_out(1)
    engine.sign_in(2, "aibek", "1111")
    assert [window.operator for window in engine.status().windows if window.number == 2] == [
        "aibek"
    ]


def test_window_that_serves_nothing_and_unknown_window(engine: QueueEngine) -> None:
    with pytest.raises(NotFound):
        engine.call_next(42)


def test_yesterdays_leftovers_expire(engine: QueueEngine, clock: FixedClock) -> None:
    engine.issue("PASSPORT")
    engine.issue("PASSPORT")
    engine.call_next(1)
    clock.advance(days=1)
    fresh = engine.issue("PASSPORT").ticket
    assert fresh.number == "А-001"
    assert kinds(engine).count(EventKind.EXPIRED) == 2
    # Yesterday's sign-in is over too; signed in again, window 1 is free: yesterday's
    # called ticket no longer blocks it.
    engine.sign_in(1, "aibek", "1111")
    assert engine.call_next(1).number == "А-001"


def test_the_change_feed_hears_committed_changes_only(engine: QueueEngine) -> None:
    """The one feed the windows follow (no in-process subscribers): each committed
    change, and not a refused one."""
    heard: queue.Queue[dict] = queue.Queue()
    watcher = watch_changes(engine.db, heard.put)
    try:
        postgres = engine.db.dialect == "postgresql"
        if postgres:
            assert heard.get(timeout=10) == {}  # "listening now"
        engine.issue("PASSPORT")
        engine.call_next(1)
        events_before = len(engine.events())
        with pytest.raises(QueueError):
            engine.call_next(1)
        assert len(engine.events()) == events_before
        first = heard.get(timeout=10)
        if postgres:
            assert [first, heard.get(timeout=10)] == [
                {"kind": "issued", "ticket": "А-001", "window": None},
                {"kind": "called", "ticket": "А-001", "window": 1},
            ]
    finally:
        watcher.stop()
    if postgres:  # SQLite's watcher may hear two quick commits as one or as two
        assert heard.empty()
