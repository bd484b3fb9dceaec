"""``kill -9`` of windows in the middle of their work, on SQLite and on PostgreSQL.

A PC can lose power or a window can be ended from the task manager at any moment, also
between a transaction's statements and its COMMIT. Whatever the moment: no ticket is
lost or given twice, numbers stay contiguous, each ticket's state is what its events
say, the window signs in again and works, and the history verifies.

Two kinds of kills: deterministic ones, a worker held inside the COMMIT of its K-th
writing transaction (tests/faults/worker.py ``--hold-before-commit``) and killed there;
and SIGKILL at random moments of busy loops, many times.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.faults.common import (
    Launcher,
    Worker,
    acknowledged,
    check_database,
    crashes,
    operator_args,
    pre_issue,
    set_up,
    start_worker,
    stop_all,
    wait_for,
)

pytestmark = pytest.mark.slow

PRE_ISSUED = 60
RANDOM_KILLS = 6


def _ready(worker: Worker) -> bool:
    return any(entry.get("event") == "ready" for entry in worker.entries()) or (
        worker.poll() is not None
    )


def _successes(worker: Worker) -> int:
    return sum(1 for entry in worker.entries() if entry.get("ok") and entry.get("op") != "sign_in")


def test_kill_inside_commit_and_at_random_moments(
    fault_db_url: str, tmp_path: Path, launcher: Launcher
) -> None:
    url = fault_db_url
    set_up(url)
    pre_issue(url, PRE_ISSUED)
    stop = tmp_path / "stop"
    every: list[Worker] = []

    # 1. Held inside COMMIT and killed there: a kiosk issuing, windows calling, starting
    # and finishing (the step depends on K: sign-in, then call, start, finish …).
    # One at a time: a worker held inside its COMMIT keeps the write lock (SQLite's,
    # PostgreSQL's writer lock), so the others would only wait for it.
    # (window, K): window 0 is the kiosk.
    for n, k in [(0, 2), (3, 3), (4, 4), (5, 5)]:
        hold = tmp_path / f"held-{n}"
        worker = start_worker(
            launcher,
            tmp_path,
            f"held-{n}",
            "operator" if n else "kiosk",
            url,
            *(operator_args(n) if n else ["--service", "A"]),
            "--hold-before-commit",
            str(k),
            "--hold-file",
            str(hold),
        )
        every.append(worker)
        wait_for(
            lambda w=worker, h=hold: h.exists() or w.poll() is not None,
            60,
            f"{worker.name} to reach its COMMIT",
        )
        assert worker.poll() is None, crashes([worker]) or worker.stderr.read_text()
        worker.kill()

    # 2. Busy windows and a kiosk killed at random moments, each restarted at once on the
    # same window, as a PC is switched back on.
    rng = random.Random(20261130)
    roles = {
        "w1": ("operator", operator_args(1)),
        "w2": ("operator", operator_args(2)),
        "w6": ("operator", operator_args(6)),
        "kiosk": ("kiosk", ["--service", "B"]),
    }
    running = {
        name: start_worker(launcher, tmp_path, name, role, url, *extra, stop_file=stop)
        for name, (role, extra) in roles.items()
    }
    every += running.values()
    for round_ in range(RANDOM_KILLS):
        name = rng.choice(sorted(running))
        victim = running[name]
        wait_for(lambda v=victim: _ready(v), 60, f"{victim.name} to start")
        # Past sign-in, somewhere in its loop: most of its time is inside transactions.
        before = _successes(victim)
        wait_for(
            lambda v=victim, b=before: _successes(v) > b or v.poll() is not None,
            30,
            f"{victim.name} to work",
        )
        victim_crashes = crashes([victim])
        assert not victim_crashes, victim_crashes
        victim.kill()
        role, extra = roles[name]
        running[name] = start_worker(
            launcher, tmp_path, f"{name}-{round_}", role, url, *extra, stop_file=stop
        )
        every.append(running[name])

    # 3. Every window signs in again and works: a few more operations each.
    for worker in running.values():
        wait_for(lambda w=worker: _successes(w) >= 3 or w.poll() is not None, 60, worker.name)
    stop_all(list(running.values()), stop)
    found = crashes(every)
    assert not found, "\n".join(found)
    for worker in running.values():
        assert worker.poll() == "0", worker.stderr.read_text()[-2000:]

    outcome = check_database(url)
    assert outcome.problems == []
    issued = {e["number"] for e in acknowledged(every, ("issue",))}
    assert issued <= outcome.numbers, f"issued tickets lost: {sorted(issued - outcome.numbers)}"
    calls = {e["number"] for e in acknowledged(every, ("call",))}
    assert calls, "no window called anything: the test proved nothing"
    # No ticket called twice: a killed call never left a half-claimed ticket behind.
    twice = {number: count for number, count in outcome.called.items() if count > 1}
    assert twice == {}
    assert all(outcome.called.get(number) == 1 for number in calls)
    assert outcome.tickets >= PRE_ISSUED + len(issued)
