"""Queue engine benchmark: issue/call_next latency over a large history, and call_next
throughput with several operator processes claiming at once.

Per backend, a fresh database: the demo centre (always open, daily limits lifted so any
sample count fits) and ``--history`` finished tickets bulk-inserted over 60 past days
(done/no-show/cancelled/expired with realistic times, one ``ticket_events`` row per step).
Latency: ``--samples`` timed issue(), then as many timed call_next() from windows 1-7 in
turn, each called ticket started and finished (timed apart) to free the window.
Throughput: ``--processes`` "spawn" processes, each with its own Database, QueueEngine and
window (windows past 7 are added, serving every service), drain ``--queue`` waiting
tickets with call_next + start + finish until NothingToCall; claims/s = claims / (last end
- first start after a shared barrier), and every ticket must be claimed exactly once.
PostgreSQL: a fresh database on --pg-url, else $CONQ_TEST_PG_URL, else on a throw-away
server (tests/helpers/pgserver.py).

    .venv/bin/python bench/queue_bench.py [--backend sqlite|postgresql|both] [--history N]
        [--samples N] [--processes N] [--queue N] [--pg-url URL] [--json]

Figures (2 shared CPUs, load average about 2-3; ``--history 100000 --samples 300
--processes 8 --queue 2000``), before and after the hot path went to Core
(engine/hot_path.py) and the pool's pre-ping gave way to a look at the socket (db.py),
medians in ms, claims/s with 8 processes each pressing call, start and finish:

    backend     call_next   start   finish   claims/s
    sqlite  before   2.97    3.71    3.67       52
    sqlite  after    0.80    0.69    0.70      192, 187 (two runs)
    postgres before  8.31    8.73    8.72       36
    postgres after   4.14    2.91    2.88       78   (second run 3.56 / 2.46 / 2.44, 85)
    postgres lead    3.37    2.26    2.22       90   (five runs: call_next 3.25 to 3.77,
                                                       once 4.63; start/finish 2.2-2.8)
    postgres plans   2.70    2.25    2.25      123   (four runs: call_next 2.54 to 2.95,
                                                       start/finish 2.1-2.5, 102-136/s)
    sqlite  plans    0.87    0.75    0.75      158

"lead": BEGIN, the writer's turn and the window with the chain head go as one simple
query (db.Lead, hot_path.window_state_lead), so PostgreSQL's call_next is four round
trips: that, the claim RETURNING the ticket, the event with the head and NOTIFY, and
COMMIT. "plans": the claim reads only the window's services' waiting tickets (their ids
come with the window's state), orders booked visitors by one key, and a window's move
runs on generic plans (``db._GENERIC_PLANS``), so its prepared statements are not
planned again on every press. The run to run spread on two shared CPUs is about
half a millisecond. Targets (``TARGETS``): call_next median 1.5 ms on SQLite and 3 ms
on PostgreSQL; three times the claims/s measured before (an earlier 1,000 claims/s is
out of reach on two CPUs: each claim is a full call, start and finish).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, delete, func, insert, select, text, update
from sqlalchemy.engine import Connection, make_url

from conq_desktop.db import Database, open_database
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.centre_file import parse_centre_file
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.engine.journal import event_hash
from conq_desktop.errors import NothingToCall
from conq_desktop.models import (
    ChainHead,
    DailyCounter,
    EventKind,
    Operator,
    Service,
    ServicePoint,
    ServicePointService,
    Ticket,
    TicketEvent,
    TicketStatus,
    hash_pin,
)

REPO = Path(__file__).resolve().parents[1]
TARGET_P95_MS = 10.0
# call_next median (ms) and claims/s with 8 processes, by backend: the median at 100,000
# tickets of history, and three times the rate measured before the hot path went to
# Core (52 claims/s on SQLite, 36 on PostgreSQL, each a full call+start+finish cycle).
TARGETS = {"sqlite": (1.5, 3 * 52), "postgresql": (3.0, 3 * 36)}
HISTORY_DAYS = 60
WEIGHTS = {"PASSPORT": 4.0, "CIVIL": 2.0, "PROPERTY": 1.5, "PENSION": 2.0, "PRIORITY": 0.5}
OUTCOMES = {"done": 0.86, "no_show": 0.08, "cancelled": 0.05, "expired": 0.01}
DONE, NO_SHOW, CANCELLED = TicketStatus.DONE, TicketStatus.NO_SHOW, TicketStatus.CANCELLED
FINAL_EVENT = {DONE: EventKind.FINISHED, NO_SHOW: EventKind.NO_SHOW,
               CANCELLED: EventKind.CANCELLED, TicketStatus.EXPIRED: EventKind.EXPIRED}  # fmt: skip


BENCH_PIN = "1234"


def prepare(db: Database, processes: int) -> None:
    load_centre(db, parse_centre_file(REPO / "resources" / "demo-centre.toml"), always_open=True)
    with db.write_session() as session:
        session.execute(update(Service).values(daily_limit=None))
        services = session.scalars(select(Service).order_by(Service.sort_order)).all()
        for number in range(8, processes + 1):
            links = [ServicePointService(service=s, preference=i) for i, s in enumerate(services)]
            session.add(ServicePoint(number=number, name=f"Bench {number}", links=links))
        # Moves at a window are its signed-in operator's: one operator per window.
        windows = range(1, max(7, processes) + 1)
        pin = hash_pin(BENCH_PIN)
        for number in windows:
            login = f"bench{number}"
            session.add(Operator(login=login, display_name=f"Bench {number}", pin_hash=pin))
    engine = QueueEngine(db)
    for number in windows:
        engine.sign_in(number, f"bench{number}", BENCH_PIN)


def chain_events(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Give ``rows`` (events about to be inserted, in this order) their places in the
    hash chain after its head, as engine/journal.record would, and move the head."""
    seq, prev = conn.execute(select(ChainHead.seq, ChainHead.hash)).one()
    for row in rows:
        seq += 1
        kind = row["kind"].value if hasattr(row["kind"], "value") else row["kind"]
        own = event_hash(
            prev,
            seq,
            kind,
            row["at"],
            row.get("ticket_id"),
            row.get("operator_id"),
            row.get("service_point_id"),
            row["details"],
        )
        row.update(seq=seq, prev_hash=prev, hash=own)
        prev = own
    conn.execute(update(ChainHead).values(seq=seq, hash=prev))


def insert_history(db: Database, total: int, seed: int = 1) -> tuple[int, int]:
    """Bulk-insert ``total`` finished tickets and their events over the past 60 days."""
    rng, tz = random.Random(seed), QueueEngine(db).settings.timezone
    windows: dict[int, list[int]] = {}
    with db.read_session() as session:
        services = session.scalars(select(Service).order_by(Service.id)).all()
        links = select(ServicePointService.service_id, ServicePointService.service_point_id)
        for service_id, point_id in session.execute(links):
            windows.setdefault(service_id, []).append(point_id)
    weights = [WEIGHTS.get(s.code, 1.0) for s in services]
    today, next_id = datetime.now(tz).date(), 1
    tickets: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    counters: list[dict[str, Any]] = []
    for back in range(HISTORY_DAYS, 0, -1):
        day = today - timedelta(days=back)
        opening = datetime.combine(day, clock_time(8, 30), tzinfo=tz).astimezone(UTC)
        count = total // HISTORY_DAYS + (back <= total % HISTORY_DAYS)
        arrivals = sorted(
            (rng.uniform(0, 9 * 3600), rng.choices(services, weights)[0]) for _ in range(count)
        )
        sequences: dict[int, int] = {}
        for offset, service in arrivals:
            seq = sequences[service.id] = sequences.get(service.id, 0) + 1
            status = TicketStatus(rng.choices(list(OUTCOMES), list(OUTCOMES.values()))[0])
            issued = opening + timedelta(seconds=offset)
            called = started = None
            if status in (DONE, NO_SHOW):
                called = issued + timedelta(minutes=min(rng.expovariate(1 / 20), 180))
                finished = called + timedelta(minutes=4)
            if status == DONE and called is not None:
                started = called + timedelta(minutes=rng.uniform(0.5, 2))
                length = max(1.0, rng.gauss(service.expected_minutes, service.expected_minutes / 3))
                finished = started + timedelta(minutes=length)
            elif status == CANCELLED:
                finished = issued + timedelta(minutes=rng.uniform(5, 40))
            elif status == TicketStatus.EXPIRED:
                finished = opening + timedelta(days=1)
            point = rng.choice(windows[service.id]) if called else None
            number = f"{service.prefix}-{seq:03d}"
            tickets.append({
                "id": next_id, "public_id": f"h{next_id:015d}", "service_id": service.id,
                "origin_service_id": service.id, "day": day, "sequence": seq, "number": number,
                "status": status, "priority": int(service.code == "PRIORITY" or rng.random() < .03),
                "issued_at": issued, "queued_at": issued, "called_at": called,
                "started_at": started, "finished_at": finished, "service_point_id": point,
                "recall_count": 3 if status == NO_SHOW else 0,
            })  # fmt: skip
            trail = [(EventKind.ISSUED, issued, None), (EventKind.CALLED, called, point),
                     (EventKind.STARTED, started, point),
                     (FINAL_EVENT[status], finished, point if called else None)]  # fmt: skip
            events += [{"kind": kind, "ticket_id": next_id, "service_point_id": where,
                        "at": at, "details": {"number": number}}
                       for kind, at, where in trail if at]  # fmt: skip
            next_id += 1
        counters += [{"service_id": k, "day": day, "last_sequence": v}
                     for k, v in sequences.items()]  # fmt: skip
    with db.engine.begin() as conn:
        chain_events(conn, events)
        for table, rows in ((Ticket, tickets), (TicketEvent, events), (DailyCounter, counters)):
            for start in range(0, len(rows), 20_000):
                conn.execute(insert(table), rows[start : start + 20_000])
    if db.dialect == "postgresql":
        # Explicit ids; then VACUUM ANALYZE as autovacuum soon would after 380,000 new
        # rows: done here, not by autovacuum in the middle of the timed presses, which
        # it would share two CPUs with (a centre's history grows by hundreds a day).
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("SELECT setval('tickets_id_seq', (SELECT max(id) FROM tickets))")
            conn.exec_driver_sql("VACUUM ANALYZE")
    return len(tickets), len(events)


Samples = dict[str, list[float]]  # milliseconds by operation


def timed(samples: Samples, name: str, call: Callable[..., Any], *args: Any) -> Any:
    start = time.perf_counter()
    result = call(*args)
    samples.setdefault(name, []).append((time.perf_counter() - start) * 1000)
    return result


def spread(values: list[float]) -> dict[str, float]:
    values = sorted(values) or [0.0]
    p95 = values[round(0.95 * (len(values) - 1))]
    return {"median": statistics.median(values), "p95": p95, "max": values[-1], "n": len(values)}


def measure_latency(db: Database, samples: int) -> dict[str, Any]:
    engine, ms = QueueEngine(db), Samples(call_next=[])
    timed(ms, "first op of day", engine.expire_stale)  # the lazy once-a-day scan
    with db.read_session() as session:
        codes = list(session.scalars(select(Service.code).order_by(Service.sort_order)))
    for i in range(samples):
        timed(ms, "issue", engine.issue, codes[i % len(codes)])
    turn = empty = 0
    while len(ms["call_next"]) < samples:
        window, turn = turn % 7 + 1, turn + 1
        try:
            timed(ms, "call_next", engine.call_next, window)
        except NothingToCall:  # this window's services are drained; not counted
            empty += 1
            continue
        timed(ms, "start", engine.start, window)
        timed(ms, "finish", engine.finish, window)
    return {"empty_calls": empty, **{name: spread(values) for name, values in ms.items()}}


def fill_queue(db: Database, count: int) -> None:
    """``count`` waiting tickets for today, round-robin over the services of windows 1-6."""
    today, now = QueueEngine(db).today(), datetime.now(UTC)
    with db.write_session() as session:
        codes = ["PASSPORT", "CIVIL", "PROPERTY", "PENSION"]
        services = session.scalars(select(Service).where(Service.code.in_(codes))).all()
        last = select(DailyCounter.service_id, DailyCounter.last_sequence)
        used = dict(session.execute(last.where(DailyCounter.day == today)).all())
        rows = []
        for i in range(count):
            service = services[i % len(services)]
            seq = used[service.id] = used.get(service.id, 0) + 1
            queued = now - timedelta(milliseconds=count - i)
            rows.append({"public_id": uuid.uuid4().hex[:16], "service_id": service.id,
                         "origin_service_id": service.id, "day": today, "sequence": seq,
                         "number": f"{service.prefix}-{seq:03d}", "status": TicketStatus.WAITING,
                         "issued_at": queued, "queued_at": queued})  # fmt: skip
        session.execute(insert(Ticket), rows)
        session.execute(delete(DailyCounter).where(DailyCounter.day == today))
        counters = [{"service_id": k, "day": today, "last_sequence": v} for k, v in used.items()]
        session.execute(insert(DailyCounter), counters)


def worker(url: str, window: int, barrier: Any, results: Any) -> None:
    """One operator PC: call, start, finish at ``window`` until its queues are empty."""
    db = open_database(url, upgrade=False)
    engine, ms, error = QueueEngine(db), Samples(call_next=[]), None
    claimed: list[int] = []
    engine.expire_stale()  # the once-a-day scan, outside the timed loop
    barrier.wait()
    start = time.perf_counter()  # CLOCK_MONOTONIC: comparable across processes
    try:
        while True:
            claimed.append(timed(ms, "call_next", engine.call_next, window).id)
            engine.start(window)
            engine.finish(window)
    except NothingToCall:
        pass
    except Exception as exc:  # reported; fails the verification
        error = f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    results.put({"window": window, "start": start, "end": time.perf_counter(),
                 "claimed": claimed, "error": error, "call_ms": ms["call_next"]})  # fmt: skip
    db.dispose()


def measure_throughput(db: Database, url: str, processes: int, queue: int) -> dict[str, Any]:
    fill_queue(db, queue)
    context = mp.get_context("spawn")
    barrier, results = context.Barrier(processes), context.Queue()
    workers = [context.Process(target=worker, args=(url, window, barrier, results))
               for window in range(1, processes + 1)]  # fmt: skip
    for process in workers:
        process.start()
    reports = sorted((results.get(timeout=1800) for _ in workers), key=lambda r: r["window"])
    for process in workers:
        process.join()
    wall = max(r["end"] for r in reports) - min(r["start"] for r in reports)
    claims = [ticket for r in reports for ticket in r["claimed"]]
    with db.read_session() as session:
        waiting = select(func.count()).where(Ticket.status == TicketStatus.WAITING)
        left = session.scalar(waiting.select_from(Ticket))
    errors = [f"window {r['window']}: {r['error']}" for r in reports if r["error"]]
    return {
        "processes": processes, "claims": len(claims), "distinct": len(set(claims)),
        "left_waiting": left, "wall_s": wall, "claims_per_s": len(claims) / wall,
        "per_window": {r["window"]: len(r["claimed"]) for r in reports}, "errors": errors,
        "call_next_ms": spread([ms for r in reports for ms in r["call_ms"]]),
        "verified": len(claims) == len(set(claims)) == queue and left == 0 and not errors,
    }  # fmt: skip


def run_backend(url: str, args: argparse.Namespace) -> dict[str, Any]:
    load = [os.getloadavg()[0]]  # other work on the machine skews every figure
    db = open_database(url)
    try:
        prepare(db, args.processes)
        start = time.perf_counter()
        tickets, events = insert_history(db, args.history)
        history = {"tickets": tickets, "events": events, "load_s": time.perf_counter() - start}
        print(f"  history loaded: {history}", file=sys.stderr)
        latency = measure_latency(db, args.samples)
        print("  latency measured; draining the queue", file=sys.stderr)
        throughput = measure_throughput(db, url, args.processes, args.queue)
    finally:
        db.dispose()
    load.append(os.getloadavg()[0])
    return {"history": history, "latency": latency, "throughput": throughput, "load": load}


@contextmanager
def pg_database(server: str | None) -> Iterator[str]:
    """A fresh database on ``server``, $CONQ_TEST_PG_URL or a throw-away server; dropped after."""
    server = server or os.environ.get("CONQ_TEST_PG_URL")
    if server is None:
        sys.path.insert(0, str(REPO))
        from tests.helpers.pgserver import throwaway_postgres

        with throwaway_postgres() as started, pg_database(started) as url:
            yield url
        return
    base = make_url(server)
    if base.drivername == "postgresql":
        base = base.set(drivername="postgresql+psycopg")
    name = f"conq_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def each_backend(
    choice: str, pg_url: str | None, run: Callable[[str], dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """``run(url)`` on a fresh database of each backend ``choice`` names (sqlite,
    postgresql or both); the results by backend."""
    results: dict[str, dict[str, Any]] = {}
    for backend in ["sqlite", "postgresql"] if choice == "both" else [choice]:
        print(f"{backend}:", file=sys.stderr)
        if backend == "sqlite":
            with tempfile.TemporaryDirectory(prefix="conq-bench-") as folder:
                results[backend] = run(f"sqlite:///{folder}/bench.db")
        else:
            with pg_database(pg_url) as url:
                results[backend] = run(url)
    return results


def table(results: dict[str, dict[str, Any]]) -> str:
    def verdict(ok: bool, failed: str = "MISSED") -> str:
        return "ok" if ok else failed

    lines = [f"{'backend':<11}{'figure':<42}{'measured':<36}target"]
    for backend, result in results.items():
        lat, thr, hist = result["latency"], result["throughput"], result["history"]
        load = "{:.2f} / {:.2f}".format(*result["load"])
        rows = [("history tickets / events", f"{hist['tickets']:,} / {hist['events']:,}", ""),
                ("load average before / after", load, "")]  # fmt: skip
        median_ms, claims_s = TARGETS[backend]
        for name in ("first op of day", "issue", "call_next", "start", "finish"):
            p, target = lat[name], ""
            if name == "call_next":
                met = p["median"] <= median_ms and p["p95"] <= TARGET_P95_MS
                target = f"<= {median_ms:g} / <= {TARGET_P95_MS:g}: {verdict(met)}"
            figures = f"{p['median']:.2f} / {p['p95']:.2f}"
            rows.append((f"{name} median / p95 ms (n={p['n']})", figures, target))
        target = f">= {claims_s:,.0f}: {verdict(thr['claims_per_s'] >= claims_s)}"
        rows += [
            (f"claims/s, {thr['processes']} processes",
             f"{thr['claims_per_s']:,.0f} ({thr['claims']} in {thr['wall_s']:.2f} s)",
             target),
            ("claims by window", " ".join(f"{w}:{n}" for w, n in thr["per_window"].items()), ""),
            ("call_next under load median/p95/max ms",
             "{median:.1f} / {p95:.1f} / {max:.0f}".format(**thr["call_next_ms"]), ""),
            ("every ticket claimed exactly once",
             f"{thr['distinct']} distinct / {thr['claims']}, {thr['left_waiting']} waiting",
             verdict(thr["verified"], "FAILED")),
            *(("worker error", error, "") for error in thr["errors"]),
        ]  # fmt: skip
        lines += [f"{backend:<11}{a:<42}{b:<36}{c}".rstrip() for a, b, c in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--history", type=int, default=100_000, help="finished tickets")
    parser.add_argument("--samples", type=int, default=500, help="timed issue/call_next calls")
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--queue", type=int, default=8000, help="waiting tickets to drain")
    parser.add_argument("--pg-url", help="PostgreSQL server URL (default $CONQ_TEST_PG_URL)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    results = each_backend(args.backend, args.pg_url, lambda url: run_backend(url, args))
    if args.json:
        print(json.dumps({"cpus": os.cpu_count(), "results": results}, indent=2, default=str))
    else:
        print(f"conq-desktop queue benchmark, {os.cpu_count()} CPUs, history {args.history:,}")
        print(table(results))
    return 0 if all(r["throughput"]["verified"] for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
