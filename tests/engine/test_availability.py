"""What the kiosk shows on a service's button before anyone taps: open, closed now (with
the hours), closed today, or the daily limit given out; and the administrator's PIN."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update

from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.availability import (
    Availability,
    ServiceAvailability,
    check_admin_pin,
    service_availability,
)
from conq_desktop.errors import QueueError
from conq_desktop.models import Operator, Service

# Bishkek is UTC+6 all year.
SATURDAY_NOON = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)
SUNDAY_NOON = datetime(2026, 11, 29, 6, 0, tzinfo=UTC)
TUESDAY_EVENING = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)  # 20:00
TUESDAY_EARLY = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # 08:00


def by_code(engine: QueueEngine) -> dict[str, ServiceAvailability]:
    return {item.code: item for item in service_availability(engine)}


def by_code_at(engine: QueueEngine, at: datetime) -> dict[str, ServiceAvailability]:
    return {item.code: item for item in service_availability(engine, at)}


def set_service(engine: QueueEngine, code: str, **values: object) -> None:
    with engine.db.write_session() as session:
        session.execute(update(Service).where(Service.code == code).values(**values))


def test_every_service_is_open_on_a_tuesday_morning(engine: QueueEngine) -> None:
    found = service_availability(engine)
    assert [item.code for item in found] == ["PASSPORT", "CIVIL", "PROPERTY", "PENSION", "PRIORITY"]
    assert all(item.is_open for item in found)
    passport = found[0]
    assert (passport.opens, passport.closes, passport.hours) == ("08:30", "17:30", "08:30–17:30")
    assert (passport.issued_today, passport.daily_limit, passport.tickets_left) == (0, 200, 200)
    assert passport.message("en") == "Open until 17:30"


def test_weekdays_decide_closed_today(engine: QueueEngine, clock: FixedClock) -> None:
    clock.current = SATURDAY_NOON
    saturday = by_code(engine)
    assert saturday["PASSPORT"].state == Availability.OPEN  # mon-sat
    assert saturday["CIVIL"].state == Availability.CLOSED_TODAY  # mon-fri
    clock.current = SUNDAY_NOON
    assert {item.state for item in service_availability(engine)} == {Availability.CLOSED_TODAY}
    assert by_code(engine)["PASSPORT"].message("en") == "Closed today"


@pytest.mark.parametrize("moment", [TUESDAY_EVENING, TUESDAY_EARLY], ids=["20:00", "08:00"])
def test_outside_the_hours_it_is_closed_now_with_the_hours(
    engine: QueueEngine, clock: FixedClock, moment: datetime
) -> None:
    clock.current = moment
    passport = by_code(engine)["PASSPORT"]
    assert passport.state == Availability.CLOSED_NOW
    assert passport.message("en") == "Closed now; open 08:30–17:30"
    assert "08:30–17:30" in passport.message("ky")
    assert "08:30–17:30" in passport.message("ru")


def test_an_explicit_moment_overrides_the_clock(engine: QueueEngine) -> None:
    assert by_code(engine)["PASSPORT"].is_open
    assert by_code_at(engine, TUESDAY_EVENING)["PASSPORT"].state == Availability.CLOSED_NOW


def test_the_daily_limit_counts_todays_numbers(engine: QueueEngine, clock: FixedClock) -> None:
    set_service(engine, "PENSION", daily_limit=2)
    engine.issue("PENSION")
    pension = by_code(engine)["PENSION"]
    assert (pension.state, pension.issued_today, pension.tickets_left) == (Availability.OPEN, 1, 1)
    engine.issue("PENSION")
    pension = by_code(engine)["PENSION"]
    assert pension.state == Availability.LIMIT_REACHED
    assert pension.tickets_left == 0
    assert pension.message("en") == "All of today's tickets have been given out"
    with pytest.raises(QueueError):
        engine.issue("PENSION")
    # A refused issue takes no number.
    assert by_code(engine)["PENSION"].issued_today == 2
    # The next morning the counter starts again.
    clock.advance(days=1)
    assert by_code(engine)["PENSION"].state == Availability.OPEN
    assert by_code(engine)["PENSION"].issued_today == 0


def test_closed_wins_over_the_limit(engine: QueueEngine, clock: FixedClock) -> None:
    set_service(engine, "PENSION", daily_limit=1)
    engine.issue("PENSION")
    clock.current = TUESDAY_EVENING
    assert by_code(engine)["PENSION"].state == Availability.CLOSED_NOW


def test_a_switched_off_service_is_not_offered(engine: QueueEngine) -> None:
    set_service(engine, "PROPERTY", active=False)
    assert by_code(engine)["PROPERTY"].state == Availability.NOT_OFFERED
    assert by_code(engine)["PROPERTY"].message("en") == "Not offered at the moment"


def test_until_midnight_reads_as_open(engine: QueueEngine) -> None:
    with engine.db.write_session() as session:
        service = session.scalars(select(Service).where(Service.code == "PRIORITY")).one()
        for day in service.week:
            day.closes_at = None
    priority = by_code(engine)["PRIORITY"]
    assert priority.closes == "24:00"
    assert priority.message("en") == "Open now"


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 11, 24, 2, 29, tzinfo=UTC),  # Tue 08:29
        datetime(2026, 11, 24, 2, 30, tzinfo=UTC),  # Tue 08:30
        datetime(2026, 11, 24, 2, 59, tzinfo=UTC),  # Tue 08:59
        datetime(2026, 11, 24, 10, 59, tzinfo=UTC),  # Tue 16:59
        datetime(2026, 11, 24, 11, 0, tzinfo=UTC),  # Tue 17:00
        datetime(2026, 11, 24, 11, 30, tzinfo=UTC),  # Tue 17:30
        SATURDAY_NOON,
        SUNDAY_NOON,
    ],
)
def test_the_buttons_agree_with_the_engine(
    engine: QueueEngine, clock: FixedClock, moment: datetime
) -> None:
    clock.current = moment
    for item in service_availability(engine):
        try:
            engine.issue(item.code)
        except QueueError:
            issued = False
        else:
            issued = True
        assert issued == item.is_open, (item.code, item.state)


def test_only_an_active_admin_pin_unlocks(engine: QueueEngine) -> None:
    assert check_admin_pin(engine, "9999")
    assert not check_admin_pin(engine, "1111")  # aibek is an operator, not an admin
    assert not check_admin_pin(engine, "0000")
    assert not check_admin_pin(engine, "")
    with engine.db.write_session() as session:
        admin = session.scalars(select(Operator).where(Operator.login == "admin")).one()
        admin.active = False
    assert not check_admin_pin(engine, "9999")
