"""The reception's acts on the command line: a priority ticket and a copy of a ticket
take the login and PIN of a receptionist (supervisor, administrator); anyone else is
refused with status 3 and nothing is written."""

from __future__ import annotations

import json

from conq_desktop.db import open_database
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.snapshots import EventInfo
from conq_desktop.models import EventKind
from tests.helpers.cli import assert_refused, dump, run

EXIT_USAGE, EXIT_REFUSED = 2, 3
AS_BAKYT = ("--operator", "bakyt", "--pin", "6666")  # the demo centre's receptionist
AS_AIBEK = ("--operator", "aibek", "--pin", "1111")  # an operator
PRIORITY = ("ticket", "issue", "PASSPORT", "--priority", "1")


def events(url: str, kind: EventKind) -> list[EventInfo]:
    db = open_database(url)
    try:
        return [event for event in QueueEngine(db).events() if event.kind == kind]
    finally:
        db.dispose()


def operator_id(url: str, login: str) -> int:
    db = open_database(url)
    try:
        return QueueEngine(db).authenticate(login, {"bakyt": "6666"}[login]).id
    finally:
        db.dispose()


def test_a_priority_ticket_without_reception_is_refused(centre_db: str) -> None:
    before = dump(centre_db)
    assert_refused(run("--db", centre_db, *PRIORITY), EXIT_REFUSED, "--operator")
    assert_refused(run("--db", centre_db, *PRIORITY, *AS_AIBEK), EXIT_REFUSED, "may not do this")
    assert dump(centre_db) == before


def test_the_receptionist_issues_a_priority_ticket(centre_db: str) -> None:
    assert run("--db", centre_db, "ticket", "issue", "PASSPORT").returncode == 0
    # The PIN from the environment, as a script gives it.
    result = run(
        "--db", centre_db, "--json", *PRIORITY, "--operator", "bakyt", env={"CONQ_PIN": "6666"}
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert (answer["ticket"]["number"], answer["ticket"]["priority"]) == ("А-002", 1)
    assert answer["people_ahead"] == 0
    issued = events(centre_db, EventKind.ISSUED)
    assert [event.operator_id for event in issued] == [None, operator_id(centre_db, "bakyt")]


def test_a_copy_without_reception_is_refused(centre_db: str) -> None:
    assert run("--db", centre_db, "ticket", "issue", "PENSION").returncode == 0
    before = dump(centre_db)
    missing = run("--db", centre_db, "ticket", "reprint", "Г-001")
    assert missing.returncode == EXIT_USAGE and "--operator" in missing.stderr
    refused = run("--db", centre_db, "ticket", "reprint", "Г-001", *AS_AIBEK)
    assert_refused(refused, EXIT_REFUSED, "may not do this", "receptionist")
    assert dump(centre_db) == before


def test_the_receptionist_reprints_and_the_history_keeps_it(centre_db: str) -> None:
    assert run("--db", centre_db, "ticket", "issue", "PENSION").returncode == 0
    result = run("--db", centre_db, "--json", "ticket", "reprint", "Г-001", *AS_BAKYT)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["ticket"]["number"] == "Г-001"
    [copy] = events(centre_db, EventKind.REPRINTED)
    assert copy.details == {"number": "Г-001"}
    assert copy.operator_id == operator_id(centre_db, "bakyt")
    assert len(events(centre_db, EventKind.ISSUED)) == 1  # a copy issues nothing


def test_a_wrong_pin_gets_no_copy(centre_db: str) -> None:
    assert run("--db", centre_db, "ticket", "issue", "PENSION").returncode == 0
    result = run(
        "--db", centre_db, "ticket", "reprint", "Г-001", "--operator", "bakyt", "--pin", "0000"
    )
    assert_refused(result, EXIT_REFUSED, "Wrong operator or PIN")
    assert events(centre_db, EventKind.REPRINTED) == []


def test_a_number_typed_with_latin_letters_finds_the_cyrillic_ticket(centre_db: str) -> None:
    """Issue 19: "ticket reprint A-002" with a Latin A (what a Latin keyboard gives)
    finds А-002; so do small letters, spaces and no dash (docs/queue-rules.md, "Typing a
    ticket number")."""
    for service in ("PASSPORT", "PASSPORT", "PROPERTY"):
        assert run("--db", centre_db, "ticket", "issue", service).returncode == 0
    copy = run("--db", centre_db, "--json", "ticket", "reprint", "A-002", *AS_BAKYT)
    assert copy.returncode == 0, copy.stderr
    assert json.loads(copy.stdout)["ticket"]["number"] == "А-002"
    shown = run("--db", centre_db, "--json", "ticket", "show", "b 1")  # Latin b
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["number"] == "В-001"
    cancelled = run("--db", centre_db, "--json", "ticket", "cancel", "a1", *AS_BAKYT)
    assert cancelled.returncode == 0, cancelled.stderr
    assert json.loads(cancelled.stdout)["number"] == "А-001"
    missing = run("--db", centre_db, "ticket", "reprint", "A-009", *AS_BAKYT)
    assert_refused(missing, 5, "There is no ticket A-009 today")
