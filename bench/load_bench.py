"""Busy-day load bench: a simulated day of a busy centre at ``--speed`` times real time,
every role a process of its own against one database, as in a centre with one server.

* ``--operators`` operator PCs (windows 1.. ; the demo centre's 7 windows, and windows
  8.. serving every service added as needed), each signed in by its own process with its
  own operator, loop: call_next; the visitor walks up (0.5-1.5 simulated minutes) and is
  served for a log-normal time whose mean is the service's ``expected_minutes`` from the
  demo centre, then finish; ``--no-show`` of the visitors never come (marked after 3
  simulated minutes). On NothingToCall the operator waits 1-3 real seconds and tries again.
* ``--kiosks`` kiosks issue the day's arrivals, dealt round-robin: ``--visitors`` a day
  with a morning peak (per hour, 08:30-17:30: .6 1.3 1.5 1.3 .8 .9 1.2 1.1 .8 .4) and a
  fixed service mix, Poisson within each hour (seeded). The run covers ``--minutes`` real
  minutes from ``--start`` (simulated local time); the ``--backlog`` people already
  waiting at the start get their tickets before it.
* ``--displays`` hall displays: the real window (HallDisplay with LiveUpdates), offscreen
  at 1920×1080; each stamps every ticket number the first time Qt paints it. Call to
  screen = that stamp − the moment call_next returned (committed) in the operator's
  process, on the machine's one monotonic clock.

Printed per backend: throughput (tickets issued / called / served per real second),
issue latency per kiosk and call_next latency per operator process (p50 / p95 / max, as
the process sees it, the empty calls included), call-to-screen per display, peak RSS
(VmHWM) per process kind, the load average; and the checks: no ticket called twice,
every issued ticket accounted for with events matching its state (issued → called →
started → finished, or → no_show), and PASS/FAIL for the targets (call_next p95 ≤ 50 ms
in every operator process; call-to-screen p95 ≤ 100 ms on every display). At 20× an
operator calls about once every 40 real seconds: in a 3-minute run each process's p95
rests on some 5 calls (nearly its maximum), so the pooled call_next figure is printed too.

The machine's other load skews every figure: the load average is printed with them.
PostgreSQL: a fresh database on --pg-url, else $CONQ_TEST_PG_URL, else on a throw-away
server (tests/helpers/pgserver.py). Ctrl-C stops the day; every child is ended in a
``finally`` (and dies with this process even if it is killed: PR_SET_PDEATHSIG).

    .venv/bin/python bench/load_bench.py [--backend sqlite|postgresql|both] [--speed 20]
        [--minutes 3] [--start 09:30] [--operators 12] [--kiosks 2] [--displays 2]
        [--visitors 600] [--backlog 20] [--no-show 0.06] [--seed 1] [--pg-url URL] [--json]

A whole day: ``--start 08:30 --minutes 27`` (9 hours at 20×). Exit status: 0 if every
check and target passed, 1 if not, 2 if a process could not get ready, 130 on Ctrl-C.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import signal
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # tests.helpers.pgserver, for the throw-away server

from sqlalchemy import select, update  # noqa: E402

from conq_desktop.db import Database, open_database  # noqa: E402
from conq_desktop.engine import QueueEngine  # noqa: E402
from conq_desktop.engine.centre_file import parse_centre_file  # noqa: E402
from conq_desktop.engine.centre_load import load_centre  # noqa: E402
from conq_desktop.models import (  # noqa: E402
    Operator,
    Service,
    ServicePoint,
    ServicePointService,
    Ticket,
    TicketEvent,
    hash_pin,
)
from load_roles import PIN, Role, login, run  # noqa: E402  (bench/ is sys.path[0])
from queue_bench import pg_database  # noqa: E402

TARGET_CALL_P95_MS = 50.0
TARGET_SCREEN_P95_MS = 100.0
# Relative arrivals per local hour; 8 and 17 are half hours (open 08:30-17:30).
ARRIVALS = {8: 0.6, 9: 1.3, 10: 1.5, 11: 1.3, 12: 0.8, 13: 0.9, 14: 1.2, 15: 1.1, 16: 0.8, 17: 0.4}
OPEN_FROM, OPEN_UNTIL = 8.5, 17.5  # hours
MIX = {"PASSPORT": 0.40, "CIVIL": 0.20, "PROPERTY": 0.12, "PENSION": 0.20, "PRIORITY": 0.08}
# The events a ticket has, in order, for each state it can end the bench in.
TRAILS = {
    "waiting": ["issued"],
    "called": ["issued", "called"],
    "serving": ["issued", "called", "started"],
    "done": ["issued", "called", "started", "finished"],
    "no_show": ["issued", "called", "no_show"],
}


# ------------------------------------------------------------------ the day


def hour_rate(hour: float, visitors: int) -> float:
    """Arrivals per simulated hour at local time ``hour`` (a busy day of ``visitors``)."""
    if not OPEN_FROM <= hour < OPEN_UNTIL:
        return 0.0
    weight = sum(w * (0.5 if h in (8, 17) else 1.0) for h, w in ARRIVALS.items())
    return visitors / weight * ARRIVALS[int(hour)]


def arrivals(args: argparse.Namespace) -> list[tuple[float, str]]:
    """(real seconds after the start, service code) of each arrival in the run: a
    Poisson process whose rate follows the hour (thinning keeps it exact at the
    hour boundaries)."""
    rng = random.Random(args.seed)
    start_h = clock_hours(args.start)
    end_h = start_h + args.minutes * args.speed / 60
    top = max(hour_rate(h + 0.5, args.visitors) for h in range(8, 18))
    codes, weights = list(MIX), list(MIX.values())
    schedule: list[tuple[float, str]] = []
    hour = start_h
    while True:
        hour += rng.expovariate(top)
        if hour >= end_h:
            return schedule
        if rng.random() < hour_rate(hour, args.visitors) / top:
            real = (hour - start_h) * 3600 / args.speed
            schedule.append((real, rng.choices(codes, weights)[0]))


def clock_hours(text: str) -> float:
    hours, minutes = text.split(":")
    return int(hours) + int(minutes) / 60


def prepare(db: Database, operators: int) -> dict[str, float]:
    """The demo centre, always open, no daily limits; windows 8.. serving everything;
    one bench operator per window (the operator process signs itself in). Returns the
    services' expected minutes."""
    load_centre(db, parse_centre_file(REPO / "resources" / "demo-centre.toml"), always_open=True)
    with db.write_session() as session:
        session.execute(update(Service).values(daily_limit=None))
        services = session.scalars(select(Service).order_by(Service.sort_order)).all()
        present = set(session.scalars(select(ServicePoint.number)))
        for number in range(1, operators + 1):
            if number not in present:
                links = [
                    ServicePointService(service=s, preference=i) for i, s in enumerate(services)
                ]
                session.add(ServicePoint(number=number, name=f"Bench {number}", links=links))
        pin = hash_pin(PIN)
        for number in range(1, operators + 1):
            name = f"Load {number}"
            session.add(Operator(login=login(number), display_name=name, pin_hash=pin))
        return {s.code: float(s.expected_minutes) for s in services}


# ------------------------------------------------------------------ running it


class DayFailed(Exception):
    """A process could not get ready for the day; the day did not run."""


def child_errors(folder: str) -> list[str]:
    """The errors the children wrote, the first cause first (a child that fails breaks
    the barrier, and every other then fails with BrokenBarrierError)."""
    reports = [json.loads(p.read_text("utf-8")) for p in Path(folder).glob("*.json")]
    errors = [f"{r['kind']} {r['index']}: {r['error']}" for r in reports if r["error"]]
    return sorted(errors, key=lambda e: "BrokenBarrierError" in e)


def run_day(url: str, args: argparse.Namespace) -> dict[str, Any]:
    load = [os.getloadavg()[0]]
    db = open_database(url)
    try:
        minutes = prepare(db, args.operators)
        engine = QueueEngine(db)
        engine.expire_stale()  # the once-a-day scan, before anyone's timed calls
        codes = random.Random(args.seed + 1).choices(list(MIX), list(MIX.values()), k=args.backlog)
        backlog = [engine.issue(code).ticket.id for code in codes]
        schedule = arrivals(args)
        with tempfile.TemporaryDirectory(prefix="conq-load-") as folder:
            wall = run_processes(url, args, minutes, schedule, folder)
            reports = [json.loads(p.read_text("utf-8")) for p in sorted(Path(folder).iterdir())]
        result = summarise(reports, wall, args, len(schedule))
        result["checks"] = verify(db, reports, backlog, result)
    finally:
        db.dispose()
    load.append(os.getloadavg()[0])
    result["load"] = load
    return result


def run_processes(
    url: str,
    args: argparse.Namespace,
    minutes: dict[str, float],
    schedule: list[tuple[float, str]],
    folder: str,
) -> float:
    """Start every role, run the day, stop it; the real seconds it ran."""
    context = mp.get_context("spawn")
    barrier = context.Barrier(args.operators + args.kiosks + args.displays + 1)
    stop, stop_displays = context.Event(), context.Event()

    def role(kind: str, index: int, **extra: Any) -> Role:
        return Role(kind, index, url, folder, args.speed, args.seed, **extra)

    # Displays first: they take longest to come up.
    displays = [
        context.Process(target=run, args=(role("display", i), barrier, stop_displays))
        for i in range(1, args.displays + 1)
    ]
    workers = [
        context.Process(
            target=run,
            args=(role("operator", w, no_show=args.no_show, minutes=minutes), barrier, stop),
        )
        for w in range(1, args.operators + 1)
    ] + [
        context.Process(
            target=run,
            args=(role("kiosk", k, schedule=schedule[k - 1 :: args.kiosks]), barrier, stop),
        )
        for k in range(1, args.kiosks + 1)
    ]
    everyone = displays + workers
    try:
        for process in everyone:
            process.start()
        try:
            barrier.wait(240)
        except threading.BrokenBarrierError:
            stop.set()
            stop_displays.set()
            for process in everyone:  # their result files say who failed, and why
                process.join(timeout=10)
            raise DayFailed(child_errors(folder) or ["a process did not get ready"]) from None
        start = time.monotonic()
        end = start + args.minutes * 60
        print(f"  started {len(everyone)} processes; the day runs", file=sys.stderr)
        while time.monotonic() < end:
            dead = [p for p in everyone if not p.is_alive()]
            if dead:  # a crash ends the day early; its result file says why
                print(f"  a child exited early (exit code {dead[0].exitcode})", file=sys.stderr)
                break
            time.sleep(min(1.0, max(0.0, end - time.monotonic())))
        stop.set()
        wall = time.monotonic() - start
        for process in workers:
            process.join(timeout=60)
        time.sleep(2.0)  # the displays' chance to paint the last calls
        stop_displays.set()
        for process in displays:
            process.join(timeout=60)
        return wall
    finally:
        # Whatever happened (Ctrl-C, a crash here or in a child): no process outlives us.
        stop.set()
        stop_displays.set()
        for process in everyone:
            process.join(timeout=5 if process.is_alive() else 0)
            if process.is_alive():
                process.terminate()
                process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join()


# ------------------------------------------------------------------ figures


def spread(values: list[float]) -> dict[str, float]:
    """p50 / p95 / max by nearest rank, and the count."""
    ordered = sorted(values) or [float("nan")]
    rank = lambda q: ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]  # noqa: E731
    return {"p50": rank(0.5), "p95": rank(0.95), "max": ordered[-1], "n": len(values)}


def summarise(
    reports: list[dict[str, Any]], wall: float, args: argparse.Namespace, scheduled: int
) -> dict[str, Any]:
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for report in reports:
        by_kind[report["kind"]].append(report)
    operators, kiosks, displays = by_kind["operator"], by_kind["kiosk"], by_kind["display"]
    committed = {number: at for r in operators for _id, number, at, _ms in r.get("calls", [])}
    issued = sum(len(r.get("issued", [])) for r in kiosks)
    calls = sum(len(r.get("calls", [])) for r in operators)
    no_shows = sum(r.get("no_shows", 0) for r in operators)
    per_operator = {
        r["index"]: {
            **spread(r.get("call_ms", []) + r.get("empty_ms", [])),
            "claims": len(r.get("call_ms", [])),
            "empty": len(r.get("empty_ms", [])),
            "claimed": spread(r.get("call_ms", [])),
        }
        for r in sorted(operators, key=lambda r: r["index"])
    }
    per_kiosk = {
        r["index"]: {**spread(r.get("issue_ms", [])), "late": r.get("late", 0)}
        for r in sorted(kiosks, key=lambda r: r["index"])
    }
    per_display = {}
    for r in sorted(displays, key=lambda r: r["index"]):
        painted = r.get("painted", {})
        latencies = [(painted[n] - at) * 1000 for n, at in committed.items() if n in painted]
        per_display[r["index"]] = {
            **spread(latencies),
            "calls": len(committed),
            "rows": r.get("rows"),
        }
    memory = {
        kind: {
            "max": max(r["peak_rss_mb"] for r in group),
            "mean": sum(r["peak_rss_mb"] for r in group) / len(group),
        }
        for kind, group in by_kind.items()
    }
    served = calls - no_shows
    return {
        "wall_s": wall,
        "simulated": f"{args.start} + {args.minutes * args.speed / 60:.1f} h",
        "scheduled": scheduled,
        "issued": issued,
        "called": calls,
        "served": served,
        "no_shows": no_shows,
        "issued_per_s": issued / wall,
        "called_per_s": calls / wall,
        "served_per_s": served / wall,
        "issue_ms": spread([ms for r in kiosks for ms in r.get("issue_ms", [])]),
        "per_kiosk": per_kiosk,
        "per_operator": per_operator,
        # A short run gives each operator a handful of calls, so its p95 is nearly its
        # maximum; the pooled figure says more about the engine, less about hiccups.
        "call_ms": spread(
            [ms for r in operators for ms in r.get("call_ms", []) + r.get("empty_ms", [])]
        ),
        "moves_ms": spread([ms for r in operators for ms in r.get("move_ms", [])]),
        "per_display": per_display,
        "memory_mb": memory,
        "errors": [f"{r['kind']} {r['index']}: {r['error']}" for r in reports if r["error"]]
        + [f"kiosk {r['index']} refused: {x}" for r in kiosks for x in r.get("refused", [])][:5],
        "processes_reported": len(reports),
        "processes_expected": args.operators + args.kiosks + args.displays,
    }


def verify(
    db: Database, reports: list[dict[str, Any]], backlog: list[int], result: dict[str, Any]
) -> dict[str, Any]:
    """No ticket called twice; every ticket issued is in the database, and each ticket's
    events are exactly those of its state, called at the window that claimed it."""
    # .get: a process that crashed wrote its error but no figures.
    operators = [r for r in reports if r["kind"] == "operator"]
    claims = [(c[0], r["index"]) for r in operators for c in r.get("calls", [])]
    kiosks = [r for r in reports if r["kind"] == "kiosk"]
    issued = set(backlog) | {i for r in kiosks for i, _n in r.get("issued", [])}
    with db.read_session() as session:
        tickets = dict(session.execute(select(Ticket.id, Ticket.status)).all())
        points = dict(session.execute(select(ServicePoint.id, ServicePoint.number)).all())
        rows = session.execute(
            select(TicketEvent.ticket_id, TicketEvent.kind, TicketEvent.service_point_id)
            .where(TicketEvent.ticket_id.is_not(None))
            .order_by(TicketEvent.id)
        ).all()
    trails: dict[int, list[str]] = defaultdict(list)
    called_at: dict[int, int | None] = {}
    for ticket_id, kind, point in rows:
        trails[ticket_id].append(str(kind))
        if str(kind) == "called":
            called_at[ticket_id] = points.get(point)
    called_twice = [t for t, trail in trails.items() if trail.count("called") > 1]
    claimed_twice = [t for t, n in Counter(t for t, _w in claims).items() if n > 1]
    mismatched = [t for t, s in tickets.items() if trails.get(t) != TRAILS.get(str(s))]
    wrong_window = [t for t, w in claims if called_at.get(t) != w]
    unclaimed_calls = set(called_at) - {t for t, _w in claims}
    missing = issued - set(tickets)
    unknown = set(tickets) - issued
    checks = {
        "no ticket called twice": not called_twice and not claimed_twice,
        "every issued ticket in the database, no other": not missing and not unknown,
        "events match each ticket's state": not mismatched,
        "each call at the claiming window, each call claimed": not wrong_window
        and not unclaimed_calls,
        "every process reported, without error": not result["errors"]
        and result["processes_reported"] == result["processes_expected"],
    }
    details = {
        "tickets": len(tickets),
        "states": dict(Counter(str(s) for s in tickets.values())),
        "called_twice": called_twice[:5],
        "mismatched": [(t, str(tickets[t]), trails.get(t)) for t in mismatched[:5]],
        "missing": sorted(missing)[:5],
        "unknown": sorted(unknown)[:5],
    }
    return {"passed": checks, "details": details}


def targets(result: dict[str, Any]) -> dict[str, bool]:
    operators, displays = result["per_operator"].values(), result["per_display"].values()
    return {
        f"call_next p95 <= {TARGET_CALL_P95_MS:g} ms in every operator process": bool(operators)
        and all(o["p95"] <= TARGET_CALL_P95_MS for o in operators),
        f"call-to-screen p95 <= {TARGET_SCREEN_P95_MS:g} ms on every display": bool(displays)
        and all(d["n"] > 0 and d["p95"] <= TARGET_SCREEN_P95_MS for d in displays),
    }


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def report(backend: str, r: dict[str, Any], args: argparse.Namespace) -> str:
    ms = "{p50:6.1f} {p95:6.1f} {max:7.1f}".format
    lines = [
        f"{backend}: {r['wall_s']:.0f} s real = {r['simulated']} simulated at {args.speed:g}x;"
        f" {args.operators} operators, {args.kiosks} kiosks, {args.displays} displays;"
        " load average before/after {:.2f}/{:.2f}".format(*r["load"]),
        f"  throughput per real second: issued {r['issued_per_s']:.2f} ({r['issued']}"
        f" of {r['scheduled']} scheduled + {args.backlog} backlog), called"
        f" {r['called_per_s']:.2f} ({r['called']}), served {r['served_per_s']:.2f}"
        f" ({r['served']}; {r['no_shows']} no-shows)",
        "  latency ms as each process sees it          p50    p95     max      n",
    ]
    for k, s in r["per_kiosk"].items():
        late = f"  ({s['late']} issued >1 s late)" if s["late"] else ""
        lines.append(f"    issue, kiosk {k:<29}{ms(**s)} {s['n']:6d}{late}")
    worst = max(r["per_operator"].items(), key=lambda kv: kv[1]["p95"], default=None)
    for w, s in r["per_operator"].items():
        ok = verdict(s["p95"] <= TARGET_CALL_P95_MS)
        what = f"call_next, window {w} ({s['claims']} claims)"
        lines.append(f"    {what:<41}{ms(**s)} {s['n']:6d}  p95 <= {TARGET_CALL_P95_MS:g}: {ok}")
    if worst:
        lines.append(f"    worst operator p95: window {worst[0]}, {worst[1]['p95']:.1f} ms")
    pooled, moves = r["call_ms"], r["moves_ms"]
    lines.append(f"    call_next, all operators pooled          {ms(**pooled)} {pooled['n']:6d}")
    lines.append(f"    start / finish / no_show (all windows)   {ms(**moves)} {moves['n']:6d}")
    lines.append("  call to screen ms (commit -> painted)        p50    p95     max   seen")
    for d, s in r["per_display"].items():
        ok = verdict(s["n"] > 0 and s["p95"] <= TARGET_SCREEN_P95_MS)
        what = f"display {d} ({s['rows']} table rows)"
        lines.append(
            f"    {what:<41}{ms(**s)} {s['n']:3d}/{s['calls']:<3d}"
            f" p95 <= {TARGET_SCREEN_P95_MS:g}: {ok}"
        )
    memory = ", ".join(
        f"{kind} {m['max']:.0f} (mean {m['mean']:.0f})"
        for kind, m in sorted(r["memory_mb"].items())
    )
    lines.append(f"  peak RSS MB by process kind: {memory}")
    details = r["checks"]["details"]
    lines.append(f"  tickets at the end: {details['tickets']} {details['states']}")
    for name, ok in r["checks"]["passed"].items():
        lines.append(f"  check {name}: {verdict(ok)}")
    for name, ok in targets(r).items():
        lines.append(f"  target {name}: {verdict(ok)}")
    lines += [f"  error: {e}" for e in r["errors"]]
    bad = {k: v for k, v in details.items() if k not in ("tickets", "states") and v}
    if bad:
        lines.append(f"  details: {bad}")
    return "\n".join(lines)


# ------------------------------------------------------------------ databases


@contextmanager
def database(backend: str, pg_url: str | None) -> Iterator[str]:
    """A fresh database of ``backend``, removed afterwards."""
    if backend == "sqlite":
        with tempfile.TemporaryDirectory(prefix="conq-load-db-") as folder:
            yield f"sqlite:///{folder}/load.sqlite3"
        return
    # The server's database as the queue bench makes it: on --pg-url, $CONQ_TEST_PG_URL
    # or a throw-away server.
    with pg_database(pg_url) as url:
        yield url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--speed", type=float, default=20.0, help="simulated / real time")
    parser.add_argument("--minutes", type=float, default=3.0, help="real minutes to run")
    parser.add_argument("--start", default="09:30", help="simulated local time at the start")
    parser.add_argument("--operators", type=int, default=12)
    parser.add_argument("--kiosks", type=int, default=2)
    parser.add_argument("--displays", type=int, default=2)
    parser.add_argument("--visitors", type=int, default=600, help="arrivals in a whole day")
    parser.add_argument("--backlog", type=int, default=20, help="waiting at the start")
    parser.add_argument("--no-show", type=float, default=0.06, help="share of visitors")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pg-url", help="PostgreSQL server URL (default $CONQ_TEST_PG_URL)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a report")
    args = parser.parse_args()
    # A SIGTERM (a closed terminal, a CI timeout) ends the day as Ctrl-C does: through
    # the ``finally`` that stops the children and the throw-away server.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    try:
        results = run_backends(args)
    except KeyboardInterrupt:
        print("interrupted; every process of the bench has been stopped", file=sys.stderr)
        return 130
    if results is None:
        return 2
    passed = all(
        all(r["checks"]["passed"].values()) and all(r["targets"].values()) for r in results.values()
    )
    return 0 if passed else 1


def run_backends(args: argparse.Namespace) -> dict[str, dict[str, Any]] | None:
    """The day on each backend, and the report printed; None if a day could not start."""
    results: dict[str, dict[str, Any]] = {}
    for backend in ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]:
        print(f"{backend}:", file=sys.stderr)
        try:
            with database(backend, args.pg_url) as url:
                results[backend] = run_day(url, args)
        except DayFailed as failed:
            print(f"{backend}: the day could not start:", *failed.args[0], sep="\n  ")
            return None
        results[backend]["targets"] = targets(results[backend])
    if args.json:
        print(json.dumps({"cpus": os.cpu_count(), "args": vars(args), "results": results},
                         indent=2, default=str))  # fmt: skip
    else:
        print(f"conq-desktop busy-day load bench, {os.cpu_count()} CPUs (shared machine)")
        for backend, result in results.items():
            print(report(backend, result, args))
    return results


if __name__ == "__main__":
    sys.exit(main())
