"""Bookings (engine/bookings.py, docs/bookings.md): slots follow the opening hours,
lunch and holidays; capacity and the walk-ins' share; the race for a slot's last place;
codes; cancelling and moving journalled with old and new; refusals; who may book."""

from __future__ import annotations

import multiprocessing
from datetime import date, time

import pytest
from sqlalchemy import select

import conq_desktop.engine.bookings as bookings_module
from conq_desktop.db import Database
from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.accounts import change_settings
from conq_desktop.engine.bookings import CODE_ALPHABET, CODE_LENGTH, Bookings, slot_starts
from conq_desktop.errors import ConfigError, NotAllowed, NotFound, QueueError, UsageError
from conq_desktop.models import (
    Booking,
    BookingStatus,
    EventKind,
    Holiday,
    Operator,
    Service,
    ServiceHours,
    TicketEvent,
)
from conq_desktop.printing.booking_slip import read_booking_slip
from tests.conftest import TUESDAY_MORNING
from tests.engine.booking_worker import book_once
from tests.helpers.processes import in_processes

TUESDAY = date(2026, 11, 24)  # the clock: 10:00 local
WEDNESDAY = date(2026, 11, 25)
SUNDAY = date(2026, 11, 29)


def _desk(engine: QueueEngine, login: str = "bakyt", pin: str = "6666") -> Bookings:
    return Bookings(engine.db, engine.authenticate(login, pin), engine.clock)


def _settings(engine: QueueEngine, **values: str) -> None:
    """Booking settings as an administrator changes them (checked, journalled)."""
    admin = engine.authenticate("admin", "9999")
    change_settings(engine.db, values, actor=admin, clock=engine.clock)


def _events(db: Database, kind: EventKind) -> list[TicketEvent]:
    with db.read_session() as session:
        query = select(TicketEvent).where(TicketEvent.kind == kind).order_by(TicketEvent.seq)
        return list(session.scalars(query))


def _set_lunch(db: Database, weekday: int, start: time, end: time) -> None:
    with db.write_session() as session:
        service = session.scalars(select(Service).where(Service.code == "PASSPORT")).one()
        hours = session.get_one(ServiceHours, (service.id, weekday))
        hours.lunch_from, hours.lunch_until = start, end


def test_slots_follow_the_opening_hours(engine: QueueEngine) -> None:
    slots = Bookings(engine.db, clock=engine.clock).free_slots("PASSPORT", WEDNESDAY)
    starts = [slot.start for slot in slots]
    # PASSPORT: 08:30–17:30, every 15 minutes, the last one ending at closing.
    assert starts[0] == time(8, 30)
    assert starts[-1] == time(17, 15)
    assert len(starts) == 36
    assert all(slot.capacity == 2 and slot.left == 2 for slot in slots)


def test_no_slots_on_a_closed_day_a_holiday_in_the_past_or_beyond_the_horizon(
    engine: QueueEngine,
) -> None:
    desk = Bookings(engine.db, clock=engine.clock)
    assert desk.free_slots("PASSPORT", SUNDAY) == []  # PASSPORT: Monday to Saturday
    assert desk.free_slots("PASSPORT", date(2026, 11, 23)) == []  # yesterday
    assert desk.free_slots("PASSPORT", date(2026, 12, 8)) != []  # the 14th day ahead
    assert desk.free_slots("PASSPORT", date(2026, 12, 9)) == []  # the 15th
    with engine.db.write_session() as session:
        session.add(Holiday(day=WEDNESDAY, name="holiday"))
    assert desk.free_slots("PASSPORT", WEDNESDAY) == []


def test_todays_begun_slots_are_not_offered(engine: QueueEngine) -> None:
    slots = Bookings(engine.db, clock=engine.clock).free_slots("PASSPORT", TUESDAY)
    assert slots[0].start == time(10, 15)  # 10:00 has begun


def test_no_slot_overlaps_lunch(engine: QueueEngine) -> None:
    _set_lunch(engine.db, 3, time(12, 50), time(14, 0))
    starts = [
        s.start for s in Bookings(engine.db, clock=engine.clock).free_slots("PASSPORT", WEDNESDAY)
    ]
    assert time(12, 30) in starts  # ends 12:45
    assert time(12, 45) not in starts  # would run into lunch
    assert not any(time(12, 45) <= start < time(14, 0) for start in starts)
    assert time(14, 0) in starts


def test_slot_length_setting(engine: QueueEngine) -> None:
    _settings(engine, booking_slot_minutes="60")
    starts = [
        s.start for s in Bookings(engine.db, clock=engine.clock).free_slots("PASSPORT", WEDNESDAY)
    ]
    assert starts == [time(8 + h, 30) for h in range(9)]


def test_slot_starts_without_hours_is_empty(engine: QueueEngine) -> None:
    with engine.db.read_session() as session:
        service = session.scalars(select(Service).where(Service.code == "PASSPORT")).one()
        assert slot_starts(service, WEDNESDAY, 15, holiday=True) == []
        assert slot_starts(service, SUNDAY, 15, holiday=False) == []


def test_booking_takes_a_place_and_is_journalled(engine: QueueEngine) -> None:
    desk = _desk(engine)
    booking = desk.book(
        "PASSPORT", WEDNESDAY, time(9, 0), name="Aida", phone="0555", id_digits="123"
    )
    assert booking.status == BookingStatus.BOOKED
    assert (booking.name, booking.phone, booking.id_digits) == ("Aida", "0555", "123")
    slot = next(s for s in desk.free_slots("PASSPORT", WEDNESDAY) if s.start == time(9, 0))
    assert (slot.booked, slot.left) == (1, 1)
    (event,) = _events(engine.db, EventKind.BOOKING_MADE)
    assert event.details == {
        "code": booking.code,
        "service": "PASSPORT",
        "day": "2026-11-25",
        "time": "09:00",
    }
    assert event.operator_id is not None
    # No personal data in the history.
    assert "Aida" not in repr(event.details)
    assert [b.code for b in desk.list_bookings(WEDNESDAY)] == [booking.code]
    assert desk.list_bookings(WEDNESDAY, "CIVIL") == []


def test_a_full_slot_is_refused(engine: QueueEngine) -> None:
    desk = _desk(engine)
    desk.book("PASSPORT", WEDNESDAY, time(9, 0))
    desk.book("PASSPORT", WEDNESDAY, time(9, 0))
    with pytest.raises(QueueError, match="full"):
        desk.book("PASSPORT", WEDNESDAY, time(9, 0))
    assert len(desk.list_bookings(WEDNESDAY)) == 2
    # Another service's same slot is its own.
    desk.book("CIVIL", WEDNESDAY, time(9, 0))


def test_walk_in_share_keeps_places_rounded_up(engine: QueueEngine) -> None:
    _settings(engine, booking_capacity="3", booking_walk_in_share="10")
    desk = _desk(engine)
    assert desk.free_slots("PASSPORT", WEDNESDAY)[0].capacity == 2
    desk.book("PASSPORT", WEDNESDAY, time(9, 0))
    desk.book("PASSPORT", WEDNESDAY, time(9, 0))
    with pytest.raises(QueueError):
        desk.book("PASSPORT", WEDNESDAY, time(9, 0))


@pytest.mark.parametrize(
    ("day", "start", "words"),
    [
        (WEDNESDAY, time(9, 5), "no slot"),  # not a slot's start
        (WEDNESDAY, time(7, 0), "no slot"),  # before opening
        (WEDNESDAY, time(17, 30), "no slot"),  # closing time
        (SUNDAY, time(9, 0), "no slot"),  # closed day
        (TUESDAY, time(9, 0), "passed"),  # today, begun
        (TUESDAY, time(10, 0), "passed"),  # the slot of now
        (date(2026, 11, 23), time(12, 0), "passed"),
        (date(2026, 12, 9), time(9, 0), "14 days"),
    ],
)
def test_refusals_change_nothing(engine: QueueEngine, day: date, start: time, words: str) -> None:
    desk = _desk(engine)
    with pytest.raises(QueueError, match=words):
        desk.book("PASSPORT", day, start)
    with engine.db.read_session() as session:
        assert session.scalars(select(Booking)).all() == []
    assert _events(engine.db, EventKind.BOOKING_MADE) == []


def test_bad_visitor_fields_and_unknown_service(engine: QueueEngine) -> None:
    desk = _desk(engine)
    with pytest.raises(UsageError):
        desk.book("PASSPORT", WEDNESDAY, time(9, 0), id_digits="12a")
    with pytest.raises(UsageError):
        desk.book("PASSPORT", WEDNESDAY, time(9, 0), name="x" * 201)
    with pytest.raises(NotFound):
        desk.book("NOPE", WEDNESDAY, time(9, 0))
    with pytest.raises(NotFound):
        desk.cancel("ABCDEF")


def test_codes_are_unique_and_typeable(engine: QueueEngine) -> None:
    _settings(engine, booking_capacity="100")
    desk = _desk(engine)
    codes = [desk.book("PASSPORT", WEDNESDAY, time(9, 0)).code for _ in range(60)]
    assert len(set(codes)) == len(codes)
    for code in codes:
        assert len(code) == CODE_LENGTH
        assert set(code) <= set(CODE_ALPHABET)
    assert not set("0O1IL") & set(CODE_ALPHABET)


def test_cancel_frees_the_place_and_is_journalled(engine: QueueEngine) -> None:
    desk = _desk(engine)
    code = desk.book("PASSPORT", WEDNESDAY, time(9, 0)).code
    desk.book("PASSPORT", WEDNESDAY, time(9, 0))
    cancelled = desk.cancel(code.lower())  # typed in any case
    assert cancelled.status == BookingStatus.CANCELLED
    (event,) = _events(engine.db, EventKind.BOOKING_CANCELLED)
    assert (event.details["code"], event.details["old"], event.details["new"]) == (
        code,
        "booked",
        "cancelled",
    )
    desk.book("PASSPORT", WEDNESDAY, time(9, 0))  # the place is free again
    with pytest.raises(QueueError, match="cancelled"):
        desk.cancel(code)


# Latin letters of the booking alphabet and the Cyrillic ones that look like them.
_LATIN_LOOKALIKES = str.maketrans("ABCEHKMPTXY", "АВСЕНКМРТХУ")


def test_a_code_typed_with_look_alike_letters_is_found_to_cancel_or_move(
    engine: QueueEngine,
) -> None:
    """As at the kiosk's check-in (engine/lookalikes.py): a code copied from the slip on
    a Russian keyboard, with spaces or a dash, finds its booking."""
    desk = _desk(engine)
    codes = [desk.book("PASSPORT", WEDNESDAY, time(9, 0)).code for _ in range(2)]
    moved = desk.reschedule(f" {codes[0][:3]}-{codes[0][3:]} ", WEDNESDAY, time(11, 0))
    assert moved.code == codes[0]
    # The Bookings window finds a code read out to it the same way (its slip).
    read_out = codes[0].translate(_LATIN_LOOKALIKES).lower()
    assert read_booking_slip(engine.db, read_out).booking.code == codes[0]
    # Every Latin look-alike of the alphabet, typed Cyrillic and in small letters.
    typed = "ABCEHKMPTXY".translate(_LATIN_LOOKALIKES).lower()
    with engine.db.write_session() as session:
        booking = session.scalars(select(Booking).where(Booking.code == codes[1])).one()
        booking.code = "ABCEHKMPTXY"[:CODE_LENGTH]
    assert desk.cancel(typed[:CODE_LENGTH]).code == "ABCEHK"
    with engine.db.write_session() as session:
        booking = session.scalars(select(Booking).where(Booking.code == "ABCEHK")).one()
        booking.code, booking.status = "MPTXY2", BookingStatus.BOOKED
    assert desk.cancel(typed[CODE_LENGTH:] + "2").code == "MPTXY2"
    with pytest.raises(NotFound, match="No booking has the code"):
        desk.cancel("ЖЖЖЖЖЖ")


def test_reschedule_moves_and_is_journalled(engine: QueueEngine) -> None:
    desk = _desk(engine)
    code = desk.book("PASSPORT", WEDNESDAY, time(9, 0)).code
    moved = desk.reschedule(code, date(2026, 11, 26), time(11, 30))
    assert (moved.code, moved.day, moved.start) == (code, date(2026, 11, 26), time(11, 30))
    (event,) = _events(engine.db, EventKind.BOOKING_MOVED)
    assert event.details["old"] == {"day": "2026-11-25", "time": "09:00"}
    assert event.details["new"] == {"day": "2026-11-26", "time": "11:30"}
    assert desk.list_bookings(WEDNESDAY) == []
    # Into a full slot: refused, the booking stays.
    desk.book("PASSPORT", WEDNESDAY, time(9, 0))
    desk.book("PASSPORT", WEDNESDAY, time(9, 0))
    with pytest.raises(QueueError, match="full"):
        desk.reschedule(code, WEDNESDAY, time(9, 0))
    with pytest.raises(QueueError):
        desk.reschedule(code, date(2026, 11, 26), time(11, 30))  # where it is
    assert [b.start for b in desk.list_bookings(date(2026, 11, 26))] == [time(11, 30)]


@pytest.mark.parametrize(
    ("login", "pin"), [("bakyt", "6666"), ("gulnara", "5555"), ("admin", "9999")]
)
def test_reception_supervisor_and_admin_may_book(engine: QueueEngine, login: str, pin: str) -> None:
    _desk(engine, login, pin).book("PASSPORT", WEDNESDAY, time(9, 0))


def test_an_operator_or_nobody_may_not_book(engine: QueueEngine) -> None:
    with pytest.raises(NotAllowed):
        _desk(engine, "aibek", "1111").book("PASSPORT", WEDNESDAY, time(9, 0))
    with pytest.raises(NotAllowed):
        Bookings(engine.db, None, engine.clock).book("PASSPORT", WEDNESDAY, time(9, 0))
    code = _desk(engine).book("PASSPORT", WEDNESDAY, time(9, 0)).code
    with pytest.raises(NotAllowed):
        _desk(engine, "aibek", "1111").cancel(code)


def test_a_deactivated_receptionist_is_refused(engine: QueueEngine) -> None:
    desk = _desk(engine)
    with engine.db.write_session() as session:
        session.scalars(select(Operator).where(Operator.login == "bakyt")).one().active = False
    with pytest.raises(NotAllowed):
        desk.book("PASSPORT", WEDNESDAY, time(9, 0))


def test_desks_racing_for_the_last_place_do_not_overbook(engine: QueueEngine, db_url: str) -> None:
    """Six reception desks in six OS processes book the same slot at once, which has
    one place left: exactly one gets it."""
    _desk(engine).book("PASSPORT", WEDNESDAY, time(9, 0))  # one of two places taken
    desks = 6
    context = multiprocessing.get_context("spawn")
    barrier = context.Manager().Barrier(desks)
    results = in_processes(
        book_once, [(db_url, TUESDAY_MORNING.isoformat(), WEDNESDAY.isoformat(), barrier)] * desks
    )
    assert len([code for code in results if code is not None]) == 1
    with engine.db.read_session() as session:
        held = session.scalars(select(Booking).where(Booking.status == BookingStatus.BOOKED))
        assert len(held.all()) == 2
    assert len(_events(engine.db, EventKind.BOOKING_MADE)) == 2


def test_fixed_clock_is_what_the_engine_reads(clock: FixedClock, engine: QueueEngine) -> None:
    clock.advance(days=1)  # Wednesday 10:00: the morning's slots have begun
    slots = Bookings(engine.db, clock=engine.clock).free_slots("PASSPORT", WEDNESDAY)
    assert slots[0].start == time(10, 15)


def test_booking_settings_are_checked_and_journalled(engine: QueueEngine) -> None:
    _settings(engine, booking_capacity="4", booking_walk_in_share="50")
    (event,) = _events(engine.db, EventKind.SETTINGS_CHANGED)
    assert {"key": "booking_capacity", "old": "2", "new": "4"} in event.details["changes"]
    assert (
        Bookings(engine.db, clock=engine.clock).free_slots("PASSPORT", WEDNESDAY)[0].capacity == 2
    )
    for key, value in (("booking_capacity", "0"), ("booking_walk_in_share", "101")):
        with pytest.raises(ConfigError):
            _settings(engine, **{key: value})


def test_a_code_already_taken_is_drawn_again(
    engine: QueueEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    draws = iter("AAAAAAAAAAAABBBBBB")
    monkeypatch.setattr(bookings_module.secrets, "choice", lambda _alphabet: next(draws))
    desk = _desk(engine)
    assert desk.book("PASSPORT", WEDNESDAY, time(9, 0)).code == "AAAAAA"
    assert desk.book("PASSPORT", WEDNESDAY, time(9, 0)).code == "BBBBBB"
