"""Purging visitors' personal data from old bookings (docs/booking-import.md, "Purging").

A booking's name, phone and ID digits are kept only while they help at the desk: they
are erased (set to NULL) once its day is more than ``booking_purge_days`` days before
today, the centre's local today. The history never held them (engine/journal.py), so
erasing them leaves the hash chain whole. A booking of a day gone by that is still
``booked`` was never checked in: it becomes ``expired`` in the same run.

One ``booking_purge`` event per run that changed anything: the cut-off day, how many
bookings were erased and which codes expired; a run with nothing to do writes nothing.
Closing a day (engine/day_close.py) runs it too, in the close's transaction.

Who may: a supervisor or an administrator, as for closing the day (the same people sign
the day's seal and answer for what the centre keeps).

No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from conq_desktop.db import Database
from conq_desktop.engine.auth import Actor, require
from conq_desktop.engine.clock import Clock, local_day
from conq_desktop.engine.journal import record
from conq_desktop.engine.rules import Permission
from conq_desktop.engine.settings import read_settings, setting_values
from conq_desktop.errors import UsageError
from conq_desktop.i18n import _
from conq_desktop.models import Booking, BookingStatus, EventKind

DAYS_MAX = 3650  # as the setting's range (engine/centre_file.py)
BAD_DAYS = _("The days to keep personal data are a whole number from 0 to {max}.")


@dataclass(frozen=True)
class PurgeResult:
    before: date  # the personal data of bookings before this day were erased
    days: int
    erased: int  # bookings whose name, phone or ID digits were erased
    expired: tuple[str, ...]  # codes of past bookings nobody checked in

    def as_json(self) -> dict[str, Any]:
        return {
            "before": self.before.isoformat(),
            "days": self.days,
            "erased": self.erased,
            "expired": len(self.expired),
            "codes": list(self.expired),
        }


def purge_personal_data(
    db: Database, actor: Actor | None, clock: Clock, *, days: int | None = None
) -> int:
    """Erase the personal data of bookings older than ``days`` (default: the setting
    ``booking_purge_days``) for ``actor``; the number of bookings erased."""
    return purge_bookings(db, actor, clock, days=days).erased


def purge_bookings(
    db: Database, actor: Actor | None, clock: Clock, *, days: int | None = None
) -> PurgeResult:
    """As ``purge_personal_data``, with the whole outcome (the command line's)."""
    actor = require(actor, Permission.CLOSE_DAY)
    if days is not None and not 0 <= days <= DAYS_MAX:
        raise UsageError(BAD_DAYS, max=DAYS_MAX)
    with db.write_session() as session:
        return purge_in(session, actor, clock.now(), days=days)


def purge_in(
    session: Session, actor: Actor, now: datetime, *, days: int | None = None
) -> PurgeResult:
    """The purge in the caller's write transaction (``actor`` already checked)."""
    if days is None:
        days = int(setting_values(session)["booking_purge_days"])
    today = local_day(now, read_settings(session).timezone)
    before = today - timedelta(days=days)
    erased = session.execute(
        update(Booking)
        .where(
            Booking.day < before,
            or_(
                Booking.name.is_not(None),
                Booking.phone.is_not(None),
                Booking.id_last_digits.is_not(None),
            ),
        )
        .values(name=None, phone=None, id_last_digits=None)
        .execution_options(synchronize_session=False)
    ).rowcount
    past = (Booking.status == BookingStatus.BOOKED, Booking.day < today)
    expired = tuple(session.scalars(select(Booking.code).where(*past).order_by(Booking.code)))
    if expired:
        session.execute(
            update(Booking)
            .where(*past)
            .values(status=BookingStatus.EXPIRED)
            .execution_options(synchronize_session=False)
        )
    result = PurgeResult(before, days, erased, expired)
    if erased or expired:
        record(session, EventKind.BOOKING_PURGE, now, operator_id=actor.id, **result.as_json())
    return result
