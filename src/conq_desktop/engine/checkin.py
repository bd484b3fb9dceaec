"""Check-in: a booked visitor types (or scans) their booking code at the kiosk and gets a
ticket that goes ahead of walk-ins by the rule in docs/queue-rules.md ("Appointments").

``QueueEngine.check_in(code)`` gives the ticket; everything that refuses one is here, so
the kiosk and the command line say the same words. No Qt here.
"""

from __future__ import annotations

import enum
from typing import Any

from conq_desktop.errors import QueueError
from conq_desktop.i18n import _

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
