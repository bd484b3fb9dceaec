"""Check-in: a booked visitor types (or scans) their booking code at the kiosk and gets a
ticket that goes ahead of walk-ins by the rule in docs/queue-rules.md ("Appointments").

``QueueEngine.check_in(code)`` gives the ticket; everything that refuses one is here, so
the kiosk and the command line say the same words. No Qt here.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from conq_desktop.engine.bookings import find_booking
from conq_desktop.engine.settings import setting_values
from conq_desktop.errors import QueueError
from conq_desktop.i18n import _
from conq_desktop.models import Booking, BookingStatus, Service, Ticket

TOO_EARLY = _("Your booking is at {time}. Check-in opens at {opens}: please come back then.")
TOO_LATE = _(
    "Your booking was at {time}; check-in closed at {closes}. "
    "You can take a ticket in the live queue."
)
OTHER_DAY = _("Your booking is on {day} at {time}, not today.")
USED = _("This booking has already been checked in: ticket {number}.")
CANCELLED = _("This booking was cancelled.")
EXPIRED = _("This booking has expired.")


class Problem(enum.StrEnum):
    EARLY = "early"
    LATE = "late"
    OTHER_DAY = "other_day"
    USED = "used"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class CheckInRefused(QueueError):
    """A booking that cannot be checked in now. ``service`` is the booking's service
    code; ``walk_in`` says the kiosk should offer a ticket in the live queue instead
    (the visitor came too late)."""

    def __init__(
        self, template: str, /, *, problem: Problem, service: str, walk_in: bool, **params: Any
    ) -> None:
        super().__init__(template, **params)
        self.problem = problem
        self.service = service
        self.walk_in = walk_in


def slot_start(booking: Booking, tz: ZoneInfo) -> datetime:
    """The booked slot's start as an instant (UTC)."""
    return datetime.combine(booking.day, booking.slot, tz).astimezone(UTC)


def as_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def checkable(session: Session, typed: str, now: datetime, tz: ZoneInfo) -> Booking:
    """The booking of ``typed`` if it may be checked in at ``now``; else the refusal."""
    booking = find_booking(session, typed)
    code = session.get_one(Service, booking.service_id).code
    local_now = now.astimezone(tz)
    clock = booking.slot.strftime("%H:%M")
    if booking.status == BookingStatus.CHECKED_IN:
        ticket = session.get(Ticket, booking.ticket_id) if booking.ticket_id else None
        number = ticket.number if ticket is not None else "?"
        raise CheckInRefused(USED, problem=Problem.USED, service=code, walk_in=False, number=number)
    if booking.status == BookingStatus.CANCELLED:
        raise CheckInRefused(CANCELLED, problem=Problem.CANCELLED, service=code, walk_in=False)
    if booking.status == BookingStatus.EXPIRED:
        raise CheckInRefused(EXPIRED, problem=Problem.EXPIRED, service=code, walk_in=True)
    if booking.day != local_now.date():
        raise CheckInRefused(
            OTHER_DAY,
            problem=Problem.OTHER_DAY,
            service=code,
            walk_in=booking.day < local_now.date(),
            day=booking.day.isoformat(),
            time=clock,
        )
    values = setting_values(session)
    start = slot_start(booking, tz)
    opens = start - timedelta(minutes=int(values["booking_early_minutes"]))
    closes = start + timedelta(minutes=int(values["booking_late_minutes"]))
    if now < opens:
        raise CheckInRefused(
            TOO_EARLY,
            problem=Problem.EARLY,
            service=code,
            walk_in=False,
            time=clock,
            opens=opens.astimezone(tz).strftime("%H:%M"),
        )
    if now > closes:
        raise CheckInRefused(
            TOO_LATE,
            problem=Problem.LATE,
            service=code,
            walk_in=True,
            time=clock,
            closes=closes.astimezone(tz).strftime("%H:%M"),
        )
    return booking
