"""Writing a centre file into the database: the first load, and loading over a centre
that is already there, which is an administrator's act.

A database without a centre takes the file as it is. One that holds a centre changes
only when asked to replace it, and, if it has administrators, only with one of them
signing in: the file names every operator's PIN, and loading it must not hand the
centre to whoever holds an old copy. Even then a PIN already in the database is kept
unless the load names that operator in ``reset_pins``. Every load writes one
``centre_loaded`` event with who did it, from where, and each value it changed (old
and new), never a PIN or its hash.

No Qt here: the command line and the first-run window both call ``load_centre``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conq_desktop.db import Database
from conq_desktop.engine.auth import Actor, require
from conq_desktop.engine.centre_file import ALL_DAY, CentreSpec, DayHours, ServiceSpec, week_text
from conq_desktop.engine.clock import Clock, SystemClock
from conq_desktop.engine.journal import HIDDEN, record
from conq_desktop.engine.rules import Permission
from conq_desktop.engine.settings import DEFAULTS, hidden_secret, write_settings
from conq_desktop.errors import ConfigError, QueueError
from conq_desktop.i18n import _, translate
from conq_desktop.models import (
    EventKind,
    Holiday,
    Operator,
    Role,
    Service,
    ServiceHours,
    ServicePoint,
    ServicePointService,
    Setting,
    hash_pin,
)

# Where a load came from, for the journal.
FROM_COMMAND_LINE = "command line"
FROM_FIRST_RUN = "first-run window"
FROM_ADMIN_WINDOW = "administration window"

HOLDS_A_CENTRE = _(
    "This database already holds a centre ({services} services, {operators} operators). "
    "Loading a centre file over it changes it for every PC: see the changes with "
    "--dry-run, then load it with --replace."
)
NEEDS_ADMIN = _(
    "Loading a centre file over this centre needs an administrator: give --admin LOGIN "
    "and their PIN."
)
WRONG_ADMIN = _("Wrong administrator or PIN.")
UNKNOWN_RESET = _("--reset-pin names {login}, who is not in the centre file.")
NEEDS_PIN = _("Operator {login} is new to this centre: the file must give their “pin”.")


_CHANGE_WHAT = {
    "setting": _("setting"),
    "service": _("service"),
    "window": _("window"),
    "operator": _("operator"),
}


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or "—"
    if isinstance(value, dict):
        return ", ".join(f"{key} {item}".strip() for key, item in value.items()) or "—"
    return "—" if value is None else str(value)


@dataclass(frozen=True)
class FieldChange:
    """One value a load changes: ``what`` is "setting", "service", "window" or
    "operator", ``key`` names which one, ``field`` is None when it is new."""

    what: str
    key: str
    field: str | None = None
    old: Any = None
    new: Any = None

    def text(self, lang: str | None = None) -> str:
        """One line for people: "service PASSPORT: week mon 09:00-18:00 → …"."""
        what = translate(_CHANGE_WHAT.get(self.what, self.what), lang)
        if self.field is None:
            return translate(_("add {what} {key}"), lang, what=what, key=self.key)
        return translate(
            _("{what} {key}: {field} {old} → {new}"),
            lang,
            what=what,
            key=self.key,
            field=self.field,
            old=_shown(self.old),
            new=_shown(self.new),
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "key": self.key,
            "field": self.field,
            "old": self.old,
            "new": self.new,
        }


@dataclass(frozen=True)
class CentreLoad:
    """What a load did (or, for a dry run, would do)."""

    services: int
    windows: int
    operators: int
    changes: list[FieldChange] = field(default_factory=list)
    replaced: bool = False  # the database held a centre before
    applied: bool = True

    def counts(self) -> dict[str, int]:
        return {"services": self.services, "windows": self.windows, "operators": self.operators}


def load_centre(
    db: Database,
    spec: CentreSpec,
    *,
    always_open: bool = False,
    replace: bool = False,
    admin: tuple[str, str] | None = None,
    actor: Actor | None = None,
    reset_pins: Iterable[str] = (),
    dry_run: bool = False,
    source: str = FROM_COMMAND_LINE,
    clock: Clock | None = None,
) -> CentreLoad:
    """Write ``spec`` in one transaction, or refuse and write nothing.

    ``replace`` must be given when the database already holds a centre, and ``admin``
    (login, PIN), or an ``actor`` who signed in as one, too when it has an active
    administrator. ``always_open`` ignores the
    opening hours (the demo must work at any hour). ``dry_run`` only works out the
    changes: it needs neither ``replace`` nor ``admin``.
    """
    reset = set(reset_pins)
    unknown = sorted(reset - {item.login for item in spec.operators})
    if unknown:
        raise ConfigError(UNKNOWN_RESET, login=", ".join(unknown))
    session_of = db.read_session if dry_run else db.write_session
    with session_of() as session:
        services_held = _count(session, Service)
        holds_centre = services_held > 0
        changes = plan_changes(session, spec, always_open=always_open, reset_pins=reset)
        result = CentreLoad(
            services=len(spec.services),
            windows=len(spec.windows),
            operators=len(spec.operators),
            changes=changes,
            replaced=holds_centre,
            applied=not dry_run,
        )
        if dry_run:
            return result
        admin_id = None
        if holds_centre:
            if not replace:
                raise QueueError(
                    HOLDS_A_CENTRE,
                    services=services_held,
                    operators=_count(session, Operator),
                )
            if actor is not None:
                admin_id = require(actor, Permission.ADMINISTER).id
            else:
                admin_id = _administrator(session, admin)
        _write(session, spec, always_open=always_open, reset_pins=reset)
        now = (clock or SystemClock()).now()
        # Open windows re-read the centre: a first-run window goes on, a kiosk shows
        # new services.
        record(
            session,
            EventKind.CENTRE_LOADED,
            now,
            operator_id=admin_id,
            source=source,
            replaced=holds_centre,
            changes=[change.as_json() for change in changes],
        )
    return result


def _count(session: Session, model: type) -> int:
    return session.execute(select(func.count()).select_from(model)).scalar_one()


def _administrator(session: Session, admin: tuple[str, str] | None) -> int | None:
    """The id of the administrator who signs this load; None where the centre has none
    yet (an older centre, set up before roles were used: ``replace`` alone loads it)."""
    admins = session.scalars(
        select(Operator).where(Operator.role == Role.ADMIN, Operator.active.is_(True))
    ).all()
    if not admins:
        return None
    if admin is None:
        raise QueueError(NEEDS_ADMIN)
    login, pin = admin
    for operator in admins:
        if operator.login == login and operator.check_pin(pin):
            return operator.id
    # One message for every failure: do not tell a stranger which logins are admins.
    raise QueueError(WRONG_ADMIN)


def _effective_week(item: ServiceSpec, always_open: bool) -> tuple[DayHours, ...]:
    return ALL_DAY if always_open else item.week


def stored_week(service: Service) -> tuple[DayHours, ...]:
    """A service's weekly hours as the database holds them."""
    return tuple(
        DayHours(day.weekday, day.opens_at, day.closes_at, day.lunch_from, day.lunch_until)
        for day in sorted(service.week, key=lambda day: day.weekday)
    )


def service_fields(service: Service) -> dict[str, Any]:
    """The values of a service that a centre file or the administration window sets,
    comparable with ``spec_fields``."""
    return {
        "prefix": service.prefix,
        "name_ky": service.name_ky,
        "name_ru": service.name_ru,
        "name_en": service.name_en,
        "daily_limit": service.daily_limit,
        "expected_minutes": service.expected_minutes,
        "target_wait_minutes": service.target_wait_minutes,
        "week": week_text(stored_week(service)),
        "active": service.active,
        "retired": service.retired,
    }


def spec_fields(item: ServiceSpec, always_open: bool = False) -> dict[str, Any]:
    return {
        "prefix": item.prefix,
        "name_ky": item.names["ky"],
        "name_ru": item.names["ru"],
        "name_en": item.names["en"],
        "daily_limit": item.daily_limit,
        "expected_minutes": item.expected_minutes,
        "target_wait_minutes": item.target_wait_minutes,
        "week": week_text(_effective_week(item, always_open)),
        "active": item.active,
        "retired": False,
    }


def plan_changes(
    session: Session, spec: CentreSpec, *, always_open: bool, reset_pins: set[str]
) -> list[FieldChange]:
    """Every value the load would change, compared with what the database holds."""
    changes: list[FieldChange] = []
    stored = {key: value for key, value in session.execute(select(Setting.key, Setting.value))}
    for key, value in spec.settings.items():
        old = stored.get(key, DEFAULTS.get(key))
        if old != value:  # a secret is said to change, never shown (nor journalled)
            old, value = hidden_secret(key, old), hidden_secret(key, value)
            changes.append(FieldChange("setting", key, key, old, value))
    if spec.holidays is not None:
        held = {day.day.isoformat(): day.name for day in session.scalars(select(Holiday))}
        wanted_days = {day.isoformat(): name for day, name in spec.holidays.items()}
        if held != wanted_days:
            changes.append(FieldChange("setting", "holidays", "holidays", held, wanted_days))

    services = {service.code: service for service in session.scalars(select(Service))}
    for order, item in enumerate(spec.services):
        service = services.get(item.code)
        wanted = {**spec_fields(item, always_open), "sort_order": order}
        current = (
            None
            if service is None
            else {**service_fields(service), "sort_order": service.sort_order}
        )
        _compare_values(changes, "service", item.code, current, wanted)

    named = {item.code for item in spec.services}
    known = set(services) | named
    points = {point.number: point for point in session.scalars(select(ServicePoint))}
    for item in spec.windows:
        unknown = [
            code
            for code in item.services
            if code not in known
            or (code in services and services[code].retired and code not in named)
        ]
        if unknown:
            raise ConfigError(
                _("Window {number} names unknown services: {codes}"),
                number=item.number,
                codes=", ".join(unknown),
            )
        point = points.get(item.number)
        current = None
        if point is not None:
            current = {
                "name": point.name,
                "services": [link.service.code for link in point.links],
                "retired": point.retired,
            }
        _compare_values(
            changes,
            "window",
            str(item.number),
            current,
            {"name": item.name, "services": list(item.services), "retired": False},
        )

    operators = {operator.login: operator for operator in session.scalars(select(Operator))}
    for item in spec.operators:
        operator = operators.get(item.login)
        current = None
        if operator is not None:
            current = {
                "name": operator.display_name,
                "role": operator.role.value,
                "active": operator.active,
            }
        elif item.pin is None:
            raise ConfigError(NEEDS_PIN, login=item.login)
        if item.login in reset_pins and item.pin is None:
            raise ConfigError(NEEDS_PIN, login=item.login)
        _compare_values(
            changes,
            "operator",
            item.login,
            current,
            {"name": item.name, "role": item.role.value, "active": item.active},
        )
        if operator is not None and item.login in reset_pins:
            changes.append(FieldChange("operator", item.login, "pin", HIDDEN, HIDDEN))
    return changes


def _compare_values(
    changes: list[FieldChange],
    what: str,
    key: str,
    current: dict[str, Any] | None,
    wanted: dict[str, Any],
) -> None:
    if current is None:
        changes.append(FieldChange(what, key))
        return
    for name, value in wanted.items():
        if current[name] != value:
            changes.append(FieldChange(what, key, name, current[name], value))


def _write(session: Session, spec: CentreSpec, *, always_open: bool, reset_pins: set[str]) -> None:
    write_settings(session, spec.settings)
    if spec.holidays is not None:
        write_holidays(session, spec.holidays)
    services = {service.code: service for service in session.scalars(select(Service))}
    for order, item in enumerate(spec.services):
        service = services.get(item.code) or Service(code=item.code)
        write_service(service, item, always_open=always_open)
        service.sort_order = order
        services[item.code] = service
        session.add(service)
    session.flush()
    _write_windows(session, spec, services)
    _write_operators(session, spec, reset_pins)


def write_service(service: Service, item: ServiceSpec, *, always_open: bool = False) -> None:
    """Set every field of ``service`` that ``item`` describes (not its place in order)."""
    service.prefix = item.prefix
    service.set_names(item.names)
    service.daily_limit = item.daily_limit
    service.expected_minutes = item.expected_minutes
    service.target_wait_minutes = item.target_wait_minutes
    service.active = item.active
    service.retired = False
    week = _effective_week(item, always_open)
    if stored_week(service) != week:
        service.week = [
            ServiceHours(
                weekday=day.weekday,
                opens_at=day.opens_at,
                closes_at=day.closes_at,
                lunch_from=day.lunch_from,
                lunch_until=day.lunch_until,
            )
            for day in week
        ]


def write_holidays(session: Session, holidays: dict[Any, str]) -> None:
    held = {day.day: day for day in session.scalars(select(Holiday))}
    for day, row in held.items():
        if day not in holidays:
            session.delete(row)
    for day, name in holidays.items():
        if day in held:
            held[day].name = name
        else:
            session.add(Holiday(day=day, name=name))


def _write_windows(session: Session, spec: CentreSpec, services: dict[str, Service]) -> None:
    points = {point.number: point for point in session.scalars(select(ServicePoint))}
    for item in spec.windows:  # their services were checked by plan_changes
        point = points.get(item.number) or ServicePoint(number=item.number)
        point.name = item.name
        point.retired = False
        if [link.service.code for link in point.links] != list(item.services):
            point.links = [
                ServicePointService(service=services[code], preference=rank)
                for rank, code in enumerate(item.services)
            ]
        session.add(point)
        session.flush()


def _write_operators(session: Session, spec: CentreSpec, reset_pins: set[str]) -> None:
    operators = {operator.login: operator for operator in session.scalars(select(Operator))}
    for item in spec.operators:
        operator = operators.get(item.login)
        # plan_changes made sure a new operator, or a reset one, has a PIN.
        if operator is None:
            operator = Operator(login=item.login, pin_hash=hash_pin(item.pin or ""))
        elif item.login in reset_pins and item.pin is not None:
            operator.pin_hash = hash_pin(item.pin)
        operator.display_name = item.name
        operator.role = item.role
        operator.active = item.active
        session.add(operator)
