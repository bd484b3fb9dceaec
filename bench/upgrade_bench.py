"""How long a one-PC centre waits for a schema upgrade: backup copy, then migrations.

Takes the oldest release database kept for the tests (tests/fixtures/releases), grows
it to a busy centre's history (``--days`` working days of ``--per-day`` tickets, each
with its four events: issued, called, started, finished), then times what
``conq-desktop db upgrade`` does on it: the owner-only backup copy and the migrations
to the newest schema. Prints the database size, the two times and the total.

    .venv/bin/python bench/upgrade_bench.py [--days 250] [--per-day 800] [--json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from conq_desktop.db import (  # noqa: E402
    backup_sqlite,
    create_db_engine,
    current_revision,
    upgrade_schema,
)

RELEASES = REPO / "tests" / "fixtures" / "releases"


def grow(path: Path, days: int, per_day: int) -> int:
    """Add ``days`` of finished tickets before the release's own day; returns tickets."""
    connection = sqlite3.connect(path)
    services = [row[0] for row in connection.execute("SELECT id FROM services ORDER BY id")]
    first_day = date(2025, 1, 6)
    ticket_id = connection.execute("SELECT coalesce(max(id), 0) FROM tickets").fetchone()[0]
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        opening = datetime.combine(day, datetime.min.time()) + timedelta(hours=3)
        tickets, events = [], []
        for sequence in range(1, per_day + 1):
            ticket_id += 1
            service = services[sequence % len(services)]
            issued = opening + timedelta(seconds=30 * sequence)
            called, finished = issued + timedelta(minutes=20), issued + timedelta(minutes=32)
            tickets.append(
                (ticket_id, f"b{ticket_id:015x}", service, service, day.isoformat(), sequence,
                 f"X-{sequence:03d}", "done", str(issued), str(issued), str(called),
                 str(called), str(finished), 1 + sequence % 7)
            )  # fmt: skip
            for kind, at in (
                ("issued", issued),
                ("called", called),
                ("started", called),
                ("finished", finished),
            ):
                events.append((kind, ticket_id, 1 + sequence % 7, str(at), "{}"))
        connection.executemany(
            "INSERT INTO tickets (id, public_id, service_id, origin_service_id, day, sequence,"
            " number, priority, status, issued_at, queued_at, called_at, started_at,"
            " finished_at, service_point_id, recall_count, postpone_count)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, 0, 0)",
            tickets,
        )
        connection.executemany(
            "INSERT INTO ticket_events (kind, ticket_id, service_point_id, at, details)"
            " VALUES (?, ?, ?, ?, ?)",
            events,
        )
        connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return days * per_day


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=250)
    parser.add_argument("--per-day", type=int, default=800)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    release = sorted(RELEASES.glob("conq-*.sqlite3"))[0]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "conq.sqlite3"
        shutil.copyfile(release, path)
        tickets = grow(path, args.days, args.per_day)
        size_mb = path.stat().st_size / 1e6
        engine = create_db_engine(f"sqlite:///{path}")  # as the program connects
        old = current_revision(engine)
        started = time.perf_counter()
        backup = backup_sqlite(engine, old or "none")
        backed_up = time.perf_counter()
        upgrade_schema(engine)
        done = time.perf_counter()
        new = current_revision(engine)
        engine.dispose()
        assert backup is not None and backup.stat().st_size > 0
    figures = {
        "release": release.name,
        "tickets": tickets,
        "database_mb": round(size_mb, 1),
        "from_schema": old,
        "to_schema": new,
        "backup_s": round(backed_up - started, 2),
        "migrate_s": round(done - backed_up, 2),
        "total_s": round(done - started, 2),
    }
    if args.json:
        print(json.dumps(figures))
        return
    for key, value in figures.items():
        print(f"{key:12} {value}")


if __name__ == "__main__":
    main()
