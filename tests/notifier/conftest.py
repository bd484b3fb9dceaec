"""The notifier against a stand-in Bot API (standin.py), on the demo centre in an
SQLite file on a Tuesday morning: a ``Centre`` drives the queue with the engine, a
``Notifier`` runs in a thread of its own (its own asyncio loop, its own database
connections), as the separate process would."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from conq_desktop.db import Database, open_database
from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.phone.bot import Notifier
from tests.conftest import demo_database, staff
from tests.notifier.standin import BotApi

TOKEN = "4242:AAE-secret_Token-do-not-log-0123456789"


@dataclass
class Centre:
    url: str
    db: Database
    clock: FixedClock
    engine: QueueEngine

    def issue(self, service: str = "PASSPORT", count: int = 1) -> list[Any]:
        return [self.engine.issue(service) for _ in range(count)]


@pytest.fixture
def centre(tmp_path: Path, clock: FixedClock) -> Iterator[Centre]:
    url = f"sqlite:///{tmp_path / 'queue.sqlite3'}"
    db = demo_database(url)
    engine = staff(QueueEngine(db, clock), 1, 2, 3)
    yield Centre(url, db, clock, engine)
    db.dispose()


@pytest.fixture
def api() -> Iterator[BotApi]:
    server = BotApi(TOKEN).start()
    yield server
    server.stop()


class Running:
    """A notifier in a thread; ``stop()`` ends it and waits."""

    def __init__(self, centre: Centre, api: BotApi) -> None:
        self.db = open_database(centre.url)
        self.notifier = Notifier(
            self.db, TOKEN, base_url=api.base_url, clock=centre.clock, poll_seconds=1
        )
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="notifier", daemon=True)
        self.thread.start()
        wait_until(lambda: self.notifier.ready.is_set() or self.error is not None, 20, "start")
        if self.error is not None:
            raise self.error

    def _run(self) -> None:
        try:
            self.notifier.run()
        except BaseException as exc:
            self.error = exc

    def stop(self) -> None:
        self.notifier.stop()
        self.thread.join(timeout=20)
        assert not self.thread.is_alive(), "the notifier did not stop"
        self.db.dispose()
        if self.error is not None:
            raise self.error


@pytest.fixture
def start_notifier(centre: Centre, api: BotApi) -> Iterator[Callable[[], Running]]:
    started: list[Running] = []

    def start() -> Running:
        running = Running(centre, api)
        started.append(running)
        return running

    yield start
    for running in started:
        if running.thread.is_alive():
            running.stop()


@pytest.fixture
def notifier(start_notifier: Callable[[], Running]) -> Running:
    return start_notifier()


@pytest.fixture
def start_notifier_at(api: BotApi, clock: FixedClock) -> Iterator[Callable[[str], Centre]]:
    """The demo centre at a URL (either backend) with a notifier following it."""
    opened: list[tuple[Centre, Running]] = []

    def start(url: str) -> Centre:
        db = demo_database(url)
        centre = Centre(url, db, clock, staff(QueueEngine(db, clock), 1, 2, 3))
        opened.append((centre, Running(centre, api)))
        return centre

    yield start
    for centre, running in opened:
        if running.thread.is_alive():
            running.stop()
        centre.db.dispose()


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Wait on a condition with a deadline (no fixed sleeps)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.01)
