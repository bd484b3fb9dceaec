"""After midnight the queue looks new before anyone writes: the hall display and the
panels only read, and must not show yesterday's call or yesterday's operator."""

from __future__ import annotations

from datetime import timedelta

from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.models import EventKind
from tests.conftest import TUESDAY_MORNING


def _window(engine: QueueEngine, number: int) -> dict:
    status = engine.status()
    return next(window.__dict__ for window in status.windows if window.number == number)


def test_reads_show_a_new_day_before_the_first_write(engine: QueueEngine) -> None:
    engine.sign_in(1, "aibek", "1111")
    engine.issue("PASSPORT")
    engine.call_next(1)
    assert _window(engine, 1)["current"] is not None
    assert _window(engine, 1)["operator"] == "aibek"
    events_before = len(engine.events())

    # Another process (the hall display) starts reading the next morning.
    display = QueueEngine(engine.db, FixedClock(TUESDAY_MORNING + timedelta(days=1)))
    window = _window(display, 1)
    assert window["current"] is None
    assert (window["operator"], window["state"]) == (None, "closed")
    assert display.current_ticket(1) is None
    services = display.status().services
    passport = next(queue for queue in services if queue.service.code == "PASSPORT")
    assert passport.open_windows == 0
    assert len(display.events()) == events_before  # reading wrote nothing

    # The day's first write closes what yesterday left open, in the journal.
    display.issue("PASSPORT")
    new_events = display.events(since_id=engine.events()[events_before - 1].id)
    kinds = [event.kind for event in new_events]
    assert EventKind.EXPIRED in kinds
    signed_out = [event for event in new_events if event.kind == EventKind.SIGNED_OUT]
    assert [event.details.get("reason") for event in signed_out] == ["new day"]
    # The operator signs in again today, at the same window.
    display.sign_in(1, "aibek", "1111")
    assert _window(display, 1)["operator"] == "aibek"


def test_an_operator_signed_in_today_stays(engine: QueueEngine, clock: FixedClock) -> None:
    engine.sign_in(2, "nurgul", "2222")
    clock.advance(hours=6)
    window = _window(engine, 2)
    assert (window["operator"], window["state"]) == ("nurgul", "open")
    engine.issue("PASSPORT")
    assert _window(engine, 2)["operator"] == "nurgul"
