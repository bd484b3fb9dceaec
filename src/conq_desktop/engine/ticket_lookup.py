"""Finding today's ticket by the number a person typed: in the CLI, the operator's call
by number, the reception's reprint or withdrawal.

The typed number and the tickets' numbers are compared folded (``lookalikes.py``), so
"A-2" typed on a Latin keyboard finds the ticket А-002 with a Cyrillic А. The rule is
in docs/queue-rules.md ("Typing a ticket number").
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from conq_desktop.engine.lookalikes import ticket_key
from conq_desktop.errors import NotFound, QueueError
from conq_desktop.i18n import _
from conq_desktop.models import Ticket

NO_SUCH_TICKET = _("There is no ticket {number} today.")
LOOK_THE_SAME = _("“{number}” could be any of the tickets {numbers}: their letters look the same.")


def find_today(session: Session, day: date, typed: str) -> Ticket:
    """The ticket of ``day`` that ``typed`` names; refused when there is none, or when
    several read the same (services whose prefixes look alike, such as a Latin A and a
    Cyrillic А, which the centre file refuses but a day may still hold: a service
    retired or given another prefix since)."""
    key = ticket_key(typed)
    found: list[Ticket] = []
    if key is not None:
        # One query: the day's tickets with that sequence, one per service at most;
        # the letters are compared folded here, which SQL cannot do on SQLite.
        candidates = session.scalars(
            select(Ticket)
            .where(Ticket.day == day, Ticket.sequence == key.sequence)
            .options(joinedload(Ticket.service))
            .order_by(Ticket.number)
        ).all()
        found = [ticket for ticket in candidates if ticket_key(ticket.number) == key]
    if not found:
        raise NotFound(NO_SUCH_TICKET, number=typed.strip())
    if len(found) > 1:
        raise QueueError(
            LOOK_THE_SAME,
            number=typed.strip(),
            numbers=", ".join(ticket.number for ticket in found),
        )
    return found[0]
