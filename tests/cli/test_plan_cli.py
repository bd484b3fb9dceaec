"""``conq-desktop plan``: the staffing plan from a history made through the engine, the
what-if, and the refusals (a bad target, weekday, period or window list; no history)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from conq_desktop.db import open_database
from conq_desktop.engine import FixedClock, QueueEngine
from tests.conftest import staff
from tests.helpers.cli import assert_refused, dump, run

EXIT_USAGE, EXIT_NOT_FOUND = 2, 5
MONDAYS = (date(2026, 11, 16), date(2026, 11, 23))


def _mondays(url: str, days: tuple[date, ...] = MONDAYS) -> None:
    """On each day from 09:00 Bishkek time (UTC+6): six passport visitors five minutes
    apart, each served for ten minutes at window 1 as soon as it is free."""
    db = open_database(url)
    try:
        for day in days:
            clock = FixedClock(datetime(day.year, day.month, day.day, 3, 0, tzinfo=UTC))
            engine = QueueEngine(db, clock)
            staff(engine, 1)
            for _ in range(6):
                engine.issue("PASSPORT")
                clock.advance(minutes=5)
            for _ in range(6):
                engine.call_next(1)
                engine.start(1)
                clock.advance(minutes=10)
                engine.finish(1)
            engine.sign_out(1)
    finally:
        db.dispose()


@pytest.fixture
def history(centre_db: str) -> str:
    _mondays(centre_db)
    return centre_db


def _plan(url: str, *args: str) -> dict:
    result = run("--db", url, "plan", "--from", "2026-11-16", "--to", "2026-11-23", *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_plan_of_an_hour_of_one_erlang(history: str) -> None:
    """Six visitors an hour on a Monday, ten minutes each: one erlang. Two windows call
    1 − C(2, 1)·e^(−1·900/600) = 1 − e^(−1.5)/3 = 92.6 % within 15 minutes, the mean wait
    C·600 s / 1 = 200 s, each window busy half the time."""
    answer = _plan(history, "--weekday", "mon", "--target", "80/15")
    assert answer["weekday"] == "mon" and not answer["what_if"]
    assert answer["history"] == {"from": "2026-11-16", "to": "2026-11-23"}
    assert answer["target"] == {"share": 0.8, "wait_min": 15.0}
    (nine,) = answer["hours"]
    assert nine["hour"] == 9
    assert nine["arrivals_per_hour"] == 6.0
    assert nine["service_min"] == pytest.approx(10.0)
    assert nine["windows"] == 2 and nine["stable"]
    assert nine["within_target"] == pytest.approx(0.9256, abs=1e-4)
    assert nine["mean_wait_min"] == pytest.approx(3.33, abs=0.01)
    assert nine["occupancy"] == pytest.approx(0.5)
    assert answer["peak_windows"] == 2


def test_a_date_plans_its_weekday_and_says_so(history: str) -> None:
    result = run(
        "--db", history, "--lang", "en", "plan", "--date", "2026-12-07",
        "--from", "2026-11-16", "--to", "2026-11-23",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "Staffing plan for Monday: 80 % of visitors called within 15 min" in text
    assert "2026-12-07 is a Monday" in text
    row = next(line for line in text.splitlines() if line.lstrip().startswith("09–10"))
    assert row.split()[:4] == ["09–10", "6.0", "10.0", "2"]
    assert row.endswith("██")


def test_what_if_one_window_says_the_queue_grows(history: str) -> None:
    answer = _plan(history, "--weekday", "mon", "--windows", "9-13=1")
    assert answer["what_if"]
    (nine,) = answer["hours"]
    assert nine["windows"] == 1 and not nine["stable"]
    assert nine["mean_wait_min"] is None and nine["within_target"] is None
    assert answer["unstable_hours"] == [9]
    text = run(
        "--db", history, "--lang", "en", "plan", "--weekday", "mon", "--windows", "9-13=1",
        "--from", "2026-11-16", "--to", "2026-11-23",
    ).stdout  # fmt: skip
    assert "queue grows" in text
    more = _plan(history, "--weekday", "mon", "--windows", "9-10=3")
    assert more["hours"][0]["within_target"] > 0.9256


def test_the_default_history_is_the_eight_weeks_before_today(centre_db: str) -> None:
    """A Monday one to two weeks ago counts; the plan names the period it used."""
    today = datetime.now(UTC).date()
    monday = today - timedelta(days=today.weekday() + 7)
    _mondays(centre_db, (monday,))
    answer = json.loads(run("--db", centre_db, "plan", "--weekday", "mon", "--json").stdout)
    assert answer["hours"][0]["arrivals_per_hour"] == 6.0
    first, last = date.fromisoformat(answer["history"]["from"]), answer["history"]["to"]
    assert date.fromisoformat(last) - first == timedelta(days=55)


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("--weekday", "mon", "--target", "0/15"), EXIT_USAGE, ("0/15",)),
        (("--weekday", "mon", "--target", "120/15"), EXIT_USAGE, ("120/15",)),
        (("--weekday", "mon", "--target", "eighty"), EXIT_USAGE, ("80/15",)),
        (("--weekday", "someday"), EXIT_USAGE, ("someday",)),
        (("--weekday", ""), EXIT_USAGE, ("mon, tue",)),
        (("--weekday", "mon", "--target", ""), EXIT_USAGE, ("80/15",)),
        (("--weekday", "mon", "--windows", ""), EXIT_USAGE, ("9-13=4",)),
        (("--weekday", "mon", "--windows", "13-9=2"), EXIT_USAGE, ("13-9=2",)),
        (
            ("--weekday", "mon", "--from", "2026-11-23", "--to", "2026-11-16"),
            EXIT_USAGE,
            ("2026-11-16", "2026-11-23"),
        ),
        (
            ("--weekday", "tue", "--from", "2026-11-16", "--to", "2026-11-23"),
            EXIT_NOT_FOUND,
            ("Tuesday", "2026-11-16"),
        ),
    ],
)
def test_bad_input_is_refused_in_one_line_and_nothing_is_written(
    history: str, args: tuple[str, ...], code: int, words: tuple[str, ...]
) -> None:
    before = dump(history)
    result = run("--db", history, "--lang", "en", "plan", *args)
    assert_refused(result, code, *words)
    assert result.stdout == ""
    assert dump(history) == before


def test_a_refusal_reads_in_the_users_language(history: str) -> None:
    """The period refusal is the one ``report`` gives, already translated."""
    period = ("--weekday", "mon", "--from", "2026-11-23", "--to", "2026-11-16")
    result = run("--db", history, "--lang", "ru", "plan", *period)
    assert_refused(result, EXIT_USAGE, "2026-11-16", "2026-11-23")
    assert any("а" <= letter <= "я" for letter in result.stderr.lower())
    assert "ends before it begins" not in result.stderr


def test_simulate_adds_each_hours_simulated_share_within_target(history: str) -> None:
    """One hour of one erlang, two windows, from an empty hall: the plan says 92.6 %.
    The simulated hour starts empty (nobody queued from before), so it does at least as
    well as the steady state the plan describes, less its noise: 200 runs of about six
    visitors put the standard error near 1.5 points. The share must be within 8 points
    of the plan (about 5 standard errors), and not the plan's figure copied."""
    answer = _plan(history, "--weekday", "mon", "--simulate")
    (nine,) = answer["hours"]
    simulated = nine["simulated_within_target"]
    assert 0 < nine["simulated_standard_error"] < 0.03
    assert abs(simulated - nine["within_target"]) <= 0.08
    assert simulated != nine["within_target"]
    # One window less (a what-if of one window: the queue grows) simulates far worse.
    worse = _plan(history, "--weekday", "mon", "--windows", "9-10=1", "--simulate")
    assert worse["hours"][0]["simulated_within_target"] < simulated - 0.1
    text = run(
        "--db", history, "--lang", "en", "plan", "--weekday", "mon", "--simulate",
        "--from", "2026-11-16", "--to", "2026-11-23",
    ).stdout  # fmt: skip
    assert "Simulated" in text.splitlines()[3]
    assert "200 runs" in text


def test_simulate_without_simpy_says_which_extra_to_install(history: str, tmp_path) -> None:
    """A ``simpy`` that fails to import stands for a missing one: exit 6, the extra named,
    nothing printed on stdout."""
    (tmp_path / "simpy").mkdir()
    (tmp_path / "simpy" / "__init__.py").write_text("raise ImportError('no simpy here')\n")
    result = run(
        "--db", history, "--lang", "en", "plan", "--weekday", "mon", "--simulate",
        "--from", "2026-11-16", "--to", "2026-11-23",
        env={"PYTHONPATH": str(tmp_path)},
    )  # fmt: skip
    assert_refused(result, 6, "SimPy", "conq-desktop[plan]")
    assert result.stdout == ""
