"""The staffing planner (engine/staffing.py): demand from the hourly history, the plan,
the what-if, the parsing of its inputs, and the plan checked against a discrete-event
simulation of the same day (engine/simulation.py)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date

import pytest

from conq_desktop.engine.simulation import (
    SimHour,
    SimulationCancelled,
    SimulationUnavailable,
    simulate_day,
    simulate_plan,
)
from conq_desktop.engine.staffing import (
    HourDemand,
    Target,
    demand,
    parse_weekday,
    parse_windows,
    period,
    plan_day,
    require_history,
    what_if,
)
from conq_desktop.errors import NotFound, UsageError

TARGET = Target(0.8, 15 * 60)


@dataclass(frozen=True)
class Load:
    """Shaped as engine.metrics.HourLoad."""

    weekday: int
    hour: int
    days: int
    arrivals: int
    served: int
    mean_service_s: float | None


def test_demand_is_the_mean_over_the_weekdays_of_the_period() -> None:
    loads = [
        Load(0, 10, 8, 96, 90, 600.0),  # 12 an hour over 8 Mondays
        Load(0, 9, 8, 40, 40, 480.0),
        Load(0, 11, 8, 16, 0, None),  # nobody served: the Monday's mean service time
        Load(0, 12, 8, 0, 0, None),  # nobody came: no row in the plan
        Load(1, 10, 8, 500, 500, 60.0),  # a Tuesday
    ]
    needs = demand(loads, 0)
    assert [need.hour for need in needs] == [9, 10, 11]
    assert needs[0] == HourDemand(9, 5.0, 480.0)
    assert needs[1] == HourDemand(10, 12.0, 600.0)
    day_mean = (40 * 480 + 90 * 600) / 130
    assert needs[2].arrivals_per_hour == 2.0
    assert needs[2].service_s == pytest.approx(day_mean)
    assert demand(loads, 2) == []


def test_an_hour_of_two_erlangs_needs_three_windows() -> None:
    """12 visitors an hour, 10 minutes each: 2 erlangs. Three windows: C(3, 2) = 4/9,
    P(wait ≤ 15 min) = 1 − 4/9·e^(−1·900/600) = 90.1 %, the mean wait 4/9 × 600 s =
    267 s, each window busy 2/3 of the time; two windows never catch up."""
    plan = plan_day([HourDemand(10, 12.0, 600.0)], 0, TARGET)
    (hour,) = plan.hours
    assert hour.load == pytest.approx(2.0)
    assert hour.windows == 3
    assert hour.within_target == pytest.approx(0.9008, abs=1e-4)
    assert hour.mean_wait_s == pytest.approx(266.7, abs=0.1)
    assert hour.occupancy == pytest.approx(2 / 3)
    assert plan.peak_windows == 3 and plan.unstable_hours == []
    # 95 % within 5 minutes: four windows call 1 − C(4, 2)·e^(−2·300/600) = 93.6 % in
    # time, too few; five do.
    stricter = plan_day([HourDemand(10, 12.0, 600.0)], 0, Target(0.95, 5 * 60))
    assert stricter.hours[0].windows == 5


def test_what_if_changes_only_the_hours_given_and_says_when_the_queue_grows() -> None:
    needs = [HourDemand(9, 12.0, 600.0), HourDemand(10, 12.0, 600.0), HourDemand(13, 6.0, 600.0)]
    planned = plan_day(needs, 0, TARGET)
    fewer = what_if(needs, 0, TARGET, {9: 2, 10: 4})
    assert fewer.what_if and not planned.what_if
    nine, ten, one = fewer.hours
    assert nine.windows == 2 and not nine.stable
    assert nine.mean_wait_s is None and nine.within_target is None
    assert nine.occupancy == pytest.approx(1.0)
    assert fewer.unstable_hours == [9]
    assert ten.windows == 4 and ten.within_target > planned.hours[1].within_target
    assert one == planned.hours[2]
    assert fewer.as_json()["hours"][0]["mean_wait_min"] is None


@pytest.mark.parametrize(
    ("text", "share", "wait_s"),
    [("80/15", 0.8, 900.0), ("90 % / 5", 0.9, 300.0), ("99.5/0", 0.995, 0.0)],
)
def test_a_target_reads_as_percent_within_minutes(text: str, share: float, wait_s: float) -> None:
    assert Target.parse(text) == Target(pytest.approx(share), wait_s)


@pytest.mark.parametrize("text", ["0/15", "120/15", "100/15", "80/481", "80", "80/-5", "a/b", ""])
def test_a_target_out_of_range_or_malformed_is_refused(text: str) -> None:
    with pytest.raises(UsageError) as refused:
        Target.parse(text)
    assert refused.value.exit_code == 2


def test_windows_by_hour_ranges() -> None:
    assert parse_windows("9-13=4,13-15=3") == {9: 4, 10: 4, 11: 4, 12: 4, 13: 3, 14: 3}
    assert parse_windows("8-9=0") == {8: 0}
    for bad in ("9-13", "13-9=2", "9-25=1", "9-13=x", "9-13=4;13-15=3"):
        with pytest.raises(UsageError):
            parse_windows(bad)


def test_weekdays_and_the_default_period() -> None:
    assert parse_weekday("mon") == 0 and parse_weekday("Sunday") == 6
    for bad in ("monday-ish", "xyz", "mo", ""):
        with pytest.raises(UsageError):
            parse_weekday(bad)
    today = date(2026, 11, 30)  # a Monday: eight whole weeks before it
    assert period(today) == (date(2026, 10, 5), date(2026, 11, 29))
    assert period(today, last=date(2026, 11, 1)) == (date(2026, 9, 7), date(2026, 11, 1))
    assert period(today, first=date(2026, 11, 2)) == (date(2026, 11, 2), date(2026, 11, 29))
    with pytest.raises(UsageError):
        period(today, date(2026, 11, 2), date(2026, 11, 1))
    with pytest.raises(NotFound):
        require_history([], 0, date(2026, 10, 5), date(2026, 11, 29))


# A day shaped like a public service centre's: a morning peak, lunch, an afternoon.
DAY = [HourDemand(9 + i, rate, 720.0) for i, rate in enumerate([8, 14, 20, 16, 10, 12, 18, 6])]


def test_the_plan_agrees_with_a_simulation_of_the_same_day() -> None:
    """Each planned hour simulated (SimPy) with its arrivals, service time and windows.

    Erlang C is the steady state of each hour taken alone; a real hour starts from the
    last one's queue. So every hour is stretched to 100 hours at the same rates (the
    change between hours then weighs 1/100), over 20 seeded replications. The tolerance
    is four standard errors of the simulated mean (its spread between replications),
    at least 2 points: a formula off by more than that is wrong, not unlucky. The
    standard error is itself bounded, so a simulation too short to tell fails too."""
    plan = plan_day(DAY, 0, TARGET)
    hours = [SimHour(h.hour, h.arrivals_per_hour, h.service_s, h.windows) for h in plan.hours]
    simulated = simulate_day(hours, TARGET.wait_s, replications=20, seed=15, stretch=100)
    for planned, sim in zip(plan.hours, simulated, strict=True):
        assert planned.within_target is not None and planned.within_target >= TARGET.share
        assert sim.standard_error < 0.02, sim
        tolerance = max(0.02, 4 * sim.standard_error)
        assert abs(sim.within_target - planned.within_target) <= tolerance, (planned, sim)


def test_the_simulation_tells_a_wrong_plan_apart() -> None:
    """The check above can fail: an hour simulated with one window fewer than planned
    (still enough to keep up) falls well short of what the plan states."""
    plan = plan_day(DAY, 0, TARGET)
    hour = next(h for h in plan.hours if h.windows - 1 > h.load)
    short = SimHour(hour.hour, hour.arrivals_per_hour, hour.service_s, hour.windows - 1)
    (sim,) = simulate_day([short], TARGET.wait_s, replications=20, seed=15, stretch=100)
    assert hour.within_target is not None
    assert hour.within_target - sim.within_target > max(0.02, 4 * sim.standard_error)


def test_without_simpy_the_simulation_names_the_extra_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "simpy", None)  # import simpy raises ImportError
    plan = plan_day(DAY, 0, TARGET)
    with pytest.raises(SimulationUnavailable) as missing:
        simulate_plan(plan)
    assert missing.value.exit_code == 6
    assert "conq-desktop[plan]" in missing.value.message("en")


def test_the_simulation_is_seeded_reports_each_run_and_can_be_cancelled() -> None:
    plan = plan_day(DAY, 0, TARGET)
    steps: list[tuple[int, int]] = []
    first = simulate_plan(plan, replications=5, progress=lambda *step: steps.append(step))
    assert steps == [(done, 5) for done in range(1, 6)]
    assert simulate_plan(plan, replications=5) == first
    with pytest.raises(SimulationCancelled):
        simulate_plan(plan, replications=5, cancelled=lambda: len(steps) >= 7,
                      progress=lambda *step: steps.append(step))  # fmt: skip
    assert len(steps) == 7
