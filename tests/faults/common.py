"""What the fault tests share: a small centre, starting and killing worker processes
(tests/faults/worker.py), reading their logs, and the checks that nothing was lost.

The checks read the database as it is after the faults:

- every ticket number is unique and each service's numbers of a day run 1, 2, 3 …
  without a gap, up to the day's counter (no number reused, none lost);
- each ticket's events, replayed from ISSUED on, end in the status the ticket has;
- every success a worker logged is in the database (nothing acknowledged was lost);
- at most one current ticket per window;
- the hash-chained history verifies (engine/audit.py, as ``audit verify``).
"""

from __future__ import annotations

import contextlib
import json
import os
import select as io_select
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from conq_desktop.db import Database, open_database
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.audit import verify_chain
from conq_desktop.engine.centre_file import parse_centre
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.models import DailyCounter, EventKind, Ticket, TicketEvent, TicketStatus

REPO = Path(__file__).resolve().parents[2]
WINDOWS = 8

# The status each kind of event leaves a ticket in; kinds not here (printing) leave
# it as it was.
REPLAY: dict[EventKind, TicketStatus] = {
    EventKind.ISSUED: TicketStatus.WAITING,
    EventKind.CALLED: TicketStatus.CALLED,
    EventKind.RECALLED: TicketStatus.CALLED,
    EventKind.STARTED: TicketStatus.SERVING,
    EventKind.FINISHED: TicketStatus.DONE,
    EventKind.NO_SHOW: TicketStatus.NO_SHOW,
    EventKind.POSTPONED: TicketStatus.WAITING,
    EventKind.REDIRECTED: TicketStatus.WAITING,
    EventKind.CANCELLED: TicketStatus.CANCELLED,
    EventKind.EXPIRED: TicketStatus.EXPIRED,
}


def centre() -> dict[str, Any]:
    names = {"ky": "Кызмат", "ru": "Услуга", "en": "Service"}
    return {
        # UTC: the local day cannot turn while a test runs late in the evening in Bishkek.
        "centre": {"timezone": "UTC"},
        "services": [
            {"code": "A", "prefix": "A", "name": names},
            {"code": "B", "prefix": "B", "name": names},
        ],
        "windows": [
            {"number": n, "services": ["A", "B"] if n % 2 else ["B", "A"]}
            for n in range(1, WINDOWS + 1)
        ],
        "operators": [
            {"login": f"op{n}", "name": f"Operator {n}", "pin": f"{n:04d}"}
            for n in range(1, WINDOWS + 1)
        ],
    }


def set_up(url: str) -> None:
    db = open_database(url)
    try:
        load_centre(db, parse_centre(centre()), always_open=True)
    finally:
        db.dispose()


def pre_issue(url: str, count: int) -> None:
    """``count`` tickets waiting, two in three for A, before the workers start."""
    db = open_database(url)
    try:
        engine = QueueEngine(db)
        for i in range(count):
            engine.issue("A" if i % 3 else "B")
    finally:
        db.dispose()


# How long the worker launcher may take to answer a start (it answers in milliseconds).
LAUNCHER_ANSWER_SECONDS = 60


class Launcher:
    """The process that forks the workers (tests/faults/worker.py ``serve_forks``)."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "src")])}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.worker", "--launcher"],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def start(self, argv: list[str], output: Path, exit_file: Path) -> int:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        request = {"argv": argv, "output": str(output), "exit_file": str(exit_file)}
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        # The launcher answers within milliseconds; one that stopped answering fails the
        # test instead of leaving it waiting for ever.
        if not io_select.select([self.proc.stdout], [], [], LAUNCHER_ANSWER_SECONDS)[0]:
            raise RuntimeError("the worker launcher did not answer")
        answer = self.proc.stdout.readline()
        if not answer:
            raise RuntimeError(f"the worker launcher ended ({self.proc.wait()})")
        return int(answer)

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@dataclass
class Worker:
    """A worker process (a child of the launcher) and its files."""

    pid: int
    log: Path
    name: str
    stderr: Path
    exit_file: Path

    def entries(self) -> list[dict[str, Any]]:
        return read_log(self.log)

    def poll(self) -> str | None:
        """None while it runs; then its exit status ("0", "3" …) or "killed"."""
        try:
            return self.exit_file.read_text() or None
        except FileNotFoundError:
            return None

    def wait(self, timeout: float) -> str:
        wait_for(lambda: self.poll() is not None, timeout, f"{self.name} to end", poll=0.02)
        return self.poll() or ""

    def kill(self) -> None:
        if self.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
        self.wait(timeout=30)


def read_log(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entries.append(json.loads(line))
        except json.JSONDecodeError:  # the last line of a killed process may be cut
            continue
    return entries


def start_worker(
    launcher: Launcher,
    folder: Path,
    name: str,
    role: str,
    url: str,
    *extra: str,
    stop_file: Path | None = None,
) -> Worker:
    log = folder / f"{name}.log"
    argv = [role, url, str(log), *extra]
    if stop_file is not None:
        argv += ["--stop-file", str(stop_file)]
    stderr, exit_file = folder / f"{name}.stderr", folder / f"{name}.exit"
    pid = launcher.start(argv, stderr, exit_file)
    return Worker(pid, log, name, stderr, exit_file)


def operator_args(window: int) -> list[str]:
    return ["--window", str(window), "--login", f"op{window}", "--pin", f"{window:04d}"]


def wait_for(condition: Any, timeout: float, what: str, poll: float = 0.05) -> float:
    """Wait until ``condition()`` is true; the time it took. AssertionError naming
    ``what`` after ``timeout`` seconds."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise AssertionError(f"{what}: not within {timeout} s")
        time.sleep(poll)
    return time.monotonic() - start


def crashes(workers: list[Worker]) -> list[str]:
    """Every crash a worker logged (an error that was not a ConqError), and workers that
    died without a word."""
    found = []
    for worker in workers:
        for entry in worker.entries():
            if entry.get("event") == "crash":
                found.append(f"{worker.name}: {entry['error']}: {entry['msg']}\n{entry['trace']}")
    return found


def stop_all(workers: list[Worker], stop_file: Path, timeout: float = 30) -> None:
    stop_file.touch()
    deadline = time.monotonic() + timeout
    for worker in workers:
        try:
            worker.wait(timeout=max(0.1, deadline - time.monotonic()))
        except AssertionError:
            worker.kill()


@dataclass
class Outcome:
    """What the database holds after the faults, and what is wrong with it."""

    problems: list[str] = field(default_factory=list)
    tickets: int = 0
    numbers: set[str] = field(default_factory=set)
    called: dict[str, int] = field(default_factory=dict)  # number -> CALLED events

    def fail(self, text: str) -> None:
        self.problems.append(text)


def check_database(url: str) -> Outcome:
    """The invariants of the module docstring; ``Outcome.problems`` lists what breaks."""
    db = open_database(url)
    try:
        return _check(db)
    finally:
        db.dispose()


def _check(db: Database) -> Outcome:
    out = Outcome()
    with db.read_session() as session:
        tickets = session.scalars(select(Ticket)).all()
        counters = {
            (row.service_id, row.day): row.last_sequence
            for row in session.scalars(select(DailyCounter))
        }
        events = session.execute(
            select(TicketEvent.ticket_id, TicketEvent.kind, TicketEvent.service_point_id)
            .where(TicketEvent.ticket_id.is_not(None))
            .order_by(TicketEvent.seq)
        ).all()
    out.tickets = len(tickets)
    numbers = Counter((t.day, t.number) for t in tickets)
    duplicated = [number for (_day, number), count in numbers.items() if count > 1]
    if duplicated:
        out.fail(f"numbers given twice: {sorted(duplicated)[:20]}")
    out.numbers = {t.number for t in tickets}
    by_service: dict[tuple[int, Any], list[int]] = defaultdict(list)
    for ticket in tickets:
        by_service[(ticket.origin_service_id, ticket.day)].append(ticket.sequence)
    for key, sequences in by_service.items():
        expected = list(range(1, len(sequences) + 1))
        if sorted(sequences) != expected:
            missing = sorted(set(expected) - set(sequences))[:20]
            out.fail(f"service {key}: numbers not contiguous (missing {missing})")
        if counters.get(key) != len(sequences):
            out.fail(
                f"service {key}: the day's counter says {counters.get(key)}, "
                f"{len(sequences)} tickets exist (a number lost or reused)"
            )
    history: dict[int, list[EventKind]] = defaultdict(list)
    for ticket_id, kind, _point in events:
        history[ticket_id].append(kind)
    called: Counter[str] = Counter()
    for ticket in tickets:
        kinds = history.get(ticket.id, [])
        if not kinds or kinds[0] != EventKind.ISSUED or kinds.count(EventKind.ISSUED) != 1:
            out.fail(f"{ticket.number}: history does not start with one ISSUED: {kinds}")
            continue
        status = TicketStatus.WAITING
        for kind in kinds:
            status = REPLAY.get(kind, status)
        if status != ticket.status:
            out.fail(f"{ticket.number}: status {ticket.status}, its events say {status}")
        called[ticket.number] = kinds.count(EventKind.CALLED)
    out.called = dict(called)
    active = Counter(
        t.service_point_id
        for t in tickets
        if t.status in (TicketStatus.CALLED, TicketStatus.SERVING)
    )
    busy = {point: count for point, count in active.items() if count > 1}
    if busy:
        out.fail(f"windows holding more than one current ticket: {busy}")
    report = verify_chain(db)
    if not report.intact:
        out.fail(f"audit verify: {report.error().message()}")
    return out


def acknowledged(workers: list[Worker], ops: tuple[str, ...]) -> list[dict[str, Any]]:
    """Every success of kinds ``ops`` that a worker logged."""
    return [
        entry
        for worker in workers
        for entry in worker.entries()
        if entry.get("ok") and entry.get("op") in ops
    ]


def failures(workers: list[Worker]) -> Counter[str]:
    return Counter(
        entry.get("error", "?")
        for worker in workers
        for entry in worker.entries()
        if entry.get("ok") is False
    )
