"""Roles and PINs, checked in the engine whoever calls it: moves belong to the operator
signed in at the window, withdrawing a ticket to reception, settings to an
administrator; wrong PINs lock an account on every PC; old PIN hashes are replaced."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select, update

from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.errors import NotAllowed, QueueError
from conq_desktop.models import EventKind, Operator, TicketEvent
from tests.conftest import staff
from tests.helpers.cli import assert_refused, run


def event_kinds(engine: QueueEngine) -> list[EventKind]:
    return [event.kind for event in engine.events()]


def test_nobody_moves_a_window_nobody_is_signed_in_at(engine: QueueEngine) -> None:
    engine.issue("PASSPORT")
    before = event_kinds(engine)
    for move in (engine.call_next, engine.pause):
        with pytest.raises(NotAllowed, match="Nobody is signed in at window 1"):
            move(1)
    with pytest.raises(NotAllowed):
        engine.call_specific(1, "А-001", "came back")
    assert event_kinds(engine) == before
    assert engine.waiting("PASSPORT")[0].status == "waiting"


def test_an_operator_acts_only_at_their_own_window(engine: QueueEngine) -> None:
    staff(engine, 1, 2)
    engine.issue("PASSPORT")
    nurgul = engine.authenticate("nurgul", "2222")
    with pytest.raises(NotAllowed, match="not signed in at window 1"):
        engine.call_next(1, actor=nurgul)
    aibek = engine.authenticate("aibek", "1111")
    assert engine.call_next(1, actor=aibek).operator == "aibek"
    with pytest.raises(NotAllowed):
        engine.start(1, actor=nurgul)
    assert engine.start(1, actor=aibek).status == "serving"


def test_withdrawing_a_ticket_is_receptions(engine: QueueEngine) -> None:
    engine.issue("PASSPORT")
    for actor in (None, engine.authenticate("aibek", "1111")):
        with pytest.raises(NotAllowed, match="receptionist"):
            engine.cancel("А-001", "left", actor=actor)
    engine.issue("PASSPORT")
    assert engine.cancel("А-001", actor=engine.authenticate("bakyt", "6666")).status == (
        "cancelled"
    )
    supervisor = engine.authenticate("gulnara", "5555")
    assert engine.cancel("А-002", actor=supervisor).status == "cancelled"
    [cancel, *_] = [e for e in engine.events() if e.kind == EventKind.CANCELLED]
    assert cancel.operator_id is not None


def test_only_a_supervisor_signs_a_colleague_out(engine: QueueEngine) -> None:
    staff(engine, 1, 2)
    with pytest.raises(NotAllowed):
        engine.sign_out(1, actor=engine.authenticate("nurgul", "2222"))
    engine.sign_out(1, actor=engine.authenticate("gulnara", "5555"))
    assert [w.operator for w in engine.status().windows if w.number == 1] == [None]


def wrong_pins(engine: QueueEngine, count: int, login: str = "aibek") -> None:
    for _ in range(count):
        with pytest.raises(QueueError, match="Wrong operator or PIN"):
            engine.sign_in(1, login, "0000")


def test_five_wrong_pins_lock_the_account_for_a_while(
    engine: QueueEngine, clock: FixedClock
) -> None:
    wrong_pins(engine, 4)
    engine.authenticate("aibek", "1111")  # a right PIN starts the count again
    wrong_pins(engine, 4)
    assert EventKind.ACCOUNT_LOCKED not in event_kinds(engine)
    wrong_pins(engine, 1)
    [locked] = [e for e in engine.events() if e.kind == EventKind.ACCOUNT_LOCKED]
    assert locked.details["login"] == "aibek"
    with pytest.raises(QueueError, match="locked until 10:15"):
        engine.sign_in(1, "aibek", "1111")  # even the right PIN
    engine.sign_in(2, "nurgul", "2222")  # others are not locked
    clock.advance(minutes=15)
    engine.sign_in(1, "aibek", "1111")


def test_the_lock_holds_on_every_pc(engine: QueueEngine, db_url: str) -> None:
    """Four wrong PINs here, the fifth typed on another PC's command line: locked here."""
    wrong_pins(engine, 4)
    result = run(
        "--db", db_url, "window", "sign-in", "--window", "1", "--operator", "aibek", "--pin", "0000"
    )
    assert_refused(result, 3, "Wrong operator or PIN")
    with pytest.raises(QueueError, match="locked until"):
        engine.authenticate("aibek", "1111")


def test_an_old_pin_hash_is_replaced_at_the_next_right_pin(engine: QueueEngine) -> None:
    # What 0.1.0 stored.
    old = "pbkdf2_sha256$1000$salt$" + hashlib.pbkdf2_hmac("sha256", b"1111", b"salt", 1000).hex()
    with engine.db.write_session() as session:
        session.execute(update(Operator).where(Operator.login == "aibek").values(pin_hash=old))
    engine.sign_in(1, "aibek", "1111")
    with engine.db.read_session() as session:
        stored = session.scalars(select(Operator.pin_hash).where(Operator.login == "aibek")).one()
        rehashed = session.scalars(
            select(TicketEvent).where(TicketEvent.kind == EventKind.PIN_REHASHED)
        ).all()
    assert stored.startswith("scrypt$")
    assert [event.details for event in rehashed] == [{"login": "aibek"}]
    assert "1111" not in stored
    engine.sign_out(1)
    engine.sign_in(1, "aibek", "1111")  # the new hash checks the same PIN


def test_a_locked_account_unlocks_by_itself(engine: QueueEngine, clock: FixedClock) -> None:
    wrong_pins(engine, 5)
    clock.advance(minutes=14, seconds=59)
    with pytest.raises(QueueError, match="locked"):
        engine.authenticate("aibek", "1111")
    clock.advance(seconds=1)
    assert engine.authenticate("aibek", "1111").login == "aibek"


def supervisor(engine: QueueEngine):  # type: ignore[no-untyped-def]
    return engine.authenticate("gulnara", "5555")


def test_a_supervisor_stops_and_resumes_issuing_a_service(engine: QueueEngine) -> None:
    engine.issue("PENSION")
    for actor in (None, engine.authenticate("bakyt", "6666")):
        with pytest.raises(NotAllowed):
            engine.set_issuing("PENSION", False, actor=actor)
    assert engine.set_issuing("PENSION", False, actor=supervisor(engine))
    assert not engine.set_issuing("PENSION", False, actor=supervisor(engine))  # no change
    with pytest.raises(QueueError, match="not offered"):
        engine.issue("PENSION")
    assert [t.number for t in engine.waiting("PENSION")] == ["Г-001"]  # keeps its place
    engine.set_issuing("PENSION", True, actor=supervisor(engine))
    assert engine.issue("PENSION").ticket.number == "Г-002"
    changes = [
        (e.kind, e.details["active"], e.operator_id)
        for e in engine.events()
        if e.kind in (EventKind.SERVICE_CLOSED, EventKind.SERVICE_OPENED)
    ]
    gulnara = supervisor(engine).id
    assert changes == [
        (EventKind.SERVICE_CLOSED, [True, False], gulnara),
        (EventKind.SERVICE_OPENED, [False, True], gulnara),
    ]


def test_a_supervisor_moves_the_waiting_to_another_service(
    engine: QueueEngine, clock: FixedClock
) -> None:
    numbers = []
    for _ in range(3):
        numbers.append(engine.issue("PENSION").ticket.number)
        clock.advance(seconds=30)
    engine.issue("CIVIL")
    with pytest.raises(NotAllowed):
        engine.move_waiting("PENSION", "CIVIL", actor=engine.authenticate("aibek", "1111"))
    with pytest.raises(QueueError, match="itself"):
        engine.move_waiting("PENSION", "PENSION", actor=supervisor(engine))
    assert engine.move_waiting("PENSION", "CIVIL", actor=supervisor(engine)) == 3
    assert engine.waiting("PENSION") == []
    moved = engine.waiting("CIVIL")
    # They keep their numbers and their place in time: ahead of the later CIVIL visitor.
    assert [t.number for t in moved] == [*numbers, "Б-001"]
    assert {t.redirected_from for t in moved[:3]} == {"PENSION"}
    events = [e for e in engine.events() if e.kind == EventKind.REDIRECTED]
    assert len(events) == 3 and {e.operator_id for e in events} == {supervisor(engine).id}
