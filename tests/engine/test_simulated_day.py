"""One whole working day at the demo centre, on SQLite and on PostgreSQL.

A seeded simulation runs a Tuesday from 08:15 to closing: a kiosk issues several hundred
tickets (some of them priority) until the services close or run out of numbers, seven
windows work their queues (each with its signed-in operator), and every
operator action happens: next, recall, start, finish, no-show, postpone, redirect, calls
out of order with a reason, cancel, breaks. Now and then someone also tries something the
rules forbid; each of those must be refused and write nothing.

At the end of the day the event history alone is replayed, and the state it tells for
each ticket must be exactly the state in the database; the events per kind must be
exactly the operations that succeeded. Then comes Wednesday morning: the leftovers must
be closed as expired, one event each, and the numbers must start again at 001.

The clock is a FixedClock moved forward by the simulation: nothing sleeps, and the same
seed gives the same day.
"""

from __future__ import annotations

import heapq
import random
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from conq_desktop.engine import FixedClock, QueueEngine, TicketInfo
from conq_desktop.engine.centre_file import parse_centre_file
from conq_desktop.errors import ConqError, NotAllowed, NotFound, NothingToCall, QueueError
from conq_desktop.models import (
    EventKind,
    Operator,
    Service,
    ServicePoint,
    Ticket,
    TicketEvent,
)
from tests.conftest import DEMO_CENTRE

SEED = 20261124
DEMO = parse_centre_file(DEMO_CENTRE)
TIMEZONE = ZoneInfo(DEMO.settings.get("timezone", "Asia/Bishkek"))
RECALL_LIMIT = int(DEMO.settings.get("recall_limit", "3"))
SERVICES = {spec.code: spec for spec in DEMO.services}
SERVICE_BY_PREFIX = {spec.prefix: spec.code for spec in DEMO.services}
WINDOW_SERVICES = {spec.number: list(spec.services) for spec in DEMO.windows}
PINS = {spec.login: spec.pin for spec in DEMO.operators}
# Who works where: moves at a window are its signed-in operator's.
STAFF = {1: "aibek", 2: "nurgul", 3: "elena", 4: "gulnara", 5: "ulan", 6: "bakyt", 7: "admin"}
RECEPTIONIST = "bakyt"  # who withdraws the tickets of visitors who left
# How visitors spread over the services at the kiosk.
DEMAND = {"PASSPORT": 35, "CIVIL": 20, "PROPERTY": 15, "PENSION": 20, "PRIORITY": 10}

TUESDAY = date(2026, 11, 24)
DOORS_OPEN = time(8, 15)
LAST_CALL = time(17, 15)  # windows call nobody new after this
KIOSK_OFF = time(17, 40)  # the kiosk keeps trying until then (and is refused after 17:30)
FORGOTTEN_CALL = time(17, 40)  # one window calls a visitor and goes home without a word

WAITING, CALLED, SERVING = "waiting", "called", "serving"
DONE, NO_SHOW, CANCELLED, EXPIRED = "done", "no_show", "cancelled", "expired"
OPEN_STATUSES = {WAITING, CALLED, SERVING}

# What each event does to a ticket: the states it may come from, the state it leaves.
TRANSITIONS: dict[EventKind, tuple[set[str], str]] = {
    EventKind.CALLED: ({WAITING}, CALLED),
    EventKind.RECALLED: ({CALLED}, CALLED),
    EventKind.STARTED: ({CALLED}, SERVING),
    EventKind.FINISHED: ({SERVING}, DONE),
    EventKind.NO_SHOW: ({CALLED}, NO_SHOW),
    EventKind.POSTPONED: ({CALLED, SERVING}, WAITING),
    EventKind.REDIRECTED: ({CALLED, SERVING}, WAITING),
    EventKind.CANCELLED: ({WAITING}, CANCELLED),
    EventKind.EXPIRED: ({WAITING, CALLED, SERVING}, EXPIRED),
}


# Every operation of the day (printing is not simulated; expiry happens overnight).
DAY_KINDS = [
    EventKind.ISSUED,
    EventKind.SIGNED_IN,
    EventKind.SIGNED_OUT,
    EventKind.PAUSED,
    EventKind.RESUMED,
    EventKind.CANCELLED,
    *(kind for kind in TRANSITIONS if kind not in (EventKind.CANCELLED, EventKind.EXPIRED)),
]


def local(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment, TIMEZONE).astimezone(UTC)


def local_time(instant: datetime) -> time:
    return instant.astimezone(TIMEZONE).time()


# ---------------------------------------------------------------- running operations

OK, REFUSED, EITHER = "ok", "refused", "either"


@dataclass
class Ledger:
    """Every operation the day performs, and what came of it."""

    engine: QueueEngine
    succeeded: Counter[EventKind] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)
    issued: dict[int, TicketInfo] = field(default_factory=dict)
    numbers: defaultdict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def event_count(self) -> int:
        # The queue's events; the centre's loading, journalled by the fixture, is not one.
        with self.engine.db.read_session() as session:
            return session.execute(
                select(func.count())
                .select_from(TicketEvent)
                .where(TicketEvent.kind != EventKind.CENTRE_LOADED)
            ).scalar_one()

    def run(
        self,
        kind: EventKind,
        expect: str,
        operation: Callable[..., Any],
        *args: Any,
        refusal: type[ConqError] = QueueError,
        **kwargs: Any,
    ) -> Any:
        """Run one operation. ``expect`` says whether the rules allow it (OK), forbid it
        (REFUSED, with the ``refusal`` error class) or depend on the queue (EITHER)."""
        label = f"{operation.__name__}{args}{kwargs or ''}"
        try:
            result = operation(*args, **kwargs)
        except ConqError as exc:
            if expect == OK:
                pytest.fail(f"{label} at {self.engine.clock.now()} was refused: {exc}")
            assert isinstance(exc, refusal), f"{label}: {type(exc).__name__}: {exc}"
            # Within the day every event comes from a successful operation, so one more
            # event than successes would be the refused operation's.
            assert self.event_count() == sum(self.succeeded.values()), (
                f"refused {label} wrote an event"
            )
            self.refused[operation.__name__] += 1
            return None
        if expect == REFUSED:
            pytest.fail(f"{label} at {self.engine.clock.now()} succeeded; the rules forbid it")
        self.succeeded[kind] += 1
        return result


# ---------------------------------------------------------------- the people


@dataclass
class Desk:
    """One window and the operator (if any) working it."""

    number: int
    login: str | None
    services: list[str]
    ticket: TicketInfo | None = None
    fate: str = "comes"  # what the called visitor will do
    recalls_wanted: int = 0
    paused: bool = False
    breaks_left: int = 2
    forgetful: bool = False
    gone_home: bool = False


class Day:
    def __init__(self, engine: QueueEngine, clock: FixedClock, rng: random.Random) -> None:
        self.engine, self.clock, self.rng = engine, clock, rng
        # Withdrawing a ticket and giving a priority one are a receptionist's acts.
        self.receptionist = engine.authenticate(RECEPTIONIST, PINS[RECEPTIONIST])
        self.ledger = Ledger(engine)
        self.desks = {
            number: Desk(number, STAFF.get(number), services)
            for number, services in WINDOW_SERVICES.items()
        }
        self.desks[7].forgetful = True
        self._queue: list[tuple[datetime, int, Callable[[], float | None]]] = []
        self._order = 0

    # --- the event loop

    def at(self, when: datetime, actor: Callable[[], float | None]) -> None:
        heapq.heappush(self._queue, (when, self._order, actor))
        self._order += 1

    def run_until_quiet(self) -> None:
        while self._queue:
            when, _, actor = heapq.heappop(self._queue)
            assert when >= self.clock.now()
            self.clock.current = when
            delay = actor()
            if delay is not None:
                self.at(when + timedelta(seconds=delay), actor)

    def now_local(self) -> time:
        return local_time(self.clock.now())

    def now_local_weekday(self) -> int:
        return self.clock.now().astimezone(TIMEZONE).isoweekday()

    # --- the kiosk

    def kiosk(self) -> float | None:
        if self.now_local() >= KIOSK_OFF:
            return None
        code = self.rng.choices(list(DEMAND), weights=list(DEMAND.values()))[0]
        priority = 1 if self.rng.random() < 0.08 else 0
        spec = SERVICES[code]
        moment = self.now_local()
        issued_today = len(self.ledger.numbers[code])
        day = spec.hours_on(self.now_local_weekday())
        allowed = (
            day is not None
            and day.opens_at <= moment
            and (day.closes_at is None or moment < day.closes_at)
            and not (day.lunch_from is not None and day.lunch_from <= moment < day.lunch_until)
            and (spec.daily_limit is None or issued_today < spec.daily_limit)
        )
        result = self.ledger.run(
            EventKind.ISSUED,
            OK if allowed else REFUSED,
            self.engine.issue,
            code,
            priority,
            actor=self.receptionist if priority else None,
        )
        if result is not None:
            ticket = result.ticket
            self.ledger.issued[ticket.id] = ticket
            self.ledger.numbers[code].append(ticket.number)
            assert result.people_ahead >= 0 and result.expected_wait_minutes >= 0
        return self.rng.expovariate(1 / 75)

    # --- the windows

    def desk(self, number: int) -> Callable[[], float | None]:
        return lambda: self._desk_step(self.desks[number])

    def _desk_step(self, desk: Desk) -> float | None:
        run, engine, rng = self.ledger.run, self.engine, self.rng
        if desk.paused:
            run(EventKind.RESUMED, OK, engine.resume, desk.number)
            desk.paused = False
            return rng.randint(5, 30)
        if desk.ticket is None:
            return self._idle(desk)
        if desk.ticket.status == CALLED:
            return self._called(desk)
        return self._serving(desk)

    def _idle(self, desk: Desk) -> float | None:
        run, engine, rng = self.ledger.run, self.engine, self.rng
        moment = self.now_local()
        if moment >= LAST_CALL:
            if desk.forgetful and not desk.gone_home:
                if moment < FORGOTTEN_CALL:
                    wait = local(TUESDAY, FORGOTTEN_CALL) - self.clock.now()
                    return wait.total_seconds()
                # The late visitors guarantee somebody is waiting for window 7.
                desk.ticket = run(EventKind.CALLED, OK, engine.call_next, desk.number)
                desk.gone_home = True
            return None
        if desk.breaks_left and moment >= time(10, 30) and rng.random() < 0.02:
            run(EventKind.PAUSED, OK, engine.pause, desk.number, "tea")
            desk.paused, desk.breaks_left = True, desk.breaks_left - 1
            # A screen left open tries to call during the break.
            run(EventKind.CALLED, REFUSED, engine.call_next, desk.number)
            run(EventKind.PAUSED, REFUSED, engine.pause, desk.number)
            return rng.randint(5 * 60, 15 * 60)
        if rng.random() < 0.05:
            waiting = [info for code in desk.services for info in engine.waiting(code)]
            if waiting:
                chosen = rng.choice(waiting)
                run(
                    EventKind.CALLED, REFUSED, engine.call_specific, desk.number, chosen.number, " "
                )
                desk.ticket = run(
                    EventKind.CALLED,
                    OK,
                    engine.call_specific,
                    desk.number,
                    chosen.number,
                    "came back with the missing papers",
                )
                self._decide_fate(desk)
                return rng.randint(15, 60)
        desk.ticket = run(
            EventKind.CALLED, EITHER, engine.call_next, desk.number, refusal=NothingToCall
        )
        if desk.ticket is None:
            return rng.randint(120, 240)
        self._decide_fate(desk)
        return rng.randint(15, 60)

    def _decide_fate(self, desk: Desk) -> None:
        roll = self.rng.random()
        if roll < 0.78:
            desk.fate, desk.recalls_wanted = "comes", 0
        elif roll < 0.88:
            desk.fate, desk.recalls_wanted = "late", self.rng.randint(1, RECALL_LIMIT)
        elif roll < 0.91:
            desk.fate, desk.recalls_wanted = "later", 0  # asks to come back later
        else:
            desk.fate, desk.recalls_wanted = "never", RECALL_LIMIT

    def _called(self, desk: Desk) -> float | None:
        run, engine, rng = self.ledger.run, self.engine, self.rng
        ticket = desk.ticket
        assert ticket is not None
        if desk.fate == "later":
            run(EventKind.POSTPONED, OK, engine.postpone, desk.number, ticket.number)
            desk.ticket = None
            return rng.randint(5, 30)
        if ticket.recall_count < desk.recalls_wanted:
            desk.ticket = run(EventKind.RECALLED, OK, engine.recall, desk.number, ticket.number)
            return rng.randint(45, 90)
        if desk.fate == "never":
            if rng.random() < 0.5:  # one press too many
                run(EventKind.RECALLED, REFUSED, engine.recall, desk.number)
            # Nobody came: finishing is refused, the no-show is not.
            run(EventKind.FINISHED, REFUSED, engine.finish, desk.number)
            run(EventKind.NO_SHOW, OK, engine.no_show, desk.number, ticket.number)
            desk.ticket = None
            return rng.randint(5, 20)
        desk.ticket = run(EventKind.STARTED, OK, engine.start, desk.number, ticket.number)
        return rng.randint(3 * 60, 11 * 60)

    def _serving(self, desk: Desk) -> float | None:
        run, engine, rng = self.ledger.run, self.engine, self.rng
        ticket = desk.ticket
        assert ticket is not None
        roll = rng.random()
        if roll < 0.05:
            # A stale screen and a slip of the finger: all refused.
            run(EventKind.STARTED, REFUSED, engine.start, desk.number)
            run(EventKind.NO_SHOW, REFUSED, engine.no_show, desk.number)
            run(
                EventKind.REDIRECTED,
                REFUSED,
                engine.redirect,
                desk.number,
                ticket.service.code,
            )
            # Withdrawing is a receptionist's act, and this ticket is not waiting anyway.
            run(EventKind.CANCELLED, REFUSED, engine.cancel, ticket.number, refusal=NotAllowed)
        if roll < 0.07:
            run(EventKind.POSTPONED, OK, engine.postpone, desk.number, ticket.number)
        elif roll < 0.15:
            target = rng.choice([code for code in SERVICES if code != ticket.service.code])
            run(EventKind.REDIRECTED, OK, engine.redirect, desk.number, target, ticket.number)
        else:
            run(EventKind.FINISHED, OK, engine.finish, desk.number, ticket.number)
        desk.ticket = None
        return rng.randint(5, 30)

    # --- the front desk and the odd mistake

    def reception(self) -> float | None:
        """Now and then a visitor gives up and the receptionist withdraws their ticket."""
        if self.now_local() >= LAST_CALL:
            return None
        waiting = self.engine.waiting()
        if waiting:
            chosen = self.rng.choice(waiting)
            self.ledger.run(
                EventKind.CANCELLED,
                OK,
                self.engine.cancel,
                chosen.number,
                "left the centre",
                actor=self.receptionist,
            )
            # Pressing it twice is refused.
            self.ledger.run(
                EventKind.CANCELLED,
                REFUSED,
                self.engine.cancel,
                chosen.number,
                actor=self.receptionist,
            )
        return self.rng.randint(10 * 60, 25 * 60)

    def mistakes(self) -> float | None:
        if self.now_local() >= LAST_CALL:
            return None
        run, engine, rng = self.ledger.run, self.engine, self.rng
        idle = [desk.number for desk in self.desks.values() if desk.ticket is None]
        choice = rng.randrange(5)
        if choice == 0 and idle:
            run(EventKind.FINISHED, REFUSED, engine.finish, rng.choice(idle))
        elif choice == 1:
            here, there = rng.sample(sorted(STAFF), 2)
            run(EventKind.SIGNED_IN, REFUSED, engine.sign_in, here, STAFF[there], "0000")
            run(
                EventKind.SIGNED_IN, REFUSED, engine.sign_in, here, STAFF[there], PINS[STAFF[there]]
            )
        elif choice == 2:
            run(EventKind.ISSUED, REFUSED, engine.issue, "NOSUCH", refusal=NotFound)
        elif choice == 3:
            run(EventKind.CALLED, REFUSED, engine.call_next, 99, refusal=NotFound)
        else:
            run(
                EventKind.CANCELLED,
                REFUSED,
                engine.cancel,
                "Я-999",
                actor=self.receptionist,
                refusal=NotFound,
            )
        return rng.randint(15 * 60, 30 * 60)

    # --- the whole day

    def morning(self) -> None:
        self.clock.current = local(TUESDAY, DOORS_OPEN)
        for number, login in STAFF.items():
            self.ledger.run(
                EventKind.SIGNED_IN, OK, self.engine.sign_in, number, login, PINS[login]
            )
            self.clock.advance(seconds=self.rng.randint(10, 90))
        start = self.clock.now()
        self.at(local(TUESDAY, time(8, 25)), self.kiosk)
        for number in self.desks:
            self.at(start + timedelta(seconds=self.rng.randint(0, 600)), self.desk(number))
        self.at(local(TUESDAY, time(9, 30)), self.reception)
        self.at(local(TUESDAY, time(9, 0)), self.mistakes)

    def evening(self) -> None:
        """Everyone who may sign out does; window 7 still has a visitor called."""
        self.clock.current = max(self.clock.now(), local(TUESDAY, time(17, 50)))
        for number, desk in self.desks.items():
            if desk.login is None:
                continue
            expect = OK if desk.ticket is None else REFUSED
            self.ledger.run(EventKind.SIGNED_OUT, expect, self.engine.sign_out, number)


# ---------------------------------------------------------------- reading it back


def ticket_rows(engine: QueueEngine) -> dict[int, dict[str, Any]]:
    with engine.db.read_session() as session:
        services = dict(session.execute(select(Service.id, Service.code)).all())
        windows = dict(session.execute(select(ServicePoint.id, ServicePoint.number)).all())
        logins = dict(session.execute(select(Operator.id, Operator.login)).all())
        rows = session.execute(select(Ticket.__table__)).mappings().all()
    return {
        row["id"]: {
            "number": row["number"],
            "day": row["day"],
            "service": services[row["service_id"]],
            "priority": row["priority"],
            "status": str(row["status"]),
            "issued_at": row["issued_at"],
            "queued_at": row["queued_at"],
            "called_at": row["called_at"],
            "started_at": row["started_at"],
            "finished_at": row["finished_at"],
            "window": windows.get(row["service_point_id"]),
            "operator": logins.get(row["operator_id"]),
            "recall_count": row["recall_count"],
            "postpone_count": row["postpone_count"],
            "redirected_from": services.get(row["redirected_from_id"]),
        }
        for row in rows
    }


def all_events(engine: QueueEngine) -> list[TicketEvent]:
    """The queue's history (the fixture's centre loading is the centre's, not the day's)."""
    with engine.db.read_session() as session:
        return list(
            session.scalars(
                select(TicketEvent)
                .where(TicketEvent.kind != EventKind.CENTRE_LOADED)
                .order_by(TicketEvent.id)
            )
        )


def replay(engine: QueueEngine, events: list[TicketEvent]) -> dict[int, dict[str, Any]]:
    """Each ticket's state as the history alone tells it; also checks that every step
    of the history is a move the rules allow."""
    with engine.db.read_session() as session:
        windows = dict(session.execute(select(ServicePoint.id, ServicePoint.number)).all())
        logins = dict(session.execute(select(Operator.id, Operator.login)).all())
    tickets: dict[int, dict[str, Any]] = {}
    for event in events:
        if event.ticket_id is None:
            continue
        details = event.details or {}
        if event.kind == EventKind.ISSUED:
            assert event.ticket_id not in tickets, f"{event} issued twice"
            number = details["number"]
            tickets[event.ticket_id] = {
                "number": number,
                "day": event.at.astimezone(TIMEZONE).date(),
                "service": SERVICE_BY_PREFIX[number.rpartition("-")[0]],
                "priority": details["priority"],
                "status": WAITING,
                "issued_at": event.at,
                "queued_at": event.at,
                "called_at": None,
                "started_at": None,
                "finished_at": None,
                "window": None,
                "operator": None,
                "recall_count": 0,
                "postpone_count": 0,
                "redirected_from": None,
            }
            continue
        ticket = tickets[event.ticket_id]
        assert event.kind in TRANSITIONS, f"{event}: the day did nothing that writes this"
        sources, target = TRANSITIONS[event.kind]
        assert ticket["status"] in sources, f"{event} from {ticket['status']}: not a legal move"
        # Where it happened: a call names the calling window, a cancel no window, the
        # rest the window the ticket was at (none for a ticket expired while waiting).
        at_window = windows.get(event.service_point_id)
        if event.kind == EventKind.CALLED:
            assert at_window is not None, event
        elif event.kind == EventKind.CANCELLED:
            assert at_window is None, event
        else:
            assert at_window == ticket["window"], f"{event}: window {at_window}"
        ticket["status"] = target
        if event.kind == EventKind.CALLED:
            ticket["called_at"] = event.at
            ticket["window"] = at_window
            ticket["operator"] = logins.get(event.operator_id)
        elif event.kind == EventKind.RECALLED:
            ticket["recall_count"] += 1
            assert details.get("count") == ticket["recall_count"]
            assert ticket["recall_count"] <= RECALL_LIMIT
        elif event.kind == EventKind.STARTED:
            ticket["started_at"] = event.at
        elif event.kind in (EventKind.POSTPONED, EventKind.REDIRECTED):
            ticket.update(window=None, operator=None, called_at=None, started_at=None)
            ticket["recall_count"] = 0
            if event.kind == EventKind.POSTPONED:
                ticket["queued_at"] = event.at
                ticket["postpone_count"] += 1
            else:
                assert details["from"] == ticket["service"] != details["to"]
                ticket["redirected_from"], ticket["service"] = details["from"], details["to"]
        else:  # finished, no-show, cancelled, expired
            ticket["finished_at"] = event.at
    return tickets


# ---------------------------------------------------------------- the test


@pytest.mark.slow
def test_a_whole_day_is_told_exactly_by_its_history(engine: QueueEngine, clock: FixedClock) -> None:
    day = Day(engine, clock, random.Random(SEED))
    day.morning()
    day.run_until_quiet()
    day.evening()
    ledger = day.ledger

    # The day really was busy, and every operator action happened.
    assert len(ledger.issued) >= 300
    assert any(info.priority == 1 for info in ledger.issued.values())
    for kind in DAY_KINDS:
        assert ledger.succeeded[kind] > 0, f"no successful {kind.value} all day"
    assert ledger.refused["issue"] > 0 and ledger.refused["call_next"] > 0

    # Numbers: per service 001, 002, ... in the order the kiosk issued them.
    for code, numbers in ledger.numbers.items():
        prefix = SERVICES[code].prefix
        assert numbers == [f"{prefix}-{n:03d}" for n in range(1, len(numbers) + 1)], code

    events = all_events(engine)
    stored = ticket_rows(engine)
    # Every ticket issued is there, and nothing else is.
    assert set(stored) == set(ledger.issued)
    assert {e.ticket_id for e in events if e.kind == EventKind.ISSUED} == set(ledger.issued)
    # One event per successful operation, none for the refused ones.
    assert Counter(event.kind for event in events) == +ledger.succeeded
    assert len(events) == sum(ledger.succeeded.values())
    # The history alone tells each ticket's state exactly.
    told = replay(engine, events)
    for ticket_id, state in stored.items():
        assert told[ticket_id] == state, f"ticket {state['number']}"
    assert told == stored

    # The tickets left open tonight: late arrivals, and window 7's visitor.
    leftovers = {tid for tid, state in stored.items() if state["status"] in OPEN_STATUSES}
    assert any(stored[tid]["status"] == WAITING for tid in leftovers)
    forgotten = [tid for tid in leftovers if stored[tid]["status"] == CALLED]
    assert [stored[tid]["window"] for tid in forgotten] == [7]

    # --- Wednesday
    wednesday = TUESDAY + timedelta(days=1)
    last_tuesday_event = events[-1].id
    clock.current = local(wednesday, DOORS_OPEN)
    for number, login in STAFF.items():
        # Window 7's operator never signed out; signing in again at the same window is fine.
        engine.sign_in(number, login, PINS[login])
        clock.advance(seconds=30)
    # Operators press "next" before the kiosk opens: nobody has come yet today.
    with pytest.raises(NothingToCall):
        engine.call_next(1)
    clock.current = local(wednesday, time(8, 30))
    fresh = {code: engine.issue(code).ticket for code in ("PASSPORT", "CIVIL", "PRIORITY")}
    assert {code: info.number for code, info in fresh.items()} == {
        code: f"{SERVICES[code].prefix}-001" for code in fresh
    }
    assert all(info.day == wednesday for info in fresh.values())

    after = ticket_rows(engine)
    for ticket_id, state in stored.items():
        if ticket_id in leftovers:
            assert after[ticket_id]["status"] == EXPIRED, f"{state['number']} left open"
            assert after[ticket_id]["finished_at"] is not None
        else:
            assert after[ticket_id] == state, f"{state['number']} changed overnight"
    expired = [e for e in engine.events(since_id=last_tuesday_event) if e.kind == EventKind.EXPIRED]
    assert sorted(e.ticket_id for e in expired) == sorted(leftovers)
    windows = {e.ticket_id: e.service_point_id for e in expired}
    assert all((windows[tid] is None) == (tid not in forgotten) for tid in leftovers)
    # And window 7 is free for Wednesday's visitors.
    assert engine.current_ticket(7) is None
    assert engine.call_next(7).number == fresh["PRIORITY"].number
