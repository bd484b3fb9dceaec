"""``booking slots|add|cancel|reschedule|list|slip``: the command line's side of
``engine/bookings.py`` and of the booking slip (``printing/booking_slip*.py``;
docs/bookings.md).

Booking, cancelling and moving are a receptionist's, supervisor's or administrator's
act (``--operator`` and their PIN). A refusal (a full slot, a closed time, a day beyond
the horizon, a slot that has begun, a booking already cancelled) is one line on stderr
with exit status 3, an unknown service or code 5, a bad value 2; nothing is changed. A
slip that did not reach the printer is status 7, its PDF written all the same.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conq_desktop.cli.booking_import_commands import add_booking_import_commands
from conq_desktop.cli.commands import Context
from conq_desktop.errors import ConqError, UsageError
from conq_desktop.i18n import PUBLIC_LANGUAGES, _, translate

if TYPE_CHECKING:
    from conq_desktop.engine.bookings import BookingInfo, Bookings, Slot
    from conq_desktop.printing.booking_slip import BookingSlip

NO_SLOTS = _("No slots to book for {service} on {day}.")
SLOT_LINE = _("{time}  {left} of {capacity} free")
BOOKED = _("Booked {code}: {service}, {day} at {time}.")
CANCELLED = _("Booking {code} cancelled ({service}, {day} at {time}).")
NO_BOOKINGS = _("No bookings on {day}.")
MOVED = _("Booking {code} moved to {day} at {time} ({service}).")
SLIP_NOTHING = _("Nothing to do: give --pdf FILE, or leave out --no-print.")
SLIP_PDF = _("Slip of {code} written to {path}.")
SLIP_PRINTED = _("Slip of {code} printed on {printer}.")
SLIP_NOT_PRINTED = _("The slip of {code} was NOT printed.")


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


def booking_reschedule(args: argparse.Namespace, ctx: Context) -> Any:
    moved = _bookings(ctx, args, acting=True).reschedule(args.code, args.day, args.time)
    return BookingDone(MOVED, moved)


def booking_slip(args: argparse.Namespace, ctx: Context) -> Any:
    """The slip of a booking still to come: its PDF (``--pdf``) first, then the ticket
    printer (unless ``--no-print``); a printer that fails loses no PDF."""
    # Imported on use: reportlab, python-escpos and Pillow slow every other command.
    from conq_desktop.printing.booking_slip import print_slip, read_booking_slip
    from conq_desktop.printing.booking_slip_pdf import write_slip_pdf

    if args.no_print and not args.pdf:
        raise UsageError(SLIP_NOTHING)
    if args.pdf is not None and not args.pdf.strip():
        raise UsageError(_("“{key}” is empty"), key="--pdf")
    printer = None if args.no_print else ctx.settings.printer_config()  # a bad setting refuses
    slip = read_booking_slip(ctx.db(), args.code).require_booked()
    lang = slip_language(args, ctx)
    pdf = Path(args.pdf) if args.pdf else None
    if pdf is not None:
        write_slip_pdf(slip, pdf, lang)
    error: ConqError | None = None
    if printer is not None:
        try:
            print_slip(slip, printer, lang)
        except ConqError as failed:
            error = failed
    described = printer.target.describe() if printer is not None else None
    ctx.emit(SlipDone(slip, lang, pdf, described, error))
    if error is None:
        return 0
    print(f"conq-desktop: {error.message()}", file=sys.stderr)
    return error.exit_code


def slip_language(args: argparse.Namespace, ctx: Context) -> str:
    """The visitor's language: ``--lang`` if it is Kyrgyz or Russian, else the first
    language the centre's kiosks offer (the slip is for the public, not for the staff)."""
    asked = getattr(args, "lang", None)
    if asked in PUBLIC_LANGUAGES:
        return str(asked)
    first = ctx.engine.settings.kiosk_languages[0]
    return first if first in PUBLIC_LANGUAGES else PUBLIC_LANGUAGES[0]


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
class SlipDone:
    slip: BookingSlip
    lang: str
    pdf: Path | None
    printer: str | None  # as the settings name it; None: not asked to print
    print_error: ConqError | None

    def as_text(self) -> str:
        code = self.slip.code
        lines = []
        if self.pdf is not None:
            lines.append(translate(SLIP_PDF, code=code, path=str(self.pdf)))
        if self.printer is not None:
            printed = self.print_error is None
            template = SLIP_PRINTED if printed else SLIP_NOT_PRINTED
            lines.append(translate(template, code=code, printer=self.printer))
        return "\n".join(lines)

    def as_json(self) -> dict[str, Any]:
        return {
            **self.slip.booking.as_json(),
            "lang": self.lang,
            "pdf": str(self.pdf) if self.pdf is not None else None,
            "print": {
                "printer": self.printer,
                "printed": self.printer is not None and self.print_error is None,
                "error": self.print_error.message() if self.print_error else None,
            },
        }


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

    reschedule = verb(
        booking, "reschedule", booking_reschedule, "move a booking to another slot of its service"
    )
    reschedule.add_argument("code", metavar="CODE", help="the booking's code")
    reschedule.add_argument(
        "--day", required=True, type=parse_day, metavar="DAY", help="YYYY-MM-DD"
    )
    reschedule.add_argument("--time", required=True, type=parse_clock, metavar="HH:MM")

    for sub in (add, cancel, reschedule):
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

    slip = verb(
        booking,
        "slip",
        booking_slip,
        "print a booking's slip on the ticket printer, or write it as a PDF "
        "(--lang ky or ru: the visitor's language)",
    )
    slip.add_argument("code", metavar="CODE", help="the booking's code")
    slip.add_argument("--pdf", metavar="FILE", help="also write the slip to FILE (A6 PDF)")
    slip.add_argument("--no-print", action="store_true", help="do not print it")

    add_booking_import_commands(booking, verb)
