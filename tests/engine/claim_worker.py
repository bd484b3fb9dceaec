"""Run in a separate OS process by the concurrency tests: one operator window pressing
"next" as fast as it can until the queue is empty."""

from __future__ import annotations

from datetime import datetime
from multiprocessing.synchronize import Barrier

from conq_desktop.db import open_database
from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.errors import NothingToCall


def drain(url: str, window: int, now_iso: str, start: Barrier) -> list[str]:
    db = open_database(url, upgrade=False)
    engine = QueueEngine(db, FixedClock(datetime.fromisoformat(now_iso)))
    _ = engine.settings  # read before the start line, like a window that is already open
    claimed: list[str] = []
    start.wait(timeout=60)
    while True:
        try:
            ticket = engine.call_next(window)
        except NothingToCall:
            break
        claimed.append(ticket.number)
        # Free the window for the next call with one more transaction.
        engine.no_show(window, number=ticket.number)
    db.dispose()
    return claimed
