"""The reception's acts, checked in the engine whoever calls it: a priority ticket and a
copy of a ticket take a receptionist, a supervisor or an administrator; a refusal
writes nothing and uses up no number; the history names who did it."""

from __future__ import annotations

import pytest

from conq_desktop.engine import QueueEngine
from conq_desktop.errors import NotAllowed, NotFound, QueueError
from conq_desktop.models import EventKind, Priority
from tests.conftest import DEMO_STAFF

RECEPTIONIST = DEMO_STAFF[7]  # bakyt
SUPERVISOR = DEMO_STAFF[6]  # gulnara
ADMIN = DEMO_STAFF[5]
OPERATOR = DEMO_STAFF[1]  # aibek


def history(engine: QueueEngine) -> list[tuple[EventKind, int | None, dict]]:
    """The queue's events, without the centre's loading."""
    return [
        (event.kind, event.operator_id, event.details)
        for event in engine.events()
        if event.kind != EventKind.CENTRE_LOADED
    ]


def test_a_priority_ticket_is_refused_without_reception(engine: QueueEngine) -> None:
    operator = engine.authenticate(*OPERATOR)
    for actor in (None, operator):
        with pytest.raises(NotAllowed, match="receptionist, supervisor, administrator"):
            engine.issue("PASSPORT", Priority.PRIORITY, actor=actor)
    assert history(engine) == []
    assert engine.waiting() == []
    # No number was used up by the refusals.
    assert engine.issue("PASSPORT").ticket.number == "А-001"


@pytest.mark.parametrize("login", [RECEPTIONIST, SUPERVISOR, ADMIN], ids=lambda s: s[0])
def test_reception_issues_a_priority_ticket_in_its_name(
    engine: QueueEngine, login: tuple[str, str]
) -> None:
    engine.issue("PASSPORT")
    actor = engine.authenticate(*login)
    urgent = engine.issue("PASSPORT", Priority.PRIORITY, actor=actor)
    assert (urgent.ticket.number, urgent.ticket.priority, urgent.people_ahead) == ("А-002", 1, 0)
    issued = [(who, details) for kind, who, details in history(engine) if kind == "issued"]
    assert issued == [
        (None, {"number": "А-001", "priority": 0}),
        (actor.id, {"number": "А-002", "priority": 1}),
    ]


def test_a_normal_ticket_needs_nobody_and_names_who_gave_it(engine: QueueEngine) -> None:
    operator = engine.authenticate(*OPERATOR)
    assert engine.issue("CIVIL", actor=operator).ticket.priority == Priority.NORMAL
    [(kind, who, _details)] = history(engine)
    assert (kind, who) == (EventKind.ISSUED, operator.id)


def test_an_unknown_priority_class_is_refused_before_the_role(engine: QueueEngine) -> None:
    with pytest.raises(QueueError, match="Unknown priority class"):
        engine.issue("PASSPORT", 7, actor=None)
    assert history(engine) == []


def test_a_copy_is_refused_without_reception(engine: QueueEngine) -> None:
    engine.issue("PENSION")
    before = history(engine)
    for actor in (None, engine.authenticate(*OPERATOR)):
        with pytest.raises(NotAllowed, match="receptionist"):
            engine.reprint("Г-001", actor=actor)
    assert history(engine) == before


def test_reception_reprints_a_ticket_and_the_history_keeps_it(engine: QueueEngine) -> None:
    engine.issue("PENSION")
    engine.issue("PENSION")
    receptionist = engine.authenticate(*RECEPTIONIST)
    copy = engine.reprint("Г-002", actor=receptionist)
    # The same ticket with its place now, as a status look-up gives it; nothing issued.
    assert copy == engine.position("Г-002")
    assert copy.people_ahead == 1
    assert [ticket.number for ticket in engine.waiting()] == ["Г-001", "Г-002"]
    kind, who, details = history(engine)[-1]
    assert (kind, who, details) == (EventKind.REPRINTED, receptionist.id, {"number": "Г-002"})
    [event] = [event for event in engine.events() if event.kind == EventKind.REPRINTED]
    assert event.ticket_id == copy.ticket.id


def test_a_copy_of_a_ticket_that_is_not_there(engine: QueueEngine) -> None:
    receptionist = engine.authenticate(*RECEPTIONIST)
    with pytest.raises(NotFound):
        engine.reprint("Г-001", actor=receptionist)
    assert history(engine) == []
