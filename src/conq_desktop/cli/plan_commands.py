"""``plan``: how many windows each hour of a weekday needs (engine/staffing.py).

Read-only (no PIN, nothing written): the history of ``--from`` … ``--to`` (default: the
eight weeks before today) gives each hour's arrivals and service time, Erlang C the
windows that call ``--target`` of the visitors in time. ``--windows 9-13=4`` asks
"what if": the same figures with those windows. ``--simulate`` adds each hour's share
within the target in a discrete-event simulation of the same day (engine/simulation.py,
SimPy: the ``plan`` extra). docs/staffing.md reads the plan.
"""

from __future__ import annotations

import argparse
import math
from dataclasses import dataclass
from datetime import date
from typing import Any

from conq_desktop.cli.commands import Context
from conq_desktop.engine.simulation import (
    PLAN_REPLICATIONS,
    SIMULATED_NOTE,
    SimResult,
    simulate_plan,
)
from conq_desktop.engine.staffing import (
    WEEKDAY_NAMES,
    HourPlan,
    StaffingPlan,
    Target,
    history_demand,
    parse_weekday,
    parse_windows,
    period,
    plan_day,
    what_if,
)
from conq_desktop.i18n import _, translate

DEFAULT_TARGET = "80/15"


def add_plan_arguments(sub: argparse.ArgumentParser, parse_day: Any) -> None:
    """The options of ``plan`` (cli/main.py wires the verb)."""
    which = sub.add_mutually_exclusive_group(required=True)
    which.add_argument("--weekday", metavar="DAY", help="mon, tue, wed, thu, fri, sat or sun")
    which.add_argument(
        "--date", dest="on_date", type=parse_day, metavar="DAY", help="plan this day's weekday"
    )
    sub.add_argument(
        "--target",
        default=DEFAULT_TARGET,
        metavar="PERCENT/MIN",
        help=f"share of visitors called within minutes (default {DEFAULT_TARGET})",
    )
    sub.add_argument("--from", dest="first", type=parse_day, metavar="DAY", help="history from")
    sub.add_argument("--to", dest="last", type=parse_day, metavar="DAY", help="history to")
    sub.add_argument(
        "--windows",
        metavar="H-H=N,…",
        help="what if: these windows in these hours, e.g. 9-13=4,13-18=3",
    )
    sub.add_argument(
        "--simulate",
        action="store_true",
        help="also simulate the day (SimPy, the plan extra): the share within target per hour",
    )


def plan(args: argparse.Namespace, ctx: Context) -> PlanShown:
    # Every argument is checked before the database is read.
    target = Target.parse(args.target)
    weekday = args.on_date.weekday() if args.weekday is None else parse_weekday(args.weekday)
    windows = None if args.windows is None else parse_windows(args.windows)
    first, last = period(ctx.engine.today(), args.first, args.last)
    demands = history_demand(ctx.db(), weekday, first, last)
    if windows is None:
        result = plan_day(demands, weekday, target)
    else:
        result = what_if(demands, weekday, target, windows)
    simulated = simulate_plan(result) if args.simulate else None
    return PlanShown(result, first, last, args.on_date, simulated)


@dataclass(frozen=True)
class PlanShown:
    plan: StaffingPlan
    first: date
    last: date
    on_date: date | None
    simulated: list[SimResult] | None = None

    def as_text(self) -> str:
        plan, target = self.plan, self.plan.target
        weekday = translate(WEEKDAY_NAMES[plan.weekday])
        title = (
            _("What-if for {weekday} with the windows given: {share} % within {minutes} min")
            if plan.what_if
            else _("Staffing plan for {weekday}: {share} % of visitors called within {minutes} min")
        )
        lines = [
            translate(
                title,
                weekday=weekday,
                share=_number(target.share * 100),
                minutes=_number(target.wait_s / 60),
            ),
            translate(
                _("From the history of {first} – {last}."),
                first=self.first.isoformat(),
                last=self.last.isoformat(),
            ),
        ]
        if self.on_date is not None:
            lines.append(
                translate(
                    _("{day} is a {weekday}: planned from that weekday's history."),
                    day=self.on_date.isoformat(),
                    weekday=weekday,
                )
            )
        headings = [
            translate(text)
            for text in (
                _("Hour"),
                _("Arrivals/h"),
                _("Service, min"),
                _("Windows"),
                _("Expected wait, min"),
                _("Within target"),
                _("Occupancy"),
            )
        ]
        rows = [_row(hour) for hour in plan.hours]
        if self.simulated is not None:
            headings.append(translate(_("Simulated")))
            for row, sim in zip(rows, self.simulated, strict=True):
                row.append(_share(sim.within_target))
        widths = [max(len(row[i]) for row in [headings, *rows]) for i in range(len(headings))]
        lines.append("")
        for row in [headings, *rows]:
            # A bar of the windows: the chart of the plan, readable in any terminal.
            cells = [cell.rjust(width) for cell, width in zip(row, widths, strict=True)]
            bar = "█" * int(row[3]) if row[3].isdigit() else ""
            lines.append("  ".join([*cells, bar]).rstrip())
        lines.append("")
        lines.append(translate(_("At most {windows} windows at once."), windows=plan.peak_windows))
        if self.simulated is not None:
            lines.append(translate(SIMULATED_NOTE, runs=PLAN_REPLICATIONS))
        return "\n".join(lines)

    def as_json(self) -> dict[str, Any]:
        shown = {
            **self.plan.as_json(),
            "history": {"from": self.first.isoformat(), "to": self.last.isoformat()},
            "date": None if self.on_date is None else self.on_date.isoformat(),
        }
        if self.simulated is not None:
            for hour, sim in zip(shown["hours"], self.simulated, strict=True):
                hour["simulated_within_target"] = (
                    round(sim.within_target, 4) if math.isfinite(sim.within_target) else None
                )
                hour["simulated_standard_error"] = (
                    round(sim.standard_error, 4) if math.isfinite(sim.standard_error) else None
                )
        return shown


def _share(value: float) -> str:
    return f"{value * 100:.0f} %" if math.isfinite(value) else "—"


def _row(hour: HourPlan) -> list[str]:
    grows = translate(_("queue grows"))
    return [
        f"{hour.hour:02d}–{hour.hour + 1:02d}",
        f"{hour.arrivals_per_hour:.1f}",
        f"{hour.service_s / 60:.1f}",
        str(hour.windows),
        grows if hour.mean_wait_s is None else f"{hour.mean_wait_s / 60:.1f}",
        grows if hour.within_target is None else f"{hour.within_target * 100:.0f} %",
        # Over 100 % when the windows cannot keep up: by how much they fall short.
        f"{hour.occupancy * 100:.0f} %" if math.isfinite(hour.occupancy) else "—",
    ]


def _number(value: float) -> str:
    return f"{value:g}"
