"""Printing latency: from "issue pressed" to "bytes handed to the printer".

For each print mode, on a fresh embedded (SQLite) database with the demo centre, it
times ``N`` rounds of: issue a ticket, build its layout, render the ESC/POS bytes, and
send them over TCP to a listener on 127.0.0.1 that answers the paper status query like
a printer. The clock stops when the last byte is handed to the socket. It prints the
median and p95 in milliseconds, and the issue / render / send split.

    .venv/bin/python bench/print_bench.py [--rounds 200] [--paper 80] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # for tests.helpers.printer_listener

from tests.helpers.printer_listener import fake_printer  # noqa: E402

from conq_desktop.db import open_database  # noqa: E402
from conq_desktop.engine import QueueEngine  # noqa: E402
from conq_desktop.engine.centre_file import parse_centre_file  # noqa: E402
from conq_desktop.engine.centre_load import load_centre  # noqa: E402
from conq_desktop.printing.printer_config import PrinterConfig  # noqa: E402
from conq_desktop.printing.service import TicketPrinter  # noqa: E402

TARGET_P95_MS = 30.0
SERVICES = ("PASSPORT", "CIVIL", "PROPERTY", "PENSION", "PRIORITY")


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def measure(mode: str, rounds: int, paper: int) -> dict[str, float]:
    folder = tempfile.mkdtemp(prefix="conq-print-bench-")
    db = open_database(f"sqlite:///{folder}/bench.sqlite3")
    load_centre(db, parse_centre_file(REPO / "resources" / "demo-centre.toml"), always_open=True)
    engine = QueueEngine(db)
    totals, issues, renders, sends = [], [], [], []
    with fake_printer() as device:
        printer = TicketPrinter(
            engine, PrinterConfig.from_values(device.uri, {"mode": mode, "paper_width": paper})
        )
        for round_ in range(rounds + 5):
            started = time.perf_counter()
            issued = engine.issue(SERVICES[round_ % len(SERVICES)])
            issued_at = time.perf_counter()
            outcome = printer.print_issued(issued)
            finished = time.perf_counter()
            if not outcome.printed:
                raise SystemExit(f"print failed: {outcome.error}")
            if round_ < 5:  # warm-up: fonts loaded, connections made once
                continue
            totals.append((finished - started) * 1000)
            issues.append((issued_at - started) * 1000)
            renders.append(outcome.render_ms)
            sends.append(outcome.send_ms)
    db.dispose()
    return {
        "median_ms": statistics.median(totals),
        "p95_ms": p95(totals),
        "issue_median_ms": statistics.median(issues),
        "render_median_ms": statistics.median(renders),
        "send_median_ms": statistics.median(sends),
        "bytes_per_ticket": len(device.jobs[-1]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--paper", type=int, choices=(58, 80), default=80)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = {mode: measure(mode, args.rounds, args.paper) for mode in ("image", "text")}
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(
        f"issue pressed -> bytes handed to the printer, {args.rounds} tickets, "
        f"{args.paper} mm paper"
    )
    print(
        f"{'mode':<6} {'median':>8} {'p95':>8} {'target p95':>11}"
        "   issue / render / send (median)   bytes"
    )
    for mode, r in results.items():
        print(
            f"{mode:<6} {r['median_ms']:>6.1f}ms {r['p95_ms']:>6.1f}ms {TARGET_P95_MS:>9.0f}ms"
            f"   {r['issue_median_ms']:.1f} / {r['render_median_ms']:.1f}"
            f" / {r['send_median_ms']:.1f} ms"
            f"   {r['bytes_per_ticket']:>8}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
