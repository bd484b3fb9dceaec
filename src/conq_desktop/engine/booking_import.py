"""Importing an online portal's bookings (Тундук, Earlyone…; docs/booking-import.md).

The portal has already given each visitor a code and a time, so an imported booking
keeps both: its code is the portal's (upper-cased), its slot the portal's time, and a
slot already full still takes it (the slot is then over-full, and the import warns).
What is refused is what the centre cannot serve: an unknown service, a day gone by, a
time when the service is closed, a code another booking has.

All or nothing: every row is checked first, and one bad row refuses the whole file
(``ImportRefused``, exit status 3, each bad row with its line and reason). The checks
and the writes are one write transaction, so nothing can come between them.

Importing is idempotent: a booking is known by ``"<portal>:<ref>"`` (``external_ref``
of source ``import``); the same row again changes nothing, a new time moves it
(``booking_moved``), a row cancelled in the portal cancels it (``booking_cancel``), a
new one is ``booking_import``. A known booking's name, phone and ID digits are never
written again: purged data must not come back with the next import.

No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from conq_desktop.db import Database
from conq_desktop.engine.auth import Actor, require
from conq_desktop.engine.booking_file import FileFormat, PortalRow, RowProblem, read_portal_file
from conq_desktop.engine.bookings import (
    NO_SLOT,
    NOT_BOOKED,
    UNKNOWN_SERVICE,
    BookingRules,
    Bookings,
    _held,
    slot_starts,
    visitor_fields,
)
from conq_desktop.engine.clock import Clock, local_day
from conq_desktop.engine.journal import record
from conq_desktop.engine.reads import is_holiday
from conq_desktop.engine.rules import Permission
from conq_desktop.engine.settings import read_settings
from conq_desktop.errors import ConqError, UsageError
from conq_desktop.i18n import Message, _, translate
from conq_desktop.models import Booking, BookingSource, BookingStatus, EventKind, Service

DEFAULT_PORTAL = "online"
PORTAL_MAX = 40
REF_MAX = 100  # external_ref's width, "<portal>:" included

REFUSED = _("Nothing was imported: {count} rows of {path} cannot be imported.")
ROW_LINE = _("line {line}: {reason}")
PAST_DAY = _("{day} has passed: a booking of a day gone by is not imported.")
CODE_TAKEN = _("The code {code} is already another booking's.")
CODE_CHANGED = _("The portal's booking {ref} had the code {old}: a booking keeps its code.")
TWICE = _("The portal's booking {ref} is also on line {other}.")
REF_TOO_LONG = _("The portal's reference “{ref}” is too long: at most {max} characters.")
BAD_PORTAL = _("A portal's name is 1–40 letters, digits, “-” or “_”: “{portal}” is not.")
OVER_FULL = _(
    "{service} at {time} on {day} now has {held} bookings for {places} places: the "
    "portal's bookings are kept."
)


class ImportRefused(ConqError):
    """Some rows cannot be imported, so nothing was (exit status 3)."""

    exit_code = 3

    def __init__(self, path: Path, problems: list[RowProblem]) -> None:
        super().__init__(REFUSED, count=len({p.line for p in problems}), path=str(path))
        self.problems = sorted(problems, key=lambda problem: problem.line)

    def message(self, lang: str | None = None) -> str:
        lines = [super().message(lang)]
        lines += [
            translate(ROW_LINE, lang, line=p.line, reason=p.reason.translate(lang))
            for p in self.problems
        ]
        return "\n".join(lines)


@dataclass
class ImportReport:
    """What an import did: counts of rows, and warnings (over-full slots)."""

    added: int = 0
    moved: int = 0
    cancelled: int = 0
    unchanged: int = 0
    warnings: list[RowProblem] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "moved": self.moved,
            "cancelled": self.cancelled,
            "unchanged": self.unchanged,
            "warnings": [warning.as_json() for warning in self.warnings],
        }


def import_bookings(
    db: Database,
    path: Path,
    actor: Actor | None,
    clock: Clock,
    *,
    file_format: FileFormat | None = None,
    portal: str = DEFAULT_PORTAL,
) -> ImportReport:
    """Import the bookings of ``path`` for ``actor`` (a receptionist, supervisor or
    administrator): all of them, or none and ``ImportRefused``."""
    portal = portal.strip()
    if not (0 < len(portal) <= PORTAL_MAX and portal.replace("-", "").replace("_", "").isalnum()):
        raise UsageError(BAD_PORTAL, portal=portal)
    require(actor, Permission.BOOK)  # before reading anything
    with db.read_session() as session:
        tz = read_settings(session).timezone
    # Read outside the writers' turn: a big file must not hold the other PCs up.
    found = read_portal_file(path, tz, file_format)
    # The reception's own check and lock (Bookings._change): the role is checked again
    # inside the transaction, as for a booking made at the desk.
    with Bookings(db, actor, clock)._change() as (session, acting, now):
        importer = _Importer(session, acting, now, portal, local_day(now, tz))
        problems = list(found.problems) + importer.check(found.rows)
        if problems:
            raise ImportRefused(path, problems)
        return importer.apply(found.rows)


@dataclass
class _Importer:
    session: Session
    actor: Actor
    now: datetime
    portal: str
    today: date
    services: dict[str, Service] = field(default_factory=dict)
    known: dict[str, Booking] = field(default_factory=dict)

    def ref(self, row: PortalRow) -> str:
        return f"{self.portal}:{row.ref}"

    # ------------------------------------------------------------------ checking

    def check(self, rows: list[PortalRow]) -> list[RowProblem]:
        """Every problem of every row, with nothing written."""
        self.services = {
            service.code: service
            for service in self.session.scalars(select(Service).where(Service.retired.is_(False)))
        }
        refs = [self.ref(row) for row in rows]
        self.known = {
            booking.external_ref: booking
            for booking in self.session.scalars(
                select(Booking).where(
                    Booking.source == BookingSource.IMPORT, Booking.external_ref.in_(refs)
                )
            )
            if booking.external_ref is not None
        }
        codes = {row.code for row in rows}
        owners = {
            code: ref
            for code, ref in self.session.execute(
                select(Booking.code, Booking.external_ref).where(Booking.code.in_(codes))
            )
        }
        first_line: dict[str, int] = {}
        first_code: dict[str, str] = {}
        problems: list[RowProblem] = []
        for row, ref in zip(rows, refs, strict=True):
            reasons = self._row_problems(row, ref, owners, first_line, first_code)
            problems += [RowProblem(row.line, reason) for reason in reasons]
            first_line.setdefault(ref, row.line)
            first_code.setdefault(row.code, ref)
        return problems

    def _row_problems(
        self,
        row: PortalRow,
        ref: str,
        owners: dict[str, str | None],
        first_line: dict[str, int],
        first_code: dict[str, str],
    ) -> list[Message]:
        reasons: list[Message] = []
        if len(ref) > REF_MAX:
            reasons.append(Message(REF_TOO_LONG, ref=row.ref, max=REF_MAX - len(self.portal) - 1))
        if ref in first_line:
            reasons.append(Message(TWICE, ref=row.ref, other=first_line[ref]))
        if first_code.get(row.code, ref) != ref or owners.get(row.code, ref) != ref:
            reasons.append(Message(CODE_TAKEN, code=row.code))
        try:
            visitor_fields(row.name, row.phone, row.id_digits)
        except UsageError as error:
            reasons.append(Message(error.template, **error.params))
        service = self.services.get(row.service)
        if service is None:
            reasons.append(Message(UNKNOWN_SERVICE, code=row.service))
        booking = self.known.get(ref)
        if booking is not None:
            reasons += self._change_problems(row, booking, service)
        elif not row.cancelled and service is not None:
            reasons += self._slot_problems(row, service)
        return reasons

    def _change_problems(
        self, row: PortalRow, booking: Booking, service: Service | None
    ) -> list[Message]:
        """What refuses changing the known ``booking`` as ``row`` has it."""
        if booking.code != row.code:
            return [Message(CODE_CHANGED, ref=row.ref, old=booking.code)]
        if _action(row, booking, service) is None:
            return []  # as it is: nothing to check, even on a day gone by
        if booking.status != BookingStatus.BOOKED:
            return [Message(NOT_BOOKED, code=booking.code, status=booking.status.value)]
        if row.cancelled or service is None:
            return []
        return self._slot_problems(row, service)

    def _slot_problems(self, row: PortalRow, service: Service) -> list[Message]:
        """A slot the centre cannot serve: a day gone by, or a time the service is
        closed. (A time between our slots' starts is kept: the portal's slots may be
        shorter; a full slot too, as the portal promised it.)"""
        words = {
            "service": service.code,
            "day": row.day.isoformat(),
            "time": row.start.strftime("%H:%M"),
        }
        if row.day < self.today:
            return [Message(PAST_DAY, day=row.day.isoformat())]
        if not _serves(self.session, service, row.day, row.start):
            return [Message(NO_SLOT, **words)]
        return []

    # ------------------------------------------------------------------ writing

    def apply(self, rows: list[PortalRow]) -> ImportReport:
        report = ImportReport()
        touched: dict[tuple[int, date, time], int] = {}
        for row in rows:
            service = self.services[row.service]
            booking = self.known.get(self.ref(row))
            action = "add" if booking is None else _action(row, booking, service)
            if booking is None and row.cancelled:
                action = None  # cancelled in the portal before we ever had it
            if action is None:
                report.unchanged += 1
            elif action == "add":
                self._add(row, service)
                report.added += 1
            elif action == "cancel":
                assert booking is not None
                self._cancel(booking, service)
                report.cancelled += 1
            else:
                assert booking is not None
                self._move(row, booking, service)
                report.moved += 1
            if action in ("add", "move"):
                touched.setdefault((service.id, row.day, row.start), row.line)
        self.session.flush()
        report.warnings = self._over_full(touched)
        return report

    def _add(self, row: PortalRow, service: Service) -> None:
        booking = Booking(
            code=row.code,
            service_id=service.id,
            day=row.day,
            slot=row.start,
            created_at=self.now,
            status=BookingStatus.BOOKED,
            source=BookingSource.IMPORT,
            external_ref=self.ref(row),
            **visitor_fields(row.name, row.phone, row.id_digits),
        )
        self.session.add(booking)
        record(
            self.session,
            EventKind.BOOKING_IMPORT,
            self.now,
            operator_id=self.actor.id,
            code=booking.code,
            service=service.code,
            day=row.day.isoformat(),
            time=row.start.strftime("%H:%M"),
            source=BookingSource.IMPORT.value,
            portal=self.portal,
        )

    def _cancel(self, booking: Booking, service: Service) -> None:
        booking.status = BookingStatus.CANCELLED
        record(
            self.session,
            EventKind.BOOKING_CANCELLED,
            self.now,
            operator_id=self.actor.id,
            code=booking.code,
            service=service.code,
            day=booking.day.isoformat(),
            time=booking.slot.strftime("%H:%M"),
            old=BookingStatus.BOOKED.value,
            new=BookingStatus.CANCELLED.value,
            source=BookingSource.IMPORT.value,
        )

    def _move(self, row: PortalRow, booking: Booking, service: Service) -> None:
        old = {"day": booking.day.isoformat(), "time": booking.slot.strftime("%H:%M")}
        if booking.service_id != service.id:
            old["service"] = self.session.get_one(Service, booking.service_id).code
        booking.service_id, booking.day, booking.slot = service.id, row.day, row.start
        record(
            self.session,
            EventKind.BOOKING_MOVED,
            self.now,
            operator_id=self.actor.id,
            code=booking.code,
            service=service.code,
            old=old,
            new={"day": row.day.isoformat(), "time": row.start.strftime("%H:%M")},
            source=BookingSource.IMPORT.value,
        )

    def _over_full(self, touched: dict[tuple[int, date, time], int]) -> list[RowProblem]:
        """A warning for each slot this import filled beyond its bookable places."""
        places = BookingRules.read(self.session).bookable
        by_id = {service.id: service for service in self.services.values()}
        warnings = []
        held_on: dict[tuple[int, date], dict[time, int]] = {}
        for (service_id, day, start), line in sorted(touched.items(), key=lambda item: item[1]):
            if (service_id, day) not in held_on:
                held_on[service_id, day] = _held(self.session, service_id, day)
            held = held_on[service_id, day].get(start, 0)
            if held > places:
                words = {
                    "service": by_id[service_id].code,
                    "day": day.isoformat(),
                    "time": start.strftime("%H:%M"),
                }
                warnings.append(
                    RowProblem(line, Message(OVER_FULL, held=held, places=places, **words))
                )
        return warnings


def _action(row: PortalRow, booking: Booking, service: Service | None) -> str | None:
    """What ``row`` does to its known ``booking``: "cancel", "move", or None (as it is)."""
    if row.cancelled:
        return "cancel" if booking.status != BookingStatus.CANCELLED else None
    same_service = service is not None and booking.service_id == service.id
    if same_service and (booking.day, booking.slot) == (row.day, row.start):
        return None
    return "move"


def _serves(session: Session, service: Service, day: date, start: time) -> bool:
    """Whether ``start`` falls in one of ``service``'s slots on ``day`` (so the service
    is open then: one of its days, not a holiday, not at lunch, before closing)."""
    minutes = BookingRules.read(session).slot_minutes
    starts = slot_starts(service, day, minutes, holiday=is_holiday(session, day))
    at = start.hour * 60 + start.minute
    return any(0 <= at - (slot.hour * 60 + slot.minute) < minutes for slot in starts)
