"""The order of calling with booked visitors and walk-ins mixed (docs/queue-rules.md,
"Appointments"), checked against a plain-Python model written from the docs.

Hypothesis draws a morning at the demo centre: walk-ins (some with priority) and booked
visitors who check in up to 15 minutes before their slot, time passing, three windows
calling, serving and sometimes postponing, under ``booking_call_every`` 1, 2 or 3. At
every call the engine must claim the ticket the model picks; every issued ticket's
people ahead must be the model's; and afterwards the fairness report must find every
call in order and count exactly the calls that took a booked visitor ahead of walk-ins.
No window ever gives two booked visitors precedence within ``k`` of its calls.
"""

from __future__ import annotations

import itertools
import random
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.accounts import change_settings
from conq_desktop.engine.bookings import Bookings
from conq_desktop.engine.fairness import fairness_report
from conq_desktop.errors import NothingToCall, QueueError
from tests.conftest import TUESDAY_MORNING, demo_database, fresh_pg_database, staff

TZ = ZoneInfo("Asia/Bishkek")
TUESDAY = date(2026, 11, 24)
WINDOWS = {1: ["PASSPORT"], 2: ["PASSPORT", "CIVIL"], 3: ["CIVIL", "PASSPORT"]}
SLOT_MINUTES = 15


@dataclass
class Visitor:
    id: int
    number: str
    service: str
    priority: int
    queued_at: datetime
    appointment_at: datetime | None
    status: str = "waiting"
    window: int | None = None
    called_at: datetime | None = None


class Model:
    """docs/queue-rules.md, "Appointments", in plain Python."""

    def __init__(self, every: int) -> None:
        self.every = every
        self.visitors: dict[int, Visitor] = {}
        self.booked_ahead = 0
        # Per window, the calls it still holds (a postponed ticket leaves): the
        # ticket and whether the call gave a booked visitor precedence.
        self.precedence: dict[int, list[tuple[int, bool]]] = {window: [] for window in WINDOWS}

    def may_take(self, window: int) -> bool:
        mine = [v for v in self.visitors.values() if v.window == window and v.called_at]
        mine.sort(key=lambda v: (v.called_at, v.id), reverse=True)
        last = mine[: self.every - 1]
        return not any(v.appointment_at is not None for v in last)

    @staticmethod
    def due(visitor: Visitor, now: datetime, may_take: bool) -> bool:
        return may_take and visitor.appointment_at is not None and visitor.appointment_at <= now

    def pick(self, window: int, now: datetime) -> Visitor | None:
        services = WINDOWS[window]
        may_take = self.may_take(window)
        waiting = [
            v for v in self.visitors.values() if v.status == "waiting" and v.service in services
        ]

        def key(v: Visitor) -> tuple[object, ...]:
            due = self.due(v, now, may_take)
            return (
                -v.priority,
                0 if due else 1,
                v.appointment_at if due else datetime.min.replace(tzinfo=TZ),
                services.index(v.service),
                v.queued_at,
                v.id,
            )

        if not waiting:
            return None
        chosen = min(waiting, key=key)
        ahead_of_walk_ins = self.due(chosen, now, may_take) and any(
            (v.queued_at, v.id) < (chosen.queued_at, chosen.id)
            for v in waiting
            if v.service == chosen.service and v.priority == chosen.priority and v is not chosen
        )
        if ahead_of_walk_ins:
            self.booked_ahead += 1
        self.precedence[window].append((chosen.id, self.due(chosen, now, may_take)))
        return chosen

    def people_ahead(self, visitor: Visitor, now: datetime) -> int:
        def key(v: Visitor) -> tuple[object, ...]:
            due = self.due(v, now, True)
            return (
                -v.priority,
                0 if due else 1,
                v.appointment_at if due else v.queued_at,
                v.queued_at,
                v.id,
            )

        return sum(
            1
            for v in self.visitors.values()
            if v.status == "waiting"
            and v.service == visitor.service
            and v is not visitor
            and key(v) < key(visitor)
        )


SERVICES = ("PASSPORT", "CIVIL")
# The steps of a morning and how often each comes: booked visitors meet walk-ins and
# windows that have just taken one.
WEIGHTS = {"walk_in": 4, "booked": 3, "wait": 2, "next": 6, "postpone": 1}


def _morning(seed: int, length: int) -> list[tuple[str, object, int]]:
    draw = random.Random(seed)
    steps: list[tuple[str, object, int]] = []
    for kind in draw.choices(list(WEIGHTS), weights=list(WEIGHTS.values()), k=length):
        if kind == "walk_in":
            steps.append((kind, draw.choice(SERVICES), 1 if draw.random() < 0.1 else 0))
        elif kind == "booked":
            steps.append((kind, draw.choice(SERVICES), 0))
        elif kind == "wait":
            steps.append((kind, draw.randint(60, 900), 0))
        else:
            steps.append((kind, draw.choice(sorted(WINDOWS)), 0))
    return steps


def _next_slot(now: datetime) -> datetime:
    """The first slot start after ``now`` (slots every 15 minutes from 08:30): at most
    15 minutes ahead, so its check-in is open."""
    local = now.astimezone(TZ)
    minutes = local.hour * 60 + local.minute + 1
    start = 8 * 60 + 30
    slot = start + -(-(minutes - start) // SLOT_MINUTES) * SLOT_MINUTES
    return datetime.combine(local.date(), time(slot // 60, slot % 60), TZ)


MORNINGS = {
    "every": st.sampled_from([1, 2, 3]),
    "walk_ins": st.integers(0, 8),
    "booked": st.integers(0, 6),
    "seed": st.integers(0, 2**32 - 1),
    "length": st.integers(20, 120),
}
CHECKS = {
    "deadline": None,
    "derandomize": True,
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
}


def _steps(walk_ins: int, booked: int, seed: int, length: int) -> list[tuple[str, object, int]]:
    # The morning opens with a queue and visitors booked for 10:15 checked in, and
    # 10:15 comes: the windows meet both at once. Then a seeded random morning.
    return [
        *(("walk_in", SERVICES[i % 2], 0) for i in range(walk_ins)),
        *(("booked", SERVICES[(i + 1) % 2], 0) for i in range(booked)),
        ("wait", 15 * 60, 0),
        *_morning(seed, length),
    ]


@settings(max_examples=12, **CHECKS)
@given(**MORNINGS)
def test_calls_follow_the_appointment_rule(
    every: int, walk_ins: int, booked: int, seed: int, length: int
) -> None:
    with tempfile.TemporaryDirectory(prefix="conq-appt-") as folder:
        db = demo_database(f"sqlite:///{Path(folder) / 'queue.sqlite3'}")
        try:
            _run(db, every, _steps(walk_ins, booked, seed, length))
        finally:
            db.dispose()


@pytest.mark.postgres
@settings(max_examples=4, **CHECKS)
@given(**MORNINGS)
def test_calls_follow_the_appointment_rule_on_postgresql(
    pg_server_url: str, every: int, walk_ins: int, booked: int, seed: int, length: int
) -> None:
    # PostgreSQL claims with a statement of its own (the window's services given, the
    # candidate locked): the same rule, on fewer mornings (a database each).
    db = demo_database(fresh_pg_database(pg_server_url))
    try:
        _run(db, every, _steps(walk_ins, booked, seed, length))
    finally:
        db.dispose()


def _run(db, every: int, steps: list[tuple[str, object, int]]) -> None:
    clock = FixedClock(TUESDAY_MORNING)
    engine = QueueEngine(db, clock)
    admin = engine.authenticate("admin", "9999")
    change_settings(
        db, {"booking_call_every": str(every), "booking_capacity": "20"}, actor=admin, clock=clock
    )
    engine.reload_settings()
    staff(engine, *WINDOWS)
    receptionist = engine.authenticate("bakyt", "6666")
    desk = Bookings(db, receptionist, clock)
    model = Model(every)
    current: dict[int, Visitor | None] = dict.fromkeys(WINDOWS)
    end_of_morning = TUESDAY_MORNING + timedelta(hours=6)

    def admit(issued, appointment: datetime | None) -> None:
        info = issued.ticket
        visitor = Visitor(
            info.id, info.number, info.service.code, info.priority, clock.now(), appointment
        )
        model.visitors[visitor.id] = visitor
        assert issued.people_ahead == model.people_ahead(visitor, clock.now()), info.number

    for kind, what, extra in steps:
        now = clock.now()
        if kind == "walk_in":
            priority = int(extra)
            issued = engine.issue(str(what), priority, actor=receptionist if priority else None)
            admit(issued, None)
        elif kind == "booked":
            slot = _next_slot(now)
            try:
                booking = desk.book(
                    str(what), slot.astimezone(TZ).date(), slot.astimezone(TZ).time()
                )
            except QueueError:
                continue  # the slot is full: the desk would offer another
            admit(engine.check_in(booking.code), slot)
        elif kind == "wait":
            if now + timedelta(seconds=int(what)) < end_of_morning:
                clock.advance(seconds=int(what))
        elif kind == "next":
            window = int(what)
            clock.advance(seconds=1)  # one window's calls are never at the same instant
            now = clock.now()
            held = current[window]
            if held is not None:
                engine.start(window)
                engine.finish(window)
                held.status = "done"
                current[window] = None
            expected = model.pick(window, now)
            if expected is None:
                try:
                    engine.call_next(window)
                except NothingToCall:
                    continue
                raise AssertionError(f"window {window} called someone; the model has nobody")
            info = engine.call_next(window)
            assert info.number == expected.number, (window, info.number, expected.number)
            expected.status, expected.window, expected.called_at = "called", window, now
            current[window] = expected
        elif kind == "postpone":
            window = int(what)
            held = current[window]
            if held is None:
                continue
            clock.advance(seconds=1)
            engine.postpone(window)
            model.precedence[window] = [c for c in model.precedence[window] if c[0] != held.id]
            held.status, held.window, held.called_at = "waiting", None, None
            held.queued_at, held.appointment_at = clock.now(), None
            current[window] = None

    report = fairness_report(db, TUESDAY, TUESDAY)
    assert report.out_of_order == ()
    assert report.booked_ahead == model.booked_ahead
    for window, calls in model.precedence.items():
        given_at = [i for i, (_id, precedence) in enumerate(calls) if precedence]
        assert all(b - a >= every for a, b in itertools.pairwise(given_at)), window
