"""Reading an online portal's export of bookings (docs/booking-import.md): a CSV file
or an iCalendar (ICS) file, turned into plain rows for ``engine/booking_import.py``.

Only the file's shape is checked here. A file that is not one at all (not UTF-8,
binary, a calendar cut short, a CSV without its header) is refused whole with
``UsageError`` (exit status 2); a row whose own values are wrong (a bad date, an empty
code) becomes a ``RowProblem`` with its line, so that every bad row of a file is
listed at once. Whether a service exists or a slot is open is the importer's business.

No Qt here.
"""

from __future__ import annotations

import csv
import enum
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from conq_desktop.errors import NotFound, UsageError, os_errors_as
from conq_desktop.i18n import Message, _

NO_FILE = _("There is no file {path}.")
CANNOT_READ = _("Cannot read {path}: {reason}")
NOT_TEXT = _("{path} is not a UTF-8 text file.")
NO_COLUMNS = _("{path}: the header row lacks the columns {columns}.")
NOT_CALENDAR = _("{path} is not a whole iCalendar file: {reason}")
NOT_CSV = _("{path} is not a readable CSV file: {reason}")
EMPTY = _("“{key}” is empty")
BAD_DATE = _("“{value}” is not a date (YYYY-MM-DD or DD.MM.YYYY).")
BAD_TIME = _("“{value}” is not a time (HH:MM).")
BAD_CODE = _("The code “{code}” is not 4–16 Latin letters and digits.")
BAD_STATUS = _("The status “{value}” is neither booked nor cancelled.")
FIELD_COUNT = _("The row has {count} fields, the header {expected}.")
NO_CODE = _("The event has no booking code (X-BOOKING-CODE, or “Code: …” in its summary).")
NO_SERVICE = _("The event names no service (X-SERVICE or CATEGORIES).")
NO_START = _("The event has no start with a time of day (DTSTART).")

REQUIRED_COLUMNS = ("code", "service", "date", "time")
# A portal's code as the kiosk's keyboard can type it: Latin letters and digits.
CODE_PATTERN = re.compile(r"[A-Z0-9]{4,16}")
# "Code: AB12CD" in an event's summary or description (any case, ":" or "=").
CODE_IN_TEXT = re.compile(r"\bcode\s*[:=]\s*([A-Za-z0-9]+)", re.IGNORECASE)
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")
STATUS_WORDS = {
    "": "booked",
    "booked": "booked",
    "confirmed": "booked",
    "active": "booked",
    "cancelled": "cancelled",
    "canceled": "cancelled",
}


class FileFormat(enum.StrEnum):
    CSV = "csv"
    ICS = "ics"


@dataclass(frozen=True)
class RowProblem:
    """Why the row at ``line`` (the file's physical line, from 1) cannot be imported."""

    line: int
    reason: Message

    def as_json(self) -> dict[str, Any]:
        return {"line": self.line, "reason": self.reason.translate()}


@dataclass(frozen=True)
class PortalRow:
    """One booking as the portal gave it; ``day`` and ``start`` in the centre's time."""

    line: int
    code: str
    service: str
    day: date
    start: time
    ref: str
    cancelled: bool = False
    name: str | None = None
    phone: str | None = None
    id_digits: str | None = None


@dataclass
class PortalFile:
    rows: list[PortalRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def read_portal_file(path: Path, tz: ZoneInfo, file_format: FileFormat | None = None) -> PortalFile:
    """The rows of ``path``; naive ICS times are taken as ``tz``'s, aware ones converted."""
    text = _read_text(path)
    if file_format is None:
        is_ics = path.suffix.lower() == ".ics" or text.lstrip().upper().startswith("BEGIN:VCAL")
        file_format = FileFormat.ICS if is_ics else FileFormat.CSV
    if file_format == FileFormat.ICS:
        return _read_ics(path, text, tz)
    return _read_csv(path, text)


def _read_text(path: Path) -> str:
    if not path.exists():
        raise NotFound(NO_FILE, path=str(path))
    with os_errors_as(CANNOT_READ, path=str(path)):
        data = path.read_bytes()
    try:
        # "utf-8-sig" drops the byte-order mark that Excel puts before a CSV.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(NOT_TEXT, path=str(path)) from None
    if "\x00" in text:  # valid UTF-8 can still be binary
        raise UsageError(NOT_TEXT, path=str(path))
    return text


# ---------------------------------------------------------------------- CSV


def _read_csv(path: Path, text: str) -> PortalFile:
    header_line = text.split("\n", 1)[0]
    # The portals export with "," or, in a Russian-language Excel, ";".
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name.strip().lower() for name in next(reader, [])]
        missing = [name for name in REQUIRED_COLUMNS if name not in header]
        if missing:
            raise UsageError(NO_COLUMNS, path=str(path), columns=", ".join(missing))
        found = PortalFile()
        last_line = reader.line_num
        for fields in reader:
            # A quoted value may span lines: a row starts after the previous one ended.
            line, last_line = last_line + 1, reader.line_num
            if not any(value.strip() for value in fields):
                continue  # a blank line
            if len(fields) != len(header):
                found.problems.append(
                    RowProblem(line, Message(FIELD_COUNT, count=len(fields), expected=len(header)))
                )
                continue
            _add(found, line, dict(zip(header, (value.strip() for value in fields), strict=True)))
    except csv.Error as error:
        raise UsageError(NOT_CSV, path=str(path), reason=str(error)) from None
    return found


def _add(found: PortalFile, line: int, values: dict[str, str]) -> None:
    """The row ``values`` (column → text) as a ``PortalRow``, or its problems."""
    problems: list[Message] = []
    code = _code(values["code"], problems)
    service = values["service"]
    if not service:
        problems.append(Message(EMPTY, key="service"))
    day = _day(values["date"], problems)
    start = _time(values["time"], problems)
    status = STATUS_WORDS.get(values.get("status", "").lower())
    if status is None:
        problems.append(Message(BAD_STATUS, value=values["status"]))
    if problems or day is None or start is None:
        found.problems += [RowProblem(line, reason) for reason in problems]
        return
    found.rows.append(
        PortalRow(
            line=line,
            code=code,
            service=service,
            day=day,
            start=start,
            ref=values.get("ref") or code,
            cancelled=status == "cancelled",
            name=values.get("name"),
            phone=values.get("phone"),
            id_digits=values.get("id_digits"),
        )
    )


def _code(text: str, problems: list[Message]) -> str:
    code = text.strip().upper()
    if not code:
        problems.append(Message(EMPTY, key="code"))
    elif not CODE_PATTERN.fullmatch(code):
        problems.append(Message(BAD_CODE, code=code))
    return code


def _day(text: str, problems: list[Message]) -> date | None:
    for form in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    problems.append(Message(BAD_DATE, value=text))
    return None


def _time(text: str, problems: list[Message]) -> time | None:
    try:
        return datetime.strptime(text.strip(), "%H:%M").time()
    except ValueError:
        problems.append(Message(BAD_TIME, value=text))
        return None


# ---------------------------------------------------------------------- ICS


def _read_ics(path: Path, text: str, tz: ZoneInfo) -> PortalFile:
    import icalendar  # on use: only this command needs it

    # A calendar cut short loses its last events without a word from the parser.
    lines = [line.rstrip("\r").upper() for line in text.split("\n")]
    starts = [number for number, line in enumerate(lines, 1) if line == "BEGIN:VEVENT"]
    if lines.count("END:VEVENT") != len(starts) or "END:VCALENDAR" not in lines:
        raise UsageError(NOT_CALENDAR, path=str(path), reason="END:VCALENDAR")
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise UsageError(NOT_CALENDAR, path=str(path), reason=reason) from None
    # A calendar sent with METHOD:CANCEL withdraws every event in it.
    withdrawn = str(calendar.get("METHOD", "")).strip().upper() == "CANCEL"
    found = PortalFile()
    for line, event in zip(starts, calendar.walk("VEVENT"), strict=False):
        _add_event(found, line, event, tz, withdrawn=withdrawn)
    return found


def _add_event(
    found: PortalFile, line: int, event: Any, tz: ZoneInfo, *, withdrawn: bool = False
) -> None:
    problems: list[Message] = []
    code_text = str(event.get("X-BOOKING-CODE", "")).strip()
    if not code_text:
        for key in ("SUMMARY", "DESCRIPTION"):
            match = CODE_IN_TEXT.search(str(event.get(key, "")))
            if match:
                code_text = match.group(1)
                break
    if not code_text:
        problems.append(Message(NO_CODE))
    else:
        _code(code_text, problems)
    service = _event_service(event)
    if not service:
        problems.append(Message(NO_SERVICE))
    start = _event_start(event)
    if not isinstance(start, datetime):  # missing, broken, or a whole day without a time
        problems.append(Message(NO_START))
        start = None
    elif start.tzinfo is None:
        start = start.replace(tzinfo=tz)  # a "floating" time: the centre's own
    cancelled = withdrawn or str(event.get("STATUS", "")).strip().upper() == "CANCELLED"
    if problems or start is None:
        found.problems += [RowProblem(line, reason) for reason in problems]
        return
    local = start.astimezone(tz)
    code = code_text.strip().upper()
    found.rows.append(
        PortalRow(
            line=line,
            code=code,
            service=service,
            day=local.date(),
            start=local.time().replace(second=0, microsecond=0, tzinfo=None),
            ref=str(event.get("UID", "")).strip() or code,
            cancelled=cancelled,
        )
    )


def _event_start(event: Any) -> object:
    prop = event.get("DTSTART")
    try:
        return getattr(prop, "dt", None)
    except ValueError:  # icalendar keeps a value it cannot parse, and refuses it here
        return None


def _event_service(event: Any) -> str:
    """``X-SERVICE``, else the first word of ``CATEGORIES``."""
    service = str(event.get("X-SERVICE", "")).strip()
    if not service:
        categories = event.get("CATEGORIES")
        # One CATEGORIES line or several; each a list of words.
        for item in categories if isinstance(categories, list) else [categories]:
            words = [str(word).strip() for word in getattr(item, "cats", [])]
            if words and words[0]:
                service = words[0]
                break
    return service
