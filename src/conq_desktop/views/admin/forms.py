"""The administration window's forms as the centre file's tables, without Qt.

A form's values become the table one entry of a centre file would be
(docs/centre-file.md) and go through the file's own parsers (``parse_service``,
``parse_window``, ``parse_operator``): a form accepts exactly what a file accepts, and
refuses it with the same words. Nothing here checks a rule of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Any

from conq_desktop.engine.centre_file import (
    DAY_KEYS,
    DayHours,
    OperatorSpec,
    ServiceSpec,
    WindowSpec,
    parse_operator,
    parse_service,
    parse_window,
)
from conq_desktop.errors import ConfigError
from conq_desktop.i18n import Message
from conq_desktop.views.admin.texts import DAY_NAMES, DAY_PROBLEM

MIDNIGHT = time(0, 0)
# What a closed day's fields show, should the administrator open it.
USUAL_OPENS, USUAL_CLOSES = time(9, 0), time(18, 0)
USUAL_LUNCH = (time(13, 0), time(14, 0))


def clock(moment: time, *, end: bool = False) -> str:
    """``HH:MM``; a day's end at 00:00 is midnight, which the file writes 24:00 (a day
    cannot close at the moment it starts)."""
    if end and moment == MIDNIGHT:
        return "24:00"
    return moment.strftime("%H:%M")


@dataclass(frozen=True)
class DayForm:
    """One row of the weekly grid."""

    weekday: int  # ISO, Monday = 1
    open: bool
    opens: time
    closes: time  # 00:00: until midnight
    lunch: bool
    lunch_from: time
    lunch_until: time

    @classmethod
    def of(cls, weekday: int, hours: DayHours | None) -> DayForm:
        """The row for ``hours`` as stored (None: closed that day)."""
        if hours is None:
            return cls(weekday, False, USUAL_OPENS, USUAL_CLOSES, False, *USUAL_LUNCH)
        has_lunch = hours.lunch_from is not None and hours.lunch_until is not None
        return cls(
            weekday,
            True,
            hours.opens_at,
            hours.closes_at or MIDNIGHT,
            has_lunch,
            hours.lunch_from or USUAL_LUNCH[0],
            hours.lunch_until or USUAL_LUNCH[1],
        )

    @classmethod
    def usual(cls, weekday: int) -> DayForm:
        """A new service's day: open 09:00–18:00 on working days, closed at the weekend."""
        return cls(weekday, weekday <= 5, USUAL_OPENS, USUAL_CLOSES, False, *USUAL_LUNCH)

    @property
    def key(self) -> str:
        return DAY_KEYS[self.weekday - 1]

    def hours(self) -> str:
        return f"{clock(self.opens)}-{clock(self.closes, end=True)}"

    def lunch_text(self) -> str:
        return f"{clock(self.lunch_from)}-{clock(self.lunch_until, end=True)}"

    def text(self) -> str:
        """The day as the file's ``week`` table writes it."""
        if not self.open:
            return "closed"
        if not self.lunch:
            return self.hours()
        return (
            f"{clock(self.opens)}-{clock(self.lunch_from)}, "
            f"{clock(self.lunch_until)}-{clock(self.closes, end=True)}"
        )


@dataclass(frozen=True)
class ServiceForm:
    code: str
    prefix: str
    names: dict[str, str]
    daily_limit: int  # 0: no limit
    expected_minutes: float
    target_wait_minutes: int
    active: bool
    days: tuple[DayForm, ...]  # Monday to Sunday

    def table(self) -> dict[str, Any]:
        table: dict[str, Any] = {
            "code": self.code,
            "prefix": self.prefix,
            "name": dict(self.names),
            "expected_minutes": self.expected_minutes,
            "target_wait_minutes": self.target_wait_minutes,
            "week": {day.key: day.text() for day in self.days},
            "active": self.active,
        }
        if self.daily_limit:
            table["daily_limit"] = self.daily_limit
        return table


def service_spec(form: ServiceForm) -> ServiceSpec:
    """The service the form describes, checked as a centre file's service is."""
    table = form.table()
    try:
        return parse_service(table)
    except ConfigError as error:
        key = str(error.params.get("key", ""))
        if not key.startswith("week."):
            raise
        refusal = error
        day = next(day for day in form.days if day.key == key.removeprefix("week."))
    # A day with lunch is written as two spans around it, so the file's check of the
    # spans speaks first ("must end after they start: 09:00-08:00"). The same day as
    # hours and a lunch break is refused by the lunch break's own rule, in its words.
    if day.lunch:
        single = {**table, "week": {}, "hours": day.hours(), "lunch": day.lunch_text()}
        single["weekdays"] = day.key
        try:
            parse_service(single)
        except ConfigError as lunch_error:
            raise _on_day(day, lunch_error) from None
    raise _on_day(day, refusal) from None


def _on_day(day: DayForm, error: ConfigError) -> ConfigError:
    return ConfigError(
        DAY_PROBLEM,
        day=Message(DAY_NAMES[day.weekday - 1]),
        problem=Message(error.template, **error.params),
    )


def window_spec(number: int, name: str, services: list[str]) -> WindowSpec:
    """The window the form describes; an empty name is the number, as in a file."""
    table: dict[str, Any] = {"number": number, "services": list(services)}
    if name.strip():
        table["name"] = name
    return parse_window(table)


def operator_spec(
    login: str, name: str, role: str, active: bool, pin: str | None = None
) -> OperatorSpec:
    """The member of staff the form describes; ``pin`` only for a new one."""
    table: dict[str, Any] = {"login": login, "name": name, "role": role, "active": active}
    if pin is not None:
        table["pin"] = pin
    return parse_operator(table)
