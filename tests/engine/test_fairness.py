"""The fairness report (engine/fairness.py, docs/queue-rules.md "Out of order"): a
scripted day on both databases, and a property test that the report lists exactly the
calls out of order that skipped someone, never a ``call_next``. The hall display's day
tally counts the same calls."""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import event as count_outcome
from hypothesis import strategies as st

from conq_desktop.db import open_database
from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.auth import Actor
from conq_desktop.engine.fairness import FairnessTally, day_tally, fairness_report
from conq_desktop.errors import ConqError, NothingToCall
from tests.conftest import TUESDAY_MORNING, demo_database, staff

TUESDAY = date(2026, 11, 24)


def _done(engine: QueueEngine, window: int) -> None:
    engine.start(window)
    engine.finish(window)


def _scripted_day(engine: QueueEngine, clock: FixedClock) -> None:
    """Three calls out of order that skip someone, one that skips nobody."""
    desk = engine.authenticate("bakyt", "6666")
    for _ in range(4):
        engine.issue("PASSPORT")  # А-001 … А-004
        clock.advance(minutes=1)
    engine.issue("CIVIL")  # Б-001
    clock.advance(minutes=1)
    engine.issue("CIVIL")  # Б-002
    engine.issue("PASSPORT", 1, actor=desk)  # А-005, priority
    staff(engine, 1, 2, 3)
    clock.advance(minutes=5)
    assert engine.call_next(1).number == "А-005"
    _done(engine, 1)
    clock.advance(minutes=1)
    engine.call_specific(2, "А-003", "elderly visitor, documents checked")  # skips 001, 002
    _done(engine, 2)
    engine.call_specific(3, "Б-001", "first in line anyway")  # skips nobody
    _done(engine, 3)
    clock.advance(minutes=2)
    assert engine.call_next(1).number == "А-001"
    engine.postpone(1)  # А-001 goes behind А-002 and А-004
    clock.advance(minutes=1)
    engine.call_specific(1, "А-004", "interpreter arrived")  # skips А-002 only
    _done(engine, 1)
    assert engine.call_next(2).number == "А-002"
    engine.redirect(2, "CIVIL")  # keeps its queued time: ahead of Б-002
    clock.advance(minutes=1)
    engine.call_specific(3, "Б-002", "called by name")  # skips А-002, now in CIVIL
    _done(engine, 3)
    engine.cancel("А-001", "visitor left", actor=desk)
    clock.advance(minutes=3)
    assert engine.call_next(3).number == "А-002"
    engine.recall(3)
    engine.no_show(3)


def test_a_scripted_day_lists_exactly_the_calls_that_skipped_someone(
    engine: QueueEngine, clock: FixedClock
) -> None:
    _scripted_day(engine, clock)
    report = fairness_report(engine.db, TUESDAY, TUESDAY)
    listed = [(call.number, call.skipped, call.reason, call.window) for call in report.out_of_order]
    assert listed == [
        ("А-003", ("А-001", "А-002"), "elderly visitor, documents checked", 2),
        ("А-004", ("А-002",), "interpreter arrived", 1),
        ("Б-002", ("А-002",), "called by name", 3),
    ]
    assert [call.operator for call in report.out_of_order] == ["nurgul", "aibek", "elena"]
    assert not any(call.by_next for call in report.out_of_order)
    assert report.out_of_order[0].service == "PASSPORT"
    assert report.out_of_order[2].service == "CIVIL"
    per_operator = {row.operator: (row.calls, row.out_of_order) for row in report.operators}
    assert per_operator == {"aibek": (3, 1), "nurgul": (2, 1), "elena": (3, 1)}
    assert (report.issued, report.calls) == (7, 8)
    assert (report.recalls, report.no_shows, report.postponements, report.redirects) == (
        1,
        1,
        1,
        1,
    )
    assert [(row.number, row.operator, row.reason) for row in report.cancellations] == [
        ("А-001", "bakyt", "visitor left")
    ]
    waits = report.longest_waits
    assert len(waits) == 7  # every ticket was called; А-001 by its first call
    assert [wait.minutes for wait in waits] == sorted((w.minutes for w in waits), reverse=True)
    # А-001 and А-002 both waited 13 minutes to their first call: the earlier first.
    assert [(wait.number, wait.minutes) for wait in waits[:2]] == [("А-001", 13), ("А-002", 13)]
    assert not report.is_empty


def test_the_day_tally_counts_the_calls_in_order_and_out_of_order(
    engine: QueueEngine, clock: FixedClock
) -> None:
    assert day_tally(engine.db, TUESDAY) == FairnessTally(0, 0, 0, 0)
    _scripted_day(engine, clock)
    tally = day_tally(engine.db, TUESDAY)
    # Eight calls: А-003, А-004 and Б-002 skipped someone, each called by number with a
    # reason; Б-001 was called by number but skipped nobody: in order.
    assert tally == FairnessTally(calls=8, in_order=5, out_of_order=3, with_reason=3)
    assert tally.served_in_order == 5
    assert day_tally(engine.db, TUESDAY + timedelta(days=1)) == FairnessTally(0, 0, 0, 0)
    # The next call with Next is in order; another by number that skips someone is not.
    for _ in range(3):
        engine.issue("PASSPORT")  # А-006 … А-008
    assert engine.call_next(1).number == "А-006"
    _done(engine, 1)
    engine.call_specific(1, "А-008", "documents ready")  # skips А-007
    assert day_tally(engine.db, TUESDAY) == FairnessTally(10, 6, 4, 4)


def test_a_call_with_next_that_reads_as_out_of_order_counts_as_in_order() -> None:
    """Two windows' simultaneous Next on PostgreSQL, journalled in the other order: the
    report shows it "(called with Next)", without a reason; the display's N has it."""
    tally = FairnessTally(calls=10, in_order=7, out_of_order=3, with_reason=2)
    assert tally.served_in_order == 8
    assert tally.served_in_order + tally.with_reason == tally.calls


def test_a_day_without_events_gives_an_empty_report(engine: QueueEngine) -> None:
    report = fairness_report(engine.db, TUESDAY - timedelta(days=1), TUESDAY - timedelta(days=1))
    assert report.is_empty
    assert report.out_of_order == report.operators == report.longest_waits == ()
    assert (report.issued, report.calls) == (0, 0)


def test_the_period_takes_only_its_own_days(engine: QueueEngine, clock: FixedClock) -> None:
    _scripted_day(engine, clock)
    later = fairness_report(engine.db, TUESDAY + timedelta(days=1), TUESDAY + timedelta(days=7))
    assert later.is_empty
    around = fairness_report(engine.db, TUESDAY - timedelta(days=1), TUESDAY + timedelta(days=1))
    assert len(around.out_of_order) == 3


# ---------------------------------------------------------------- the property test
# One database with the demo centre, windows 1-3 staffed, copied for every example.

_TEMPLATE: dict[str, object] = {}


def _template() -> tuple[Path, Actor]:
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="conq-fairness-"))
        atexit.register(shutil.rmtree, folder, True)
        path = folder / "template.sqlite3"
        db = demo_database(f"sqlite:///{path}")
        try:
            engine = staff(QueueEngine(db, FixedClock(TUESDAY_MORNING)), 1, 2, 3)
            _TEMPLATE["desk"] = engine.authenticate("bakyt", "6666")
        finally:
            db.dispose()
        _TEMPLATE["path"] = path
    return _TEMPLATE["path"], _TEMPLATE["desk"]  # type: ignore[return-value]


SERVICES = ("PASSPORT", "CIVIL")
WINDOWS = (1, 2, 3)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("issue"), st.sampled_from(SERVICES), st.sampled_from((0, 0, 1))),
        st.tuples(st.just("issue"), st.sampled_from(SERVICES), st.sampled_from((0, 0, 1))),
        st.tuples(st.just("issue"), st.sampled_from(SERVICES), st.sampled_from((0, 0, 1))),
        st.tuples(st.just("next"), st.sampled_from(WINDOWS)),
        st.tuples(st.just("next"), st.sampled_from(WINDOWS)),
        st.tuples(st.just("specific"), st.sampled_from(WINDOWS), st.integers(0, 6)),
        st.tuples(st.just("specific"), st.sampled_from(WINDOWS), st.integers(0, 6)),
        st.tuples(st.just("specific"), st.sampled_from(WINDOWS), st.integers(0, 6)),
        st.tuples(st.just("postpone"), st.sampled_from(WINDOWS)),
        st.tuples(st.just("redirect"), st.sampled_from(WINDOWS), st.sampled_from(SERVICES)),
        st.tuples(st.just("done"), st.sampled_from(WINDOWS)),
        st.tuples(st.just("cancel"), st.integers(0, 6)),
    ).flatmap(lambda op: st.tuples(st.just(op), st.sampled_from((0, 0, 7, 45)))),
    min_size=15,
    max_size=50,
)


@settings(
    max_examples=int(os.environ.get("CONQ_PROPERTY_EXAMPLES", "30")),
    deadline=None,
    derandomize=not os.environ.get("CONQ_PROPERTY_RANDOM"),
    suppress_health_check=[HealthCheck.too_slow],
)
@given(operations)
def test_the_report_lists_exactly_the_out_of_order_calls_that_skipped_someone(
    steps: list[tuple[tuple, int]],
) -> None:
    template, desk = _template()
    folder = Path(tempfile.mkdtemp(prefix="conq-fairness-run-"))
    try:
        path = folder / "queue.sqlite3"
        shutil.copy(template, path)
        db = open_database(f"sqlite:///{path}")
        clock = FixedClock(TUESDAY_MORNING)
        engine = QueueEngine(db, clock)
        expected: list[tuple[str, tuple[str, ...]]] = []
        try:
            for operation, seconds in steps:
                clock.advance(seconds=seconds)
                _apply(engine, operation, desk, expected)
            report = fairness_report(db, TUESDAY, TUESDAY)
            tally = day_tally(db, TUESDAY)
        finally:
            db.dispose()
        count_outcome(f"calls out of order that skipped someone: {min(len(expected), 3)}+")
        assert [(call.number, call.skipped) for call in report.out_of_order] == expected
        # The display's tally is the report's replay: the same calls, each with a reason.
        assert (tally.calls, tally.out_of_order) == (report.calls, len(expected))
        assert tally.with_reason == tally.out_of_order
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _apply(
    engine: QueueEngine, operation: tuple, desk: Actor, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    kind, *args = operation
    waiting = engine.waiting()
    try:
        if kind == "issue":
            service, priority = args
            engine.issue(service, priority, actor=desk if priority else None)
        elif kind == "next":
            _free(engine, args[0])
            engine.call_next(args[0])
        elif kind == "specific":
            window, index = args
            if not waiting:
                return
            target = waiting[-1 - index % len(waiting)]  # from the end: likely to skip
            # The oracle: the engine's own waiting list of that service, in calling order.
            ahead = tuple(
                ticket.number
                for ticket in engine.waiting(target.service.code)
                if ticket.priority == target.priority
            )
            ahead = ahead[: ahead.index(target.number)]
            _free(engine, window)
            engine.call_specific(window, target.number, f"reason {len(expected)}")
            if ahead:
                expected.append((target.number, ahead))
        elif kind == "postpone":
            engine.postpone(args[0])
        elif kind == "redirect":
            engine.redirect(args[0], args[1])
        elif kind == "done":
            _done(engine, args[0])
        elif kind == "cancel" and waiting:
            engine.cancel(waiting[args[0] % len(waiting)].number, "left", actor=desk)
    except ConqError:
        pass  # refused: nothing was written


def _free(engine: QueueEngine, window: int) -> None:
    """Finish the window's current ticket, if it has one, so that it can call."""
    if engine.current_ticket(window) is not None:
        with contextlib.suppress(ConqError):
            _done(engine, window)


@pytest.mark.parametrize("window", [1, 2, 3])
def test_call_next_is_never_out_of_order(
    engine: QueueEngine, clock: FixedClock, window: int
) -> None:
    desk = engine.authenticate("bakyt", "6666")
    staff(engine, window)
    for index in range(6):
        engine.issue(SERVICES[index % 2], int(index % 3 == 0), actor=desk)
        clock.advance(seconds=index % 2)
    for step in range(8):
        try:
            engine.call_next(window)
        except NothingToCall:
            break
        if step % 2:
            engine.postpone(window)
        else:
            _done(engine, window)
    assert fairness_report(engine.db, TUESDAY, TUESDAY).out_of_order == ()
