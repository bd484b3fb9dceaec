"""Run in a separate OS process by the booking race test: one reception desk trying to
book a place in one slot, all desks starting together."""

from __future__ import annotations

from datetime import date, datetime, time
from multiprocessing.synchronize import Barrier

from conq_desktop.db import open_database
from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.bookings import Bookings
from conq_desktop.errors import QueueError


def book_once(url: str, now_iso: str, day_iso: str, start: Barrier) -> str | None:
    """The code booked, or None when the slot was full."""
    db = open_database(url, upgrade=False)
    clock = FixedClock(datetime.fromisoformat(now_iso))
    actor = QueueEngine(db, clock).authenticate("bakyt", "6666")
    desk = Bookings(db, actor, clock)
    start.wait(timeout=60)
    try:
        return desk.book("PASSPORT", date.fromisoformat(day_iso), time(9, 0)).code
    except QueueError:
        return None
    finally:
        db.dispose()
