"""Wait-estimate bench: how far the expected wait a ticket promises is from the wait the
visitor then has, for the old model and for the new one (engine/estimate.py).

A simulated month runs through the engine on SQLite with a FixedClock: the demo centre
(daily limits lifted), ``--days`` working days (Monday to Saturday; Saturday has only the
Saturday services and half the visitors), ``--per-day`` visitors on a weekday (Monday a
third more), arriving at random (seeded) with an hourly profile, picking services in a
fixed mix. Windows 1, 3, 4 and 6 sign in at 09:00 and window 7 (every service) works
10:00-16:00 (2 and 5 stay closed: the centre is understaffed); windows 1 and 4 lunch
12-13, 3 and 6 13-14; on Saturday only windows 1, 3 and 7 work.
A window calls the next ticket as soon as it is free; the visitor walks up (0.5-1.5
min) or does not come (``--no-show``, marked after 3 min); the service lasts a random
(log-normal) time whose mean differs by service, hour, weekday and operator. Windows
1-6 keep calling after closing until the queue is empty, then sign out; window 7 (the
only one for PRIORITY) stops at 16:00, so PRIORITY tickets left then expire uncalled
and count in no figure.

At each issue the new model's minutes are those the engine returned; the old model's
(``old_estimate``, the former estimate.py, copied here) are computed in a read session
at the same instant. After the month, actual wait = first call − issue. The mean
absolute error (minutes) is printed for the tickets that show a wait (a window serves
the service and somebody is ahead: the kiosk and the ticket print the minutes only
then) and for every called ticket, over the whole month and over the last week.

    .venv/bin/python bench/estimate_bench.py [--days 24] [--per-day 80] [--seed 1]
        [--no-show 0.06] [--json]
"""

from __future__ import annotations

import argparse
import heapq
import json
import math
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from conq_desktop.db import open_database
from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.centre_file import parse_centre_file
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.engine.estimate import estimate_wait
from conq_desktop.errors import NothingToCall, QueueError
from conq_desktop.models import (
    Service,
    ServicePoint,
    ServicePointService,
    Ticket,
    TicketStatus,
    WindowState,
)

REPO = Path(__file__).resolve().parents[1]
STAFF = {
    1: ("aibek", "1111"),
    2: ("nurgul", "2222"),
    3: ("elena", "3333"),
    4: ("ulan", "4444"),
    5: ("admin", "9999"),
    6: ("gulnara", "5555"),
    7: ("bakyt", "6666"),
}
MIX = {"PASSPORT": 0.40, "CIVIL": 0.20, "PROPERTY": 0.12, "PENSION": 0.20, "PRIORITY": 0.08}
SATURDAY = ("PASSPORT", "PRIORITY")
# Mean service minutes in truth (the centre file configures 12, 15, 20, 10, 12).
BASE_MINUTES = {"PASSPORT": 9.0, "CIVIL": 13.0, "PROPERTY": 22.0, "PENSION": 7.0, "PRIORITY": 10.0}
HOUR_FACTOR = {8: 0.9, 9: 0.85, 10: 0.9, 11: 1.0, 12: 1.1, 13: 1.25, 14: 1.15, 15: 1.05}
WEEKDAY_FACTOR = {0: 1.15, 1: 1.0, 2: 1.0, 3: 0.95, 4: 1.05, 5: 0.9}
WINDOW_SPEED = {1: 0.9, 2: 1.0, 3: 1.1, 4: 1.0, 5: 0.95, 6: 1.05, 7: 1.2}
# Arrivals per local hour (8 and 17 are half hours: the services open 08:30-17:30).
ARRIVALS = {8: 0.6, 9: 1.3, 10: 1.5, 11: 1.3, 12: 0.8, 13: 0.9, 14: 1.2, 15: 1.1, 16: 0.8, 17: 0.4}
SIGMA = 0.4  # of the log-normal service time


# ---------------------------------------------------------------- the old model


AVERAGE_SAMPLE = 30
AVERAGE_WINDOW = timedelta(days=14)
AVERAGE_MIN_SAMPLES = 3


def old_average_service_minutes(session: Session, service: Service, now: datetime) -> float:
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


def old_serving_windows(session: Session, service: Service) -> int:
    rows = session.execute(
        select(ServicePoint.state, func.count())
        .join(ServicePointService, ServicePointService.service_point_id == ServicePoint.id)
        .where(ServicePointService.service_id == service.id)
        .group_by(ServicePoint.state)
    ).all()
    counts = {state: count for state, count in rows}
    open_now = counts.get(WindowState.OPEN, 0)
    return open_now or counts.get(WindowState.CLOSED, 0) or 1


def old_estimate(session: Session, service: Service, ahead: int, now: datetime) -> int:
    """The former estimate.py's estimate_wait, unchanged."""
    if ahead == 0:
        return 0
    minutes = (
        ahead
        * old_average_service_minutes(session, service, now)
        / old_serving_windows(session, service)
    )
    return math.ceil(round(minutes, 6))


# ---------------------------------------------------------------- the simulation


@dataclass
class Issued:
    ticket_id: int
    issued_at: datetime
    day_index: int
    shown: bool  # the kiosk and the ticket show the minutes
    old: int
    new: int


@dataclass
class Window:
    number: int
    services: list[str]
    speed: float
    working: bool = False
    busy: bool = False
    idle: bool = False
    paused: bool = False
    lunch: tuple[datetime, datetime] | None = None
    closes: datetime | None = None
    hard_stop: bool = False
    pending_pause: bool = False


@dataclass
class Simulation:
    engine: QueueEngine
    clock: FixedClock
    tz: ZoneInfo
    rng: random.Random
    no_show: float
    windows: dict[int, Window]
    services: dict[str, int] = field(default_factory=dict)
    issued: list[Issued] = field(default_factory=list)
    events: list[tuple[datetime, int, str, Any]] = field(default_factory=list)
    counter: int = 0
    day_index: int = 0
    estimate_s: dict[str, list[float]] = field(default_factory=lambda: {"old": [], "new": []})

    def push(self, at: datetime, kind: str, payload: Any = None) -> None:
        self.counter += 1
        heapq.heappush(self.events, (at, self.counter, kind, payload))

    def run(self) -> None:
        while self.events:
            at, _, kind, payload = heapq.heappop(self.events)
            self.clock.current = max(self.clock.current, at)
            getattr(self, f"on_{kind}")(payload)

    # --- the visitors

    def on_arrive(self, code: str) -> None:
        now = self.clock.now()
        try:
            issued = self.engine.issue(code)
        except QueueError:
            return
        ahead = issued.people_ahead
        with self.engine.db.read_session() as session:
            service = session.get(Service, self.services[code])
            assert service is not None
            began = time.perf_counter()
            old = old_estimate(session, service, ahead, now)
            middle = time.perf_counter()
            again = estimate_wait(session, service, ahead, now, self.tz)
            self.estimate_s["old"].append(middle - began)
            self.estimate_s["new"].append(time.perf_counter() - middle)
        assert again == issued.expected_wait_minutes, "the engine's minutes are the model's"
        self.issued.append(
            Issued(
                issued.ticket.id,
                now,
                self.day_index,
                issued.serving_now and ahead > 0,
                old,
                issued.expected_wait_minutes,
            )
        )
        for window in self.windows.values():
            if window.idle and window.working and not window.paused and code in window.services:
                window.idle = False
                self.push(now + timedelta(seconds=12), "call", window.number)

    # --- the windows

    def on_sign_in(self, number: int) -> None:
        self.engine.sign_in(number, *STAFF[number])
        window = self.windows[number]
        window.working, window.busy, window.paused, window.idle = True, False, False, False
        self.on_call(number)

    def on_call(self, number: int) -> None:
        window = self.windows[number]
        if not window.working or window.busy or window.paused:
            return
        now = self.clock.now()
        if window.hard_stop and window.closes is not None and now >= window.closes:
            self.engine.sign_out(number)
            window.working = False
            return
        if self.maybe_pause(window, now):
            return
        try:
            ticket = self.engine.call_next(number)
        except NothingToCall:
            if window.closes is not None and now >= window.closes:
                self.engine.sign_out(number)
                window.working = False
            else:
                window.idle = True
            return
        window.busy, window.idle = True, False
        if self.rng.random() < self.no_show:
            self.push(now + timedelta(minutes=3), "no_show", number)
            return
        walk = timedelta(minutes=self.rng.uniform(0.5, 1.5))
        local = (now + walk).astimezone(self.tz)
        mean = (
            BASE_MINUTES[ticket.service.code]
            * HOUR_FACTOR.get(local.hour, 1.0)
            * WEEKDAY_FACTOR[local.weekday()]
            * window.speed
        )
        minutes = self.rng.lognormvariate(math.log(mean) - SIGMA**2 / 2, SIGMA)
        self.push(now + walk, "start", number)
        self.push(now + walk + timedelta(minutes=minutes), "finish", number)

    def on_start(self, number: int) -> None:
        self.engine.start(number)

    def on_finish(self, number: int) -> None:
        self.engine.finish(number)
        self.free(number)

    def on_no_show(self, number: int) -> None:
        self.engine.no_show(number)
        self.free(number)

    def free(self, number: int) -> None:
        self.windows[number].busy = False
        self.push(self.clock.now() + timedelta(seconds=20), "call", number)

    def maybe_pause(self, window: Window, now: datetime) -> bool:
        if window.lunch is None or not window.pending_pause:
            return False
        window.pending_pause = False
        self.engine.pause(window.number, "lunch")
        window.paused = True
        self.push(max(window.lunch[1], now + timedelta(minutes=30)), "resume", window.number)
        return True

    def on_lunch(self, number: int) -> None:
        window = self.windows[number]
        window.pending_pause = True
        if window.working and not window.busy and not window.paused:
            self.maybe_pause(window, self.clock.now())

    def on_resume(self, number: int) -> None:
        self.engine.resume(number)
        window = self.windows[number]
        window.paused = False
        self.on_call(number)

    # --- a day

    def end_day(self) -> None:
        """Whoever is still signed in (idle since the last visitor) goes home."""
        for window in self.windows.values():
            if window.working:
                self.engine.sign_out(window.number)
            window.working = window.busy = window.idle = window.paused = False

    def plan_day(self, day: date) -> None:
        weekday = day.weekday()

        def at(hour: int, minute: int = 0) -> datetime:
            return datetime.combine(day, clock_time(hour, minute), self.tz).astimezone(UTC)

        saturday = weekday == 5
        working = (1, 3, 7) if saturday else (1, 3, 4, 6, 7)
        for number in working:
            window = self.windows[number]
            window.lunch = None
            window.pending_pause = False
            start, closes = (at(10), at(16)) if number == 7 else (at(9), at(17, 30))
            window.closes = closes
            self.push(start, "sign_in", number)
            # Window 7 stops at 16:00 whatever waits; the others serve everyone left.
            window.hard_stop = number == 7
            if number != 7 and not saturday:
                lunch_at = 12 if number in (1, 4) else 13
                window.lunch = (at(lunch_at), at(lunch_at + 1))
                self.push(at(lunch_at), "lunch", number)
        codes = SATURDAY if saturday else tuple(MIX)
        weights = [MIX[code] for code in codes]
        per_day = self.per_day * (1.3 if weekday == 0 else 0.5 if saturday else 1.0)
        total = sum(ARRIVALS.values())
        for hour, weight in ARRIVALS.items():
            begin = at(hour, 30) if hour == 8 else at(hour)
            end = at(17, 30) if hour == 17 else at(hour + 1)
            # The weight is per hour of opening; 8 and 17 are half hours.
            rate = per_day * weight / total / 3600 * (2 if hour in (8, 17) else 1)
            moment = begin
            while True:
                moment += timedelta(seconds=self.rng.expovariate(rate))
                if moment >= end:
                    break
                self.push(moment, "arrive", self.rng.choices(codes, weights)[0])

    per_day: float = 80.0


def prepare(path: Path) -> tuple[QueueEngine, FixedClock, dict[str, int]]:
    db = open_database(f"sqlite:///{path}")
    load_centre(db, parse_centre_file(REPO / "resources" / "demo-centre.toml"))
    with db.write_session() as session:
        session.execute(update(Service).values(daily_limit=None))
        services = {s.code: s.id for s in session.scalars(select(Service))}
    # A Monday at midnight in Bishkek.
    clock = FixedClock(datetime(2026, 9, 7, tzinfo=ZoneInfo("Asia/Bishkek")).astimezone(UTC))
    return QueueEngine(db, clock), clock, services


def mae(pairs: list[tuple[int, float]]) -> float | None:
    return statistics.fmean(abs(p - a) for p, a in pairs) if pairs else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=24, help="working days (Mon-Sat)")
    parser.add_argument("--per-day", type=float, default=80.0, help="visitors on a weekday")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-show", type=float, default=0.06)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="conq-estimate-") as folder:
        engine, clock, services = prepare(Path(folder) / "queue.sqlite3")
        tz = engine.settings.timezone
        spec = parse_centre_file(REPO / "resources" / "demo-centre.toml")
        windows = {
            w.number: Window(w.number, list(w.services), WINDOW_SPEED[w.number])
            for w in spec.windows
        }
        sim = Simulation(engine, clock, tz, random.Random(args.seed), args.no_show, windows)
        sim.services, sim.per_day = services, args.per_day
        day = clock.now().astimezone(tz).date()
        worked: list[date] = []
        while len(worked) < args.days:
            if day.weekday() != 6:
                sim.day_index = len(worked)
                sim.plan_day(day)
                sim.run()
                sim.end_day()
                worked.append(day)
            day += timedelta(days=1)
            clock.current = max(
                clock.current, datetime.combine(day, clock_time(0), tz).astimezone(UTC)
            )
        with engine.db.read_session() as session:
            called = dict(
                session.execute(
                    select(Ticket.id, Ticket.called_at).where(Ticket.called_at.is_not(None))
                ).all()
            )
        engine.db.dispose()
    elapsed = time.perf_counter() - started
    last_week = max(0, args.days - 6)
    rows: dict[str, dict[str, Any]] = {}
    for scope, chosen in (
        ("month, wait shown", [i for i in sim.issued if i.shown]),
        ("month, every called", sim.issued),
        ("last week, wait shown", [i for i in sim.issued if i.shown and i.day_index >= last_week]),
        ("last week, every called", [i for i in sim.issued if i.day_index >= last_week]),
    ):
        actual = [
            (i, (called[i.ticket_id] - i.issued_at).total_seconds() / 60)
            for i in chosen
            if i.ticket_id in called
        ]
        rows[scope] = {
            "tickets": len(actual),
            "mean_actual_min": statistics.fmean(a for _, a in actual) if actual else None,
            "mae_old_min": mae([(i.old, a) for i, a in actual]),
            "mae_new_min": mae([(i.new, a) for i, a in actual]),
            "bias_old_min": statistics.fmean(i.old - a for i, a in actual) if actual else None,
            "bias_new_min": statistics.fmean(i.new - a for i, a in actual) if actual else None,
        }
    result = {
        "simulated": {
            "working_days": args.days,
            "first_day": worked[0].isoformat(),
            "last_day": worked[-1].isoformat(),
            "visitors_per_weekday": args.per_day,
            "tickets": len(sim.issued),
            "called": len(called),
            "no_show_share": args.no_show,
            "seed": args.seed,
        },
        "errors": rows,
        # The old model answers "0" at once when nobody is ahead: the mean is fairer.
        "estimate_ms": {
            name: {
                "mean": round(statistics.fmean(values) * 1000, 3),
                "median": round(statistics.median(values) * 1000, 3),
            }
            for name, values in sim.estimate_s.items()
        },
        "seconds": round(elapsed, 1),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    s = result["simulated"]
    print(
        f"Simulated {s['working_days']} working days ({s['first_day']} to {s['last_day']}, "
        f"Mon-Sat), about {s['visitors_per_weekday']:.0f} visitors a weekday: "
        f"{s['tickets']} tickets, {s['called']} called, seed {s['seed']}, "
        f"in {result['seconds']} s."
    )
    print(f"{'':26} {'tickets':>8} {'actual':>8} {'MAE old':>8} {'MAE new':>8} "
          f"{'bias old':>9} {'bias new':>9}")  # fmt: skip
    for scope, row in rows.items():

        def fmt(value: float | None) -> str:
            return "-" if value is None else f"{value:.1f}"

        print(
            f"{scope:26} {row['tickets']:>8} {fmt(row['mean_actual_min']):>8} "
            f"{fmt(row['mae_old_min']):>8} {fmt(row['mae_new_min']):>8} "
            f"{fmt(row['bias_old_min']):>9} {fmt(row['bias_new_min']):>9}"
        )
    times = result["estimate_ms"]
    print(
        f"One estimate, mean (median) ms: old {times['old']['mean']} "
        f"({times['old']['median']}), new {times['new']['mean']} ({times['new']['median']})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
