"""Purging visitors' personal data (engine/booking_purge.py): old bookings' names,
phones and ID digits erased and newer ones kept, past bookings nobody checked in
expired, one event per run, the hash chain still whole, closing the day purges too,
a re-import does not bring the data back, and who may purge."""

from __future__ import annotations

import json
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.audit import verify_chain
from conq_desktop.engine.booking_import import import_bookings
from conq_desktop.engine.booking_purge import purge_bookings, purge_personal_data
from conq_desktop.errors import NotAllowed, UsageError
from conq_desktop.models import Booking, BookingSource, BookingStatus, EventKind, TicketEvent

TODAY = date(2026, 11, 24)  # the clock: Tuesday, 10:00 in Bishkek
NAME = "Айгүл Өмүрбекова"


def add_booking(engine: QueueEngine, code: str, day: date, status: BookingStatus) -> None:
    """A booking as it would be by ``day`` (made at the desk days before)."""
    with engine.db.write_session() as session:
        session.add(
            Booking(
                code=code,
                service_id=1,
                day=day,
                slot=time(9, 0),
                created_at=engine.clock.now() - timedelta(days=60),
                status=status,
                source=BookingSource.DESK,
                name=NAME,
                phone="+996 700 000000",
                id_last_digits="1234",
            )
        )


def visitors(engine: QueueEngine) -> dict[str, tuple[object, ...]]:
    with engine.db.read_session() as session:
        return {
            b.code: (b.name, b.phone, b.id_last_digits, b.status)
            for b in session.scalars(select(Booking))
        }


def purges(engine: QueueEngine) -> list[TicketEvent]:
    with engine.db.read_session() as session:
        query = select(TicketEvent).where(TicketEvent.kind == EventKind.BOOKING_PURGE)
        return list(session.scalars(query.order_by(TicketEvent.seq)))


@pytest.fixture
def old_and_new(engine: QueueEngine) -> QueueEngine:
    add_booking(engine, "OLD040", TODAY - timedelta(days=40), BookingStatus.BOOKED)
    add_booking(engine, "OLD031", TODAY - timedelta(days=31), BookingStatus.CHECKED_IN)
    add_booking(engine, "DAY030", TODAY - timedelta(days=30), BookingStatus.BOOKED)
    add_booking(engine, "YESTER", TODAY - timedelta(days=1), BookingStatus.CANCELLED)
    add_booking(engine, "TOMORR", TODAY + timedelta(days=1), BookingStatus.BOOKED)
    return engine


def test_data_older_than_the_setting_are_erased_and_newer_kept(old_and_new: QueueEngine) -> None:
    engine = old_and_new
    head = engine.authenticate("gulnara", "5555")  # the supervisor
    result = purge_bookings(engine.db, head, engine.clock)
    assert (result.before, result.days, result.erased) == (TODAY - timedelta(days=30), 30, 2)
    assert result.expired == ("DAY030", "OLD040")  # past and never checked in

    kept = (NAME, "+996 700 000000", "1234")
    assert visitors(engine) == {
        "OLD040": (None, None, None, BookingStatus.EXPIRED),
        "OLD031": (None, None, None, BookingStatus.CHECKED_IN),
        "DAY030": (*kept, BookingStatus.EXPIRED),  # 30 days ago: kept for now
        "YESTER": (*kept, BookingStatus.CANCELLED),
        "TOMORR": (*kept, BookingStatus.BOOKED),
    }
    [event] = purges(engine)
    assert event.operator_id == head.id
    assert event.details == {
        "before": "2026-10-25",
        "days": 30,
        "erased": 2,
        "expired": 2,
        "codes": ["DAY030", "OLD040"],
    }
    assert NAME not in json.dumps(event.details, ensure_ascii=False)
    # The history never held the data, so erasing them leaves every link whole.
    assert verify_chain(engine.db).intact

    # Nothing left to do: nothing written, not even an event.
    assert purge_personal_data(engine.db, head, engine.clock) == 0
    assert len(purges(engine)) == 1


def test_days_given_on_the_command_line(old_and_new: QueueEngine) -> None:
    engine = old_and_new
    admin = engine.authenticate("admin", "9999")
    assert purge_personal_data(engine.db, admin, engine.clock, days=0) == 4  # every past day
    assert visitors(engine)["YESTER"][:3] == (None, None, None)
    assert visitors(engine)["TOMORR"][0] == NAME
    with pytest.raises(UsageError):
        purge_personal_data(engine.db, admin, engine.clock, days=-1)
    assert verify_chain(engine.db).intact


def test_closing_the_day_purges(old_and_new: QueueEngine) -> None:
    engine = old_and_new
    engine.issue("PASSPORT")  # something happened today
    head = engine.authenticate("gulnara", "5555")
    sealed = engine.close_day(TODAY, actor=head)
    assert visitors(engine)["OLD040"][:3] == (None, None, None)
    [purge] = purges(engine)
    assert purge.seq == sealed.seal.seq - 1  # just before the close: the seal covers it
    assert verify_chain(engine.db, seal=sealed.seal).intact

    # Closed again with nothing to purge: it closes, and no purge event is added.
    again = engine.close_day(TODAY, actor=head)
    assert again.seal.seq == sealed.seal.seq + 1
    assert len(purges(engine)) == 1


def test_a_reimport_does_not_bring_purged_data_back(
    engine: QueueEngine, clock: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "portal.csv"
    path.write_text(f"code,service,date,time,name\nKEEP01,PASSPORT,2026-11-25,09:00,{NAME}\n")
    desk = engine.authenticate("bakyt", "6666")
    import_bookings(engine.db, path, desk, clock)
    clock.advance(days=40)
    purge_personal_data(engine.db, engine.authenticate("admin", "9999"), clock)
    assert visitors(engine)["KEEP01"] == (None, None, None, BookingStatus.EXPIRED)
    # A day gone by, as it is: unchanged, not refused, and the name stays erased.
    assert import_bookings(engine.db, path, desk, clock).unchanged == 1
    assert visitors(engine)["KEEP01"][0] is None


def test_only_a_supervisor_or_administrator_may_purge(old_and_new: QueueEngine) -> None:
    engine = old_and_new
    before = visitors(engine)
    for login, pin in (("bakyt", "6666"), ("aibek", "1111")):  # receptionist, operator
        with pytest.raises(NotAllowed):
            purge_personal_data(engine.db, engine.authenticate(login, pin), engine.clock)
    with pytest.raises(NotAllowed):
        purge_personal_data(engine.db, None, engine.clock)
    assert visitors(engine) == before
    assert purges(engine) == []
