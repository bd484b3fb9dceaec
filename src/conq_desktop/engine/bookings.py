"""Bookings: slots of a service on a day, booking a place in one, cancelling and moving
it (docs/bookings.md).

Slots come from the service's opening hours of that weekday: every
``booking_slot_minutes`` from opening, each wholly before closing and clear of the
lunch break; none on a holiday or a closed day, none already begun, none beyond
``booking_horizon_days``. Each slot has ``booking_capacity`` places, of which
``booking_walk_in_share`` per cent (rounded up) are kept for walk-ins.

The capacity check and the insert happen in one write transaction, and writers take
turns (``Database.write_session``), so two desks racing for a slot's last place never
both get it. Every change is journalled (``booking_made``, ``booking_cancel``,
``booking_moved``) with who, the code, and the old and new slot or status; the
visitor's name, phone and ID digits never go into the history.

No Qt here.
"""

from __future__ import annotations

import math
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conq_desktop.db import Database
from conq_desktop.engine.auth import Actor, require
from conq_desktop.engine.clock import Clock, SystemClock
from conq_desktop.engine.journal import record
from conq_desktop.engine.lookalikes import code_spellings
from conq_desktop.engine.reads import is_holiday
from conq_desktop.engine.rules import Permission, may
from conq_desktop.engine.settings import read_settings, setting_values
from conq_desktop.errors import NotFound, QueueError, UsageError
from conq_desktop.i18n import _
from conq_desktop.models import (
    Booking,
    BookingSource,
    BookingStatus,
    EventKind,
    Operator,
    Service,
)

# A booking code: six characters from an alphabet without the look-alikes 0/O, 1/I/L
# (31 characters, about 887 million codes). Typed in any case; shown in capitals.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6
NAME_MAX, PHONE_MAX, DIGITS_MAX = 200, 32, 8
# The statuses that hold a place in their slot.
HOLDING = (BookingStatus.BOOKED, BookingStatus.CHECKED_IN)

UNKNOWN_SERVICE = _("Unknown service: {code}")
UNKNOWN_BOOKING = _("No booking has the code {code}.")
SLOT_FULL = _("The slot {time} on {day} for {service} is full: choose another.")
NO_SLOT = _(
    "{service} has no slot at {time} on {day}: it is closed then, or a slot does not start then."
)
PAST = _("The slot {time} on {day} has begun or passed: choose a later one.")
TOO_FAR = _("Bookings are taken up to {days} days ahead: {day} is too far.")
NOT_BOOKED = _("The booking {code} is {status}: only a booking still to come can change.")
TOO_LONG = _("“{field}” is too long: at most {max} characters.")
BAD_DIGITS = _("The last digits of an ID are 1–8 digits.")
SAME_SLOT = _("The booking {code} is already at {time} on {day}.")


@dataclass(frozen=True)
class BookingRules:
    slot_minutes: int
    capacity: int
    horizon_days: int
    walk_in_share: int

    @property
    def bookable(self) -> int:
        """The places of a slot that can be booked: the capacity less the walk-ins'
        share, rounded up in the walk-ins' favour."""
        return self.capacity - math.ceil(self.capacity * self.walk_in_share / 100)

    @classmethod
    def read(cls, session: Session) -> BookingRules:
        values = setting_values(session)
        return cls(
            slot_minutes=max(1, int(values["booking_slot_minutes"])),
            capacity=int(values["booking_capacity"]),
            horizon_days=int(values["booking_horizon_days"]),
            walk_in_share=int(values["booking_walk_in_share"]),
        )


@dataclass(frozen=True)
class Slot:
    start: time
    capacity: int  # bookable places
    booked: int

    @property
    def left(self) -> int:
        return max(0, self.capacity - self.booked)

    def as_json(self) -> dict[str, Any]:
        return {
            "time": self.start.strftime("%H:%M"),
            "capacity": self.capacity,
            "booked": self.booked,
            "left": self.left,
        }


@dataclass(frozen=True)
class BookingInfo:
    code: str
    service: str
    day: date
    start: time
    status: BookingStatus
    source: BookingSource
    name: str | None
    phone: str | None
    id_digits: str | None

    @classmethod
    def of(cls, booking: Booking, service_code: str) -> BookingInfo:
        return cls(
            booking.code,
            service_code,
            booking.day,
            booking.slot,
            booking.status,
            booking.source,
            booking.name,
            booking.phone,
            booking.id_last_digits,
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "service": self.service,
            "day": self.day.isoformat(),
            "time": self.start.strftime("%H:%M"),
            "status": self.status.value,
            "source": self.source.value,
            "name": self.name,
            "phone": self.phone,
            "id_digits": self.id_digits,
        }


def _minutes(moment: time | None) -> int:
    return 24 * 60 if moment is None else moment.hour * 60 + moment.minute


def slot_starts(service: Service, day: date, slot_minutes: int, *, holiday: bool) -> list[time]:
    """The starts of ``service``'s slots on ``day`` by its hours alone: from opening,
    every ``slot_minutes``, each ending by closing and not overlapping lunch."""
    hours = None if holiday or service.retired else service.hours_on(day.isoweekday())
    if hours is None:
        return []
    opens, closes = _minutes(hours.opens_at), _minutes(hours.closes_at)
    lunch = None
    if hours.lunch_from is not None and hours.lunch_until is not None:
        lunch = (_minutes(hours.lunch_from), _minutes(hours.lunch_until))
    starts = []
    start = opens
    while start + slot_minutes <= closes:
        end = start + slot_minutes
        if lunch is not None and start < lunch[1] and end > lunch[0]:
            start = lunch[1]  # slots start again when lunch ends
            continue
        starts.append(time(start // 60, start % 60))
        start = end
    return starts


def find_booking(session: Session, typed: str) -> Booking:
    """The booking of the code ``typed``, as a person typed or a scanner sent it:
    any case, spaces and dashes, look-alike Cyrillic letters or a Russian keyboard
    layout (``lookalikes.code_spellings``); the first spelling a booking has wins."""
    codes = code_spellings(typed)
    rows = {
        booking.code: booking
        for booking in session.scalars(select(Booking).where(Booking.code.in_(codes)))
    }
    for code in codes:
        if code in rows:
            return rows[code]
    raise NotFound(UNKNOWN_BOOKING, code=codes[0] if codes else typed.strip())


def new_code(session: Session) -> str:
    """A code no booking has (asked in the writer's transaction, so it stays free)."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if session.scalar(select(Booking.id).where(Booking.code == code)) is None:
            return code


class Bookings:
    """Booking slots of the centre's services, acting as ``actor`` for changes."""

    def __init__(self, db: Database, actor: Actor | None = None, clock: Clock | None = None):
        self.db = db
        self.actor = actor
        self.clock = clock or SystemClock()

    # ------------------------------------------------------------------ reads

    def free_slots(self, service_code: str, day: date) -> list[Slot]:
        """The slots of ``service_code`` on ``day`` one may still book (begun ones, a
        day beyond the horizon or a closed day give none), each with places left."""
        with self.db.read_session() as session:
            return self._slots(session, self._service(session, service_code), day)

    def list_bookings(self, day: date, service_code: str | None = None) -> list[BookingInfo]:
        with self.db.read_session() as session:
            query = (
                select(Booking, Service.code)
                .join(Service, Service.id == Booking.service_id)
                .where(Booking.day == day)
                .order_by(Booking.slot, Service.sort_order, Booking.id)
            )
            if service_code is not None:
                query = query.where(Booking.service_id == self._service(session, service_code).id)
            return [BookingInfo.of(booking, code) for booking, code in session.execute(query)]

    # ------------------------------------------------------------------ changes

    def book(
        self,
        service_code: str,
        day: date,
        start: time,
        *,
        name: str | None = None,
        phone: str | None = None,
        id_digits: str | None = None,
    ) -> BookingInfo:
        fields = visitor_fields(name, phone, id_digits)
        with self._change() as (session, actor, now):
            service = self._service(session, service_code)
            self._check_slot(session, service, day, start, now)
            booking = Booking(
                code=new_code(session),
                service_id=service.id,
                day=day,
                slot=start,
                created_at=now,
                status=BookingStatus.BOOKED,
                source=BookingSource.DESK,
                **fields,
            )
            session.add(booking)
            session.flush()
            record(
                session,
                EventKind.BOOKING_MADE,
                now,
                operator_id=actor.id,
                code=booking.code,
                service=service.code,
                day=day.isoformat(),
                time=start.strftime("%H:%M"),
            )
            return BookingInfo.of(booking, service.code)

    def cancel(self, code: str) -> BookingInfo:
        with self._change() as (session, actor, now):
            booking, service = self._booked(session, code)
            booking.status = BookingStatus.CANCELLED
            record(
                session,
                EventKind.BOOKING_CANCELLED,
                now,
                operator_id=actor.id,
                code=booking.code,
                service=service.code,
                day=booking.day.isoformat(),
                time=booking.slot.strftime("%H:%M"),
                old=BookingStatus.BOOKED.value,
                new=BookingStatus.CANCELLED.value,
            )
            return BookingInfo.of(booking, service.code)

    def reschedule(self, code: str, day: date, start: time) -> BookingInfo:
        """Move a booking to another slot of its service (the same code)."""
        with self._change() as (session, actor, now):
            booking, service = self._booked(session, code)
            if (booking.day, booking.slot) == (day, start):
                raise QueueError(
                    SAME_SLOT, code=booking.code, time=start.strftime("%H:%M"), day=day.isoformat()
                )
            self._check_slot(session, service, day, start, now)
            old = {"day": booking.day.isoformat(), "time": booking.slot.strftime("%H:%M")}
            booking.day, booking.slot = day, start
            record(
                session,
                EventKind.BOOKING_MOVED,
                now,
                operator_id=actor.id,
                code=booking.code,
                service=service.code,
                old=old,
                new={"day": day.isoformat(), "time": start.strftime("%H:%M")},
            )
            return BookingInfo.of(booking, service.code)

    # ------------------------------------------------------------------ inside

    @contextmanager
    def _change(self) -> Iterator[tuple[Session, Actor, datetime]]:
        actor = require(self.actor, Permission.BOOK)
        with self.db.write_session() as session:
            # Deactivated or given another role on another PC since signing in.
            current = session.get(Operator, actor.id)
            if current is None or not current.active or not may(current.role, Permission.BOOK):
                require(None, Permission.BOOK)
            yield session, actor, self.clock.now()

    @staticmethod
    def _service(session: Session, code: str) -> Service:
        service = session.scalars(select(Service).where(Service.code == code)).one_or_none()
        if service is None or service.retired:
            raise NotFound(UNKNOWN_SERVICE, code=code)
        return service

    @staticmethod
    def _booked(session: Session, code: str) -> tuple[Booking, Service]:
        booking = find_booking(session, code)
        if booking.status != BookingStatus.BOOKED:
            raise QueueError(NOT_BOOKED, code=booking.code, status=booking.status.value)
        service = session.get_one(Service, booking.service_id)
        return booking, service

    def _slots(self, session: Session, service: Service, day: date) -> list[Slot]:
        rules = BookingRules.read(session)
        tz = read_settings(session).timezone
        local_now = self.clock.now().astimezone(tz)
        if day < local_now.date() or day > local_now.date() + timedelta(days=rules.horizon_days):
            return []
        starts = slot_starts(service, day, rules.slot_minutes, holiday=is_holiday(session, day))
        held = _held(session, service.id, day)
        return [
            Slot(start, rules.bookable, held.get(start, 0))
            for start in starts
            if datetime.combine(day, start, tz) > local_now
        ]

    def _check_slot(
        self, session: Session, service: Service, day: date, start: time, now: datetime
    ) -> None:
        """Refuse a slot that is not one, has begun, is beyond the horizon or is full;
        in the caller's write transaction, so that the count cannot change meanwhile."""
        rules = BookingRules.read(session)
        tz = read_settings(session).timezone
        local_now = now.astimezone(tz)
        words = {"service": service.code, "day": day.isoformat(), "time": start.strftime("%H:%M")}
        if datetime.combine(day, start, tz) <= local_now:
            raise QueueError(PAST, **words)
        if day > local_now.date() + timedelta(days=rules.horizon_days):
            raise QueueError(TOO_FAR, days=rules.horizon_days, day=day.isoformat())
        starts = slot_starts(service, day, rules.slot_minutes, holiday=is_holiday(session, day))
        if start not in starts:
            raise QueueError(NO_SLOT, **words)
        if _held(session, service.id, day).get(start, 0) >= rules.bookable:
            raise QueueError(SLOT_FULL, **words)


def _held(session: Session, service_id: int, day: date) -> dict[time, int]:
    query = (
        select(Booking.slot, func.count())
        .where(
            Booking.service_id == service_id,
            Booking.day == day,
            Booking.status.in_(HOLDING),
        )
        .group_by(Booking.slot)
    )
    return {slot: count for slot, count in session.execute(query)}


def visitor_fields(name: str | None, phone: str | None, id_digits: str | None) -> dict[str, Any]:
    name = (name or "").strip() or None
    phone = (phone or "").strip() or None
    digits = (id_digits or "").strip() or None
    for field, value, most in (("name", name, NAME_MAX), ("phone", phone, PHONE_MAX)):
        if value is not None and len(value) > most:
            raise UsageError(TOO_LONG, field=field, max=most)
    if digits is not None and not (
        digits.isascii() and digits.isdigit() and len(digits) <= DIGITS_MAX
    ):
        raise UsageError(BAD_DIGITS)
    return {"name": name, "phone": phone, "id_last_digits": digits}


def free_slots(
    db: Database, service_code: str, day: date, clock: Clock | None = None
) -> list[Slot]:
    """The slots of ``service_code`` on ``day`` one may still book."""
    return Bookings(db, clock=clock).free_slots(service_code, day)
