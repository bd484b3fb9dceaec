"""Erlang C (engine/erlang.py) against published worked examples and an exact second
computation, and its properties for any load and number of windows."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conq_desktop.engine.erlang import (
    erlang_b,
    erlang_c,
    is_stable,
    mean_wait_s,
    occupancy,
    service_level,
    windows_needed,
)


def exact_erlang_c(windows: int, load: Fraction) -> Fraction:
    """The textbook formula, term by term, in exact rational arithmetic: an independent
    second computation of the recursion in engine/erlang.py.

    C = (A^N/N! · N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A))"""
    top = load**windows / math.factorial(windows) * Fraction(windows) / (windows - load)
    below = sum(load**k / math.factorial(k) for k in range(windows))
    return top / (below + top)


def test_call_centre_helper_worked_example() -> None:
    """Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"
    (callcentrehelper.com): 100 calls in 30 minutes, handling time 180 s, target 80 %
    answered within 20 s. Traffic intensity 200/h × 3 min = 10 erlangs; starting from
    N = A + 1 = 11 the article finds P(wait) = 68.21 % and raises N until the service
    level passes 80 %: 14 agents (before shrinkage), occupancy 10/14 = 71.4 %."""
    load = 200 * 180 / 3600
    assert load == 10
    assert erlang_c(11, load) == pytest.approx(0.6821, abs=5e-5)
    assert float(exact_erlang_c(11, Fraction(10))) == pytest.approx(erlang_c(11, load), rel=1e-12)
    assert service_level(13, load, 180, 20) < 0.8 <= service_level(14, load, 180, 20)
    assert windows_needed(load, 180, 0.8, 20) == 14
    assert occupancy(14, load) == pytest.approx(0.714, abs=5e-4)


def test_tanner_erlang_c_example() -> None:
    """Mike Tanner, "The Erlang-C formula" (mitan.co.uk, Erlang C step by step): 360
    calls per half hour, mean call 4 minutes, 55 agents, target answer time 15 s. The
    inputs are the page's; the figures asserted here (48 erlangs, occupancy 0.873, the
    probability of waiting, answer time and service level) were computed two ways, the
    recursion and the exact rational formula, and by hand below, not copied."""
    arrivals_per_s, service_s = 360 / 1800, 4 * 60
    load = arrivals_per_s * service_s
    assert load == pytest.approx(48)
    assert occupancy(55, load) == pytest.approx(0.873, abs=5e-4)
    waiting = erlang_c(55, load)
    assert waiting == pytest.approx(float(exact_erlang_c(55, Fraction(48))), rel=1e-12)
    assert waiting == pytest.approx(0.2387, abs=5e-5)
    # ASA = C·s/(N − A) = 0.2387 × 240 / 7 ≈ 8.18 s; SL = 1 − C·e^(−7·15/240) ≈ 84.6 %.
    assert mean_wait_s(55, load, service_s) == pytest.approx(8.18, abs=0.01)
    assert service_level(55, load, service_s, 15) == pytest.approx(0.8459, abs=5e-4)


@pytest.mark.parametrize(
    ("windows", "load", "blocked"),
    [(5, 3.0, 0.1101), (10, 5.0, 0.0184), (20, 15.0, 0.0456)],
)
def test_erlang_b_matches_the_published_tables(windows: int, load: float, blocked: float) -> None:
    """Standard Erlang B traffic tables: 5 lines offered 3 E block 11.0 %, 10 lines at
    5 E 1.84 %, 20 lines at 15 E 4.56 %. Erlang C is built on this recursion."""
    assert erlang_b(windows, load) == pytest.approx(blocked, abs=5e-5)


def test_textbook_m_m_c_exercise() -> None:
    """One visitor a minute, 3 minutes each: fewer than 4 windows never catch up; with 5
    the share served without waiting is 1 − C(5, 3) = 76.4 %."""
    assert not is_stable(3, 3.0) and is_stable(4, 3.0)
    assert 1 - erlang_c(5, 3.0) == pytest.approx(0.7638, abs=5e-5)
    assert erlang_c(5, 3.0) == pytest.approx(float(exact_erlang_c(5, Fraction(3))), rel=1e-12)


def test_large_centres_stay_finite() -> None:
    """The factorial formula overflows a float past 170 windows; the recursion does not."""
    waiting = erlang_c(500, 480.0)
    assert 0 < waiting < 1
    assert waiting == pytest.approx(float(exact_erlang_c(500, Fraction(480))), rel=1e-9)


def test_an_overloaded_hour_has_no_steady_wait() -> None:
    assert erlang_c(3, 3.0) == 1.0
    assert mean_wait_s(3, 4.0, 600) == math.inf
    assert service_level(3, 4.0, 600, 900) == 0.0
    assert occupancy(3, 4.0) > 1


def test_no_visitors_need_no_window() -> None:
    assert windows_needed(0.0, 600, 0.8, 900) == 0
    assert service_level(0, 0.0, 600, 900) == 1.0
    assert mean_wait_s(2, 0.0, 600) == 0.0


@pytest.mark.parametrize("share", [0.0, 1.0, 1.2, -0.1])
def test_a_target_share_outside_0_1_is_refused(share: float) -> None:
    with pytest.raises(ValueError):
        windows_needed(2.0, 600, share, 900)


@pytest.mark.parametrize("load", [math.nan, math.inf, -1.0])
def test_a_load_that_is_not_a_number_is_refused(load: float) -> None:
    with pytest.raises(ValueError):
        erlang_c(3, load)


loads = st.floats(min_value=0.01, max_value=60, allow_nan=False)
service_times = st.floats(min_value=30, max_value=3600)
waits = st.floats(min_value=0, max_value=3600)


@given(loads, st.integers(min_value=1, max_value=80))
def test_the_probability_of_waiting_is_a_probability_at_least_erlang_b(
    load: float, windows: int
) -> None:
    waiting = erlang_c(windows, load)
    assert 0.0 <= waiting <= 1.0
    assert waiting >= erlang_b(windows, load) - 1e-12


@given(st.integers(min_value=1, max_value=25), st.fractions(min_value=0.1, max_value=24.9))
def test_the_recursion_equals_the_exact_formula(windows: int, load: Fraction) -> None:
    if load >= windows:
        assert erlang_c(windows, float(load)) == 1.0
        return
    exact = float(exact_erlang_c(windows, load))
    assert erlang_c(windows, float(load)) == pytest.approx(exact, rel=1e-9, abs=1e-15)


@given(loads, service_times, waits)
def test_each_more_window_serves_more_within_target_and_sooner(
    load: float, service_s: float, wait_s: float
) -> None:
    first = math.floor(load) + 1
    levels = [service_level(c, load, service_s, wait_s) for c in range(first, first + 8)]
    means = [mean_wait_s(c, load, service_s) for c in range(first, first + 8)]
    assert all(0.0 <= level <= 1.0 for level in levels)
    assert levels == sorted(levels)
    assert means == sorted(means, reverse=True)


@given(loads, service_times, waits, st.floats(min_value=0.05, max_value=0.99))
def test_windows_needed_is_the_fewest_that_meet_the_target(
    load: float, service_s: float, wait_s: float, share: float
) -> None:
    needed = windows_needed(load, service_s, share, wait_s)
    assert needed > load
    assert service_level(needed, load, service_s, wait_s) >= share
    fewer = needed - 1
    assert not is_stable(fewer, load) or service_level(fewer, load, service_s, wait_s) < share
