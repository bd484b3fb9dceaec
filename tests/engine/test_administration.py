"""An administrator's changes through the engine: each validated before it is saved,
refused to anyone else, journalled with who and each old and new value."""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.accounts import change_settings
from conq_desktop.engine.administration import Administration
from conq_desktop.engine.auth import Actor
from conq_desktop.engine.availability import service_availability
from conq_desktop.engine.centre_export import export_centre
from conq_desktop.engine.centre_file import (
    parse_centre,
    parse_operator,
    parse_service,
    parse_window,
)
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.engine.rules import Availability
from conq_desktop.errors import ConfigError, NotAllowed, NotFound, QueueError
from conq_desktop.models import EventKind, Operator, Service, Ticket, TicketEvent
from tests.conftest import DEMO_STAFF, staff

NAMES = {"ky": "Жаңы кызмат", "ru": "Новая услуга", "en": "New service"}
# The demo clock stands on Tuesday 24 November 2026, 09:00 in Bishkek (03:00 UTC).
LUNCH_TIME = datetime(2026, 11, 24, 7, 30, tzinfo=UTC)  # 13:30 in Bishkek


def _actor(engine: QueueEngine, window: int) -> Actor:
    return engine.authenticate(*DEMO_STAFF[window])


@pytest.fixture
def admin(engine: QueueEngine) -> Administration:
    return Administration(engine.db, _actor(engine, 5), engine.clock)


def _service(**values: Any) -> Any:
    table = {
        "code": "NEW",
        "prefix": "Ж",
        "name": NAMES,
        "week": {"mon": "09:00-13:00, 14:00-18:00", "tue": "09:00-13:00, 14:00-18:00"},
    }
    return parse_service({**table, **values})


def _events(engine: QueueEngine) -> list[TicketEvent]:
    with engine.db.read_session() as session:
        return list(
            session.scalars(
                select(TicketEvent)
                .where(TicketEvent.kind == EventKind.ADMIN_CHANGE)
                .order_by(TicketEvent.id)
            )
        )


def _count(engine: QueueEngine, model: type) -> int:
    with engine.db.read_session() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def test_a_new_service_with_a_lunch_break(
    engine: QueueEngine, admin: Administration, clock: FixedClock
) -> None:
    changes = admin.save_service(_service())
    assert {change.field for change in changes} >= {"prefix", "week", "name_ky"}
    [event] = _events(engine)
    assert event.operator_id == _actor(engine, 5).id
    assert event.details["what"] == "service" and event.details["action"] == "created"
    week = next(item for item in event.details["changes"] if item["field"] == "week")
    assert week["old"] is None
    assert week["new"] == "mon 09:00-13:00, 14:00-18:00; tue 09:00-13:00, 14:00-18:00"

    assert engine.issue("NEW").ticket.number == "Ж-001"  # Tuesday 09:00: open
    clock.current = LUNCH_TIME
    state = {item.code: item for item in service_availability(engine)}["NEW"]
    assert state.state == Availability.LUNCH_BREAK
    assert state.message("en") == "Lunch break; open again at 14:00"
    with pytest.raises(QueueError, match="lunch break until 14:00"):
        engine.issue("NEW")


def test_saving_the_same_service_again_writes_nothing(
    engine: QueueEngine, admin: Administration
) -> None:
    admin.save_service(_service())
    assert admin.save_service(_service()) == []
    assert len(_events(engine)) == 1


@pytest.mark.parametrize(
    ("prefix", "words"),
    [("А", "already used by the service PASSPORT"), ("A", "looks the same as “А”")],
)
def test_a_taken_or_lookalike_prefix_is_refused(
    engine: QueueEngine, admin: Administration, prefix: str, words: str
) -> None:
    before = _count(engine, Service)
    with pytest.raises(QueueError, match=words):
        admin.save_service(_service(prefix=prefix))
    assert _count(engine, Service) == before
    assert _events(engine) == []


@pytest.mark.parametrize(
    ("week", "words"),
    [
        ({"mon": "09:00-13:00, 12:00-18:00"}, "lunch break 13:00-12:00 must lie within"),
        ({"mon": "18:00-09:00"}, "must end after they start"),
        ({"mon": "9-13, 14-18, 19-20"}, "must look like 09:00-18:00"),
        ({"fri": "nine to five"}, "must look like 08:30-17:30"),
        ({"someday": "09:00-18:00"}, "unknown key “week.someday”"),
    ],
)
def test_impossible_hours_are_refused_by_the_form_rules(week: dict, words: str) -> None:
    with pytest.raises(ConfigError, match=words):
        _service(week=week)


def test_lunch_outside_the_hours_is_refused() -> None:
    with pytest.raises(ConfigError, match="must lie within the hours 09:00-12:00"):
        parse_service(
            {"code": "X", "prefix": "Х", "name": NAMES, "hours": "09:00-12:00", "lunch": "13-14"}
        )


@pytest.mark.parametrize("window", [1, 6, 7])  # operator, supervisor, receptionist
def test_only_an_administrator_changes_the_centre(engine: QueueEngine, window: int) -> None:
    other = Administration(engine.db, _actor(engine, window), engine.clock)
    attempts = [
        lambda: other.save_service(_service()),
        lambda: other.remove_service("CIVIL"),
        lambda: other.save_window(parse_window({"number": 9, "services": ["CIVIL"]})),
        lambda: other.remove_window(2),
        lambda: other.save_operator(parse_operator({"login": "x", "name": "X", "pin": "1234"})),
        lambda: other.reset_pin("aibek", "4321"),
        lambda: other.unlock("aibek"),
        lambda: other.set_holidays({date(2027, 1, 1): ""}),
        lambda: change_settings(engine.db, {"timezone": "UTC"}, actor=other.actor),
    ]
    for attempt in attempts:
        with pytest.raises(NotAllowed, match="needs the role administrator"):
            attempt()
    assert _events(engine) == []
    with pytest.raises(NotAllowed):
        Administration(engine.db, None).save_service(_service())


def test_an_administrator_deactivated_elsewhere_is_refused(
    engine: QueueEngine, admin: Administration
) -> None:
    admin.save_operator(
        parse_operator({"login": "boss", "name": "Boss", "role": "admin", "pin": "8080"})
    )
    boss = Administration(engine.db, engine.authenticate("boss", "8080"), engine.clock)
    admin.save_operator(
        parse_operator({"login": "boss", "name": "Boss", "role": "admin", "active": False})
    )
    with pytest.raises(NotAllowed):
        boss.save_service(_service())


def test_removing_a_service_with_waiting_tickets_needs_a_destination(
    engine: QueueEngine, admin: Administration
) -> None:
    # Window 4 serves only PROPERTY: it needs another service before PROPERTY goes.
    admin.save_window(parse_window({"number": 4, "services": ["PROPERTY", "CIVIL"]}))
    tickets = [engine.issue("PROPERTY").ticket.number for _ in range(3)]
    with pytest.raises(QueueError, match="3 tickets are waiting for PROPERTY"):
        admin.remove_service("PROPERTY")
    assert "PROPERTY" in {queue.service.code for queue in engine.status().services}

    assert admin.remove_service("PROPERTY", move_to="CIVIL") == 3
    assert "PROPERTY" not in {queue.service.code for queue in engine.status().services}
    assert "PROPERTY" not in {item.code for item in service_availability(engine)}
    assert [ticket.number for ticket in engine.waiting("CIVIL")] == tickets
    with pytest.raises(QueueError, match="not offered"):
        engine.issue("PROPERTY")
    # The history stays: the tickets keep the service they were issued for.
    with engine.db.read_session() as session:
        origin = {t.origin_service.code for t in session.scalars(select(Ticket))}
    assert origin == {"PROPERTY"}
    event = _events(engine)[-1]
    assert event.details["action"] == "removed"
    assert {"field": "moved_to", "old": None, "new": "CIVIL"} in event.details["changes"]
    for window in engine.status().windows:
        assert "PROPERTY" not in window.services


def test_a_removed_service_comes_back_when_saved_again(
    engine: QueueEngine, admin: Administration
) -> None:
    admin.save_window(parse_window({"number": 6, "services": ["PENSION", "CIVIL"]}))
    admin.remove_service("PENSION")
    admin.save_service(
        parse_service({"code": "PENSION", "prefix": "Г", "name": NAMES, "hours": "00:00-24:00"})
    )
    assert engine.issue("PENSION").ticket.number == "Г-001"


def test_the_only_service_of_a_window_cannot_be_removed(
    engine: QueueEngine, admin: Administration
) -> None:
    # Window 6 of the demo serves PENSION alone.
    with pytest.raises(QueueError, match="Window 6 serves only PENSION"):
        admin.remove_service("PENSION")


def test_windows_are_saved_in_order_of_preference(
    engine: QueueEngine, admin: Administration
) -> None:
    admin.save_window(
        parse_window({"number": 9, "name": "Desk 9", "services": ["CIVIL", "PASSPORT"]})
    )
    admin.save_window(
        parse_window({"number": 9, "name": "Desk 9", "services": ["PASSPORT", "CIVIL"]})
    )
    [window] = [item for item in engine.status().windows if item.number == 9]
    assert window.services == ["PASSPORT", "CIVIL"]
    change = _events(engine)[-1].details["changes"]
    assert change == [
        {"field": "services", "old": ["CIVIL", "PASSPORT"], "new": ["PASSPORT", "CIVIL"]}
    ]
    with pytest.raises(NotFound, match="Unknown services: NOPE"):
        admin.save_window(parse_window({"number": 9, "services": ["NOPE"]}))
    with pytest.raises(ConfigError, match="a window must serve at least one service"):
        parse_window({"number": 9, "services": []})


def test_a_window_in_use_is_not_removed(engine: QueueEngine, admin: Administration) -> None:
    staff(engine, 2)
    with pytest.raises(QueueError, match="is signed in at window 2: they sign out first"):
        admin.remove_window(2)
    admin.remove_window(3)
    assert 3 not in {window.number for window in engine.status().windows}
    with pytest.raises(NotFound):
        engine.sign_in(3, *DEMO_STAFF[3])


def test_staff_new_reset_deactivate_unlock(engine: QueueEngine, admin: Administration) -> None:
    with pytest.raises(QueueError, match="needs a PIN"):
        admin.save_operator(parse_operator({"login": "dana", "name": "Dana"}))
    admin.save_operator(parse_operator({"login": "dana", "name": "Dana", "pin": "1357"}))
    assert engine.authenticate("dana", "1357").name == "Dana"

    admin.reset_pin("dana", "2468")
    assert engine.authenticate("dana", "2468").login == "dana"
    with pytest.raises(QueueError, match="Wrong operator or PIN"):
        engine.authenticate("dana", "1357")
    with pytest.raises(QueueError, match="4–8 digits"):
        admin.reset_pin("dana", "12ab")

    for _ in range(5):
        with pytest.raises(QueueError):
            engine.authenticate("dana", "0000")
    with pytest.raises(QueueError, match="locked"):
        engine.authenticate("dana", "2468")
    assert admin.unlock("dana") is True
    assert engine.authenticate("dana", "2468").login == "dana"
    assert admin.unlock("dana") is False

    staff(engine, 1)
    with pytest.raises(QueueError, match="aibek is signed in at window 1"):
        admin.save_operator(parse_operator({"login": "aibek", "name": "Aibek", "active": False}))
    with pytest.raises(NotAllowed, match="last administrator"):
        admin.save_operator(parse_operator({"login": "admin", "name": "Admin", "role": "operator"}))
    with engine.db.read_session() as session:
        roles = {op.login: (op.role.value, op.active) for op in session.scalars(select(Operator))}
    assert roles["admin"] == ("admin", True) and roles["aibek"] == ("operator", True)
    pins = [
        item
        for event in _events(engine)
        for item in event.details["changes"]
        if item["field"] == "pin"
    ]
    assert pins and all(item["new"] == "***" for item in pins)


def test_a_holiday_closes_every_service(
    engine: QueueEngine, admin: Administration, clock: FixedClock
) -> None:
    admin.set_holidays({date(2026, 11, 24): "Test day"})
    assert {item.state for item in service_availability(engine)} == {Availability.CLOSED_TODAY}
    with pytest.raises(QueueError, match="closed today"):
        engine.issue("PASSPORT")
    assert admin.set_holidays({date(2026, 11, 24): "Test day"}) == []
    admin.set_holidays({})
    assert engine.issue("PASSPORT").ticket.number == "А-001"


@pytest.mark.parametrize(
    ("values", "words"),
    [
        ({"timezone": "Mars/Olympus"}, "Unknown time zone"),
        ({"recall_limit": "-1"}, "from 0 to 99"),
        ({"centre_name_ky": "  "}, "is empty"),
        ({"ticker_ru": "a\nb"}, "one line"),
        ({"kiosk_languages": "ru,en"}, "must list ky and ru"),
        ({"pin_lockout_minutes": "0"}, "from 1 to 1440"),
    ],
)
def test_bad_settings_are_refused(engine: QueueEngine, values: dict, words: str) -> None:
    with pytest.raises(ConfigError, match=words):
        change_settings(engine.db, values, actor=_actor(engine, 5))
    with engine.db.read_session() as session:
        kinds = session.scalars(select(TicketEvent.kind)).all()
    assert EventKind.SETTINGS_CHANGED not in kinds


def test_export_then_import_changes_nothing(engine: QueueEngine, admin: Administration) -> None:
    admin.save_service(_service())
    admin.set_holidays({date(2027, 3, 21): "Нооруз", date(2027, 1, 1): ""})
    admin.save_operator(
        parse_operator({"login": "old", "name": "Old", "pin": "1111", "active": False})
    )
    change_settings(
        engine.db, {"ticker_ky": "Кош келиңиз", "kiosk_languages": "ru,ky"}, actor=admin.actor
    )
    text = export_centre(engine.db)
    assert "pin" not in text
    spec = parse_centre(tomllib.loads(text))
    plan = load_centre(engine.db, spec, dry_run=True)
    assert plan.changes == []
    load_centre(engine.db, spec, replace=True, actor=admin.actor)
    assert export_centre(engine.db) == text
