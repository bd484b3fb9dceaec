"""Check-in (engine/checkin.py, QueueEngine.check_in; docs/bookings.md "Check-in") and
the order of calling with booked visitors (docs/queue-rules.md, "Appointments")."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.accounts import change_settings
from conq_desktop.engine.bookings import BookingInfo, Bookings
from conq_desktop.engine.checkin import CheckInRefused, Problem
from conq_desktop.engine.lookalikes import code_spellings as spellings
from conq_desktop.errors import NotFound, QueueError
from conq_desktop.models import Booking, BookingStatus, EventKind, Service, Ticket, TicketEvent
from tests.conftest import staff

TUESDAY = date(2026, 11, 24)  # the clock starts at 10:00 local (04:00 UTC)


def _book(engine: QueueEngine, at: time, service: str = "PASSPORT", day: date = TUESDAY) -> str:
    desk = Bookings(engine.db, engine.authenticate("bakyt", "6666"), engine.clock)
    booking: BookingInfo = desk.book(service, day, at)
    return booking.code


def _settings(engine: QueueEngine, **values: str) -> None:
    admin = engine.authenticate("admin", "9999")
    change_settings(engine.db, values, actor=admin, clock=engine.clock)
    engine.reload_settings()


def _clock(engine: QueueEngine) -> FixedClock:
    assert isinstance(engine.clock, FixedClock)
    return engine.clock


def _booking(engine: QueueEngine, code: str) -> Booking:
    with engine.db.read_session() as session:
        return session.scalars(select(Booking).where(Booking.code == code)).one()


def test_a_booked_visitor_checks_in_within_the_window(engine: QueueEngine) -> None:
    code = _book(engine, time(10, 15))
    issued = engine.check_in(code.lower())  # 15 minutes before: the window opens
    assert issued.appointment == time(10, 15)
    assert issued.ticket.number == "А-001"
    booking = _booking(engine, code)
    assert booking.status == BookingStatus.CHECKED_IN
    assert booking.ticket_id == issued.ticket.id
    with engine.db.read_session() as session:
        ticket = session.get_one(Ticket, issued.ticket.id)
        assert ticket.appointment_at == datetime(2026, 11, 24, 4, 15, tzinfo=UTC)
        event = session.scalars(select(TicketEvent).where(TicketEvent.ticket_id == ticket.id)).one()
    assert event.kind == EventKind.ISSUED
    assert event.details["booking"] == code
    assert event.details["appointment"] == "2026-11-24T04:15:00+00:00"
    # A status look-up of the same ticket still names the slot.
    assert engine.position(issued.ticket.number).appointment == time(10, 15)


def test_too_early_and_too_late_are_refused_with_the_times(engine: QueueEngine) -> None:
    code = _book(engine, time(10, 30))
    with pytest.raises(CheckInRefused) as early:
        engine.check_in(code)  # 10:00, the window opens at 10:15
    assert early.value.problem == Problem.EARLY
    assert not early.value.walk_in
    assert "10:15" in early.value.message("en")
    assert _booking(engine, code).status == BookingStatus.BOOKED

    _clock(engine).advance(minutes=41)  # 10:41, one minute after the window closed
    with pytest.raises(CheckInRefused) as late:
        engine.check_in(code)
    assert late.value.problem == Problem.LATE
    assert late.value.walk_in and late.value.service == "PASSPORT"
    assert "10:40" in late.value.message("ru")
    with engine.db.read_session() as session:
        assert session.scalars(select(Ticket)).all() == []


def test_the_window_follows_the_settings(engine: QueueEngine) -> None:
    code = _book(engine, time(10, 30))
    _settings(engine, booking_early_minutes="30")
    assert engine.check_in(code).appointment == time(10, 30)


def test_used_cancelled_other_day_and_unknown_codes(engine: QueueEngine) -> None:
    code = _book(engine, time(10, 15))
    first = engine.check_in(code)
    with pytest.raises(CheckInRefused) as used:
        engine.check_in(code)
    assert used.value.problem == Problem.USED
    assert first.ticket.number in used.value.message("ky")

    cancelled = _book(engine, time(10, 15))
    Bookings(engine.db, engine.authenticate("bakyt", "6666"), engine.clock).cancel(cancelled)
    with pytest.raises(CheckInRefused) as gone:
        engine.check_in(cancelled)
    assert gone.value.problem == Problem.CANCELLED

    tomorrow = _book(engine, time(10, 15), day=TUESDAY + timedelta(days=1))
    with pytest.raises(CheckInRefused) as other:
        engine.check_in(tomorrow)
    assert other.value.problem == Problem.OTHER_DAY and not other.value.walk_in

    with pytest.raises(NotFound):
        engine.check_in("ZZZZZZ")
    with engine.db.read_session() as session:
        assert len(session.scalars(select(Ticket)).all()) == 1


def test_codes_typed_on_a_russian_keyboard_or_with_look_alike_letters(
    engine: QueueEngine,
) -> None:
    assert spellings(" ab-3k ") == ["AB3K"]
    assert "AB3K" in spellings("АВ3К")  # Cyrillic А, В, К
    assert "QWERTY" in spellings("йцукен")  # the same keys on a Russian layout
    code = _book(engine, time(10, 15))
    russian = code.translate(
        str.maketrans("QWERTYUIOPASDFGHJKLZXCVBNM", "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ")
    )
    assert engine.check_in(russian).appointment == time(10, 15)


def test_a_daily_limit_does_not_refuse_a_booked_visitor(engine: QueueEngine) -> None:
    with engine.db.write_session() as session:
        service = session.scalars(select(Service).where(Service.code == "PASSPORT")).one()
        service.daily_limit = 1
    engine.issue("PASSPORT")
    with pytest.raises(QueueError):
        engine.issue("PASSPORT")
    code = _book(engine, time(10, 15))
    assert engine.check_in(code).ticket.number == "А-002"  # the refused number was not used up


def test_a_booked_visitor_goes_ahead_of_walk_ins_once_the_slot_begins(
    engine: QueueEngine,
) -> None:
    staff(engine, 1)
    code = _book(engine, time(10, 15))
    walk_ins = [engine.issue("PASSPORT").ticket.number for _ in range(3)]
    booked = engine.check_in(code)
    # Before 10:15 the booked visitor waits like a walk-in who came at 10:00.
    assert booked.people_ahead == 3
    assert engine.call_next(1).number == walk_ins[0]
    _clock(engine).advance(minutes=15)  # 10:15: the slot has begun
    assert engine.position(booked.ticket.number).people_ahead == 0
    assert engine.position(walk_ins[1]).people_ahead == 1
    engine.start(1)
    engine.finish(1)
    assert engine.call_next(1).number == booked.ticket.number


def test_at_most_every_kth_call_of_a_window_goes_to_a_booked_visitor(
    engine: QueueEngine,
) -> None:
    staff(engine, 1)
    codes = [_book(engine, time(10, 15)) for _ in range(2)]
    codes += [_book(engine, time(10, 30)) for _ in range(2)]
    walk_ins = [engine.issue("PASSPORT").ticket.number for _ in range(4)]
    _clock(engine).advance(minutes=15)
    booked = [engine.check_in(code).ticket.number for code in codes[:2]]
    _clock(engine).advance(minutes=15)  # 10:30
    booked += [engine.check_in(code).ticket.number for code in codes[2:]]

    def serve() -> str:
        _clock(engine).advance(seconds=30)
        number = engine.call_next(1).number
        engine.start(1)
        engine.finish(1)
        return number

    # booking_call_every = 2: a booked visitor, a walk-in, a booked visitor, ...
    assert [serve() for _ in range(8)] == [
        booked[0],
        walk_ins[0],
        booked[1],
        walk_ins[1],
        booked[2],
        walk_ins[2],
        booked[3],
        walk_ins[3],
    ]


def test_with_every_call_booked_visitors_all_go_first(engine: QueueEngine) -> None:
    _settings(engine, booking_call_every="1")
    staff(engine, 1)
    codes = [_book(engine, time(10, 15)) for _ in range(2)]
    walk_in = engine.issue("PASSPORT").ticket.number
    _clock(engine).advance(minutes=15)
    booked = [engine.check_in(code).ticket.number for code in codes]
    called = []
    for _ in range(3):
        _clock(engine).advance(seconds=30)
        called.append(engine.call_next(1).number)
        engine.start(1)
        engine.finish(1)
    assert called == [*booked, walk_in]


def test_a_postponed_booked_visitor_waits_like_anyone_else(engine: QueueEngine) -> None:
    staff(engine, 1)
    code = _book(engine, time(10, 15))
    _clock(engine).advance(minutes=15)
    booked = engine.check_in(code).ticket.number
    walk_in = engine.issue("PASSPORT").ticket.number
    assert engine.call_next(1).number == booked
    _clock(engine).advance(minutes=1)
    engine.postpone(1)
    assert engine.call_next(1).number == walk_in
    with engine.db.read_session() as session:
        ticket = session.scalars(select(Ticket).where(Ticket.number == booked)).one()
        assert ticket.appointment_at is None
