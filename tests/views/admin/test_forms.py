"""The forms as centre-file tables (no Qt): what a form says goes through the file's
own rules, and a day's lunch break outside its hours is refused in the lunch break's
words, naming the day."""

from __future__ import annotations

from datetime import time

import pytest

from conq_desktop.engine.centre_file import DayHours
from conq_desktop.errors import ConfigError
from conq_desktop.views.admin.forms import (
    DayForm,
    ServiceForm,
    operator_spec,
    service_spec,
    window_spec,
)

NAMES = {"ky": "Салык", "ru": "Налоги", "en": "Taxes"}


def form(*days: DayForm, **values: object) -> ServiceForm:
    week = {day.weekday: day for day in days}
    fields: dict[str, object] = {
        "code": "TAX",
        "prefix": "Е",
        "names": NAMES,
        "daily_limit": 0,
        "expected_minutes": 10.0,
        "target_wait_minutes": 15,
        "active": True,
        "days": tuple(week.get(day, DayForm.usual(day)) for day in range(1, 8)),
    }
    return ServiceForm(**{**fields, **values})  # type: ignore[arg-type]


def test_a_week_with_lunch_and_midnight() -> None:
    monday = DayForm(1, True, time(9), time(0), True, time(13), time(14))
    spec = service_spec(form(monday))
    assert spec.hours_on(1) == DayHours(1, time(9), None, time(13), time(14))
    assert spec.hours_on(2) == DayHours(2, time(9), time(18))
    assert spec.hours_on(6) is None and spec.daily_limit is None


def test_stored_hours_come_back_as_they_were() -> None:
    stored = DayHours(3, time(8, 30), time(17, 30), time(12), time(13))
    assert DayForm.of(3, stored).text() == "08:30-12:00, 13:00-17:30"
    assert DayForm.of(3, DayHours(3, time(0), None)).text() == "00:00-24:00"
    assert DayForm.of(7, None).text() == "closed"


@pytest.mark.parametrize(
    ("lunch", "said"),
    [
        ((time(8), time(10)), "lunch break 08:00-10:00 must lie within the hours 09:00-18:00"),
        ((time(17), time(19)), "lunch break 17:00-19:00 must lie within the hours 09:00-18:00"),
        ((time(14), time(13)), "“lunch” must end after they start: 14:00-13:00"),
    ],
)
def test_a_lunch_break_outside_the_day_names_the_day(lunch: tuple[time, time], said: str) -> None:
    tuesday = DayForm(2, True, time(9), time(18), True, *lunch)
    with pytest.raises(ConfigError) as refused:
        service_spec(form(tuesday))
    assert refused.value.message("en").startswith("Tuesday: ")
    assert said in refused.value.message("en")


def test_other_mistakes_are_the_files_words() -> None:
    with pytest.raises(ConfigError) as refused:
        service_spec(form(prefix="e"))
    assert refused.value.message("en").startswith("“prefix” must be 1–4 capital letters")
    closing_early = DayForm(4, True, time(18), time(9), False, time(13), time(14))
    with pytest.raises(ConfigError) as refused:
        service_spec(form(closing_early))
    assert refused.value.message("en") == (
        "Thursday: “week.thu” must end after they start: 18:00-09:00"
    )


def test_windows_and_staff() -> None:
    assert window_spec(8, " ", ["TAX"]).name == "8"
    with pytest.raises(ConfigError):
        window_spec(8, "Eight", [])
    assert operator_spec("aigul", "Айгүл", "receptionist", True, "1234").pin == "1234"
    assert operator_spec("aigul", "Айгүл", "admin", False).pin is None
    with pytest.raises(ConfigError):
        operator_spec("", "Айгүл", "operator", True)
