"""Reading a centre's services, windows and operators from a readable TOML file.

The whole file is checked before anything is written (``centre_load`` writes it, in
one transaction): a mistake on line 80 leaves the database exactly as it was. The check
goes on after a mistake and reports all it found together (``Mistakes``), so a file
with five mistakes takes one round of corrections, not five. See docs/centre-file.md
for the format.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from conq_desktop.engine.lookalikes import fold
from conq_desktop.engine.settings import normal_bot_name, normal_bot_token, parse_timezone
from conq_desktop.errors import ConfigError
from conq_desktop.i18n import LANGUAGES, PUBLIC_LANGUAGES, Message, _, translate
from conq_desktop.models import ALL_WEEKDAYS, MAX_WINDOW_NUMBER, Role
from conq_desktop.tomlfile import (
    LIST,
    NUMBER,
    TABLE,
    TEXT,
    TRUE_OR_FALSE,
    WHOLE_NUMBER,
    read_toml,
    shown,
)

_DAY_NAMES = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
DAY_KEYS = tuple(_DAY_NAMES)
_HOURS = re.compile(r"\s*([0-9]{1,2})(?::([0-9]{2}))?\s*-\s*([0-9]{1,2})(?::([0-9]{2}))?\s*")
CLOSED = "closed"

CENTRE_FILE = _("The centre file {path}")
MORE_MISTAKES = _("… and perhaps more: the check stopped after {count} mistakes.")
APPEARS_TWICE = _("“{key}” appears twice")
A_DATE = _("a date")
SERVICE_CODES = _("a list of service codes")

# Text lengths match the database columns (models/*.py). The centre name and the ticket
# footer are settings of unlimited length, but must fit the hall display and an 80 mm
# ticket. docs/centre-file.md lists every limit.
CODE_MAX = 32
NAME_MAX = 200
CENTRE_NAME_MAX = 200
FOOTER_MAX = 300
WINDOW_NAME_MAX = 100
LOGIN_MAX = 64
# IANA names are at most about 30 characters.
TIMEZONE_MAX = 64
RECALL_LIMIT_MAX = 99
DAILY_LIMIT_MAX = 9999
# A working day: anything longer is a typo, and would make every wait estimate absurd.
EXPECTED_MINUTES_MAX = 480
TARGET_WAIT_MAX = 480
TICKER_MAX = 300
HOLIDAY_NAME_MAX = 200
# A file with more mistakes is not a centre file at all, or one mistake repeated: the
# first ones are enough to go on with.
MISTAKES_MAX = 50

_TOP_KEYS = ("centre", "services", "windows", "operators")
_CENTRE_KEYS = (
    "name",
    "timezone",
    "recall_limit",
    "ticket_footer",
    "ticker",
    "languages",
    "holidays",
    "start_at_call",
    "display_fairness_line",
    "telegram_bot",
    "telegram_token",
    "phone_ahead",
    "display_phone_qr",
)
_SERVICE_KEYS = (
    "code",
    "prefix",
    "name",
    "daily_limit",
    "expected_minutes",
    "target_wait_minutes",
    "hours",
    "weekdays",
    "lunch",
    "week",
    "active",
)
_WINDOW_KEYS = ("number", "name", "services")
_OPERATOR_KEYS = ("login", "name", "role", "pin", "active")
_HOLIDAY_KEYS = ("day", "name")

_KINDS: dict[type | tuple[type, ...], str] = {
    str: TEXT,
    int: WHOLE_NUMBER,
    (int, float): NUMBER,
    bool: TRUE_OR_FALSE,
    (date, str): A_DATE,
    dict: TABLE,
    list: LIST,
}


@dataclass(frozen=True)
class DayHours:
    """One weekday's opening hours (ISO weekday, Monday = 1), with a lunch break or not."""

    weekday: int
    opens_at: time
    closes_at: time | None  # None: until midnight
    lunch_from: time | None = None
    lunch_until: time | None = None

    def text(self) -> str:
        """As the centre file writes it: "09:00-13:00, 14:00-18:00" with a lunch break."""
        closes = _clock(self.closes_at)
        if self.lunch_from is None or self.lunch_until is None:
            return f"{_clock(self.opens_at)}-{closes}"
        return (
            f"{_clock(self.opens_at)}-{_clock(self.lunch_from)}, "
            f"{_clock(self.lunch_until)}-{closes}"
        )


ALL_DAY = tuple(DayHours(day, time(0, 0), None) for day in range(1, 8))


def week_text(week: tuple[DayHours, ...]) -> str:
    """A whole week in one line, for the journal and the change list: "mon 09:00-18:00;
    sat 10:00-14:00"; days not named are closed."""
    return "; ".join(f"{DAY_KEYS[day.weekday - 1]} {day.text()}" for day in week) or CLOSED


def _clock(moment: time | None) -> str:
    return moment.strftime("%H:%M") if moment is not None else "24:00"


@dataclass(frozen=True)
class ServiceSpec:
    code: str
    prefix: str
    names: dict[str, str]
    daily_limit: int | None
    expected_minutes: float
    week: tuple[DayHours, ...]  # the open days in weekday order
    active: bool
    target_wait_minutes: int = 15

    def hours_on(self, weekday: int) -> DayHours | None:
        return next((day for day in self.week if day.weekday == weekday), None)


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
    pin: str | None  # None: keep the PIN the database has (an exported file has none)
    active: bool = True


@dataclass(frozen=True)
class CentreSpec:
    settings: dict[str, str]
    services: list[ServiceSpec]
    windows: list[WindowSpec]
    operators: list[OperatorSpec]
    # None: the file says nothing of holidays, the database keeps its own.
    holidays: dict[date, str] | None = None


T = TypeVar("T")


class Mistakes(ConfigError):
    """Several mistakes of one file (or one form of settings), one a line, each with
    its place. ``template`` and ``params`` are the first one's."""

    def __init__(self, mistakes: list[ConfigError], *, stopped: bool) -> None:
        super().__init__(mistakes[0].template, **mistakes[0].params)
        self.mistakes = mistakes
        self.stopped = stopped  # MISTAKES_MAX were found; there may be more

    def message(self, lang: str | None = None) -> str:
        lines = [mistake.message(lang) for mistake in self.mistakes]
        if self.stopped:
            lines.append(translate(MORE_MISTAKES, lang, count=len(self.mistakes)))
        return "\n".join(lines)


class _Skip(Exception):
    """The rest of an entry is not checked: it has a mistake, noted already, that
    would make what follows say more of the same (a misspelt key is also missing)."""


class _Enough(Exception):
    """MISTAKES_MAX mistakes are noted: the check stops there."""


class _Found:
    """The mistakes found so far. ``first_only`` raises the first one as it is, for one
    item of an administration form, whose message names the field it shows it by."""

    def __init__(self, *, first_only: bool = False) -> None:
        self.mistakes: list[ConfigError] = []
        self.first_only = first_only

    def note(self, mistake: ConfigError) -> None:
        if self.first_only:
            raise mistake
        self.mistakes.append(mistake)
        if len(self.mistakes) >= MISTAKES_MAX:
            raise _Enough

    def entries(
        self, parse: Callable[[str, int, Any, _Found], T], path: str, items: list[Any]
    ) -> list[T]:
        """Each of ``items`` parsed: the entries without a mistake; the mistakes of the
        others are noted, and the next entry is checked."""
        parsed = []
        for index, item in enumerate(items, 1):
            try:
                parsed.append(parse(path, index, item, self))
            except _Skip:
                pass
            except ConfigError as mistake:
                self.note(mistake)
        return parsed


def _checked(parse: Callable[[_Found], T], *, first_only: bool = False) -> T:
    """What ``parse`` reads, if it found no mistake; else all it found (``Mistakes``;
    a single one as it is). A mistake outside any entry, in the shape of the file,
    stops the check at once."""
    found = _Found(first_only=first_only)
    stopped = False
    try:
        result = parse(found)
    except _Enough:
        stopped = True
    except ConfigError as mistake:  # in the shape of the file: no going on
        found.mistakes.append(mistake)
    if len(found.mistakes) == 1 and not stopped:
        raise found.mistakes[0]
    if found.mistakes:
        raise Mistakes(found.mistakes, stopped=stopped)
    return result


def _mistake(path: str, where: str, problem: Message) -> ConfigError:
    """``problem`` with its place: the file and the entry ("services #3")."""
    if not path and not where:  # one form's field, not a file
        return ConfigError(problem.template, **problem.params)
    if not where:
        return ConfigError(_("{path}: {problem}"), path=path, problem=problem)
    return ConfigError(_("{path}: {where}: {problem}"), path=path, where=where, problem=problem)


class _Reader:
    """Pulls typed values out of one table of the file, naming the place on error.
    A key the table does not know is an error: a misspelt "daly_limit" silently
    ignored would be a service without its limit. Each key is checked in a ``check``
    block, which notes its mistake and lets the next key be checked."""

    def __init__(
        self, path: str, where: str, table: Any, known: tuple[str, ...], found: _Found
    ) -> None:
        self.path, self.where, self.found = path, where, found
        self.wrong = False
        if not isinstance(table, dict):
            self.refuse(Message(_("expected a table")))
        self.table: dict[str, Any] = table
        for key in table:
            if key not in known:
                self.note(_unknown(key, known))

    def refuse(self, problem: Message) -> NoReturn:
        raise _mistake(self.path, self.where, problem)

    def note(self, problem: Message) -> None:
        """A mistake here; the check goes on."""
        self.wrong = True
        self.found.note(_mistake(self.path, self.where, problem))

    @contextmanager
    def check(self) -> Iterator[None]:
        """Check one key (or a few that go together): its mistake is noted, and the
        check goes on with the next."""
        try:
            yield
        except _Skip:
            self.wrong = True
        except ConfigError as mistake:
            self.wrong = True
            self.found.note(mistake)

    def done(self) -> None:
        """Go no further with this table if it had a mistake: what it would build is
        wrong, and what follows would repeat it."""
        if self.wrong:
            raise _Skip

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        if key not in self.table:
            if default is ...:
                self.refuse(Message(_("“{key}” is missing"), key=key))
            return default
        value = self.table[key]
        # TOML's true and false are ints to Python.
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            self.refuse(Message(_("“{key}” must be {kind}"), key=key, kind=Message(_KINDS[kind])))
        return value

    def text(self, key: str, limit: int, default: Any = ...) -> Any:
        if key not in self.table and default is not ...:
            return default
        return self.check_text(key, self.get(key, str), limit)

    def check_text(self, key: str, value: str, limit: int, *, may_be_empty: bool = False) -> str:
        value = value.strip()
        if not value and not may_be_empty:
            self.refuse(Message(_("“{key}” is empty"), key=key))
        if len(value) > limit:
            self.refuse(
                Message(_("“{key}” is longer than {limit} characters"), key=key, limit=limit)
            )
        # A line break or a NUL in a name breaks the display, the ticket and PostgreSQL.
        if any(unicodedata.category(char) in ("Cc", "Zl", "Zp") for char in value):
            self.refuse(Message(_("“{key}” must be one line without control characters"), key=key))
        return value

    def whole_number(self, key: str, low: int, high: int, default: Any = ...) -> Any:
        value = self.get(key, int, default)
        if value is not default and not low <= value <= high:
            self.refuse(
                Message(
                    _("“{key}” must be a whole number from {low} to {high}"),
                    key=key,
                    low=low,
                    high=high,
                )
            )
        return value

    def names(
        self,
        key: str = "name",
        langs: tuple[str, ...] = LANGUAGES,
        limit: int = NAME_MAX,
        *,
        may_be_empty: bool = False,
    ) -> dict[str, str]:
        raw = self.get(key, dict)
        _only_known(self, raw, langs, f"{key}.")
        names = {}
        for lang in langs:
            value = raw.get(lang)
            if not isinstance(value, str) or not (may_be_empty or value.strip()):
                self.refuse(Message(_("“{key}” needs a “{lang}” text"), key=key, lang=lang))
            names[lang] = self.check_text(f"{key}.{lang}", value, limit, may_be_empty=may_be_empty)
        return names


def _unknown(key: str, known: tuple[str, ...], prefix: str = "") -> Message:
    return Message(
        _("unknown key “{key}”; the known ones are {known}"),
        key=shown(f"{prefix}{key}"),
        known=", ".join(f"{prefix}{name}" for name in known),
    )


def _only_known(
    reader: _Reader, table: dict[str, Any], known: tuple[str, ...], prefix: str = ""
) -> None:
    """Refuse a key of a table inside a key ("name.kg", "week.mon")."""
    for key in table:
        if key not in known:
            reader.refuse(_unknown(key, known, prefix))


def parse_centre_file(path: Path) -> CentreSpec:
    return parse_centre(read_toml(path, CENTRE_FILE), shown(str(path), limit=None))


def parse_centre(data: dict[str, Any], path: str = "centre.toml") -> CentreSpec:
    """The centre ``data`` describes; a ``ConfigError`` naming every mistake (up to
    MISTAKES_MAX, one a line) if it has any."""
    return _checked(lambda found: _centre(data, path, found))


def _centre(data: dict[str, Any], path: str, found: _Found) -> CentreSpec:
    top = _Reader(path, "", data, _TOP_KEYS, found)
    tables: dict[str, Any] = {"centre": {}, "services": [], "windows": [], "operators": []}
    for key, default in tables.items():
        with top.check():
            tables[key] = top.get(key, type(default), default)
    centre = _Reader(path, "[centre]", tables["centre"], _CENTRE_KEYS, found)
    settings = _settings(centre)
    holidays = None
    if "holidays" in centre.table:
        with centre.check():
            holidays = _holidays(centre)

    services = found.entries(_service, path, tables["services"])
    _no_duplicates(found, path, "services", [spec.code for spec in services])
    # Ticket numbers are found by their text, so two services must not share a prefix.
    _no_duplicates(found, path, "services", [spec.prefix for spec in services])
    _no_lookalikes(found, path, [spec.prefix for spec in services])
    windows = found.entries(_window, path, tables["windows"])
    _no_duplicates(found, path, "windows", [spec.number for spec in windows])
    operators = found.entries(_operator, path, tables["operators"])
    _no_duplicates(found, path, "operators", [spec.login for spec in operators])
    return CentreSpec(
        settings=settings,
        services=services,
        windows=windows,
        operators=operators,
        holidays=holidays,
    )


def _settings(centre: _Reader) -> dict[str, str]:
    """The settings the ``[centre]`` table sets, each key checked on its own."""
    settings: dict[str, str] = {}
    if "name" in centre.table:
        with centre.check():
            for lang, text in centre.names(limit=CENTRE_NAME_MAX).items():
                settings[f"centre_name_{lang}"] = text
    if "ticket_footer" in centre.table:
        # Empty is allowed: the ticket then prints its standard line.
        # Settings hold a printed footer only in the two languages of the public.
        with centre.check():
            footer = centre.names("ticket_footer", PUBLIC_LANGUAGES, FOOTER_MAX, may_be_empty=True)
            for lang, text in footer.items():
                settings[f"ticket_footer_{lang}"] = text
    if "timezone" in centre.table:
        with centre.check():
            settings["timezone"] = centre.text("timezone", TIMEZONE_MAX)
            try:
                parse_timezone(settings["timezone"])
            except ConfigError as error:
                centre.refuse(Message(error.template, **error.params))
    if "recall_limit" in centre.table:
        with centre.check():
            limit = centre.whole_number("recall_limit", 0, RECALL_LIMIT_MAX)
            settings["recall_limit"] = str(limit)
    if "ticker" in centre.table:
        with centre.check():
            ticker = centre.names("ticker", PUBLIC_LANGUAGES, TICKER_MAX, may_be_empty=True)
            for lang, text in ticker.items():
                settings[f"ticker_{lang}"] = text
    if "languages" in centre.table:
        with centre.check():
            settings["kiosk_languages"] = _languages(centre, centre.get("languages", list))
    for key in _YES_NO_SETTINGS:
        if key in centre.table:
            with centre.check():
                settings[key] = _TRUE_OR_FALSE[centre.get(key, bool)]
    if "phone_ahead" in centre.table:
        with centre.check():
            low, high = _WHOLE_SETTINGS["phone_ahead"]
            settings["phone_ahead"] = str(centre.whole_number("phone_ahead", low, high))
    for key, rule in _BOT_SETTINGS.items():
        if key in centre.table:
            with centre.check():
                settings[key] = _bot_setting(centre, key, centre.get(key, str), rule)
    return settings


def _bot_setting(reader: _Reader, key: str, value: str, rule: Any) -> str:
    """The Telegram bot's user name or token, by its rule (``engine.settings``), in one
    line (empty: none)."""
    text = reader.check_text(key, value, BOT_SETTING_MAX, may_be_empty=True)
    try:
        return str(rule(text))
    except ConfigError as error:  # said where it is: "{path}: [centre]: …"
        reader.refuse(Message(error.template, **error.params))


def _languages(reader: _Reader, codes: list[Any]) -> str:
    """The kiosk's languages, "ky,ru,en": known codes, each once, ky and ru among them."""
    if (
        not all(isinstance(code, str) and code in LANGUAGES for code in codes)
        or len(set(codes)) != len(codes)
        or not set(PUBLIC_LANGUAGES) <= set(codes)
    ):
        reader.refuse(
            Message(
                _("“languages” must list ky and ru, and may add en, each once: {text}"),
                text=shown(str(codes)),
            )
        )
    return ",".join(codes)


def _holidays(centre: _Reader) -> dict[date, str]:
    """``holidays = [2027-03-21, { day = 2027-03-21, name = "Нооруз" }]``: TOML dates
    (or "YYYY-MM-DD" texts), each alone or with a name; each checked on its own."""
    days: dict[date, str] = {}
    for index, item in enumerate(centre.get("holidays", list), 1):
        with centre.check():
            day, name = _holiday(centre, f"{centre.where}: holidays #{index}", item)
            if day in days:
                raise _mistake(
                    centre.path,
                    f"{centre.where}: holidays #{index}",
                    Message(APPEARS_TWICE, key=day.isoformat()),
                )
            days[day] = name
    return dict(sorted(days.items()))


def _holiday(centre: _Reader, where: str, item: Any) -> tuple[date, str]:
    name = ""
    if isinstance(item, dict):
        reader = _Reader(centre.path, where, item, _HOLIDAY_KEYS, centre.found)
        reader.done()
        name = reader.text("name", HOLIDAY_NAME_MAX, "")
        item = reader.get("day", (date, str))
    day = parse_day(item)
    if day is None:
        raise _mistake(
            centre.path,
            where,
            Message(
                _("a holiday must be a date like 2027-03-21, not {text}"), text=shown(str(item))
            ),
        )
    return day, name


def parse_day(value: Any) -> date | None:
    """A TOML date, or a "YYYY-MM-DD" text, as a date; None for anything else (a
    TOML date-time is not a day)."""
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _no_duplicates(found: _Found, path: str, where: str, keys: list[Any]) -> None:
    for key in _repeated(keys):
        found.note(_mistake(path, where, Message(APPEARS_TWICE, key=shown(str(key)))))


def _repeated(keys: list[Any]) -> list[Any]:
    """The keys that appear more than once, each once, in their order."""
    seen: set[Any] = set()
    repeated: list[Any] = []
    for key in keys:
        if key in seen and key not in repeated:
            repeated.append(key)
        seen.add(key)
    return repeated


def _no_lookalikes(found: _Found, path: str, prefixes: list[str]) -> None:
    seen: dict[str, str] = {}
    for prefix in prefixes:
        # "A-001" (Latin) and "А-001" (Cyrillic) cannot be told apart on the hall
        # display, nor found apart by a typed number (``ticket_lookup``).
        other = seen.setdefault(fold(prefix), prefix)
        if other != prefix:
            found.note(
                _mistake(
                    path,
                    "services",
                    Message(
                        _("the prefixes “{first}” and “{second}” look the same"),
                        first=other,
                        second=prefix,
                    ),
                )
            )


def _is_letter(char: str) -> bool:
    """A letter of the centre's alphabets: Latin, or Cyrillic with ң ө ү and the rest."""
    return char.isalpha() and (char.isascii() or "\u0400" <= char <= "\u04ff")


def _is_prefix(text: str) -> bool:
    """1–4 capital letters of one alphabet. Capitals, because the operator panel reads
    a typed "б3" as "Б-003"; one alphabet, because "AБ" mixes keyboard layouts."""
    return (
        1 <= len(text) <= 4
        and all(_is_letter(char) and char.isupper() for char in text)
        and len({char.isascii() for char in text}) == 1
    )


def _is_code(text: str) -> bool:
    """Letters, digits, "_" and "-", not starting with "-" or "_" (it is typed after
    commands such as ``ticket issue``, where "-X" would read as an option)."""
    return (
        0 < len(text) <= CODE_MAX
        and all(_is_letter(char) or char in "0123456789_-" for char in text)
        and text[0] not in "_-"
    )


def _code(reader: _Reader, key: str, text: str) -> str:
    if not _is_code(text):
        reader.refuse(
            Message(
                _(
                    "“{key}” must be 1–{limit} letters, digits, “_” or “-”, starting with a "
                    "letter or digit, not “{text}”"
                ),
                key=key,
                limit=CODE_MAX,
                text=shown(text),
            )
        )
    return text


def _service(path: str, index: int, table: Any, found: _Found) -> ServiceSpec:
    reader = _Reader(path, _place("services", index), table, _SERVICE_KEYS, found)
    reader.done()
    # Each key on its own, so that all of an entry's mistakes are reported; done()
    # then stops before a value that was refused (and so never set) is used.
    with reader.check():
        code = _code(reader, "code", reader.get("code", str).strip())
    with reader.check():
        prefix = _prefix(reader)
    with reader.check():
        limit = reader.whole_number("daily_limit", 1, DAILY_LIMIT_MAX, None)
    with reader.check():
        minutes = reader.get("expected_minutes", (int, float), 10)
        # Written so that nan and inf, which TOML allows, fail too.
        if not 0 < minutes <= EXPECTED_MINUTES_MAX:
            reader.refuse(
                Message(
                    _("“{key}” must be more than 0 and at most {high}"),
                    key="expected_minutes",
                    high=EXPECTED_MINUTES_MAX,
                )
            )
    with reader.check():
        names = reader.names()
    with reader.check():
        target = reader.whole_number("target_wait_minutes", 1, TARGET_WAIT_MAX, 15)
    with reader.check():
        week = _week(reader)
    with reader.check():
        active = reader.get("active", bool, True)
    reader.done()
    return ServiceSpec(
        code=code,
        prefix=prefix,
        names=names,
        daily_limit=limit,
        expected_minutes=float(minutes),
        target_wait_minutes=target,
        week=week,
        active=active,
    )


def _prefix(reader: _Reader) -> str:
    prefix: str = reader.get("prefix", str).strip()
    if not _is_prefix(prefix):
        reader.refuse(
            Message(
                _(
                    "“prefix” must be 1–4 capital letters of one alphabet, Cyrillic or "
                    "Latin, not “{text}”"
                ),
                text=shown(prefix),
            )
        )
    return prefix


def _week(reader: _Reader) -> tuple[DayHours, ...]:
    """The open days: ``hours`` (with ``lunch``) on the ``weekdays``, then each day
    ``week`` names with its own hours, or "closed". A ``week`` alone is the whole week:
    the days it does not name are closed."""
    opens, closes = _hours(reader, reader.get("hours", str, "00:00-24:00"))
    lunch = None
    if "lunch" in reader.table:
        lunch = _hours(reader, reader.get("lunch", str), key="lunch")
    only_week = "week" in reader.table and not {"hours", "weekdays"} & set(reader.table)
    days = {
        int(day): _day(reader, int(day), opens, closes, lunch, "lunch")
        for day in ("" if only_week else _weekdays(reader, reader.get("weekdays", str, "mon-sun")))
    }
    week = reader.get("week", dict, {})
    _only_known(reader, week, DAY_KEYS, "week.")
    for name, text in week.items():
        weekday = _DAY_NAMES[name]
        if not isinstance(text, str):
            reader.refuse(
                Message(_("“{key}” must be {kind}"), key=f"week.{name}", kind=Message(TEXT))
            )
        days.pop(weekday, None)
        if text.strip().lower() != CLOSED:
            days[weekday] = parse_day_hours(reader, weekday, text, f"week.{name}")
    return tuple(days[day] for day in sorted(days))


def parse_day_hours(reader: _Reader, weekday: int, text: str, key: str) -> DayHours:
    """ "09:00-18:00", or two parts "09:00-13:00, 14:00-18:00": the gap is lunch."""
    parts = text.split(",")
    if len(parts) > 2:
        reader.refuse(
            Message(
                _("“{key}” must look like 09:00-18:00 or 09:00-13:00, 14:00-18:00, not {text}"),
                key=key,
                text=shown(text),
            )
        )
    opens, closes = _hours(reader, parts[0], key=key)
    if len(parts) == 1:
        return DayHours(weekday, opens, closes)
    back, end = _hours(reader, parts[1], key=key)
    if closes is None:
        closes = time(23, 59)  # "-24:00" before lunch cannot be
    return _day(reader, weekday, opens, end, (closes, back), key)


def _day(
    reader: _Reader,
    weekday: int,
    opens: time,
    closes: time | None,
    lunch: tuple[time, time | None] | None,
    key: str,
) -> DayHours:
    if lunch is None:
        return DayHours(weekday, opens, closes)
    lunch_from, lunch_until = lunch
    # The break lies inside the day, and the day goes on after it.
    if (
        lunch_until is None
        or lunch_until <= lunch_from
        or lunch_from <= opens
        or (closes is not None and lunch_until >= closes)
    ):
        reader.refuse(
            Message(
                _("“{key}”: the lunch break {lunch} must lie within the hours {hours}"),
                key=key,
                lunch=f"{_clock(lunch_from)}-{_clock(lunch_until)}",
                hours=f"{_clock(opens)}-{_clock(closes)}",
            )
        )
    return DayHours(weekday, opens, closes, lunch_from, lunch_until)


def _hours(reader: _Reader, text: str, key: str = "hours") -> tuple[time, time | None]:
    match = _HOURS.fullmatch(text)
    try:
        if match is None:
            raise ValueError(text)
        start_h, start_m, end_h, end_m = (int(part or 0) for part in match.groups())
        opens = time(start_h, start_m)
        closes = None if (end_h, end_m) == (24, 0) else time(end_h, end_m)
    except ValueError:
        reader.refuse(
            Message(_("“{key}” must look like 08:30-17:30, not {text}"), key=key, text=shown(text))
        )
    if closes is not None and closes <= opens:
        reader.refuse(
            Message(_("“{key}” must end after they start: {text}"), key=key, text=shown(text))
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
        reader.refuse(Message(_("“weekdays” must look like mon-fri, not {text}"), text=shown(text)))
    if not days:
        reader.refuse(Message(_("“weekdays” names no day")))
    return "".join(str(day) for day in sorted(days))


def _window(path: str, index: int, table: Any, found: _Found) -> WindowSpec:
    reader = _Reader(path, _place("windows", index), table, _WINDOW_KEYS, found)
    reader.done()
    with reader.check():
        number = reader.whole_number("number", 1, MAX_WINDOW_NUMBER)
    with reader.check():
        services = _window_services(reader)
    with reader.check():
        name = reader.text("name", WINDOW_NAME_MAX, None)
    reader.done()
    return WindowSpec(number=number, name=name or f"{number}", services=services)


def _window_services(reader: _Reader) -> list[str]:
    services: list[Any] = reader.get("services", list)
    for code in services:
        if not isinstance(code, str):
            reader.refuse(
                Message(_("“{key}” must be {kind}"), key="services", kind=Message(SERVICE_CODES))
            )
        _code(reader, "services", code)
    for code in _repeated(services):
        reader.refuse(Message(APPEARS_TWICE, key=shown(str(code))))
    if not services:
        # Nobody could be called there: an operator signing in would wait for nothing.
        reader.refuse(Message(_("a window must serve at least one service")))
    return services


def _operator(path: str, index: int, table: Any, found: _Found) -> OperatorSpec:
    reader = _Reader(path, _place("operators", index), table, _OPERATOR_KEYS, found)
    reader.done()
    with reader.check():
        role_text = reader.get("role", str, Role.OPERATOR.value)
        if role_text not in Role._value2member_map_:
            reader.refuse(Message(_("unknown role {role}"), role=shown(role_text)))
    with reader.check():
        if isinstance(reader.table.get("pin"), int) and not isinstance(reader.table["pin"], bool):
            # pin = 0123 is not even valid TOML, and pin = 123 would not be the PIN meant.
            reader.refuse(Message(_('“pin” must be in quotes, like pin = "0123"')))
        pin = reader.get("pin", str, None)
        if pin is not None and not is_pin(pin):
            reader.refuse(Message(_("“pin” must be 4–8 digits")))
    with reader.check():
        login = reader.text("login", LOGIN_MAX)
    with reader.check():
        name = reader.text("name", NAME_MAX)
    with reader.check():
        active = reader.get("active", bool, True)
    reader.done()
    return OperatorSpec(login=login, name=name, role=Role(role_text), pin=pin, active=active)


def is_pin(text: str) -> bool:
    # isascii: str.isdigit also takes "²" and other scripts' digits, which no keypad has.
    return text.isascii() and text.isdigit() and 4 <= len(text) <= 8


# One item at a time, from the administration window's forms: the same checks as the
# file's, with messages that name the field and not a file.


def parse_service(table: dict[str, Any]) -> ServiceSpec:
    return _one(_service, table)


def parse_window(table: dict[str, Any]) -> WindowSpec:
    return _one(_window, table)


def parse_operator(table: dict[str, Any]) -> OperatorSpec:
    return _one(_operator, table)


def _one(parse: Any, table: dict[str, Any]) -> Any:
    # The first mistake only: the form shows it by the field it names.
    return _checked(lambda found: parse("", 0, table, found), first_only=True)


def check_settings(values: dict[str, str]) -> dict[str, str]:
    """Centre settings (key → text, as the settings table holds them) checked by the
    rules of the file's ``[centre]`` table; returns them trimmed. Keys the file does
    not set (``pin_lockout_minutes``) are checked here too. Every wrong value is named
    (``Mistakes``), not only the first."""
    return _checked(lambda found: _check_settings(values, _Reader("", "", {}, (), found)))


def _check_settings(values: dict[str, str], reader: _Reader) -> dict[str, str]:
    checked = {}
    for key, value in values.items():
        with reader.check():
            checked[key] = _check_setting(reader, key, value)
    return checked


def _check_setting(reader: _Reader, key: str, value: str) -> str:
    lang = key.rsplit("_", 1)[-1]
    if key.startswith("centre_name_"):
        return reader.check_text(f"name.{lang}", value, CENTRE_NAME_MAX)
    if key.startswith("ticket_footer_"):
        return reader.check_text(f"ticket_footer.{lang}", value, FOOTER_MAX, may_be_empty=True)
    if key.startswith("ticker_"):
        return reader.check_text(f"ticker.{lang}", value, TICKER_MAX, may_be_empty=True)
    if key in _BOT_SETTINGS:
        return _bot_setting(reader, key, value, _BOT_SETTINGS[key])
    if key == "kiosk_languages":
        return _languages(reader, [code.strip() for code in value.split(",")])
    if key in _YES_NO_SETTINGS:
        if value.strip() not in _TRUE_OR_FALSE.values():
            reader.refuse(
                Message(_("“{key}” must be {kind}"), key=key, kind=Message(TRUE_OR_FALSE))
            )
        return value.strip()
    if key == "timezone":
        zone = reader.check_text(key, value, TIMEZONE_MAX)
        parse_timezone(zone)
        return zone
    if key in _WHOLE_SETTINGS:
        low, high = _WHOLE_SETTINGS[key]
        number = value.strip()
        if not (number.isascii() and number.isdigit() and low <= int(number) <= high):
            reader.refuse(
                Message(
                    _("“{key}” must be a whole number from {low} to {high}"),
                    key=key,
                    low=low,
                    high=high,
                )
            )
        return str(int(number))
    return value


# Whole-number settings and their ranges.
_WHOLE_SETTINGS = {
    "recall_limit": (0, RECALL_LIMIT_MAX),
    "pin_lockout_minutes": (1, 24 * 60),
    "booking_slot_minutes": (5, 240),
    "booking_capacity": (1, 100),
    "booking_horizon_days": (1, 365),
    "booking_walk_in_share": (0, 100),
    "booking_early_minutes": (0, 240),
    "booking_late_minutes": (0, 240),
    "booking_call_every": (1, 20),
    "booking_purge_days": (0, 3650),
    "phone_ahead": (1, 20),
}
# The Telegram bot's settings, each with its rule (engine/settings.py).
_BOT_SETTINGS = {"telegram_bot": normal_bot_name, "telegram_token": normal_bot_token}
# Longer than any bot's user name (32) or token (about 46): the rules refuse the rest.
BOT_SETTING_MAX = 250
# A yes/no setting as the settings table holds it.
_TRUE_OR_FALSE = {True: "true", False: "false"}
# The yes/no settings: the same key in the file's [centre] table and in the database.
_YES_NO_SETTINGS = ("start_at_call", "display_fairness_line", "display_phone_qr")


def _place(table: str, index: int) -> str:
    """Where in the file an entry is: "services #3"; nothing for a form's item (0)."""
    return f"{table} #{index}" if index else ""
