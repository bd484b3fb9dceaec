"""``booking slots|add|cancel|list``: the command line's side of ``engine/bookings.py``
(docs/bookings.md).

Booking and cancelling are a receptionist's, supervisor's or administrator's act
(``--operator`` and their PIN). A refusal (a full slot, a closed time, a day beyond the
horizon, a slot that has begun, a booking already cancelled) is one line on stderr with
exit status 3, an unknown service or code 5, a bad value 2; nothing is changed.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from conq_desktop.cli.commands import Context
from conq_desktop.i18n import _, translate

if TYPE_CHECKING:
    from conq_desktop.engine.bookings import BookingInfo, Bookings, Slot

NO_SLOTS = _("No slots to book for {service} on {day}.")
SLOT_LINE = _("{time}  {left} of {capacity} free")
BOOKED = _("Booked {code}: {service}, {day} at {time}.")
CANCELLED = _("Booking {code} cancelled ({service}, {day} at {time}).")
NO_BOOKINGS = _("No bookings on {day}.")


def parse_clock(text: str) -> time:
    """A slot's start as HH:MM (argparse's type for --time)."""
    try:
        moment = datetime.strptime(text.strip(), "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time (HH:MM): {text!r}") from None
    return moment


def _bookings(ctx: Context, args: argparse.Namespace, *, acting: bool) -> Bookings:
    from conq_desktop.engine.bookings import Bookings

    actor = ctx.actor(args) if acting else None
    return Bookings(ctx.db(), actor, ctx.engine.clock)


def booking_slots(args: argparse.Namespace, ctx: Context) -> Any:
    slots = _bookings(ctx, args, acting=False).free_slots(args.service, args.day)
    return SlotList(args.service, args.day, slots)


def booking_add(args: argparse.Namespace, ctx: Context) -> Any:
    booking = _bookings(ctx, args, acting=True).book(
        args.service,
        args.day,
        args.time,
        name=args.name,
        phone=args.phone,
        id_digits=args.id_digits,
    )
    return BookingDone(BOOKED, booking)


def booking_cancel(args: argparse.Namespace, ctx: Context) -> Any:
    return BookingDone(CANCELLED, _bookings(ctx, args, acting=True).cancel(args.code))


def booking_list(args: argparse.Namespace, ctx: Context) -> Any:
    listed = _bookings(ctx, args, acting=False).list_bookings(args.day, args.service)
    return BookingList(args.day, listed)


@dataclass(frozen=True)
class SlotList:
    service: str
    day: date
    slots: list[Slot]

    def as_text(self) -> str:
        if not self.slots:
            return translate(NO_SLOTS, service=self.service, day=self.day.isoformat())
        return "\n".join(
            translate(
                SLOT_LINE,
                time=slot.start.strftime("%H:%M"),
                left=slot.left,
                capacity=slot.capacity,
            )
            for slot in self.slots
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "service": self.service,
            "day": self.day.isoformat(),
            "slots": [slot.as_json() for slot in self.slots],
        }


@dataclass(frozen=True)
class BookingDone:
    template: str
    booking: BookingInfo

    def as_text(self) -> str:
        booking = self.booking
        return translate(
            self.template,
            code=booking.code,
            service=booking.service,
            day=booking.day.isoformat(),
            time=booking.start.strftime("%H:%M"),
        )

    def as_json(self) -> dict[str, Any]:
        return self.booking.as_json()


@dataclass(frozen=True)
class BookingList:
    day: date
    bookings: list[BookingInfo]

    def as_text(self) -> str:
        if not self.bookings:
            return translate(NO_BOOKINGS, day=self.day.isoformat())
        return "\n".join(
            "  ".join(
                [
                    booking.start.strftime("%H:%M"),
                    booking.code,
                    booking.service,
                    booking.status.value,
                    booking.name or "",
                ]
            ).rstrip()
            for booking in self.bookings
        )

    def as_json(self) -> dict[str, Any]:
        return {"day": self.day.isoformat(), "bookings": [b.as_json() for b in self.bookings]}


def add_booking_commands(verbs: Any, verb: Any, parse_day: Any) -> None:
    """The ``booking`` group, wired into the parser by cli/main.py."""
    booking = verbs.add_parser("booking", help="bookings of slots").add_subparsers(
        dest="booking_command", required=True
    )
    slots = verb(
        booking, "slots", booking_slots, "the slots of a service on a day, with places left"
    )
    slots.add_argument("--service", required=True, metavar="CODE")
    slots.add_argument("--day", required=True, type=parse_day, metavar="DAY", help="YYYY-MM-DD")

    add = verb(booking, "add", booking_add, "book a place in a slot")
    add.add_argument("--service", required=True, metavar="CODE")
    add.add_argument("--day", required=True, type=parse_day, metavar="DAY", help="YYYY-MM-DD")
    add.add_argument("--time", required=True, type=parse_clock, metavar="HH:MM")
    add.add_argument("--name", help="the visitor's name (optional)")
    add.add_argument("--phone", help="the visitor's phone (optional)")
    add.add_argument("--id-digits", metavar="DIGITS", help="last digits of an ID (optional)")

    cancel = verb(booking, "cancel", booking_cancel, "cancel a booking")
    cancel.add_argument("code", metavar="CODE", help="the booking's code")

    for sub in (add, cancel):
        sub.add_argument(
            "--operator",
            required=True,
            metavar="LOGIN",
            help="the receptionist, supervisor or administrator",
        )
        sub.add_argument("--pin", help="their PIN (else CONQ_PIN, else asked for)")

    listed = verb(booking, "list", booking_list, "the bookings of a day")
    listed.add_argument("--day", required=True, type=parse_day, metavar="DAY", help="YYYY-MM-DD")
    listed.add_argument("--service", metavar="CODE", help="only this service")
