"""A centre without an administrator gets its first one, once: in one transaction with
its event in the journal, never the PIN; a refusal writes nothing."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from conq_desktop.db import Database, open_database
from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.accounts import (
    HAS_ADMIN,
    PIN_FORMAT,
    create_first_admin,
    has_admin,
)
from conq_desktop.engine.availability import check_admin_pin
from conq_desktop.engine.centre_file import parse_centre_file
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.errors import NotAllowed, QueueError
from conq_desktop.models import EventKind, Operator, Role, TicketEvent
from tests.conftest import DEMO_CENTRE
from tests.helpers.cli import dump

ADMIN_BLOCK = 'login = "admin"\nname = "Администратор"\nrole = "admin"\n'


def centre_without_admin(folder: Path, *, inactive: bool = False) -> Path:
    """The demo centre whose administrator is an operator (or, ``inactive``, an
    administrator who left)."""
    text = DEMO_CENTRE.read_text(encoding="utf-8")
    assert text.count(ADMIN_BLOCK) == 1
    changed = (
        ADMIN_BLOCK + "active = false\n"
        if inactive
        else ADMIN_BLOCK.replace('role = "admin"', 'role = "operator"')
    )
    path = folder / "no-admin.toml"
    path.write_text(text.replace(ADMIN_BLOCK, changed), encoding="utf-8")
    return path


@pytest.fixture
def bare(db_url: str, tmp_path: Path) -> Iterator[Database]:
    """The demo centre without an administrator, on SQLite and on PostgreSQL."""
    db = open_database(db_url)
    load_centre(db, parse_centre_file(centre_without_admin(tmp_path)))
    yield db
    db.dispose()


def events(db: Database, kind: EventKind) -> list[TicketEvent]:
    with db.read_session() as session:
        query = select(TicketEvent).where(TicketEvent.kind == kind).order_by(TicketEvent.id)
        return list(session.scalars(query))


def admins(db: Database) -> list[str]:
    with db.read_session() as session:
        query = select(Operator.login).where(Operator.role == Role.ADMIN)
        return list(session.scalars(query))


def test_the_first_administrator_is_created(bare: Database, clock: FixedClock) -> None:
    assert not has_admin(bare)
    engine = QueueEngine(bare, clock)
    assert not check_admin_pin(engine, "4821")

    actor = create_first_admin(bare, " chief ", "  Айгүл Сыдыкова ", "4821", clock=clock)

    assert (actor.login, actor.name, actor.role) == ("chief", "Айгүл Сыдыкова", Role.ADMIN)
    assert has_admin(bare) and admins(bare) == ["chief"]
    assert engine.authenticate("chief", "4821") == actor
    assert check_admin_pin(engine, "4821")  # the kiosk can be closed now


def test_the_event_is_journalled_without_the_pin(bare: Database, clock: FixedClock) -> None:
    actor = create_first_admin(bare, "chief", "Айгүл Сыдыкова", "48213", clock=clock)
    [event] = events(bare, EventKind.ADMIN_CHANGE)
    assert event.operator_id == actor.id
    assert event.at == clock.now()
    assert event.details["what"] == "operator" and event.details["key"] == "chief"
    assert event.details["action"] == "created" and event.details["first_admin"] is True
    fields = {change["field"]: change["new"] for change in event.details["changes"]}
    assert fields == {"name": "Айгүл Сыдыкова", "role": "admin", "active": True, "pin": "***"}
    with bare.read_session() as session:
        stored = session.scalars(select(Operator.pin_hash).where(Operator.id == actor.id)).one()
    shown = json.dumps(event.details, ensure_ascii=False)
    assert "48213" not in shown and stored not in shown


def test_a_second_administrator_is_refused_and_nothing_written(bare: Database, db_url: str) -> None:
    create_first_admin(bare, "chief", "Айгүл Сыдыкова", "4821")
    before = dump(db_url)
    with pytest.raises(NotAllowed) as refused:
        create_first_admin(bare, "deputy", "Бакыт Эсенов", "1357")
    assert refused.value.template == HAS_ADMIN
    assert "administrator" in refused.value.message("en")
    assert refused.value.message("ru") != refused.value.message("en")  # translated
    assert dump(db_url) == before
    assert len(events(bare, EventKind.ADMIN_CHANGE)) == 1


def test_a_centre_with_an_administrator_is_refused(engine: QueueEngine, db_url: str) -> None:
    before = dump(db_url)
    with pytest.raises(NotAllowed):
        create_first_admin(engine.db, "chief", "Айгүл Сыдыкова", "4821")
    assert dump(db_url) == before


def test_an_administrator_who_left_does_not_count(db_url: str, tmp_path: Path) -> None:
    db = open_database(db_url)
    try:
        load_centre(db, parse_centre_file(centre_without_admin(tmp_path, inactive=True)))
        assert not has_admin(db)
        create_first_admin(db, "chief", "Айгүл Сыдыкова", "4821")
        assert has_admin(db)
    finally:
        db.dispose()


@pytest.mark.parametrize(
    "pin", ["", "123", "123456789", "12a4", "12 34", "²²²²", "１２３４", " 1234"]
)
def test_a_pin_that_is_not_4_to_8_digits_is_refused(bare: Database, db_url: str, pin: str) -> None:
    before = dump(db_url)
    with pytest.raises(QueueError) as refused:
        create_first_admin(bare, "chief", "Айгүл Сыдыкова", pin)
    assert refused.value.template == PIN_FORMAT
    assert dump(db_url) == before


@pytest.mark.parametrize(
    ("login", "name", "says"),
    [
        ("", "Айгүл", "The login is empty."),
        ("   ", "Айгүл", "The login is empty."),
        ("x" * 65, "Айгүл", "The login is longer than 64 characters."),
        ("chief\nboss", "Айгүл", "The login must be one line without control characters."),
        ("chief", "", "The name is empty."),
        ("chief", "a" * 201, "The name is longer than 200 characters."),
        ("chief", "Айгүл\x00", "The name must be one line without control characters."),
        ("aibek", "Айгүл", "There is already an operator with the login aibek."),
        ("admin", "Айгүл", "There is already an operator with the login admin."),
    ],
)
def test_a_bad_or_taken_login_or_name_is_refused(
    bare: Database, db_url: str, login: str, name: str, says: str
) -> None:
    before = dump(db_url)
    with pytest.raises(QueueError) as refused:
        create_first_admin(bare, login, name, "4821")
    assert refused.value.message("en") == says
    assert dump(db_url) == before


def test_the_longest_login_is_taken(bare: Database) -> None:
    actor = create_first_admin(bare, "x" * 64, "Айгүл Сыдыкова", "12345678")
    assert actor.login == "x" * 64


def test_two_at_once_make_one_administrator(bare: Database) -> None:
    """Two PCs of the centre asking at the same moment: one wins, one is refused."""
    start = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def create(login: str) -> None:
        start.wait()
        try:
            outcomes[login] = create_first_admin(bare, login, login.title(), "4821")
        except (NotAllowed, QueueError) as error:
            outcomes[login] = error

    threads = [threading.Thread(target=create, args=(login,)) for login in ("chief", "deputy")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    refused = [login for login, outcome in outcomes.items() if isinstance(outcome, NotAllowed)]
    assert len(outcomes) == 2 and len(refused) == 1
    assert admins(bare) == sorted(set(outcomes) - set(refused))
    assert len(events(bare, EventKind.ADMIN_CHANGE)) == 1
