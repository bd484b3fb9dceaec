"""The hall display's fairness line: what one ``day_tally`` costs on a busy day.

A fresh SQLite database with the demo centre (always open, daily limits lifted) gets a
day of ``--tickets`` tickets through the engine: issued over the day, a waiting queue of
about ``--backlog`` tickets, called at windows 1-7 with Next and now and then by number
out of order (``--out-of-order`` of the calls), each served. Then ``day_tally`` for that
day is timed ``--repeat`` times (median and worst, in ms), and the full fairness report
once for comparison.

    .venv/bin/python bench/fairness_bench.py [--tickets 2000] [--backlog 60] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy import update  # noqa: E402
from tests.conftest import DEMO_STAFF  # noqa: E402

from conq_desktop.db import Database, open_database  # noqa: E402
from conq_desktop.engine import FixedClock, QueueEngine  # noqa: E402
from conq_desktop.engine.centre_file import parse_centre_file  # noqa: E402
from conq_desktop.engine.centre_load import load_centre  # noqa: E402
from conq_desktop.engine.fairness import day_tally, fairness_report  # noqa: E402
from conq_desktop.errors import ConqError  # noqa: E402
from conq_desktop.models import Service  # noqa: E402

SERVICES = ("PASSPORT", "CIVIL", "PROPERTY", "PENSION")
MORNING = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)  # 09:00 in Bishkek


def busy_day(db: Database, tickets: int, backlog: int, out_of_order: float) -> QueueEngine:
    """``tickets`` tickets issued, called and served over one day."""
    load_centre(db, parse_centre_file(REPO / "resources" / "demo-centre.toml"), always_open=True)
    with db.write_session() as session:
        session.execute(update(Service).values(daily_limit=None))
    clock = FixedClock(MORNING)
    engine = QueueEngine(db, clock)
    for window, (login, pin) in DEMO_STAFF.items():
        engine.sign_in(window, login, pin)
    chance = random.Random(14)
    window = 0
    for index in range(tickets + backlog):
        if index < tickets:
            engine.issue(chance.choice(SERVICES))
            clock.advance(seconds=13)  # 2,000 tickets over about seven hours
        if index < backlog:
            continue
        window = window % 7 + 1
        try:
            if engine.current_ticket(window) is not None:
                engine.start(window)
                engine.finish(window)
            waiting = engine.waiting()
            if chance.random() < out_of_order and len(waiting) > 3:
                target = waiting[chance.randrange(1, len(waiting))]
                engine.call_specific(window, target.number, "bench: called by number")
            else:
                engine.call_next(window)
        except ConqError:
            pass  # nothing this window serves, or a ticket of a service it does not
    return engine


def measure(tickets: int, backlog: int, out_of_order: float, repeat: int) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="conq-fairness-bench-"))
    db = open_database(f"sqlite:///{folder / 'bench.sqlite3'}")
    try:
        started = time.perf_counter()
        engine = busy_day(db, tickets, backlog, out_of_order)
        built_s = time.perf_counter() - started
        day = engine.today()
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            tally = day_tally(db, day)
            times.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        fairness_report(db, day, day)
        report_ms = (time.perf_counter() - started) * 1000
    finally:
        db.dispose()
    return {
        "tickets": tickets,
        "calls": tally.calls,
        "out_of_order": tally.out_of_order,
        "with_reason": tally.with_reason,
        "tally_ms_median": round(statistics.median(times), 1),
        "tally_ms_worst": round(max(times), 1),
        "report_ms": round(report_ms, 1),
        "day_built_s": round(built_s, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=2000)
    parser.add_argument("--backlog", type=int, default=60)
    parser.add_argument("--out-of-order", type=float, default=0.03)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(args.tickets, args.backlog, args.out_of_order, args.repeat)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
