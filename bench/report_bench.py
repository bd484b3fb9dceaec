"""Report benchmark: the queue reports (``report daily|period|operators|hourly|waits``)
over a large history, on SQLite and PostgreSQL.

Per backend, a fresh database: the demo centre (always open) and ``--per-day`` finished
tickets a day over ``--days`` past days (bench/queue_bench.py's bulk insert: done,
no-show, cancelled, expired, with their events). Timed, as the command does it
(``printing.report_sections.collect``, then the PDF): the daily report of one day
(target ≤ 1 s for 1,000 tickets) and each period kind over every day (target ≤ 5 s for
100,000 tickets); each ``--runs`` times, the best and the worst printed.

    .venv/bin/python bench/report_bench.py [--backend sqlite|postgresql|both]
        [--per-day 1000] [--days 100] [--runs 3] [--pg-url URL] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import queue_bench  # noqa: E402
from conq_desktop.db import open_database  # noqa: E402
from conq_desktop.engine import QueueEngine  # noqa: E402
from conq_desktop.engine.centre_file import parse_centre_file  # noqa: E402
from conq_desktop.engine.centre_load import load_centre  # noqa: E402
from conq_desktop.printing.report_pdf import render_report_pdf  # noqa: E402
from conq_desktop.printing.report_steps import collect  # noqa: E402
from queue_bench import each_backend, insert_history  # noqa: E402

TARGET_DAILY_S, TARGET_PERIOD_S = 1.0, 5.0
PERIOD_KINDS = ("period", "operators", "hourly", "waits")


def run(url: str, per_day: int, days: int, runs: int) -> dict[str, Any]:
    db = open_database(url)
    try:
        load_centre(
            db, parse_centre_file(REPO / "resources" / "demo-centre.toml"), always_open=True
        )
        # queue_bench spreads its history over HISTORY_DAYS days before today.
        queue_bench.HISTORY_DAYS = days
        start = time.perf_counter()
        tickets, events = insert_history(db, per_day * days)
        print(f"  history: {tickets:,} tickets, {events:,} events in "
              f"{time.perf_counter() - start:.1f} s", file=sys.stderr)  # fmt: skip
        today = QueueEngine(db).today()
        first, last = today - timedelta(days=days), today - timedelta(days=1)
        middle = first + timedelta(days=days // 2)
        result: dict[str, Any] = {"tickets": tickets, "events": events}
        for kind, (a, b) in [("daily", (middle, middle))] + [
            (k, (first, last)) for k in PERIOD_KINDS
        ]:
            times, reads = [], []
            for _ in range(runs):
                begin = time.perf_counter()
                data = collect(db, kind, a, b)
                read = time.perf_counter()
                render_report_pdf(data, "ru")
                times.append(time.perf_counter() - begin)
                reads.append(read - begin)
            result[kind] = {
                "tickets": data.summary.totals.issued,
                "best_s": min(times),
                "worst_s": max(times),
                "read_best_s": min(reads),
            }
            issued = data.summary.totals.issued
            print(f"  {kind}: {issued:,} tickets, best {min(times):.3f} s, worst "
                  f"{max(times):.3f} s (reading {min(reads):.3f} s)", file=sys.stderr)  # fmt: skip
        return result
    finally:
        db.dispose()


def table(results: dict[str, dict[str, Any]]) -> str:
    lines = [f"{'backend':<11}{'report':<11}{'tickets':>9}{'best s':>9}{'worst s':>9}  target"]
    for backend, result in results.items():
        for kind in ("daily", *PERIOD_KINDS):
            row = result[kind]
            target = TARGET_DAILY_S if kind == "daily" else TARGET_PERIOD_S
            verdict = "ok" if row["worst_s"] <= target else "MISSED"
            lines.append(
                f"{backend:<11}{kind:<11}{row['tickets']:>9,}{row['best_s']:>9.3f}"
                f"{row['worst_s']:>9.3f}  ≤ {target:.0f} s {verdict}"
            )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--per-day", type=int, default=1000)
    parser.add_argument("--days", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pg-url", default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = each_backend(
        args.backend, args.pg_url, lambda url: run(url, args.per_day, args.days, args.runs)
    )
    print(json.dumps(results, indent=2) if args.json else table(results))
    missed = any(
        results[b][k]["worst_s"] > (TARGET_DAILY_S if k == "daily" else TARGET_PERIOD_S)
        for b in results
        for k in ("daily", *PERIOD_KINDS)
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
