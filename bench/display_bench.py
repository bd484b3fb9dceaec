"""Hall display figures: call-to-screen latency across processes, cold start, memory.

* latency: the display runs here (offscreen Qt); a second OS process presses "next"
  ``--calls`` times. For each call the time from ``call_next`` returning (committed) in
  that process to the number appearing in the display's label here is taken from the
  system-wide monotonic clock. Median and p95 in ms, for SQLite and PostgreSQL.
* cold start: wall time of ``conq-desktop display --windowed`` from process start to its
  first refresh shown (the program exits right after), median of 5.
* memory: resident set size of the display while ``--hour-calls`` calls arrive (an hour
  of a busy centre, compressed), sampled every 10 %, to show it does not grow.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/display_bench.py \
        [--backend sqlite|postgresql|both] [--calls 100] [--hour-calls 3600] [--json]
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing as mp
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import shiboken6  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from sqlalchemy import update  # noqa: E402

from conq_desktop.db import open_database  # noqa: E402
from conq_desktop.engine import QueueEngine  # noqa: E402
from conq_desktop.engine.centre_file import parse_centre_file  # noqa: E402
from conq_desktop.engine.centre_load import load_centre  # noqa: E402
from conq_desktop.models import Service  # noqa: E402
from conq_desktop.views.common.application import application  # noqa: E402
from conq_desktop.views.common.live import LiveUpdates  # noqa: E402
from conq_desktop.views.common.worker import EngineRunner  # noqa: E402
from conq_desktop.views.display import HallDisplay  # noqa: E402

TARGET_P95_MS = 50.0
WINDOW = 6  # serves PENSION only


def fresh_url(backend: str, pg_url: str | None) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tempfile.mkdtemp(prefix='conq-display-bench-')}/bench.sqlite3"
    from tests.conftest import fresh_pg_database

    return fresh_pg_database(pg_url or os.environ["CONQ_TEST_PG_URL"])


OPERATOR = ("gulnara", "5555")  # the demo centre's operator for window 6


def caller(url: str, calls: int, pause: float, sent: Any) -> None:
    """The operator's process: call, report the commit time, free the window, rest."""
    db = open_database(url, upgrade=False)
    engine = QueueEngine(db)
    engine.sign_in(WINDOW, *OPERATOR)  # the moves at a window are its operator's
    for _ in range(calls):
        ticket = engine.call_next(WINDOW)
        sent.put((ticket.number, time.monotonic()))
        engine.no_show(WINDOW, number=ticket.number)
        time.sleep(pause)  # a bench, not a test: calls arrive one by one, as in a hall
    db.dispose()


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def run_display(url: str, calls: int, pause: float, sample_memory: bool) -> dict[str, Any]:
    db = open_database(url)
    load_centre(db, parse_centre_file(REPO / "resources" / "demo-centre.toml"), always_open=True)
    with db.write_session() as session:  # a bench day may exceed the demo's daily limits
        session.execute(update(Service).values(daily_limit=None))
    engine = QueueEngine(db)
    for _ in range(calls):
        engine.issue("PENSION")
    app = application()
    live = LiveUpdates(db)
    display = HallDisplay(engine, live, EngineRunner())
    display.resize(1920, 1080)
    display.show()
    shown: dict[str, float] = {}
    memory: list[float] = []
    original = display._show_calls

    def observe(call_list: list[Any]) -> None:
        original(call_list)
        now = time.monotonic()
        # What the hall sees: the big number, and the earlier calls' rows below it (two
        # calls inside one refresh put the older one straight into the rows).
        shown.setdefault(display.current_number.text(), now)
        for row in display.history_rows:
            shown.setdefault(row.text().split()[0] if row.text() else "", now)

    display._show_calls = observe  # type: ignore[method-assign]
    context = mp.get_context("spawn")
    sent = context.Queue()
    worker = context.Process(target=caller, args=(url, calls, pause, sent))
    app.processEvents()
    worker.start()
    deadline = time.monotonic() + calls * (pause + 1) + 60
    committed: dict[str, float] = {}
    last_number = ""
    timer = QTimer(interval=5)
    every = max(1, calls // 10)

    def check() -> None:
        nonlocal last_number
        while not sent.empty():
            number, at = sent.get()
            committed[number] = at
            last_number = number
            if sample_memory and len(committed) % every == 0:
                memory.append(rss_mb())
        # Calls with no pause between them may replace each other before a repaint, so
        # the memory run only waits for the last one; the latency runs wait for each.
        everything_shown = (
            last_number in shown if sample_memory else all(n in shown for n in committed)
        )
        if (len(committed) == calls and everything_shown) or time.monotonic() > deadline:
            app.quit()

    timer.timeout.connect(check)
    timer.start()
    app.exec()
    worker.join(timeout=30)
    live.stop()
    display.runner.wait()
    # Delete the window here, on the GUI thread: left to the cycle collector, it may be
    # freed on a pool thread of the next run, which Qt does not allow (and crashes).
    shiboken6.delete(display)
    gc.collect()
    db.dispose()
    latencies = [(shown[n] - at) * 1000 for n, at in committed.items() if n in shown]
    enough = len(latencies) >= 2
    return {
        "calls": calls,
        "committed": len(committed),
        "seen": len(latencies),
        "median_ms": statistics.median(latencies) if enough else None,
        "p95_ms": statistics.quantiles(latencies, n=20)[18] if enough else None,
        "max_ms": max(latencies) if enough else None,
        "rss_mb": memory,
    }


WINDOWS = {
    "hall display": ["display", "--windowed"],
    "kiosk": ["kiosk", "--windowed"],
    "operator panel": ["operator", "--window", "1"],
}


def cold_start(url: str, command: list[str]) -> float:
    """Median seconds from starting the program to its event loop running (it then quits)."""
    times = []
    for _ in range(5):
        started = time.monotonic()
        subprocess.run(
            [sys.executable, "-m", "conq_desktop", "--db", url, *command, "--quit-after", "0.01"],
            capture_output=True,
            check=True,
        )
        times.append(time.monotonic() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--hour-calls", type=int, default=3600)
    parser.add_argument("--pg-url")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    results: dict[str, Any] = {}
    server = None
    if "postgresql" in backends and not (args.pg_url or os.environ.get("CONQ_TEST_PG_URL")):
        from tests.helpers.pgserver import throwaway_postgres

        server = throwaway_postgres()
        args.pg_url = server.__enter__()
    try:
        for backend in backends:
            results[backend] = run_display(fresh_url(backend, args.pg_url), args.calls, 0.05, False)
        url = fresh_url("sqlite", None)
        demo = open_database(url)
        load_centre(
            demo, parse_centre_file(REPO / "resources" / "demo-centre.toml"), always_open=True
        )
        demo.dispose()
        results["cold_start_s"] = {
            name: cold_start(url, command) for name, command in WINDOWS.items()
        }
        results["hour"] = run_display(fresh_url("sqlite", None), args.hour_calls, 0.0, True)
    finally:
        if server is not None:
            server.__exit__(None, None, None)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print("call_next committed -> number shown on the hall display (another process)")
    for backend in backends:
        r = results[backend]
        print(
            f"  {backend:<10} median {r['median_ms']:6.1f} ms   p95 {r['p95_ms']:6.1f} ms"
            f"   max {r['max_ms']:6.1f} ms   ({r['seen']}/{r['calls']} calls,"
            f" target p95 <= {TARGET_P95_MS:.0f})"
        )
    for name, seconds in results["cold_start_s"].items():
        print(
            f"cold start of the {name} (start to running, then exit): {seconds:.2f} s (target 1.5)"
        )
    hour = results["hour"]
    samples = ", ".join(f"{value:.0f}" for value in hour["rss_mb"])
    print(f"resident memory over {hour['calls']} calls (MB, every 10 %): {samples}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
