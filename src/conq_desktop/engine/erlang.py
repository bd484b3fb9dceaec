"""Erlang C (the M/M/c queue): how long visitors wait for ``c`` open windows.

Pure arithmetic, no database: the staffing planner (engine/staffing.py) feeds it one
hour's offered load. Notation:

- ``load`` (offered load, in erlangs) = arrivals per hour × mean service time in hours:
  how many windows would be busy all the time if nobody ever waited;
- ``windows`` = c, the open windows;
- ``service_s`` = the mean service time in seconds (1/μ).

The probability of waiting is computed from the Erlang B recursion
B(k) = a·B(k−1) / (k + a·B(k−1)), B(0) = 1, then C = c·B / (c − a·(1 − B)): no
factorials or powers, so it stays exact to float precision for hundreds of windows
(the textbook formula overflows a float at c ≈ 170). docs/staffing.md explains the
model and its assumptions.
"""

from __future__ import annotations

import math

# Far more windows than any centre has: a guard against a load that is not a number.
MAX_WINDOWS = 10_000


def erlang_b(windows: int, load: float) -> float:
    """The probability that all ``windows`` are busy when nobody may wait (Erlang B)."""
    _check(windows, load)
    blocked = 1.0
    for k in range(1, windows + 1):
        blocked = load * blocked / (k + load * blocked)
    return blocked


def erlang_c(windows: int, load: float) -> float:
    """The probability that an arriving visitor has to wait (Erlang C); 1.0 when the
    windows cannot keep up (``load >= windows``), where the queue grows without end."""
    _check(windows, load)
    if load <= 0:
        return 0.0
    if load >= windows:
        return 1.0
    blocked = erlang_b(windows, load)
    return windows * blocked / (windows - load * (1 - blocked))


def is_stable(windows: int, load: float) -> bool:
    """Whether ``windows`` keep up with ``load`` at all (occupancy below 100 %)."""
    return load <= 0 or windows > load


def service_level(windows: int, load: float, service_s: float, target_wait_s: float) -> float:
    """P(wait ≤ target) = 1 − C·e^(−(c − a)·t/s): the share of visitors called within
    ``target_wait_s``; 0.0 when the queue grows without end."""
    if not is_stable(windows, load):
        return 0.0
    if load <= 0:
        return 1.0
    waiting = erlang_c(windows, load)
    return 1.0 - waiting * math.exp(-(windows - load) * target_wait_s / service_s)


def mean_wait_s(windows: int, load: float, service_s: float) -> float:
    """The average wait of all visitors (the call centres' "average speed of answer"),
    C·s/(c − a); infinite when the queue grows without end."""
    if not is_stable(windows, load):
        return math.inf
    if load <= 0:
        return 0.0
    return erlang_c(windows, load) * service_s / (windows - load)


def occupancy(windows: int, load: float) -> float:
    """The share of time an open window is busy, a/c (over 1: the queue grows)."""
    if windows <= 0:
        return math.inf if load > 0 else 0.0
    return load / windows


def windows_needed(load: float, service_s: float, target_share: float, target_wait_s: float) -> int:
    """The fewest windows whose service level reaches ``target_share`` (always more
    than the load: fewer never catch up). No visitors need no window."""
    if not 0 < target_share < 1:
        raise ValueError(f"target share must be between 0 and 1 exclusive: {target_share!r}")
    if target_wait_s < 0 or service_s <= 0:
        raise ValueError("target wait must be ≥ 0 and service time > 0")
    _check(0, load)
    if load <= 0:
        return 0
    windows = max(1, math.floor(load) + 1)
    # The service level rises with every window and tends to 1, so this ends; the
    # bound only stops a runaway loop on a nonsensical load.
    while service_level(windows, load, service_s, target_wait_s) < target_share:
        windows += 1
        if windows > MAX_WINDOWS:
            raise ValueError(f"more than {MAX_WINDOWS} windows needed for load {load}")
    return windows


def _check(windows: int, load: float) -> None:
    if windows < 0:
        raise ValueError(f"negative number of windows: {windows}")
    if not (math.isfinite(load) and load >= 0):
        raise ValueError(f"load must be a finite number ≥ 0: {load!r}")
    if load >= MAX_WINDOWS:
        raise ValueError(f"load too large: {load}")
