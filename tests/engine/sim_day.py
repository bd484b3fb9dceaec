"""A discrete-event simulation (SimPy) of one planned day, to check the Erlang C planner
(engine/staffing.py) against something that does not use its formula.

Visitors arrive as a Poisson stream at each hour's rate, are served first come first
served by whichever open window frees first, for an exponential time with the hour's
mean. Hour h has ``windows`` open: a window that closes at the hour finishes its
visitor first (it is modelled as a "closed" token queued ahead of the visitors).
The day ends when the last visitor is served. ``stretch`` makes every hour last
``stretch`` hours at the same rates: the steady state Erlang C describes, which a real
hour of a few dozen visitors never quite reaches (docs/staffing.md).

SimPy is a test-only dependency (pyproject's ``test`` extra); bench/plan_bench.py uses
this module too.
"""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from typing import Any

import simpy


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


def simulate_day(
    hours: Sequence[SimHour],
    target_wait_s: float,
    *,
    replications: int = 20,
    seed: int = 1,
    stretch: float = 1.0,
) -> list[SimResult]:
    """The share of each hour's visitors called within ``target_wait_s``."""
    shares: list[list[float]] = [[] for _ in hours]
    counts = [0] * len(hours)
    for replication in range(replications):
        arrived, in_time = _one_day(
            hours, target_wait_s, random.Random(seed + replication), stretch
        )
        for index, (total, good) in enumerate(zip(arrived, in_time, strict=True)):
            counts[index] += total
            if total:
                shares[index].append(good / total)
    results = []
    for hour, values, count in zip(hours, shares, counts, strict=True):
        mean = statistics.fmean(values) if values else math.nan
        spread = statistics.stdev(values) / math.sqrt(len(values)) if len(values) > 1 else math.nan
        results.append(SimResult(hour.hour, mean, spread, count))
    return results


def _one_day(
    hours: Sequence[SimHour], target_wait_s: float, rng: random.Random, stretch: float
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
