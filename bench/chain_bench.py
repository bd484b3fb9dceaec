"""Hash-chain benchmark: what the chain costs an operator's "next", and how fast the
whole history verifies.

Per backend, a fresh database: the demo centre (always open, daily limits lifted, one
operator signed in per window, as bench/queue_bench.py builds it) and ``--history``
events bulk-inserted as one chain (hashed here with the journal's ``event_hash``, the
head moved to their end). Then:

- call_next: ``--samples`` timed ``call_next`` from windows 1-7 in turn (each called
  ticket started and finished untimed to free the window), with the chain;
- append: ``--samples`` timed ``journal.record`` calls alone, inside a write
  transaction (lock the head, hash, insert, move the head): what the chain adds on top
  of the plain insert is part of this;
- chain adds: the chain's own steps in ``record`` alone (JSON round trip of the
  details, locked read of the head, hash, update of the head), timed apart;
- verify: ``audit.verify_chain`` over the whole history, in events per second.

PostgreSQL: a fresh database on --pg-url, else $CONQ_TEST_PG_URL, else on a throw-away
server (tests/helpers/pgserver.py).

    .venv/bin/python bench/chain_bench.py [--backend sqlite|postgresql|both]
        [--history N] [--samples N] [--pg-url URL] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conq_desktop.db import Database, open_database
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.audit import verify_chain
from conq_desktop.engine.journal import _HEAD, _HEAD_LOCKED, event_hash, record
from conq_desktop.errors import NothingToCall
from conq_desktop.models import ChainHead, EventKind, Service, ServicePoint, TicketEvent
from queue_bench import chain_events, each_backend, prepare

TARGET_APPEND_MS, TARGET_VERIFY_S = 1.0, 100_000.0


def insert_chain(db: Database, total: int) -> None:
    """``total`` events after the ones there, chained, in batches; the head moved on."""
    with db.read_session() as session:
        point = session.scalar(select(ServicePoint.id).where(ServicePoint.number == 1))
    start = datetime.now(UTC) - timedelta(days=60)
    kinds = [EventKind.ISSUED, EventKind.CALLED, EventKind.STARTED, EventKind.FINISHED]
    rows = [
        {
            "kind": kinds[i % 4],
            "at": start + timedelta(seconds=i * 3, microseconds=i % 1000),
            "service_point_id": point if kinds[i % 4] != EventKind.ISSUED else None,
            "details": {"number": f"А-{i // 4 % 1000:03d}"},
        }
        for i in range(total)
    ]
    with db.engine.begin() as connection:
        chain_events(connection, rows)
        for first in range(0, total, 20_000):
            connection.execute(insert(TicketEvent), rows[first : first + 20_000])


def spread(values: list[float]) -> dict[str, float]:
    values = sorted(values)
    return {
        "median": statistics.median(values),
        "p95": values[round(0.95 * (len(values) - 1))],
        "n": len(values),
    }


def measure_call_next(db: Database, samples: int) -> dict[str, float]:
    engine = QueueEngine(db)
    engine.expire_stale()
    with db.read_session() as session:
        codes = list(session.scalars(select(Service.code).order_by(Service.sort_order)))
    for i in range(samples):
        engine.issue(codes[i % len(codes)])
    times: list[float] = []
    turn = 0
    while len(times) < samples:
        window, turn = turn % 7 + 1, turn + 1
        begun = time.perf_counter()
        try:
            engine.call_next(window)
        except NothingToCall:
            continue
        times.append((time.perf_counter() - begun) * 1000)
        engine.start(window)
        engine.finish(window)
    return spread(times)


def measure_append(db: Database, samples: int) -> dict[str, float]:
    times: list[float] = []
    for _ in range(samples):
        with db.write_session() as session:
            now = datetime.now(UTC)
            begun = time.perf_counter()
            record(session, EventKind.PRINTED, now, printer="bench", copy=False)
            times.append((time.perf_counter() - begun) * 1000)
    return spread(times)


def measure_chain_steps(db: Database, samples: int) -> dict[str, float]:
    """What the chain adds to ``record``, alone: the details' JSON round trip, the
    locked read of the head, the hash and the head's update (on PostgreSQL that is part
    of the event's insert, one statement; the insert is not timed: it was there before
    the chain)."""
    times: list[float] = []
    details = {"number": "А-001", "printer": "bench", "copy": False}
    for _ in range(samples):
        with db.write_session() as session:
            now = datetime.now(UTC)
            begun = time.perf_counter()
            normal = json.loads(json.dumps(details))
            head = _HEAD_LOCKED if db.dialect == "postgresql" else _HEAD
            seq, prev = session.execute(head).one()
            own = event_hash(prev, seq + 1, "printed", now, None, None, None, normal)
            if db.dialect != "postgresql":  # there it rides on the event's insert
                session.execute(
                    update(ChainHead).where(ChainHead.id == 1).values(seq=seq, hash=own)
                )
            times.append((time.perf_counter() - begun) * 1000)
            session.rollback()
    return spread(times)


def measure_verify(db: Database) -> dict[str, float]:
    begun = time.perf_counter()
    report = verify_chain(db)
    seconds = time.perf_counter() - begun
    assert report.intact, report.problem
    return {
        "events": report.checked,
        "seconds": seconds,
        "events_per_s": report.checked / seconds,
    }


def run_backend(url: str, args: argparse.Namespace) -> dict[str, Any]:
    db = open_database(url)
    try:
        prepare(db, 7)
        begun = time.perf_counter()
        insert_chain(db, args.history)
        print(f"  history of {args.history:,} events in {time.perf_counter() - begun:.1f} s",
              file=sys.stderr)  # fmt: skip
        call_next = measure_call_next(db, args.samples)
        append = measure_append(db, args.samples)
        steps = measure_chain_steps(db, args.samples)
        verify = measure_verify(db)
    finally:
        db.dispose()
    return {
        "call_next_ms": call_next,
        "append_ms": append,
        "chain_steps_ms": steps,
        "verify": verify,
    }


def table(results: dict[str, dict[str, Any]]) -> str:
    lines = [
        "backend     call_next ms      record() ms       chain adds ms  verify ev/s  target",
    ]
    for backend, result in results.items():
        call, append, verify = result["call_next_ms"], result["append_ms"], result["verify"]
        steps = result["chain_steps_ms"]
        ok = steps["median"] <= TARGET_APPEND_MS and verify["events_per_s"] >= TARGET_VERIFY_S
        lines.append(
            f"{backend:<11} {call['median']:>5.2f} (p95 {call['p95']:5.2f})"
            f" {append['median']:>5.3f} (p95 {append['p95']:.3f})"
            f" {steps['median']:>5.3f} (p95 {steps['p95']:.3f})"
            f" {verify['events_per_s']:>12,.0f}  {'met' if ok else 'MISSED'}"
            f" (chain adds ≤ {TARGET_APPEND_MS} ms, verify ≥ {TARGET_VERIFY_S:,.0f} ev/s;"
            f" {verify['events']:,} events in {verify['seconds']:.2f} s)"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--history", type=int, default=100_000, help="events in the chain")
    parser.add_argument("--samples", type=int, default=300, help="timed calls of each kind")
    parser.add_argument("--pg-url", help="PostgreSQL server URL (default $CONQ_TEST_PG_URL)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    results = each_backend(args.backend, args.pg_url, lambda url: run_backend(url, args))
    if args.json:
        print(json.dumps({"cpus": os.cpu_count(), "results": results}, indent=2))
    else:
        print(f"conq-desktop hash-chain benchmark, {os.cpu_count()} CPUs, {args.history:,} events")
        print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
