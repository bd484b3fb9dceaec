"""Reading a centre's services, windows and operators from a readable TOML file.

The whole file is checked before anything is written (``centre_load`` writes it, in
one transaction): a mistake on line 80 leaves the database exactly as it was.
See docs/centre-file.md for the format.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from typing import Any, NoReturn

from conq_desktop.engine.settings import parse_timezone
from conq_desktop.errors import ConfigError
from conq_desktop.i18n import Message, _
from conq_desktop.models import ALL_WEEKDAYS, Role

_DAY_NAMES = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}


@dataclass(frozen=True)
class ServiceSpec:
    code: str
    prefix: str
    names: dict[str, str]
    daily_limit: int | None
    expected_minutes: float
    opens_at: time
    closes_at: time | None
    weekdays: str
    active: bool


@dataclass(frozen=True)
class WindowSpec:
    number: int
    name: str
    services: list[str]


@dataclass(frozen=True)
class OperatorSpec:
    login: str
    name: str
    role: Role
    pin: str


@dataclass(frozen=True)
class CentreSpec:
    settings: dict[str, str]
    services: list[ServiceSpec]
    windows: list[WindowSpec]
    operators: list[OperatorSpec]


class _Reader:
    """Pulls typed values out of one table of the file, naming the place on error."""

    def __init__(self, path: str, where: str, table: Any) -> None:
        if not isinstance(table, dict):
            self.fail(path, where, Message(_("expected a table")))
        self.path, self.where, self.table = path, where, table

    @staticmethod
    def fail(path: str, where: str, problem: Message) -> NoReturn:
        raise ConfigError(_("{path}: {where}: {problem}"), path=path, where=where, problem=problem)

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        if key not in self.table:
            if default is ...:
                self.fail(self.path, self.where, Message(_("“{key}” is missing"), key=key))
            return default
        value = self.table[key]
        if not isinstance(value, kind) or (
            isinstance(value, bool) and kind in (int, float, (int, float))
        ):
            self.fail(self.path, self.where, Message(_("“{key}” has the wrong type"), key=key))
        return value

    def names(self, key: str = "name") -> dict[str, str]:
        raw = self.get(key, dict)
        names = {}
        for lang in ("ky", "ru", "en"):
            value = raw.get(lang)
            if not isinstance(value, str) or not value.strip():
                self.fail(
                    self.path,
                    self.where,
                    Message(_("“{key}” needs a “{lang}” text"), key=key, lang=lang),
                )
            names[lang] = value.strip()
        return names


def parse_centre_file(path: Path) -> CentreSpec:
    name = str(path)
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(_("The centre file {path} does not exist."), path=name) from None
    except OSError as exc:
        raise ConfigError(
            _("Cannot read the centre file {path}: {reason}"), path=name, reason=exc.strerror
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            _("The centre file {path} is not valid TOML: {reason}"), path=name, reason=str(exc)
        ) from None
    return parse_centre(data, name)


def parse_centre(data: dict[str, Any], path: str = "centre.toml") -> CentreSpec:
    settings: dict[str, str] = {}
    centre = _Reader(path, "[centre]", data.get("centre", {}))
    if "name" in centre.table:
        for lang, text in centre.names().items():
            settings[f"centre_name_{lang}"] = text
    if "ticket_footer" in centre.table:
        footer = centre.get("ticket_footer", dict)
        for lang in ("ky", "ru"):
            text = footer.get(lang)
            if not isinstance(text, str):
                _Reader.fail(
                    path,
                    "[centre]",
                    Message(_("“{key}” needs a “{lang}” text"), key="ticket_footer", lang=lang),
                )
            settings[f"ticket_footer_{lang}"] = text.strip()
    if "timezone" in centre.table:
        settings["timezone"] = centre.get("timezone", str)
        parse_timezone(settings["timezone"])
    if "recall_limit" in centre.table:
        limit = centre.get("recall_limit", int)
        if limit < 0:
            _Reader.fail(
                path, "[centre]", Message(_("“{key}” must not be negative"), key="recall_limit")
            )
        settings["recall_limit"] = str(limit)

    services = [
        _service(path, index, table) for index, table in enumerate(data.get("services", []), 1)
    ]
    _no_duplicates(path, "services", [spec.code for spec in services])
    # Ticket numbers are found by their text, so two services must not share a prefix.
    _no_duplicates(path, "services", [spec.prefix for spec in services])
    windows = [
        _window(path, index, table) for index, table in enumerate(data.get("windows", []), 1)
    ]
    _no_duplicates(path, "windows", [spec.number for spec in windows])
    operators = [
        _operator(path, index, table) for index, table in enumerate(data.get("operators", []), 1)
    ]
    _no_duplicates(path, "operators", [spec.login for spec in operators])
    return CentreSpec(settings=settings, services=services, windows=windows, operators=operators)


def _no_duplicates(path: str, where: str, keys: list[Any]) -> None:
    seen: set[Any] = set()
    for key in keys:
        if key in seen:
            _Reader.fail(path, where, Message(_("“{key}” appears twice"), key=key))
        seen.add(key)


def _service(path: str, index: int, table: Any) -> ServiceSpec:
    reader = _Reader(path, f"services #{index}", table)
    code = reader.get("code", str).strip()
    prefix = reader.get("prefix", str).strip()
    if not code or not prefix or len(prefix) > 4:
        reader.fail(
            path, reader.where, Message(_("“code” and a “prefix” of 1–4 letters are required"))
        )
    limit = reader.get("daily_limit", int, None)
    minutes = reader.get("expected_minutes", (int, float), 10)
    if (limit is not None and limit <= 0) or minutes <= 0:
        reader.fail(path, reader.where, Message(_("limits and minutes must be positive")))
    opens, closes = _hours(reader, reader.get("hours", str, "00:00-24:00"))
    return ServiceSpec(
        code=code,
        prefix=prefix,
        names=reader.names(),
        daily_limit=limit,
        expected_minutes=float(minutes),
        opens_at=opens,
        closes_at=closes,
        weekdays=_weekdays(reader, reader.get("weekdays", str, "mon-sun")),
        active=reader.get("active", bool, True),
    )


def _hours(reader: _Reader, text: str) -> tuple[time, time | None]:
    try:
        start, end = (part.strip() for part in text.split("-"))
        opens = time.fromisoformat(start)
        closes = None if end == "24:00" else time.fromisoformat(end)
    except ValueError:
        reader.fail(
            reader.path,
            reader.where,
            Message(_("“hours” must look like 08:30-17:30, not {text}"), text=text),
        )
    if closes is not None and closes <= opens:
        reader.fail(
            reader.path,
            reader.where,
            Message(_("“hours” must end after they start: {text}"), text=text),
        )
    return opens, closes


def _weekdays(reader: _Reader, text: str) -> str:
    """ "mon-fri", "mon-fri,sat" or ISO digits "123456" into ISO digits."""
    text = text.strip().lower()
    if text.isdigit() and set(text) <= set(ALL_WEEKDAYS):
        return "".join(sorted(set(text)))
    days: set[int] = set()
    try:
        for part in text.split(","):
            if "-" in part:
                first, last = (_DAY_NAMES[name.strip()] for name in part.split("-"))
                days.update(range(first, last + 1))
            else:
                days.add(_DAY_NAMES[part.strip()])
    except (KeyError, ValueError):
        reader.fail(
            reader.path,
            reader.where,
            Message(_("“weekdays” must look like mon-fri, not {text}"), text=text),
        )
    if not days:
        reader.fail(reader.path, reader.where, Message(_("“weekdays” names no day")))
    return "".join(str(day) for day in sorted(days))


def _window(path: str, index: int, table: Any) -> WindowSpec:
    reader = _Reader(path, f"windows #{index}", table)
    number = reader.get("number", int)
    if number <= 0:
        reader.fail(path, reader.where, Message(_("“{key}” must be positive"), key="number"))
    services = reader.get("services", list)
    if not all(isinstance(code, str) for code in services):
        reader.fail(path, reader.where, Message(_("“{key}” has the wrong type"), key="services"))
    return WindowSpec(number=number, name=reader.get("name", str, f"{number}"), services=services)


def _operator(path: str, index: int, table: Any) -> OperatorSpec:
    reader = _Reader(path, f"operators #{index}", table)
    role_text = reader.get("role", str, Role.OPERATOR.value)
    if role_text not in Role._value2member_map_:
        reader.fail(path, reader.where, Message(_("unknown role {role}"), role=role_text))
    pin = str(reader.get("pin", (str, int)))
    if not pin.isdigit() or not 4 <= len(pin) <= 8:
        reader.fail(path, reader.where, Message(_("“pin” must be 4–8 digits")))
    return OperatorSpec(
        login=reader.get("login", str).strip(),
        name=reader.get("name", str).strip(),
        role=Role(role_text),
        pin=pin,
    )
