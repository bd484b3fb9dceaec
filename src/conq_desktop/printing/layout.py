"""What a printed ticket says, as a list of blocks every renderer understands.

One layout, rendered three ways: a raster image for ESC/POS printers (the default, and
the only way Kyrgyz letters survive on printers without a suitable code page), ESC/POS
text for printers that prefer it, and an 80 mm PDF. The visitor reads both Kyrgyz and
Russian on every ticket, whatever language the screen was in.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from conq_desktop.engine.settings import CentreSettings
from conq_desktop.engine.snapshots import IssuedTicket, TicketInfo
from conq_desktop.i18n import PUBLIC_LANGUAGES, _, translate


class Size(enum.IntEnum):
    """Text sizes, as multiples of the printer's base font (ESC/POS can scale 1–8×)."""

    SMALL = 1
    NORMAL = 2
    LARGE = 3
    NUMBER = 6  # the ticket number alone: never wrapped, shrunk to fit instead


@dataclass(frozen=True)
class TextBlock:
    text: str
    size: Size = Size.NORMAL
    bold: bool = False


@dataclass(frozen=True)
class QrBlock:
    payload: str


@dataclass(frozen=True)
class RuleBlock:
    """A thin horizontal line."""


Block = TextBlock | QrBlock | RuleBlock


@dataclass(frozen=True)
class TicketLayout:
    number: str
    blocks: list[Block] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [block.text for block in self.blocks if isinstance(block, TextBlock)]


def qr_payload(ticket: TicketInfo) -> str:
    """The ticket's identity for a later check-in or status look-up: the unguessable
    public id plus what a person can read anyway. A centre with a Telegram bot prints
    the bot's link instead (``CentreSettings.follow_link``), which holds the same id."""
    return f"CONQ1:{ticket.public_id}:{ticket.day.isoformat()}:{ticket.number}"


# What a visitor is told of their wait, on the ticket and on the kiosk's screen alike.
NEXT = _("You are next in line.")
AHEAD = _("People ahead: {count}")
NOBODY_AHEAD = _("Nobody is ahead of you.")
WAIT = _("Expected wait: about {minutes} min")
NOBODY_SERVING = _(
    "No window is serving this service right now; you will be called when one opens."
)
BOOKED_FOR = _("Booked for {time}")
# Over the QR code of the centre's Telegram bot, on the ticket and the kiosk's screen.
FOLLOW_IN_TELEGRAM = _("Scan to follow your turn in Telegram")


def wait_lines(issued: IssuedTicket, lang: str) -> list[str]:
    """The people ahead and the expected wait, in ``lang``, promising nothing the
    centre cannot keep: while no window that serves the service is open nobody will
    be called, so the ticket says that instead of a wait or "you are next"; and a wait
    is never "0 min" (nobody ahead at an open window: "You are next in line.")."""
    count = issued.people_ahead
    if not issued.serving_now:
        ahead = translate(AHEAD, lang, count=count) if count else translate(NOBODY_AHEAD, lang)
        return [ahead, translate(NOBODY_SERVING, lang)]
    if count == 0:
        return [translate(NEXT, lang)]
    minutes = max(1, issued.expected_wait_minutes)
    return [translate(AHEAD, lang, count=count), translate(WAIT, lang, minutes=minutes)]


def booked_line(issued: IssuedTicket, lang: str) -> str | None:
    """For a ticket given at check-in, the booked slot's start in ``lang``: why the
    visitor may be called before people who came earlier."""
    if issued.appointment is None:
        return None
    return translate(BOOKED_FOR, lang, time=issued.appointment.strftime("%H:%M"))


def both(message: str, **params: object) -> str:
    return " / ".join(translate(message, lang, **params) for lang in PUBLIC_LANGUAGES)


def build_layout(
    issued: IssuedTicket,
    centre: CentreSettings,
    *,
    copy: bool = False,
) -> TicketLayout:
    ticket = issued.ticket
    local: datetime = ticket.issued_at.astimezone(ZoneInfo(centre.timezone.key))
    blocks: list[Block] = [TextBlock(centre.name(lang), Size.SMALL) for lang in PUBLIC_LANGUAGES]
    blocks.append(RuleBlock())
    blocks += [
        TextBlock(ticket.service.name(lang), Size.NORMAL, bold=True) for lang in PUBLIC_LANGUAGES
    ]
    blocks.append(TextBlock(ticket.number, Size.NUMBER, bold=True))
    if ticket.priority > 0:
        blocks.append(TextBlock(both(_("Priority")), Size.NORMAL, bold=True))
    if copy:
        blocks.append(TextBlock(both(_("Copy")), Size.NORMAL, bold=True))
    if issued.appointment is not None:
        booked = both(BOOKED_FOR, time=issued.appointment.strftime("%H:%M"))
        blocks.append(TextBlock(booked, Size.NORMAL, bold=True))
    blocks.append(TextBlock(local.strftime("%d.%m.%Y  %H:%M"), Size.NORMAL))
    blocks.append(RuleBlock())
    for lang in PUBLIC_LANGUAGES:
        blocks += [TextBlock(line) for line in wait_lines(issued, lang)]
    link = centre.follow_link(ticket.public_id)
    if link is None:
        blocks.append(QrBlock(qr_payload(ticket)))
    else:
        # One QR code, not two to choose between: the bot's link, which carries the
        # ticket's public id as well (docs/phone.md).
        lines = dict.fromkeys(translate(FOLLOW_IN_TELEGRAM, lang) for lang in PUBLIC_LANGUAGES)
        blocks += [TextBlock(line, Size.SMALL, bold=True) for line in lines]
        blocks.append(QrBlock(link))
    for lang in PUBLIC_LANGUAGES:
        text = centre.ticket_footer.get(lang) or translate(
            _("Please keep your ticket until you are served."), lang
        )
        blocks.append(TextBlock(text, Size.SMALL))
    return TicketLayout(number=ticket.number, blocks=blocks)
