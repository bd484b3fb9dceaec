"""Whether anybody serves a ticket's service now: an issued ticket says so, so that
nothing promises a wait while no window that serves the service is open."""

from __future__ import annotations

from sqlalchemy import select

from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.estimate import serving_now
from conq_desktop.engine.snapshots import to_json
from conq_desktop.models import Service
from tests.conftest import DEMO_STAFF, staff


def test_nobody_signed_in_serves_nobody(engine: QueueEngine) -> None:
    first = engine.issue("PASSPORT")
    second = engine.issue("PASSPORT")
    assert not first.serving_now and not second.serving_now
    assert (first.people_ahead, second.people_ahead) == (0, 1)
    # The minutes are still what the wait would be once the windows open.
    assert second.expected_wait_minutes == 12 * 1 // 4


def test_an_open_window_serves_only_its_own_services(engine: QueueEngine) -> None:
    staff(engine, 1)  # window 1 serves PASSPORT alone
    assert engine.issue("PASSPORT").serving_now
    assert not engine.issue("PENSION").serving_now
    staff(engine, 7)  # window 7 serves every service
    assert engine.issue("PENSION").serving_now


def test_a_window_on_a_break_serves_nobody(engine: QueueEngine) -> None:
    staff(engine, 6)  # PENSION
    engine.pause(6)
    issued = engine.issue("PENSION")
    assert not issued.serving_now
    engine.resume(6)
    assert engine.issue("PENSION").serving_now
    # The look-up and the copy say it as it is now.
    assert engine.position(issued.ticket.number).serving_now
    engine.sign_out(6)
    assert not engine.position(issued.ticket.number).serving_now
    reception = engine.authenticate(*DEMO_STAFF[7])
    assert not engine.reprint(issued.ticket.number, actor=reception).serving_now


def test_yesterdays_sign_in_serves_nobody_today(engine: QueueEngine, clock: FixedClock) -> None:
    staff(engine, 1)
    clock.advance(days=1)
    now = clock.now()
    with engine.db.read_session() as session:  # before the day's first write signs them out
        passport = session.scalars(select(Service).where(Service.code == "PASSPORT")).one()
        assert not serving_now(session, passport, now, engine.settings.timezone)
        clock.advance(days=-1)
        assert serving_now(session, passport, clock.now(), engine.settings.timezone)


def test_the_json_says_whether_anybody_serves(engine: QueueEngine) -> None:
    answer = to_json(engine.issue("CIVIL"))
    assert answer["serving_now"] is False
    assert {"ticket", "people_ahead", "expected_wait_minutes"} <= set(answer)
    staff(engine, 3)
    assert to_json(engine.issue("CIVIL"))["serving_now"] is True
