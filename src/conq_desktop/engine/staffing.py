"""The staffing planner: how many windows each hour of a weekday needs, from the history.

The history gives, per weekday and hour, how many visitors came and how long serving
one took (``engine.metrics.hourly_load``). Each hour is then one Erlang C queue
(engine/erlang.py): all open windows form one pool that serves everyone, with the
hour's arrivals and its mean service time over all services (weighted by how many of
each were served). The centre's windows serve lists of services, not everything: the
plan is a lower bound when a window cannot take every service. docs/staffing.md tells
the model, its assumptions and how to read the plan.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Protocol

from conq_desktop.db import Database
from conq_desktop.engine import erlang
from conq_desktop.engine.metrics import hourly_load
from conq_desktop.errors import NotFound, UsageError
from conq_desktop.i18n import _, translate

# The history a plan comes from unless told: the last eight weeks before today, so each
# weekday counts eight days and a holiday weighs one eighth.
DEFAULT_WEEKS = 8
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_NAMES = (
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
)
MAX_TARGET_WAIT_MIN = 480
_MARGIN = timedelta(weeks=1)


class HourLoadLike(Protocol):
    """One weekday-hour of the history, as ``engine.metrics.HourLoad`` gives it."""

    @property
    def weekday(self) -> int: ...  # 0 = Monday
    @property
    def hour(self) -> int: ...
    @property
    def days(self) -> int: ...  # days of that weekday in the period
    @property
    def arrivals(self) -> int: ...
    @property
    def served(self) -> int: ...
    @property
    def mean_service_s(self) -> float | None: ...


@dataclass(frozen=True)
class Target:
    """Serve ``share`` of the visitors within ``wait_s`` seconds ("80/15": 80 %, 15 min)."""

    share: float
    wait_s: float

    @classmethod
    def parse(cls, text: str) -> Target:
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*%?\s*/\s*(\d+(?:\.\d+)?)\s*", text)
        if match is None:
            raise UsageError(
                _("The target must look like 80/15 (per cent within minutes), not {text}."),
                text=text,
            )
        percent, minutes = float(match[1]), float(match[2])
        if not (0 < percent < 100 and 0 <= minutes <= MAX_TARGET_WAIT_MIN):
            raise UsageError(
                _(
                    "The target {text} is out of range: the share must be above 0 and "
                    "below 100 %, the wait from 0 to {most} minutes."
                ),
                text=text,
                most=MAX_TARGET_WAIT_MIN,
            )
        return cls(percent / 100, minutes * 60)

    def as_json(self) -> dict[str, float]:
        return {"share": self.share, "wait_min": self.wait_s / 60}


@dataclass(frozen=True)
class HourDemand:
    """What one hour of the planned day asks for: mean arrivals and service time."""

    hour: int
    arrivals_per_hour: float
    service_s: float

    @property
    def load(self) -> float:
        """Offered load in erlangs: windows busy all the time if nobody waited."""
        return self.arrivals_per_hour * self.service_s / 3600


@dataclass(frozen=True)
class HourPlan:
    hour: int
    arrivals_per_hour: float
    service_s: float
    load: float
    windows: int
    # None when the windows cannot keep up: the queue grows all hour, there is no
    # steady wait to state.
    mean_wait_s: float | None
    within_target: float | None
    occupancy: float

    @property
    def stable(self) -> bool:
        return self.mean_wait_s is not None

    def as_json(self) -> dict[str, Any]:
        return {
            "hour": self.hour,
            "arrivals_per_hour": round(self.arrivals_per_hour, 2),
            "service_min": round(self.service_s / 60, 2),
            "load_erlangs": round(self.load, 3),
            "windows": self.windows,
            "stable": self.stable,
            "mean_wait_min": None if self.mean_wait_s is None else round(self.mean_wait_s / 60, 2),
            "within_target": None if self.within_target is None else round(self.within_target, 4),
            "occupancy": round(self.occupancy, 4) if math.isfinite(self.occupancy) else None,
        }


@dataclass(frozen=True)
class StaffingPlan:
    weekday: int
    target: Target
    hours: tuple[HourPlan, ...]
    # True when the windows were given (a what-if), not computed.
    what_if: bool = False

    @property
    def peak_windows(self) -> int:
        return max((hour.windows for hour in self.hours), default=0)

    @property
    def unstable_hours(self) -> list[int]:
        return [hour.hour for hour in self.hours if not hour.stable]

    def as_json(self) -> dict[str, Any]:
        return {
            "weekday": WEEKDAYS[self.weekday],
            "target": self.target.as_json(),
            "what_if": self.what_if,
            "peak_windows": self.peak_windows,
            "unstable_hours": self.unstable_hours,
            "hours": [hour.as_json() for hour in self.hours],
        }


def parse_weekday(text: str) -> int:
    """0 = Monday, from mon … sun or the full English name."""
    key = text.strip().lower()
    full = [name.lower() for name in WEEKDAY_NAMES]
    if key in WEEKDAYS:
        return WEEKDAYS.index(key)
    if key in full:
        return full.index(key)
    raise UsageError(
        _("Unknown weekday {text}: use mon, tue, wed, thu, fri, sat or sun."), text=text
    )


def period(today: date, first: date | None = None, last: date | None = None) -> tuple[date, date]:
    """The days of history to plan from: by default the ``DEFAULT_WEEKS`` weeks before
    ``today`` (today is not over yet); a given end alone keeps the eight weeks up to it,
    a given start alone runs to yesterday."""
    last = last or today - timedelta(days=1)
    if first is None:
        try:
            first = last - timedelta(weeks=DEFAULT_WEEKS) + timedelta(days=1)
        except OverflowError:  # --to in the first weeks of year 1
            first = date.min
    if last < first:
        raise UsageError(
            _("The period ends before it begins: --to {last} is before --from {first}."),
            first=first.isoformat(),
            last=last.isoformat(),
        )
    # The history is read with a margin of days either side (time-zone offsets), which
    # the calendar's first and last week do not have; no ticket is that old or new.
    first = min(max(first, date.min + _MARGIN), date.max - _MARGIN)
    last = max(first, min(last, date.max - _MARGIN))
    return first, last


def demand(loads: Iterable[HourLoadLike], weekday: int) -> list[HourDemand]:
    """Mean arrivals per hour over the weekday's days, and each hour's service time.

    An hour whose visitors were none served (all gone home, say) takes the weekday's
    mean service time: its arrivals still need windows."""
    rows = sorted(
        (row for row in loads if row.weekday == weekday and row.days > 0 and row.arrivals > 0),
        key=lambda row: row.hour,
    )
    timed = [row for row in rows if row.mean_service_s and row.served > 0]
    served = sum(row.served for row in timed)
    if not rows or not served:
        return []
    day_mean = sum(row.served * (row.mean_service_s or 0.0) for row in timed) / served
    return [
        HourDemand(
            hour=row.hour,
            arrivals_per_hour=row.arrivals / row.days,
            service_s=row.mean_service_s if row.mean_service_s and row.served else day_mean,
        )
        for row in rows
    ]


def plan_day(demands: Iterable[HourDemand], weekday: int, target: Target) -> StaffingPlan:
    """The fewest windows each hour that serve ``target.share`` within ``target.wait_s``."""
    hours = []
    for need in demands:
        windows = erlang.windows_needed(need.load, need.service_s, target.share, target.wait_s)
        hours.append(_hour(need, windows, target))
    return StaffingPlan(weekday, target, tuple(hours))


def what_if(
    demands: Iterable[HourDemand],
    weekday: int,
    target: Target,
    windows_by_hour: Mapping[int, int],
) -> StaffingPlan:
    """The same figures with the windows given for some hours; the other hours keep the
    plan's windows, so "4 windows from 9 to 13" changes only those hours."""
    planned = plan_day(demands, weekday, target)
    hours = []
    for hour in planned.hours:
        if hour.hour in windows_by_hour:
            need = HourDemand(hour.hour, hour.arrivals_per_hour, hour.service_s)
            hours.append(_hour(need, windows_by_hour[hour.hour], target))
        else:
            hours.append(hour)
    return replace(planned, hours=tuple(hours), what_if=True)


def parse_windows(text: str) -> dict[int, int]:
    """``9-13=4,13-18=3``: 4 windows in the hours 9, 10, 11 and 12, 3 from 13 to 17
    (an hour range ends before its last hour, as opening hours do)."""
    windows: dict[int, int] = {}
    for part in text.split(","):
        match = re.fullmatch(r"\s*(\d{1,2})\s*-\s*(\d{1,2})\s*=\s*(\d{1,3})\s*", part)
        if match is None or not 0 <= int(match[1]) < int(match[2]) <= 24:
            raise UsageError(
                _("--windows must look like 9-13=4,13-18=3 (hours from-to = windows), not {text}."),
                text=text,
            )
        for hour in range(int(match[1]), int(match[2])):
            windows[hour] = int(match[3])
    return windows


def history_demand(db: Database, weekday: int, first: date, last: date) -> list[HourDemand]:
    """The weekday's demand over the days ``first`` … ``last``; refused when that
    history has no visitor on that weekday (nothing to plan from)."""
    demands = demand(hourly_load(db, first, last), weekday)
    require_history(demands, weekday, first, last)
    return demands


def require_history(demands: list[HourDemand], weekday: int, first: date, last: date) -> None:
    if not demands:
        raise NotFound(
            _("No visitors on {weekday} from {first} to {last}: no history to plan from."),
            weekday=translate(WEEKDAY_NAMES[weekday]),
            first=first.isoformat(),
            last=last.isoformat(),
        )


def _hour(need: HourDemand, windows: int, target: Target) -> HourPlan:
    load = need.load
    stable = erlang.is_stable(windows, load)
    return HourPlan(
        hour=need.hour,
        arrivals_per_hour=need.arrivals_per_hour,
        service_s=need.service_s,
        load=load,
        windows=windows,
        mean_wait_s=erlang.mean_wait_s(windows, load, need.service_s) if stable else None,
        within_target=(
            erlang.service_level(windows, load, need.service_s, target.wait_s) if stable else None
        ),
        occupancy=erlang.occupancy(windows, load),
    )
