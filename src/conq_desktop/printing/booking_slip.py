"""A booking's slip, for the visitor to bring back: what it says (read from the
database), its layout for the thermal printer, and printing it.

The slip is in the visitor's language (Kyrgyz or Russian, as the receptionist
chooses): the centre's and the service's names, the day and the slot's time, the code
large, a QR code whose text is exactly the code (a keyboard-wedge scanner at the kiosk
types it, then Enter), and when to come to the kiosk: from ``booking_early_minutes``
before the slot to ``booking_late_minutes`` after it. The visitor's name, phone and ID
digits are never printed: a slip left behind gives nothing away.

The thermal slip is a ``TicketLayout``, so it goes through the tickets' own ESC/POS
renderer and transport (the same printer settings, the same time limit); the PDF
(``booking_slip_pdf``) reads the same lines from here, so the two never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from conq_desktop.db import Database
from conq_desktop.engine.bookings import BookingInfo, find_booking
from conq_desktop.engine.settings import read_settings, setting_values
from conq_desktop.errors import QueueError
from conq_desktop.i18n import _, translate
from conq_desktop.models import BookingStatus, Service
from conq_desktop.printing.escpos_render import render_escpos
from conq_desktop.printing.layout import Block, QrBlock, RuleBlock, Size, TextBlock, TicketLayout
from conq_desktop.printing.printer_config import PrinterConfig, Scheme
from conq_desktop.printing.transport import NoPrinter, send

TITLE = _("Booking")
WHEN = _("{day} at {time}")
YOUR_CODE = _("Your booking code")
CHECK_IN = _("Come to the kiosk between {opens} and {closes} and enter or scan this code.")
NO_SLIP = _("The booking {code} is {status}: it has no slip to print.")
NO_PRINTER = _("No printer is set up: save the slip as a PDF instead.")


@dataclass(frozen=True)
class BookingSlip:
    """What a booking's slip says, in every language the centre has names in."""

    booking: BookingInfo
    centre_names: dict[str, str]
    service_names: dict[str, str]
    opens: time  # the first minute the kiosk takes the code
    closes: time  # the last

    @property
    def code(self) -> str:
        return self.booking.code

    def require_booked(self) -> BookingSlip:
        """Itself, if still to come: a cancelled, used or expired booking has no slip
        (a visitor would come for nothing)."""
        if self.booking.status != BookingStatus.BOOKED:
            raise QueueError(NO_SLIP, code=self.code, status=self.booking.status.value)
        return self


@dataclass(frozen=True)
class SlipLines:
    """The slip's lines in one language, for both renderers."""

    centre: str
    title: str
    service: str
    when: str
    your_code: str
    code: str
    check_in: str


def read_booking_slip(db: Database, code: str) -> BookingSlip:
    """The booking with ``code`` (as typed: ``find_booking``) and what its slip says;
    NotFound if none."""
    with db.read_session() as session:
        booking = find_booking(session, code)
        service = session.get_one(Service, booking.service_id)
        values = setting_values(session)
        early = timedelta(minutes=int(values["booking_early_minutes"]))
        late = timedelta(minutes=int(values["booking_late_minutes"]))
        start = datetime.combine(booking.day, booking.slot)
        return BookingSlip(
            booking=BookingInfo.of(booking, service.code),
            centre_names=dict(read_settings(session).names),
            service_names=dict(service.names),
            opens=(start - early).time(),
            closes=(start + late).time(),
        )


def day_text(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def clock_text(moment: time) -> str:
    return moment.strftime("%H:%M")


def slip_lines(slip: BookingSlip, lang: str) -> SlipLines:
    def name(names: dict[str, str]) -> str:
        return names.get(lang) or names.get("en") or ""

    booking = slip.booking
    return SlipLines(
        centre=name(slip.centre_names),
        title=translate(TITLE, lang),
        service=name(slip.service_names),
        when=translate(WHEN, lang, day=day_text(booking.day), time=clock_text(booking.start)),
        your_code=translate(YOUR_CODE, lang),
        code=booking.code,
        check_in=translate(
            CHECK_IN, lang, opens=clock_text(slip.opens), closes=clock_text(slip.closes)
        ),
    )


def build_slip_layout(slip: BookingSlip, lang: str) -> TicketLayout:
    """The slip for the thermal printer: the same blocks a ticket is made of, the code
    at the ticket number's size (one line, shrunk to fit)."""
    lines = slip_lines(slip, lang)
    blocks: list[Block] = [
        TextBlock(lines.centre, Size.SMALL, bold=True),
        TextBlock(lines.title, Size.NORMAL),
        RuleBlock(),
        TextBlock(lines.service, Size.NORMAL, bold=True),
        TextBlock(lines.when, Size.LARGE, bold=True),
        RuleBlock(),
        TextBlock(lines.your_code, Size.SMALL),
        TextBlock(lines.code, Size.NUMBER),
        QrBlock(slip.code),  # exactly the code: the scanner types what a person would
        TextBlock(lines.check_in, Size.SMALL),
    ]
    return TicketLayout(number=f"booking-{slip.code}", blocks=blocks)


def print_slip(slip: BookingSlip, config: PrinterConfig, lang: str) -> None:
    """The slip on the thermal printer. A ``PrintError`` (``NoPrinter`` when none is set
    up) or a bad printer setting (``ConfigError``) if it did not reach paper."""
    layout = build_slip_layout(slip.require_booked(), lang)
    if config.target.scheme == Scheme.NONE:  # the transport's words are about tickets
        raise NoPrinter(NO_PRINTER)
    send(config.target, render_escpos(layout, config), config.timeout)
