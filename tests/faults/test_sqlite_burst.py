"""``kill -9`` in the middle of a burst of writes to one SQLite file from several
processes (three kiosks, three windows of one PC), twice over. SQLite must roll the
killed transactions back by itself (its write-ahead log, the OS dropping the dead
process's locks): afterwards the file passes ``PRAGMA integrity_check``, each ticket's
events replayed give its status, numbers are contiguous and ``audit verify`` passes.
"""

from __future__ import annotations

import random
import sqlite3
import time
from contextlib import closing
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

ROUNDS = 2


def _busy(workers: list[Worker]) -> bool:
    return all(
        any(e.get("ok") and e.get("op") != "sign_in" for e in w.entries()) or w.poll() is not None
        for w in workers
    )


def _burst(launcher: Launcher, folder: Path, url: str, round_: int, stop: Path) -> list[Worker]:
    kiosks = [
        start_worker(
            launcher, folder, f"k{n}-{round_}", "kiosk", url, "--service", service, stop_file=stop
        )
        for n, service in enumerate("ABA")
    ]
    windows = [
        start_worker(
            launcher, folder, f"w{n}-{round_}", "operator", url, *operator_args(n), stop_file=stop
        )
        for n in (1, 2, 3)
    ]
    return kiosks + windows


def test_kill_during_a_burst_of_writes(tmp_path: Path, launcher: Launcher) -> None:
    path = tmp_path / "queue.sqlite3"
    url = f"sqlite:///{path}"
    set_up(url)
    pre_issue(url, 30)
    rng = random.Random(7)
    every: list[Worker] = []
    for round_ in range(ROUNDS):
        workers = _burst(launcher, tmp_path, url, round_, tmp_path / f"stop-{round_}")
        every += workers
        wait_for(lambda ws=workers: _busy(ws), 90, "every process writing")
        # A moment into the burst, all at once and in a random order: some land inside
        # a transaction, some between two.
        time.sleep(rng.uniform(0.2, 0.8))
        for worker in rng.sample(workers, len(workers)):
            worker.kill()
        found = crashes(workers)
        assert not found, "\n".join(found)

    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

    # And the file works on: one more short burst that ends normally.
    stop = tmp_path / "stop-last"
    last = _burst(launcher, tmp_path, url, ROUNDS, stop)
    every += last
    wait_for(lambda: _busy(last), 90, "every process writing after the kills")
    stop_all(last, stop)
    found = crashes(every)
    assert not found, "\n".join(found)

    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    outcome = check_database(url)
    assert outcome.problems == []
    issued = {e["number"] for e in acknowledged(every, ("issue",))}
    assert issued, "no kiosk issued anything: the test proved nothing"
    assert issued <= outcome.numbers
    assert all(count <= 1 for count in outcome.called.values())
