"""The expected wait (engine/estimate.py, docs/queue-rules.md "Expected wait"): its
arithmetic on crafted situations, that the kiosk, the ticket, the look-up and the
reprint all get it from the one model; and whether anybody serves a ticket's service
now: an issued ticket says so, so that nothing promises a wait while no window that
serves the service is open."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from conq_desktop.engine import FixedClock, QueueEngine, estimate
from conq_desktop.engine import queue as queue_module
from conq_desktop.engine.estimate import forget_history, serving_now
from conq_desktop.engine.snapshots import to_json
from conq_desktop.i18n import translate
from conq_desktop.models import Service, Ticket, TicketStatus
from conq_desktop.printing import layout
from tests.conftest import DEMO_STAFF, TUESDAY_MORNING, staff


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


# ---------------------------------------------------------------- the model's arithmetic


def served_before(
    engine: QueueEngine, code: str, started: datetime, minutes: float, count: int
) -> None:
    """``count`` finished tickets of ``code`` on an earlier day, each started at
    ``started`` (a minute apart) and lasting ``minutes``: history for the hour."""
    tz = engine.settings.timezone
    with engine.db.write_session() as session:
        service = session.scalars(select(Service).where(Service.code == code)).one()
        day = started.astimezone(tz).date()
        taken = session.scalars(
            select(Ticket.sequence).where(Ticket.origin_service_id == service.id, Ticket.day == day)
        ).all()
        first = max(taken, default=0) + 1
        for index in range(count):
            at = started + timedelta(minutes=index)
            session.add(
                Ticket(
                    public_id=secrets.token_hex(8),
                    service=service,
                    origin_service=service,
                    day=day,
                    sequence=first + index,
                    number=f"{service.prefix}-{first + index:03d}",
                    status=TicketStatus.DONE,
                    issued_at=at - timedelta(minutes=5),
                    queued_at=at - timedelta(minutes=5),
                    called_at=at,
                    started_at=at,
                    finished_at=at + timedelta(minutes=minutes),
                )
            )
    forget_history()  # the hour history is cached per day: this one is new


def issue_many(engine: QueueEngine, code: str, count: int) -> int:
    """Issue ``count`` tickets; the expected minutes of the last."""
    issued = [engine.issue(code) for _ in range(count)]
    assert issued[-1].people_ahead == count - 1
    return issued[-1].expected_wait_minutes


LAST_TUESDAY = TUESDAY_MORNING - timedelta(days=7)  # 10:00 in Bishkek, as the clock
LAST_WEDNESDAY = TUESDAY_MORNING - timedelta(days=6)


def test_without_history_the_configured_minutes(engine: QueueEngine) -> None:
    staff(engine, 1)  # PASSPORT alone, 12 configured minutes
    assert issue_many(engine, "PASSPORT", 5) == 4 * 12


def test_this_hour_on_this_weekday_first(engine: QueueEngine) -> None:
    served_before(engine, "PASSPORT", LAST_TUESDAY, minutes=6, count=10)
    # Another weekday's same hour is a fallback only; another hour never counts.
    served_before(engine, "PASSPORT", LAST_WEDNESDAY, minutes=30, count=10)
    served_before(engine, "PASSPORT", LAST_TUESDAY + timedelta(hours=2), minutes=40, count=12)
    staff(engine, 1)
    assert issue_many(engine, "PASSPORT", 4) == 3 * 6


def test_too_few_on_this_weekday_falls_back_to_the_hour(engine: QueueEngine) -> None:
    served_before(engine, "PASSPORT", LAST_TUESDAY, minutes=6, count=9)  # < 10: not trusted
    served_before(engine, "PASSPORT", LAST_WEDNESDAY, minutes=10, count=3)
    staff(engine, 1)
    # This hour on any weekday: (9 × 6 + 3 × 10) / 12 = 7 minutes a visitor.
    assert issue_many(engine, "PASSPORT", 4) == 3 * 7


def test_too_little_history_falls_back_to_today_then_configured(
    engine: QueueEngine, clock: FixedClock
) -> None:
    served_before(engine, "PASSPORT", LAST_TUESDAY, minutes=6, count=2)
    served_before(engine, "PASSPORT", LAST_WEDNESDAY + timedelta(hours=3), minutes=6, count=12)
    staff(engine, 1)
    assert issue_many(engine, "PASSPORT", 3) == 2 * 12  # the configured minutes
    for _ in range(3):  # today's services: 3 of 2 minutes
        engine.call_next(1)
        engine.start(1)
        clock.advance(minutes=2)
        engine.finish(1)
    assert engine.issue("PASSPORT").expected_wait_minutes == 0  # nobody ahead, window free
    assert engine.issue("PASSPORT").expected_wait_minutes == 1 * 2


def test_history_older_than_six_weeks_is_forgotten(engine: QueueEngine) -> None:
    served_before(engine, "PASSPORT", TUESDAY_MORNING - timedelta(weeks=7), minutes=6, count=12)
    staff(engine, 1)
    assert issue_many(engine, "PASSPORT", 3) == 2 * 12


def test_the_hour_history_is_computed_once_a_day(engine: QueueEngine, clock: FixedClock) -> None:
    staff(engine, 1)
    assert issue_many(engine, "PASSPORT", 3) == 2 * 12
    served_before(engine, "PASSPORT", LAST_TUESDAY, minutes=6, count=10)
    assert engine.issue("PASSPORT").expected_wait_minutes == 3 * 6  # forgotten: read anew
    # Without forgetting, the cached day is kept: history written behind its back
    # (never happens: it only covers earlier days) is not seen until tomorrow.
    with engine.db.read_session() as session:
        today = clock.now().astimezone(engine.settings.timezone).date()
        cached = estimate.hour_history(session, today, engine.settings.timezone)
        assert estimate.hour_history(session, today, engine.settings.timezone) is cached


def test_nobody_open_counts_the_windows_that_will_open(engine: QueueEngine) -> None:
    # PENSION: windows 5, 6 and 7. Window 6 on a break does not count; 5 and 7, closed,
    # will open: each free for PENSION (nothing they prefer is waiting).
    staff(engine, 6)
    engine.pause(6)
    issued = [engine.issue("PENSION") for _ in range(3)]
    assert not issued[-1].serving_now
    assert issued[-1].expected_wait_minutes == 2 * 10 // 2


def test_a_shared_window_gives_its_time_in_proportion(engine: QueueEngine) -> None:
    staff(engine, 3)  # window 3 serves CIVIL first, then PASSPORT
    # Nobody waits for CIVIL: the whole window goes to PASSPORT.
    assert issue_many(engine, "PASSPORT", 3) == 2 * 12
    engine.issue("CIVIL")
    engine.issue("CIVIL")
    # 4 PASSPORT (this one too) against 2 CIVIL the window prefers: ⅔ of it.
    issued = engine.issue("PASSPORT")
    assert issued.people_ahead == 3
    assert issued.expected_wait_minutes == 3 * 12 * 3 // 2
    # CIVIL comes first at window 3: the whole window, whatever PASSPORT waits.
    assert engine.issue("CIVIL").expected_wait_minutes == 2 * 15


def test_two_windows_and_a_shared_one(engine: QueueEngine) -> None:
    staff(engine, 1, 3)  # 1: PASSPORT; 3: CIVIL first, then PASSPORT
    for _ in range(3):
        engine.issue("CIVIL")
    # 5 PASSPORT (this one too) against 3 CIVIL: 1 + 5/8 windows.
    issued = [engine.issue("PASSPORT") for _ in range(5)][-1]
    assert issued.people_ahead == 4
    assert issued.expected_wait_minutes == 30  # ceil(4 × 12 ÷ 1.625) = ceil(29.54)


def test_the_remaining_time_of_the_visitor_at_the_window(
    engine: QueueEngine, clock: FixedClock
) -> None:
    staff(engine, 1)
    engine.issue("PASSPORT")
    engine.call_next(1)
    engine.start(1)
    clock.advance(minutes=5)
    # Nobody ahead, but the only window is busy: 12 − 5 minutes left.
    assert engine.issue("PASSPORT").expected_wait_minutes == 7
    # One ahead: that one's 12 minutes, plus the 7 left.
    assert engine.issue("PASSPORT").expected_wait_minutes == 12 + 7
    clock.advance(minutes=30)  # longer than expected: nothing left, not less than nothing
    assert engine.issue("PASSPORT").expected_wait_minutes == 2 * 12


def test_a_free_window_and_nobody_ahead_is_no_wait(engine: QueueEngine) -> None:
    staff(engine, 1, 2)
    engine.issue("PASSPORT")
    engine.call_next(1)
    assert engine.issue("PASSPORT").expected_wait_minutes == 0  # window 2 is free


# ---------------------------------------------------------------- one model


def test_the_kiosk_and_the_ticket_use_the_one_model(
    engine: QueueEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, int]] = []
    model = estimate.estimate_wait

    def spy(session, service, ahead, now, tz):  # type: ignore[no-untyped-def]
        calls.append((service.code, ahead))
        return model(session, service, ahead, now, tz) + 100

    monkeypatch.setattr(queue_module, "estimate_wait", spy)
    staff(engine, 6)
    engine.issue("PENSION")
    issued = engine.issue("PENSION")
    assert issued.expected_wait_minutes == 110 and calls[-1] == ("PENSION", 1)
    # The status look-up and the reprint, too.
    assert engine.position(issued.ticket.number).expected_wait_minutes == 110
    reception = engine.authenticate(*DEMO_STAFF[7])
    assert engine.reprint(issued.ticket.number, actor=reception).expected_wait_minutes == 110
    assert len(calls) == 4
    # The printed ticket and the kiosk's page show the engine's minutes.
    wait = translate(layout.WAIT, "ru", minutes=110)
    assert wait in layout.wait_lines(issued, "ru")
    assert wait in layout.build_layout(issued, engine.settings).texts()
    from conq_desktop.views.kiosk import issued_page

    assert issued_page.wait_lines is layout.wait_lines
