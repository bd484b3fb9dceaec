"""A discrete-event simulation (SimPy) of one planned day, to check the Erlang C planner
(engine/staffing.py) against something that does not use its formula.

Visitors arrive as a Poisson stream at each hour's rate, are served first come first
served by whichever open window frees first, for an exponential time with the hour's
mean. Hour h has ``windows`` open: a window that closes at the hour finishes its
visitor first (it is modelled as a "closed" token queued ahead of the visitors).
The day ends when the last visitor is served. ``stretch`` makes every hour last
``stretch`` hours at the same rates: the steady state Erlang C describes, which a real
hour of a few dozen visitors never quite reaches (docs/staffing.md).

SimPy is an optional dependency (pyproject's ``plan`` extra; the built program has it):
it is imported only when a day is simulated, and its absence is a ``ConfigError``
naming the extra. The seed is fixed, so the same plan simulates to the same figures.
"""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from conq_desktop.db import Database
from conq_desktop.engine.staffing import (
    StaffingPlan,
    Target,
    history_demand,
    period,
    plan_day,
    what_if,
)
from conq_desktop.errors import ConfigError, ConqError
from conq_desktop.i18n import _

# The planned day as it runs (stretch 1), this many times: a day of 200 visitors
# simulates in about a second, and the share of an hour of 20 visitors is known to
# about a point (its standard error over the replications).
PLAN_REPLICATIONS = 200
SEED = 15

SIMPY_MISSING = _(
    "Simulating the plan needs the SimPy package: install the plan extra "
    '(pip install "conq-desktop[plan]").'
)
SIMULATION_CANCELLED = _("Cancelled")
SIMULATED_NOTE = _(
    "Simulated: the share within target when the day runs as planned, hour after hour "
    "from an empty hall (SimPy, {runs} runs)."
)

# (replications done, replications in all), called after each replication.
Progress = Callable[[int, int], None]


class SimulationUnavailable(ConfigError):
    """SimPy is not installed (exit status 6, as any missing configuration)."""

    def __init__(self) -> None:
        super().__init__(SIMPY_MISSING)


class SimulationCancelled(ConqError):
    """The simulation was stopped between two replications."""

    def __init__(self) -> None:
        super().__init__(SIMULATION_CANCELLED)


@dataclass(frozen=True)
class SimHour:
    hour: int
    arrivals_per_hour: float
    service_s: float
    windows: int


@dataclass(frozen=True)
class SimResult:
    hour: int
    within_target: float  # the mean over replications of the share called in time
    standard_error: float  # of that mean, from the spread between replications
    visitors: int  # over all replications


def simpy_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("simpy") is not None


def simulate_plan(
    plan: StaffingPlan,
    *,
    replications: int = PLAN_REPLICATIONS,
    seed: int = SEED,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[SimResult]:
    """The plan's day (its hours, demand and windows, a what-if's too) as it runs: an
    empty hall at opening, each hour starting from the last one's queue."""
    hours = [SimHour(h.hour, h.arrivals_per_hour, h.service_s, h.windows) for h in plan.hours]
    return simulate_day(
        hours,
        plan.target.wait_s,
        replications=replications,
        seed=seed,
        progress=progress,
        cancelled=cancelled,
    )


def simulate_day(
    hours: Sequence[SimHour],
    target_wait_s: float,
    *,
    replications: int = 20,
    seed: int = 1,
    stretch: float = 1.0,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[SimResult]:
    """The share of each hour's visitors called within ``target_wait_s``; ``cancelled``
    is asked before each replication (``SimulationCancelled``)."""
    try:
        import simpy
    except ImportError:
        raise SimulationUnavailable() from None
    shares: list[list[float]] = [[] for _hour in hours]
    counts = [0] * len(hours)
    for replication in range(replications):
        if cancelled is not None and cancelled():
            raise SimulationCancelled()
        arrived, in_time = _one_day(
            simpy, hours, target_wait_s, random.Random(seed + replication), stretch
        )
        for index, (total, good) in enumerate(zip(arrived, in_time, strict=True)):
            counts[index] += total
            if total:
                shares[index].append(good / total)
        if progress is not None:
            progress(replication + 1, replications)
    results = []
    for hour, values, count in zip(hours, shares, counts, strict=True):
        mean = statistics.fmean(values) if values else math.nan
        spread = statistics.stdev(values) / math.sqrt(len(values)) if len(values) > 1 else math.nan
        results.append(SimResult(hour.hour, mean, spread, count))
    return results


def _one_day(
    simpy: Any,
    hours: Sequence[SimHour],
    target_wait_s: float,
    rng: random.Random,
    stretch: float,
) -> tuple[list[int], list[int]]:
    env = simpy.Environment()
    most = max((hour.windows for hour in hours), default=0) or 1
    windows = simpy.PriorityResource(env, capacity=most)
    length = 3600 * stretch
    arrived = [0] * len(hours)
    in_time = [0] * len(hours)

    def visitor(index: int, service_s: float) -> Generator[Any, Any, None]:
        came = env.now
        arrived[index] += 1
        with windows.request(priority=0) as turn:
            yield turn
            if env.now - came <= target_wait_s:
                in_time[index] += 1
            yield env.timeout(rng.expovariate(1 / service_s))

    def arrivals() -> Generator[Any, Any, None]:
        for index, hour in enumerate(hours):
            end = (index + 1) * length
            if hour.arrivals_per_hour <= 0:
                yield env.timeout(end - env.now)
                continue
            rate = hour.arrivals_per_hour / 3600
            while True:
                # The Poisson stream is memoryless: a gap that crosses the hour's end is
                # drawn again at the next hour's rate from the boundary.
                gap = rng.expovariate(rate)
                if env.now + gap >= end:
                    yield env.timeout(end - env.now)
                    break
                yield env.timeout(gap)
                env.process(visitor(index, hour.service_s))

    def opening() -> Generator[Any, Any, None]:
        closed: list[Any] = []  # requests at priority −1: ahead of every visitor
        for hour in hours:
            while len(closed) < most - hour.windows:
                closed.append(windows.request(priority=-1))
            while len(closed) > most - hour.windows:
                token = closed.pop()
                if token.triggered:
                    windows.release(token)
                else:
                    token.cancel()
            yield env.timeout(length)

    env.process(arrivals())
    env.process(opening())
    env.run()
    return arrived, in_time


@dataclass(frozen=True)
class SimulatedPlan:
    """A plan (or a what-if) from the history of ``first`` … ``last`` and its day
    simulated; ``simulated`` is None when SimPy is missing (the plan still stands)."""

    plan: StaffingPlan
    first: date
    last: date
    simulated: list[SimResult] | None


def plan_and_simulate(
    db: Database,
    today: date,
    weekday: int,
    target: Target,
    windows: Mapping[int, int] | None = None,
    *,
    replications: int = PLAN_REPLICATIONS,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SimulatedPlan:
    """The plan of the Reports window: the weekday's plan (or what-if) from the eight
    weeks before ``today``, then its day simulated. ``progress`` counts reading the
    history as one step and each replication as one more."""
    total = 1 + replications
    first, last = period(today)
    demands = history_demand(db, weekday, first, last)
    if windows:
        plan = what_if(demands, weekday, target, windows)
    else:
        plan = plan_day(demands, weekday, target)
    if progress is not None:
        progress(1, total)
    if cancelled is not None and cancelled():
        raise SimulationCancelled()
    try:
        simulated = simulate_plan(
            plan,
            replications=replications,
            progress=None if progress is None else lambda done, _all: progress(1 + done, total),
            cancelled=cancelled,
        )
    except SimulationUnavailable:
        simulated = None
    return SimulatedPlan(plan, first, last, simulated)
