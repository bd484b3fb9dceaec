"""What the administration window reads: the services, windows, staff, holidays and
settings as they stand, removed items left out, as frozen snapshots."""

from __future__ import annotations

import dataclasses
from datetime import date, time, timedelta

import pytest

from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.admin_reads import read_centre_admin
from conq_desktop.engine.administration import Administration
from conq_desktop.engine.centre_file import DayHours, parse_service, parse_window
from conq_desktop.errors import QueueError
from conq_desktop.models import Role
from tests.conftest import staff


@pytest.fixture
def admin(engine: QueueEngine) -> Administration:
    return Administration(engine.db, engine.authenticate("admin", "9999"), engine.clock)


def test_services_in_the_kiosks_order_with_their_week(engine: QueueEngine) -> None:
    centre = read_centre_admin(engine.db)
    assert [service.code for service in centre.services] == [
        "PASSPORT",
        "CIVIL",
        "PROPERTY",
        "PENSION",
        "PRIORITY",
    ]
    passport = centre.services[0]
    assert passport.prefix == "А" and passport.name("ru") == "Паспорт и ID-карта"
    assert passport.daily_limit == 200 and passport.expected_minutes == 12
    assert passport.target_wait_minutes == 15 and passport.active
    assert [day.weekday for day in passport.week] == [1, 2, 3, 4, 5, 6]
    assert passport.hours_on(1) == DayHours(1, time(8, 30), time(17, 30))
    assert passport.hours_on(7) is None
    assert centre.services[4].daily_limit is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        passport.prefix = "Б"  # type: ignore[misc]


def test_windows_with_their_services_in_order_and_who_is_there(engine: QueueEngine) -> None:
    staff(engine, 2)
    windows = {window.number: window for window in read_centre_admin(engine.db).windows}
    assert sorted(windows) == [1, 2, 3, 4, 5, 6, 7]
    assert windows[3].services == ("CIVIL", "PASSPORT")
    assert windows[7].services == ("PRIORITY", "PASSPORT", "PENSION", "CIVIL", "PROPERTY")
    assert windows[2].operator == "nurgul" and windows[1].operator is None
    assert windows[1].name == "Терезе 1 / Окно 1"


def test_removed_services_and_windows_are_left_out(
    engine: QueueEngine, admin: Administration
) -> None:
    names = {"ky": "Салык", "ru": "Налоги", "en": "Taxes"}
    admin.save_service(parse_service({"code": "TAX", "prefix": "Е", "name": names}))
    admin.save_window(parse_window({"number": 8, "services": ["TAX", "PENSION"]}))
    centre = read_centre_admin(engine.db)
    assert centre.services[-1].code == "TAX"
    assert centre.services[-1].week == tuple(DayHours(day, time(0), None) for day in range(1, 8))
    assert centre.windows[-1].services == ("TAX", "PENSION")

    admin.remove_window(8)
    admin.remove_service("TAX")
    centre = read_centre_admin(engine.db)
    assert "TAX" not in [service.code for service in centre.services]
    assert 8 not in [window.number for window in centre.windows]


def test_staff_with_their_locks(engine: QueueEngine, clock: FixedClock) -> None:
    for _attempt in range(4):
        with pytest.raises(QueueError):
            engine.authenticate("ulan", "0000")
    operators = {row.login: row for row in read_centre_admin(engine.db).operators}
    assert list(operators) == sorted(operators)
    assert operators["admin"].role == Role.ADMIN and operators["aibek"].role == Role.OPERATOR
    assert operators["ulan"].failed_pins == 4 and operators["ulan"].locked_until is None
    assert not operators["ulan"].locked(clock.now())

    with pytest.raises(QueueError):
        engine.authenticate("ulan", "0000")
    ulan = next(row for row in read_centre_admin(engine.db).operators if row.login == "ulan")
    assert ulan.locked_until == clock.now() + timedelta(minutes=15)
    assert ulan.locked(clock.now())
    assert not ulan.locked(clock.now() + timedelta(minutes=16))
    assert ulan.name == "Улан Жумабеков" and ulan.active


def test_holidays_and_settings(engine: QueueEngine, admin: Administration) -> None:
    centre = read_centre_admin(engine.db)
    assert centre.holidays == ()
    assert centre.settings["timezone"] == "Asia/Bishkek"
    assert centre.settings["pin_lockout_minutes"] == "15"  # the default, not stored
    admin.set_holidays({date(2027, 3, 21): "Нооруз", date(2027, 1, 1): ""})
    assert read_centre_admin(engine.db).holidays == (
        (date(2027, 1, 1), ""),
        (date(2027, 3, 21), "Нооруз"),
    )
