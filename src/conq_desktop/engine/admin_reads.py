"""What the administration window shows: the centre's services, windows, staff,
holidays and settings, as the administrator edits them.

Functions over a read session that return frozen snapshots, never ORM objects: the
window reads on its job runner and shows the answer on the GUI thread. Removed
(``retired``) services and windows are left out: they only live on in the history.
Nothing here writes.

No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from conq_desktop.db import Database
from conq_desktop.engine.centre_file import DayHours
from conq_desktop.engine.centre_load import stored_week
from conq_desktop.engine.settings import hidden_secret, setting_values
from conq_desktop.models import Holiday, Operator, Role, Service, ServicePoint, ServicePointService


@dataclass(frozen=True)
class ServiceRow:
    code: str
    prefix: str
    names: dict[str, str]
    daily_limit: int | None
    expected_minutes: float
    target_wait_minutes: int
    week: tuple[DayHours, ...]  # the open days, in weekday order
    active: bool  # gives out numbers (a supervisor may switch it off for a while)

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["en"]

    def hours_on(self, weekday: int) -> DayHours | None:
        return next((day for day in self.week if day.weekday == weekday), None)


@dataclass(frozen=True)
class WindowRow:
    number: int
    name: str
    services: tuple[str, ...]  # service codes in order of preference
    operator: str | None  # the login signed in there, if any


@dataclass(frozen=True)
class OperatorRow:
    login: str
    name: str
    role: Role
    active: bool
    locked_until: datetime | None
    failed_pins: int

    def locked(self, now: datetime) -> bool:
        """Whether too many wrong PINs keep them out at ``now``."""
        return self.locked_until is not None and self.locked_until > now


@dataclass(frozen=True)
class CentreAdmin:
    """Everything the administration window shows, read in one session."""

    services: tuple[ServiceRow, ...]  # in the kiosk's order
    windows: tuple[WindowRow, ...]  # by number
    operators: tuple[OperatorRow, ...]  # by login
    holidays: tuple[tuple[date, str], ...]  # by day
    settings: dict[str, str]  # every centre setting, stored or default


def services(session: Session) -> tuple[ServiceRow, ...]:
    rows = session.scalars(
        select(Service).where(Service.retired.is_(False)).order_by(Service.sort_order, Service.id)
    )
    return tuple(
        ServiceRow(
            code=service.code,
            prefix=service.prefix,
            names=dict(service.names),
            daily_limit=service.daily_limit,
            expected_minutes=service.expected_minutes,
            target_wait_minutes=service.target_wait_minutes,
            week=stored_week(service),
            active=service.active,
        )
        for service in rows
    )


def windows(session: Session) -> tuple[WindowRow, ...]:
    points = session.scalars(
        select(ServicePoint)
        .where(ServicePoint.retired.is_(False))
        .order_by(ServicePoint.number)
        .options(
            selectinload(ServicePoint.links).selectinload(ServicePointService.service),
            selectinload(ServicePoint.operator),
        )
    )
    return tuple(
        WindowRow(
            number=point.number,
            name=point.name,
            services=tuple(link.service.code for link in point.links if not link.service.retired),
            operator=point.operator.login if point.operator is not None else None,
        )
        for point in points
    )


def operators(session: Session) -> tuple[OperatorRow, ...]:
    return tuple(
        OperatorRow(
            login=operator.login,
            name=operator.display_name,
            role=operator.role,
            active=operator.active,
            locked_until=operator.locked_until,
            failed_pins=operator.failed_pins or 0,
        )
        for operator in session.scalars(select(Operator).order_by(Operator.login))
    )


def holidays(session: Session) -> tuple[tuple[date, str], ...]:
    return tuple(
        (holiday.day, holiday.name)
        for holiday in session.scalars(select(Holiday).order_by(Holiday.day))
    )


def listed_settings(session: Session) -> dict[str, str]:
    """Every setting as a listing may show it: a secret (the bot's token) only as set
    ("***", which ``accounts.change_settings`` takes as "unchanged") or not set ("")."""
    return {key: hidden_secret(key, value) or "" for key, value in setting_values(session).items()}


def read_centre_admin(db: Database) -> CentreAdmin:
    """The whole centre as the administration window shows it."""
    with db.read_session() as session:
        return CentreAdmin(
            services=services(session),
            windows=windows(session),
            operators=operators(session),
            holidays=holidays(session),
            settings=listed_settings(session),
        )
