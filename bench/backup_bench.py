"""How long ``db backup`` and ``db restore`` take on a busy centre's database, and how
the windows fare while a backup runs.

Per backend, a fresh database: the demo centre (always open, no daily limits) and
``--history`` finished tickets with their events over 60 past days, built the way
bench/queue_bench.py builds them. Then, timed: a backup to a file (SQLite's online backup
API, or ``pg_dump --format=custom``); the check a restore makes first (integrity check,
schema, tables; or ``pg_restore --list``); the restore itself, which first copies the
current database aside and then puts the backup in place (SQLite's backup API into the
live file, or ``pg_restore --clean`` in one transaction). On SQLite also: ``issue``
latency on a second connection while a backup runs in a thread, as a kiosk sees it.
PostgreSQL: a fresh database on --pg-url, else $CONQ_TEST_PG_URL, else on a throw-away
server (tests/helpers/pgserver.py).

    .venv/bin/python bench/backup_bench.py [--backend sqlite|postgresql|both]
        [--history N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, select, text

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from conq_desktop.backup import backup_database, check_backup, restore_backup  # noqa: E402
from conq_desktop.db import open_database, sqlite_file  # noqa: E402
from conq_desktop.engine import QueueEngine  # noqa: E402
from conq_desktop.models import Ticket  # noqa: E402
from queue_bench import insert_history, pg_database, prepare  # noqa: E402

T = TypeVar("T")


def timed(call: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = call()
    return result, time.perf_counter() - start


def tickets(url: str) -> int:
    db = open_database(url)
    try:
        with db.read_session() as session:
            return session.scalar(select(func.count()).select_from(Ticket)) or 0
    finally:
        db.dispose()


def database_mb(url: str) -> float:
    file = sqlite_file(url)
    if file is not None:
        return file.stat().st_size / 1e6
    db = open_database(url)
    try:
        with db.engine.connect() as connection:
            size = connection.execute(text("SELECT pg_database_size(current_database())"))
            return size.scalar_one() / 1e6
    finally:
        db.dispose()


def issue_during_backup(url: str, out: Path) -> dict[str, Any]:
    """``issue`` over and over on the kiosk's own connection while a backup runs, and
    as many without one to compare."""
    db = open_database(url)
    engine = QueueEngine(db)
    engine.issue("PASSPORT")  # warm: settings read, connection open

    def issue_ms() -> float:
        return timed(lambda: engine.issue("PASSPORT"))[1] * 1000

    copying = threading.Thread(target=backup_database, args=(url, out))
    during: list[float] = []
    copying.start()
    while copying.is_alive():
        during.append(issue_ms())
    copying.join()
    alone = [issue_ms() for _ in during]
    db.dispose()
    return {"issued": len(during), "during_ms": spread(during), "alone_ms": spread(alone)}


def spread(values: list[float]) -> str:
    if not values:
        return "-"
    return f"median {statistics.median(values):.1f}, max {max(values):.1f}"


def run_backend(url: str, folder: Path, history: int, suffix: str) -> dict[str, Any]:
    db = open_database(url)
    try:
        prepare(db, 0)
        (_tickets, events), load_s = timed(lambda: insert_history(db, history))
    finally:
        db.dispose()
    print(f"  history loaded in {load_s:.1f} s", file=sys.stderr)
    count, size = tickets(url), database_mb(url)
    out = folder / f"backup{suffix}"
    copy, backup_s = timed(lambda: backup_database(url, out))
    checked, check_s = timed(lambda: check_backup(url, out))
    restored, restore_s = timed(lambda: restore_backup(url, checked, folder / "aside"))
    assert restored.previous is not None and tickets(url) == count
    figures: dict[str, Any] = {
        "tickets": count,
        "events": events,
        "database_mb": round(size, 1),
        "backup_mb": round(copy.size / 1e6, 1),
        "backup_s": round(backup_s, 2),
        "check_s": round(check_s, 2),
        "restore_s": round(restore_s, 2),
    }
    if suffix == ".sqlite3":
        figures["issue_during_backup"] = issue_during_backup(url, folder / "busy.sqlite3")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--history", type=int, default=100_000, help="finished tickets")
    parser.add_argument("--pg-url", help="PostgreSQL server URL (default $CONQ_TEST_PG_URL)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of lines")
    args = parser.parse_args()
    results: dict[str, dict[str, Any]] = {}
    for backend in ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]:
        print(f"{backend}:", file=sys.stderr)
        with tempfile.TemporaryDirectory(prefix="conq-backup-bench-") as name:
            folder = Path(name)
            if backend == "sqlite":
                url = f"sqlite:///{folder / 'live.sqlite3'}"
                results[backend] = run_backend(url, folder, args.history, ".sqlite3")
            else:
                with pg_database(args.pg_url) as url:
                    results[backend] = run_backend(url, folder, args.history, ".dump")
    if args.json:
        print(json.dumps({"cpus": os.cpu_count(), "results": results}, indent=2))
        return 0
    print(f"conq-desktop backup benchmark, {os.cpu_count()} CPUs, history {args.history:,}")
    for backend, figures in results.items():
        for key, value in figures.items():
            print(f"{backend:<11}{key:<22}{value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
