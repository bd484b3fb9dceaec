"""Time arithmetic in SQL that gives the same answer on SQLite and PostgreSQL: the
seconds between two instants, whole numbers, the weekday of a date and the local hour
of an instant in the centre's time zone (engine/metrics.py's reports group by them).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Float, Integer, case, cast, func
from sqlalchemy.sql.elements import ColumnElement


class SqlTime:
    """Time arithmetic in SQL, the same answer on SQLite and PostgreSQL."""

    def __init__(self, name: str, tz: ZoneInfo, first: date, last: date) -> None:
        self.sqlite = name == "sqlite"
        self.tz = tz
        self.first, self.last = first, last

    def seconds(self, later: Any, earlier: Any) -> ColumnElement[Any]:
        """``later − earlier`` in seconds, as a float; NULL when either is."""
        if self.sqlite:
            # Rounded to the millisecond: julianday's floating point would make 15
            # minutes 899.99999 seconds, and a wait of exactly the target miss it.
            return func.round((func.julianday(later) - func.julianday(earlier)) * 86_400.0, 3)
        return cast(func.extract("epoch", later - earlier), Float)

    def whole(self, value: Any) -> ColumnElement[Any]:
        """The whole part of a non-negative number."""
        return cast(value, Integer) if self.sqlite else cast(func.floor(value), Integer)

    def weekday(self, day: Any) -> ColumnElement[Any]:
        """0 = Monday of a date column."""
        if self.sqlite:
            return (cast(func.strftime("%w", day), Integer) + 6) % 7
        return cast(func.extract("isodow", day), Integer) - 1

    def local_hour(self, at: Any) -> ColumnElement[Any]:
        """The hour (0-23) of instant ``at`` in the centre's time zone.

        PostgreSQL has the time zone database. SQLite has none: the UTC offsets in
        force during the period come from zoneinfo, and the SQL adds the right one for
        the instant (a CASE over the offset changes, so a DST change inside the period
        is honoured)."""
        if not self.sqlite:
            return cast(func.extract("hour", func.timezone(self.tz.key, at)), Integer)
        *earlier, (_end, latest) = utc_offsets(self.tz, self.first, self.last)
        modifier: Any = f"{latest:+d} seconds"
        if earlier:
            modifier = case(
                *((at < until, f"{offset:+d} seconds") for until, offset in earlier),
                else_=modifier,
            )
        return cast(func.strftime("%H", at, modifier), Integer)


def utc_offsets(tz: ZoneInfo, first: date, last: date) -> list[tuple[datetime | None, int]]:
    """The UTC offsets (seconds) of ``tz`` over local days ``first`` to ``last``: pairs
    (in force until this UTC instant, offset), the last with None. Found by stepping
    an hour at a time (a period of a year is 9,000 steps) and then narrowing each
    change to the second."""
    # A day either side, for instants near midnight; never past the calendar's ends.
    start = datetime.combine(max(first, date.min + timedelta(days=2)), time(), tzinfo=UTC)
    end = datetime.combine(min(last, date.max - timedelta(days=3)), time(), tzinfo=UTC)
    start, end = start - timedelta(days=1), end + timedelta(days=2)

    def offset(at: datetime) -> int:
        return int(at.astimezone(tz).utcoffset().total_seconds())  # type: ignore[union-attr]

    found: list[tuple[datetime | None, int]] = []
    current, at = offset(start), start
    while at < end:
        step = at + timedelta(hours=1)
        if offset(step) != current:
            low, high = at, step  # the change lies in (low, high]
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (middle, high) if offset(middle) == current else (low, middle)
            found.append((high.replace(microsecond=0), current))
            current = offset(step)
        at = step
    found.append((None, current))
    return found
