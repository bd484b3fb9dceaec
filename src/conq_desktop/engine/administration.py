"""An administrator's changes to the centre, one item at a time: services, windows,
operators and holidays (settings are in ``accounts.change_settings``).

Each call is checked whole before anything is written, refuses with the reason in the
reader's language, and writes in one transaction with one ``admin_change`` event: who,
which item, created / changed / removed, and each field's old and new value (a PIN
shows as ``***``). The values are checked by the centre file's own rules
(``centre_file.parse_service`` and the others), so a form and a file accept the same.

Nothing is deleted: a removed service or window is marked ``retired`` and keeps its
history; a deactivated operator keeps theirs.

No Qt here: the administration window calls these on its job runner.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conq_desktop.db import Database
from conq_desktop.engine.auth import Actor, require
from conq_desktop.engine.centre_file import (
    OperatorSpec,
    ServiceSpec,
    WindowSpec,
    is_pin,
)
from conq_desktop.engine.centre_load import (
    FieldChange,
    service_fields,
    spec_fields,
    write_holidays,
    write_service,
)
from conq_desktop.engine.clock import Clock, SystemClock, local_day
from conq_desktop.engine.journal import HIDDEN, record
from conq_desktop.engine.lookalikes import fold
from conq_desktop.engine.queue import move_waiting_tickets
from conq_desktop.engine.rules import Permission
from conq_desktop.engine.settings import read_settings
from conq_desktop.errors import NotAllowed, NotFound, QueueError
from conq_desktop.i18n import _
from conq_desktop.models import (
    ACTIVE_STATUSES,
    EventKind,
    Holiday,
    Operator,
    Role,
    Service,
    ServicePoint,
    ServicePointService,
    Ticket,
    TicketStatus,
)
from conq_desktop.models.operator import hash_pin

PREFIX_TAKEN = _("The prefix “{prefix}” is already used by the service {code}.")
PREFIX_LOOKS_ALIKE = _(
    "The prefix “{prefix}” looks the same as “{other}” of the service {code} on the hall display."
)
HAS_WAITING = _(
    "{count} tickets are waiting for {code}: choose the service they move to, or wait "
    "until they are served."
)
ONLY_SERVICE = _("Window {number} serves only {code}: give it another service first.")
UNKNOWN_SERVICES = _("Unknown services: {codes}")
WINDOW_BUSY = _("{name} is signed in at window {number}: they sign out first.")
LAST_ADMIN = _("{login} is the centre's last administrator: make another one first.")
NEEDS_PIN = _("A new member of staff needs a PIN.")
SIGNED_IN_AT = _("{login} is signed in at window {number}: they sign out first.")
PIN_FORMAT = _("A PIN is 4–8 digits.")


class Administration:
    """The administrator's changes, made as ``actor`` (who must be an administrator)."""

    def __init__(self, db: Database, actor: Actor | None, clock: Clock | None = None) -> None:
        self.db = db
        self.actor = actor
        self.clock = clock or SystemClock()

    @contextmanager
    def _change(self) -> Iterator[tuple[Session, datetime]]:
        actor = require(self.actor, Permission.ADMINISTER)
        with self.db.write_session() as session:
            # The actor's account may have been deactivated or demoted on another PC
            # since they signed in to this window.
            current = session.get(Operator, actor.id)
            if current is None or not current.active or current.role != Role.ADMIN:
                require(None, Permission.ADMINISTER)
            yield session, self.clock.now()

    def _journal(
        self,
        session: Session,
        now: datetime,
        what: str,
        key: str,
        action: str,
        changes: list[FieldChange],
    ) -> None:
        assert self.actor is not None  # checked by _change
        record(
            session,
            EventKind.ADMIN_CHANGE,
            now,
            operator_id=self.actor.id,
            what=what,
            key=key,
            action=action,
            changes=[
                {"field": change.field, "old": change.old, "new": change.new} for change in changes
            ],
        )

    # ------------------------------------------------------------------ services

    def save_service(self, spec: ServiceSpec) -> list[FieldChange]:
        """Create the service ``spec.code``, or change it (bringing back a removed one).
        Returns what changed; nothing changed writes nothing."""
        with self._change() as (session, now):
            services = session.scalars(select(Service)).all()
            _check_prefix(spec, services)
            service = next((item for item in services if item.code == spec.code), None)
            created = service is None
            if service is None:
                order = max((item.sort_order for item in services), default=-1) + 1
                service = Service(code=spec.code, sort_order=order)
                session.add(service)
                old: dict[str, Any] = {}
            else:
                old = service_fields(service)
            new = spec_fields(spec)
            changes = _diff("service", spec.code, old, new)
            if not changes:
                return []
            write_service(service, spec)
            self._journal(
                session, now, "service", spec.code, "created" if created else "changed", changes
            )
            return changes

    def remove_service(self, code: str, *, move_to: str | None = None) -> int:
        """Take ``code`` off every kiosk and window, keeping its history. Tickets waiting
        for it today are refused unless ``move_to`` names the service they move to.
        Returns how many tickets moved."""
        with self._change() as (session, now):
            service = _service(session, code)
            today = local_day(now, read_settings(session).timezone)
            waiting = session.execute(
                select(func.count())
                .select_from(Ticket)
                .where(
                    Ticket.service_id == service.id,
                    Ticket.status == TicketStatus.WAITING,
                    Ticket.day == today,
                )
            ).scalar_one()
            moved = 0
            if waiting:
                if move_to is None:
                    raise QueueError(HAS_WAITING, count=waiting, code=code)
                target = _service(session, move_to)
                actor_id = self.actor.id if self.actor else 0
                moved = move_waiting_tickets(session, service, target, actor_id, now, today)
            links = session.scalars(
                select(ServicePointService).where(ServicePointService.service_id == service.id)
            ).all()
            for link in links:
                point = link.service_point
                if not point.retired and len(point.links) == 1:
                    raise QueueError(ONLY_SERVICE, number=point.number, code=code)
            for link in links:
                link.service_point.links.remove(link)
            changes = [
                FieldChange("service", code, "retired", False, True),
                FieldChange("service", code, "active", service.active, False),
            ]
            if moved:
                changes.append(FieldChange("service", code, "moved_to", None, move_to))
            service.retired, service.active = True, False
            self._journal(session, now, "service", code, "removed", changes)
            return moved

    # ------------------------------------------------------------------ windows

    def save_window(self, spec: WindowSpec) -> list[FieldChange]:
        """Create window ``spec.number`` or change its name and services (in order of
        preference); a removed window comes back."""
        with self._change() as (session, now):
            services = {
                service.code: service
                for service in session.scalars(select(Service).where(Service.retired.is_(False)))
            }
            unknown = [code for code in spec.services if code not in services]
            if unknown:
                raise NotFound(UNKNOWN_SERVICES, codes=", ".join(unknown))
            point = session.scalars(
                select(ServicePoint).where(ServicePoint.number == spec.number)
            ).one_or_none()
            created = point is None or point.retired
            old: dict[str, Any] = {}
            if point is None:
                point = ServicePoint(number=spec.number)
                session.add(point)
            else:
                old = _window_fields(point)
            new = {"name": spec.name, "services": list(spec.services), "retired": False}
            changes = _diff("window", str(spec.number), old, new)
            if not changes:
                return []
            point.name, point.retired = spec.name, False
            if [link.service.code for link in point.links] != list(spec.services):
                point.links.clear()
                session.flush()  # the old links go before the new ones take their keys
                point.links.extend(
                    ServicePointService(service=services[code], preference=rank)
                    for rank, code in enumerate(spec.services)
                )
            self._journal(
                session,
                now,
                "window",
                str(spec.number),
                "created" if created else "changed",
                changes,
            )
            return changes

    def remove_window(self, number: int) -> None:
        """Take window ``number`` off the displays and sign-in; its history stays."""
        with self._change() as (session, now):
            point = _window(session, number)
            busy = session.execute(
                select(func.count())
                .select_from(Ticket)
                .where(Ticket.service_point_id == point.id, Ticket.status.in_(ACTIVE_STATUSES))
            ).scalar_one()
            if point.operator_id is not None or busy:
                name = point.operator.display_name if point.operator else str(number)
                raise QueueError(WINDOW_BUSY, name=name, number=number)
            point.retired = True
            self._journal(
                session,
                now,
                "window",
                str(number),
                "removed",
                [FieldChange("window", str(number), "retired", False, True)],
            )

    # ------------------------------------------------------------------ staff

    def save_operator(self, spec: OperatorSpec) -> list[FieldChange]:
        """Create a member of staff (``spec.pin`` required) or change their name, role
        and whether they may sign in. The last active administrator stays one."""
        with self._change() as (session, now):
            operator = _operator(session, spec.login, missing_ok=True)
            created = operator is None
            if operator is None:
                if spec.pin is None:
                    raise QueueError(NEEDS_PIN)
                operator = Operator(login=spec.login, pin_hash=hash_pin(spec.pin))
                session.add(operator)
                old: dict[str, Any] = {}
            else:
                old = _operator_fields(operator)
                was_admin = operator.role == Role.ADMIN and operator.active
                if was_admin and (spec.role != Role.ADMIN or not spec.active):
                    _keep_an_admin(session, operator)
                if not spec.active:
                    _not_signed_in(session, operator)
            new = {"name": spec.name, "role": spec.role.value, "active": spec.active}
            changes = _diff("operator", spec.login, old, new)
            if created:
                changes.append(FieldChange("operator", spec.login, "pin", None, HIDDEN))
            if not changes:
                return []
            operator.display_name, operator.role, operator.active = (
                spec.name,
                spec.role,
                spec.active,
            )
            self._journal(
                session,
                now,
                "operator",
                spec.login,
                "created" if created else "changed",
                changes,
            )
            return changes

    def reset_pin(self, login: str, pin: str) -> None:
        """Give ``login`` a new PIN (they forgot theirs); it also lifts a lock."""
        if not is_pin(pin):
            raise QueueError(PIN_FORMAT)
        with self._change() as (session, now):
            operator = _operator(session, login)
            operator.pin_hash = hash_pin(pin)
            operator.failed_pins, operator.locked_until = 0, None
            self._journal(
                session,
                now,
                "operator",
                login,
                "pin_reset",
                [FieldChange("operator", login, "pin", HIDDEN, HIDDEN)],
            )

    def unlock(self, login: str) -> bool:
        """Lift the lock five wrong PINs put on ``login``; False if it was not locked."""
        with self._change() as (session, now):
            operator = _operator(session, login)
            if operator.locked_until is None and not operator.failed_pins:
                return False
            old = operator.locked_until.isoformat() if operator.locked_until else None
            operator.failed_pins, operator.locked_until = 0, None
            self._journal(
                session,
                now,
                "operator",
                login,
                "unlocked",
                [FieldChange("operator", login, "locked_until", old, None)],
            )
            return True

    # ------------------------------------------------------------------ holidays

    def set_holidays(self, holidays: dict[date, str]) -> list[FieldChange]:
        """Make ``holidays`` (day → name) the centre's whole list of holidays."""
        with self._change() as (session, now):
            held = {day.day.isoformat(): day.name for day in session.scalars(select(Holiday))}
            wanted = {day.isoformat(): name for day, name in sorted(holidays.items())}
            if held == wanted:
                return []
            write_holidays(session, holidays)
            changes = [FieldChange("holidays", "holidays", "holidays", held, wanted)]
            self._journal(session, now, "holidays", "holidays", "changed", changes)
            return changes


def _diff(what: str, key: str, old: dict[str, Any], new: dict[str, Any]) -> list[FieldChange]:
    return [
        FieldChange(what, key, name, old.get(name), value)
        for name, value in new.items()
        if old.get(name) != value
    ]


def _check_prefix(spec: ServiceSpec, services: Any) -> None:
    for other in services:
        if other.code == spec.code or other.retired:
            continue
        if other.prefix == spec.prefix:
            raise QueueError(PREFIX_TAKEN, prefix=spec.prefix, code=other.code)
        if fold(other.prefix) == fold(spec.prefix):
            raise QueueError(
                PREFIX_LOOKS_ALIKE, prefix=spec.prefix, other=other.prefix, code=other.code
            )


def _service(session: Session, code: str) -> Service:
    service = session.scalars(
        select(Service).where(Service.code == code, Service.retired.is_(False))
    ).one_or_none()
    if service is None:
        raise NotFound(_("Unknown service: {code}"), code=code)
    return service


def _window(session: Session, number: int) -> ServicePoint:
    point = session.scalars(
        select(ServicePoint).where(ServicePoint.number == number, ServicePoint.retired.is_(False))
    ).one_or_none()
    if point is None:
        raise NotFound(_("There is no window {number}."), number=number)
    return point


def _operator(session: Session, login: str, *, missing_ok: bool = False) -> Any:
    operator = session.scalars(select(Operator).where(Operator.login == login)).one_or_none()
    if operator is None and not missing_ok:
        raise NotFound(_("Unknown operator: {login}"), login=login)
    return operator


def _window_fields(point: ServicePoint) -> dict[str, Any]:
    return {
        "name": point.name,
        "services": [link.service.code for link in point.links],
        "retired": point.retired,
    }


def _operator_fields(operator: Operator) -> dict[str, Any]:
    return {"name": operator.display_name, "role": operator.role.value, "active": operator.active}


def _keep_an_admin(session: Session, operator: Operator) -> None:
    others = session.execute(
        select(func.count())
        .select_from(Operator)
        .where(Operator.role == Role.ADMIN, Operator.active.is_(True), Operator.id != operator.id)
    ).scalar_one()
    if not others:
        raise NotAllowed(LAST_ADMIN, login=operator.login)


def _not_signed_in(session: Session, operator: Operator) -> None:
    point = session.scalars(
        select(ServicePoint).where(ServicePoint.operator_id == operator.id)
    ).first()
    if point is not None:
        raise QueueError(SIGNED_IN_AT, login=operator.login, number=point.number)
