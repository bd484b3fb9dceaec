"""A ticket number as a person types it (engine/lookalikes.py, engine/ticket_lookup.py;
docs/queue-rules.md, "Typing a ticket number"): look-alike Latin and Cyrillic letters,
any case, spaces, a missing or another dash, and leading zeros find the same ticket."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from conq_desktop.db import open_database
from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.centre_file import parse_centre
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.engine.lookalikes import TicketKey, fold, same_ticket, ticket_key
from conq_desktop.errors import NotFound, QueueError
from conq_desktop.models import Ticket, TicketStatus
from tests.conftest import TUESDAY_MORNING

# The pairs issue 19 names: Cyrillic, then the Latin capital it looks like.
PAIRS = [
    ("А", "A"),
    ("В", "B"),
    ("Е", "E"),
    ("К", "K"),
    ("М", "M"),
    ("Н", "H"),
    ("О", "O"),
    ("Р", "P"),
    ("С", "C"),
    ("Т", "T"),
    ("Х", "X"),
]
CYRILLIC = "".join(cyrillic for cyrillic, _latin in PAIRS)
LATIN = "".join(latin for _cyrillic, latin in PAIRS)
NAMES = {"ky": "Кызмат", "ru": "Услуга", "en": "Service"}


def _centre(prefixes: str) -> dict[str, object]:
    """One service per prefix letter, all served at window 1 by aibek."""
    codes = [f"S{index}" for index in range(len(prefixes))]
    return {
        "services": [
            {"code": code, "prefix": prefix, "name": NAMES}
            for code, prefix in zip(codes, prefixes, strict=True)
        ],
        "windows": [{"number": 1, "services": codes}],
        "operators": [
            {"login": "aibek", "name": "Айбек", "pin": "1111"},
            {"login": "bakyt", "name": "Бакыт", "pin": "6666", "role": "receptionist"},
        ],
    }


@pytest.fixture(params=["cyrillic", "latin"])
def lettered(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[QueueEngine, str]]:
    """A centre whose prefixes are the Cyrillic letters of PAIRS (or the Latin ones),
    each with ticket 001 issued; with the letters a person types for them: the other
    alphabet's."""
    prefixes, typed = (CYRILLIC, LATIN) if request.param == "cyrillic" else (LATIN, CYRILLIC)
    db = open_database(f"sqlite:///{tmp_path / 'letters.sqlite3'}")
    load_centre(db, parse_centre(_centre(prefixes)), always_open=True)
    engine = QueueEngine(db, FixedClock(TUESDAY_MORNING))
    for index in range(len(prefixes)):
        engine.issue(f"S{index}")
    yield engine, typed
    db.dispose()


def test_every_look_alike_pair_folds_both_ways() -> None:
    for cyrillic, latin in PAIRS:
        assert fold(cyrillic) == fold(latin) == fold(cyrillic.lower()) == fold(latin.lower())
    assert fold("Б") != fold("B") and fold("Ж") == "Ж"  # only letters that look the same


@pytest.mark.parametrize(
    "typed",
    [
        "А-002",
        "A-002",
        "a-2",
        "а2",
        "A 002",
        " а - 02 ",
        "A–002",
        "A—2",
        "A−2",
        "A" + "0" * 5000 + "2",
    ],
)
def test_the_ways_of_typing_a_number_give_one_key(typed: str) -> None:
    assert ticket_key(typed) == TicketKey("A", 2)
    assert same_ticket(typed, "А-002")


@pytest.mark.parametrize(
    "typed", ["", "002", "A", "A-", "-002", "A-2-3", "A.2", "A" + "9" * 40, "A-" + "0" * 5000]
)
def test_anything_else_names_no_ticket(typed: str) -> None:
    assert ticket_key(typed) is None
    assert not same_ticket(typed, "А-002")


def test_every_pair_finds_its_ticket_in_both_directions(
    lettered: tuple[QueueEngine, str],
) -> None:
    engine, typed = lettered
    prefixes = {ticket.number[0] for ticket in engine.waiting()}
    assert len(prefixes) == len(PAIRS) and not prefixes & set(typed)
    for letter in typed:
        for spelling in (f"{letter}-001", f"{letter.lower()}1", f" {letter} 001 "):
            found = engine.ticket(spelling)
            assert found.number != f"{letter}-001"  # the other alphabet's letter
            assert fold(found.number) == f"{fold(letter)}-001"
            assert engine.position(spelling).ticket.id == found.id


def test_call_specific_and_the_moves_at_the_window_fold_the_number(
    lettered: tuple[QueueEngine, str],
) -> None:
    engine, typed = lettered
    engine.sign_in(1, "aibek", "1111")
    for letter in typed:
        called = engine.call_specific(1, f"{letter.lower()} 1", "came back")
        assert fold(called.number) == f"{fold(letter)}-001" and called.number[0] != letter
        # The stale-screen guard of a move compares folded too.
        started = engine.start(1, number=f"{letter}-001")
        assert started.status == TicketStatus.SERVING
        engine.finish(1, number=f"{letter}001")
    with pytest.raises(NotFound, match="There is no ticket Ж-001 today"):
        engine.call_specific(1, "Ж-001", "came back")


def test_the_reception_reprints_and_cancels_by_a_folded_number(
    lettered: tuple[QueueEngine, str],
) -> None:
    engine, typed = lettered
    bakyt = engine.authenticate("bakyt", "6666")
    copy = engine.reprint(f"{typed[0]}-1", actor=bakyt)
    assert copy.ticket.number == f"{CYRILLIC[0] if typed == LATIN else LATIN[0]}-001"
    cancelled = engine.cancel(f"{typed[-1].lower()}001", actor=bakyt)
    assert cancelled.status == TicketStatus.CANCELLED


def test_two_tickets_that_read_the_same_are_refused_by_name(
    lettered: tuple[QueueEngine, str],
) -> None:
    """The centre file keeps look-alike prefixes apart, but a day may still hold both:
    here the second service had the first one's look-alike as its prefix when it issued
    its 001 (it has been changed since)."""
    engine, typed = lettered
    first = engine.ticket(f"{typed[0]}-001").number
    second = engine.ticket(f"{typed[1]}-001").number
    with engine.db.write_session() as session:
        session.execute(
            update(Ticket).where(Ticket.number == second).values(number=f"{typed[0]}-001")
        )
    with pytest.raises(QueueError) as refused:
        engine.ticket(f"{typed[0].lower()}1")
    message = refused.value.message("en")
    assert "their letters look the same" in message
    assert first in message and f"{typed[0]}-001" in message
    # Nothing is called on a guess.
    engine.sign_in(1, "aibek", "1111")
    with pytest.raises(QueueError, match="look the same"):
        engine.call_specific(1, first, "came back")
    assert engine.current_ticket(1) is None
