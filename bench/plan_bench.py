"""Staffing planner benchmark: the plan for one weekday from eight weeks of history, and
the plan against a discrete-event simulation (SimPy) of the same day.

A fresh SQLite database: the demo centre and ``--history`` finished tickets over the
60 past days (bench/queue_bench.py's bulk insert: arrivals from 08:30 to 17:30, service
around each service's expected minutes). Timed: reading the hourly history
(``engine.metrics.hourly_load`` through ``staffing.history_demand``) and the Erlang C
plan, ``--runs`` times, for the eight weeks before today (target: ≤ 1 s).

Then the planned day is simulated ``--replications`` times (fixed seed), each hour
with the planned windows, Poisson arrivals and exponential service: once as the day
runs (an empty hall at opening, each hour starting from the last one's queue) and once
with every hour stretched to 100 hours (the steady state Erlang C describes). Printed
per hour: planned share within target, both simulated shares.

    .venv/bin/python bench/plan_bench.py [--history N] [--weekday wed] [--target 80/15]
        [--runs N] [--replications N] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from conq_desktop.db import open_database  # noqa: E402
from conq_desktop.engine import QueueEngine  # noqa: E402
from conq_desktop.engine.centre_file import parse_centre_file  # noqa: E402
from conq_desktop.engine.centre_load import load_centre  # noqa: E402
from conq_desktop.engine.simulation import SimHour, simulate_day  # noqa: E402
from conq_desktop.engine.staffing import (  # noqa: E402
    Target,
    history_demand,
    parse_weekday,
    period,
    plan_day,
)
from queue_bench import insert_history  # noqa: E402

TARGET_S = 1.0
STRETCH = 100


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--history", type=int, default=12_000, help="tickets over 60 days")
    parser.add_argument("--weekday", default="wed")
    parser.add_argument("--target", default="80/15")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--replications", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    target, weekday = Target.parse(args.target), parse_weekday(args.weekday)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'plan.sqlite3'}")
        try:
            load_centre(db, parse_centre_file(REPO / "resources" / "demo-centre.toml"))
            tickets, events = insert_history(db, args.history)
            first, last = period(QueueEngine(db).today())
            seconds = []
            for _ in range(args.runs):
                start = time.perf_counter()
                plan = plan_day(history_demand(db, weekday, first, last), weekday, target)
                seconds.append(time.perf_counter() - start)
        finally:
            db.dispose()
    hours = [SimHour(h.hour, h.arrivals_per_hour, h.service_s, h.windows) for h in plan.hours]
    as_run = simulate_day(hours, target.wait_s, replications=args.replications, seed=15)
    steady = simulate_day(
        hours, target.wait_s, replications=max(2, args.replications // 10), seed=15, stretch=STRETCH
    )
    result: dict[str, Any] = {
        "tickets": tickets,
        "events": events,
        "history": [first.isoformat(), last.isoformat()],
        "plan_s": {"median": statistics.median(seconds), "max": max(seconds)},
        "target_s": TARGET_S,
        "hours": [
            {
                "hour": h.hour,
                "arrivals_per_hour": round(h.arrivals_per_hour, 2),
                "service_min": round(h.service_s / 60, 2),
                "windows": h.windows,
                "planned": round(h.within_target or 0.0, 4),
                "simulated_day": round(run.within_target, 4),
                "simulated_day_se": round(run.standard_error, 4),
                "simulated_steady": round(still.within_target, 4),
                "simulated_steady_se": round(still.standard_error, 4),
            }
            for h, run, still in zip(plan.hours, as_run, steady, strict=True)
        ],
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print(result, args)
    return 0 if max(seconds) <= TARGET_S else 1


def _print(result: dict[str, Any], args: argparse.Namespace) -> None:
    timing = result["plan_s"]
    print(
        f"history: {result['tickets']} tickets, {result['events']} events; "
        f"plan {args.weekday} {args.target} from {result['history'][0]} to {result['history'][1]}"
    )
    print(
        f"planner: median {timing['median'] * 1000:.1f} ms, max {timing['max'] * 1000:.1f} ms "
        f"over {args.runs} runs (target ≤ {TARGET_S:.0f} s)"
    )
    print(
        f"simulated share within target: the day as it runs ({args.replications} days), "
        f"each hour stretched to {STRETCH} h ({max(2, args.replications // 10)} days); ± one s.e."
    )
    print(" hour  arr/h  svc min  windows  planned  sim day        sim steady")
    for row in result["hours"]:
        print(
            f"{row['hour']:5d}  {row['arrivals_per_hour']:5.1f}  {row['service_min']:7.1f}  "
            f"{row['windows']:7d}  {row['planned'] * 100:6.1f}%  "
            f"{row['simulated_day'] * 100:5.1f}% ±{row['simulated_day_se'] * 100:3.1f}  "
            f"{row['simulated_steady'] * 100:5.1f}% ±{row['simulated_steady_se'] * 100:3.1f}"
        )


if __name__ == "__main__":
    sys.exit(main())
