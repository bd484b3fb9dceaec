"""How a kiosk fares while staff sign in: ``issue`` latency on one process, idle and
while other processes check PINs (right and wrong) as fast as they can.

A PIN check costs tens of milliseconds of scrypt on purpose. On SQLite the write lock
is the whole database's, so the check must not run while the lock is held, or every
sign-in would stop every kiosk for that long. Also the time of one sign-in itself.

    .venv/bin/python bench/sign_in_bench.py [--samples N] [--signers N] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from conq_desktop.db import open_database  # noqa: E402
from conq_desktop.engine import QueueEngine  # noqa: E402
from conq_desktop.errors import QueueError  # noqa: E402
from queue_bench import prepare  # noqa: E402


def _sign_in_forever(url: str, stop: Any) -> None:
    engine = QueueEngine(open_database(url))
    right = True
    while not stop.is_set():
        # Every other attempt wrong, never five in a row: no lock, but every wrong PIN is
        # counted in a write transaction as it would be.
        with contextlib.suppress(QueueError):
            engine.authenticate("ulan", "4444" if right else "0000")
        right = not right


def _issue_latencies(engine: QueueEngine, samples: int) -> list[float]:
    found = []
    for _ in range(samples):
        start = time.perf_counter()
        engine.issue("PASSPORT")
        found.append((time.perf_counter() - start) * 1000)
    return found


def _figures(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "median_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 2),
        "max_ms": round(ordered[-1], 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--signers", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        engine = QueueEngine(open_database(url))
        prepare(engine.db, 1)
        start = time.perf_counter()
        engine.authenticate("ulan", "4444")
        one_sign_in = (time.perf_counter() - start) * 1000
        idle = _issue_latencies(engine, args.samples)
        stop = multiprocessing.Event()
        signers = [
            multiprocessing.Process(target=_sign_in_forever, args=(url, stop))
            for _ in range(args.signers)
        ]
        for process in signers:
            process.start()
        time.sleep(1)  # let the sign-ins get going; a bench, not a test
        busy = _issue_latencies(engine, args.samples)
        stop.set()
        for process in signers:
            process.join()
        engine.db.dispose()
    result = {
        "one_sign_in_ms": round(one_sign_in, 1),
        "issue_idle": _figures(idle),
        "issue_during_sign_ins": _figures(busy),
        "signers": args.signers,
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"one sign-in (scrypt + write): {result['one_sign_in_ms']} ms")
        for name in ("issue_idle", "issue_during_sign_ins"):
            figures = result[name]
            print(
                f"{name}: median {figures['median_ms']} ms, p95 {figures['p95_ms']} ms, "
                f"max {figures['max_ms']} ms"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
