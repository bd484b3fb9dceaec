"""Closing a day: its counts journalled as one ``day_closed`` event, and the seal of
the history right after it, to print and have the head of centre sign.

The counts come from the fairness report (issued, no-shows, calls out of order with
their reasons) and one SQL aggregate (served: ``finished`` events of the day's tickets).
They are read while this transaction holds the writers' turn (SQLite's write lock,
PostgreSQL's advisory lock, ``db.write_session``), so no event can slip in between
the counting and the ``day_closed`` event that records them.

A day may be closed more than once (a late visitor served after the first close, a
lost paper): each close journals the counts and seals the history up to then, and the
later seal covers the earlier. A day in the future, or one without any event, is
refused and nothing is written. Rules: docs/queue-rules.md, "Closing the day".

Closing also purges old bookings' personal data (engine/booking_purge.py), and deletes
the Telegram chats that followed the day's tickets with their messages
(engine/phone.py), in the same transaction and before the ``day_closed`` event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conq_desktop.db import Database
from conq_desktop.engine.audit import Seal
from conq_desktop.engine.auth import Actor, require
from conq_desktop.engine.booking_purge import purge_in
from conq_desktop.engine.clock import Clock, local_day
from conq_desktop.engine.fairness import fairness_report
from conq_desktop.engine.journal import record
from conq_desktop.engine.phone import forget_in
from conq_desktop.engine.rules import Permission
from conq_desktop.engine.settings import read_settings
from conq_desktop.errors import ConqError, UsageError
from conq_desktop.i18n import _
from conq_desktop.models import ChainHead, EventKind, Ticket, TicketEvent


class NothingToClose(ConqError):
    """The day has no event: nothing happened, so there is nothing to seal (exit
    status 9)."""

    exit_code = 9


FUTURE_DAY = _("{day} has not come yet (today is {today}): a day is closed on it or after.")
EMPTY_DAY = _("Nothing happened on {day}: there is no event to close the day with.")


@dataclass(frozen=True)
class DaySeal:
    """What the day's paper says: whose, which day, its counts, and the seal of the
    history up to and including the ``day_closed`` event."""

    centre_names: dict[str, str]
    day: date
    timezone: str
    issued: int
    served: int  # finished
    no_shows: int
    out_of_order: int
    out_of_order_with_reason: int
    seal: Seal
    closed_at: datetime
    closed_by_login: str
    closed_by_name: str

    def counts(self) -> dict[str, Any]:
        """The counts as the ``day_closed`` event keeps them."""
        return {
            "day": self.day.isoformat(),
            "issued": self.issued,
            "served": self.served,
            "no_shows": self.no_shows,
            "out_of_order": self.out_of_order,
            "out_of_order_with_reason": self.out_of_order_with_reason,
        }

    def as_json(self) -> dict[str, Any]:
        return {
            **self.counts(),
            "timezone": self.timezone,
            "centre": dict(self.centre_names),
            "seq": self.seal.seq,
            "hash": self.seal.hash,
            "seal": self.seal.payload,
            "closed_at": self.closed_at.isoformat(),
            "closed_by": {"login": self.closed_by_login, "name": self.closed_by_name},
        }


def close_day(db: Database, day: date, actor: Actor | None, clock: Clock) -> DaySeal:
    """Journal ``day``'s counts for ``actor`` (a supervisor or an administrator) and
    return the day's seal. One write transaction; refused before it writes anything."""
    actor = require(actor, Permission.CLOSE_DAY)
    now = clock.now()
    with db.write_session() as session:
        settings = read_settings(session)
        tz = settings.timezone
        today = local_day(now, tz)
        if day > today:
            raise UsageError(FUTURE_DAY, day=day.isoformat(), today=today.isoformat())
        if not _has_events(session, day, tz):
            raise NothingToClose(EMPTY_DAY, day=day.isoformat())
        # Read in a session of its own: committed data only, and nobody can commit
        # while this transaction holds the writers' turn.
        report = fairness_report(db, day, day)
        counts = {
            "day": day.isoformat(),
            "issued": report.issued,
            "served": _served(session, day),
            "no_shows": report.no_shows,
            "out_of_order": len(report.out_of_order),
            "out_of_order_with_reason": sum(
                1 for call in report.out_of_order if call.reason.strip()
            ),
        }
        # Old visitors' personal data go with the close, before its event, so that the
        # day's seal covers the purge too (nothing to purge writes nothing).
        purge_in(session, actor, now)
        # The chats following the day's tickets (docs/phone.md): their ids go with the day.
        forget_in(session, day)
        record(session, EventKind.DAY_CLOSED, now, operator_id=actor.id, **counts)
        head = session.execute(select(ChainHead.centre_id, ChainHead.seq, ChainHead.hash)).one()
    return DaySeal(
        centre_names=dict(settings.names),
        day=day,
        timezone=tz.key,
        issued=counts["issued"],
        served=counts["served"],
        no_shows=counts["no_shows"],
        out_of_order=counts["out_of_order"],
        out_of_order_with_reason=counts["out_of_order_with_reason"],
        seal=Seal(head.centre_id, head.seq, head.hash),
        closed_at=now,
        closed_by_login=actor.login,
        closed_by_name=actor.name,
    )


def _has_events(session: Session, day: date, tz: ZoneInfo) -> bool:
    """Whether anything but an earlier close happened in the local ``day``."""
    start = datetime.combine(day, time.min, tz)
    end = datetime.combine(day + timedelta(days=1), time.min, tz)
    first = session.scalar(
        select(TicketEvent.id)
        .where(
            TicketEvent.at >= start,
            TicketEvent.at < end,
            TicketEvent.kind != EventKind.DAY_CLOSED,
        )
        .limit(1)
    )
    return first is not None


def _served(session: Session, day: date) -> int:
    """Visitors served to the end: ``finished`` events of the day's tickets."""
    count = session.scalar(
        select(func.count())
        .select_from(TicketEvent)
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(Ticket.day == day, TicketEvent.kind == EventKind.FINISHED)
    )
    return count or 0
