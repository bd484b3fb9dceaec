"""A connection lost in the middle of a press (docs/architecture.md, "Connection loss"):
the change is never lost silently and never made twice.

The faults are injected at the driver's COMMIT (``Dialect.do_commit``): the connection
breaks right after COMMIT succeeded (the answer was lost: the engine must find the
change by its request id and answer as if nothing had happened) or right before COMMIT
was sent (nothing was done: a clear error and no row written). On PostgreSQL the
server also kills the engine's connections between two presses
(``pg_terminate_backend``): the next press works on a new connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.orm import sessionmaker

from conq_desktop.db import ConnectionLost, Database, OutcomeUnknown
from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.audit import verify_chain
from conq_desktop.errors import ConqError, DatabaseError
from conq_desktop.models import Ticket, TicketEvent, TicketStatus
from tests.conftest import demo_database, fresh_pg_database, staff

WROTE_EVENT = "conq_test_wrote_event"


def _disconnect_error(db: Database, dbapi_connection: Any) -> Exception:
    """What the driver raises when the connection is gone, after closing it (which
    rolls back whatever was not committed, as a dead server connection does)."""
    dbapi_connection.dbapi_connection.close()  # the driver's, inside the pool's proxy
    if db.dialect == "postgresql":
        return psycopg.OperationalError("server closed the connection unexpectedly")
    return sqlite3.ProgrammingError("Cannot operate on a closed database.")


@pytest.fixture
def break_commit(
    engine: QueueEngine, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[bool], None]]:
    """``break_commit(after)``: the next COMMIT of a change (a transaction that wrote
    an event) loses its connection, after the COMMIT was made (``after``) or before it
    was sent. Reads and the day's first check commit as usual."""
    dialect = engine.db.engine.dialect
    real_commit = dialect.do_commit

    def note_event(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "INSERT INTO ticket_events" in statement:
            conn.info[WROTE_EVENT] = True

    event.listen(engine.db.engine, "before_cursor_execute", note_event)

    def arm(after: bool) -> None:
        def broken_commit(dbapi_connection: Any) -> None:
            if not dbapi_connection.info.pop(WROTE_EVENT, False):
                real_commit(dbapi_connection)
                return
            monkeypatch.setattr(dialect, "do_commit", real_commit)  # once
            if after:
                real_commit(dbapi_connection)
            raise _disconnect_error(engine.db, dbapi_connection)

        monkeypatch.setattr(dialect, "do_commit", broken_commit)

    yield arm
    event.remove(engine.db.engine, "before_cursor_execute", note_event)


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read_session() as session:
        return (
            session.scalar(select(func.count()).select_from(Ticket)) or 0,
            session.scalar(select(func.count()).select_from(TicketEvent)) or 0,
            session.scalar(select(func.count()).where(Ticket.status != TicketStatus.WAITING)) or 0,
        )


def _events(db: Database, kind: str) -> list[TicketEvent]:
    with db.read_session() as session:
        return list(session.scalars(select(TicketEvent).where(TicketEvent.kind == kind)))


def test_issue_whose_commit_answer_is_lost_is_found_and_not_repeated(
    engine: QueueEngine, break_commit: Callable[[bool], None]
) -> None:
    break_commit(True)
    issued = engine.issue("PASSPORT")
    assert issued.ticket.number.endswith("-001") and issued.people_ahead == 0
    assert [t.number for t in engine.waiting("PASSPORT")] == [issued.ticket.number]
    [event] = _events(engine.db, "issued")
    assert event.ticket_id == issued.ticket.id and event.request_id
    assert engine.issue("PASSPORT").ticket.number.endswith("-002")  # the next is normal
    assert verify_chain(engine.db).intact


def test_issue_lost_before_commit_did_nothing_and_says_so(
    engine: QueueEngine, break_commit: Callable[[bool], None]
) -> None:
    before = _counts(engine.db)
    break_commit(False)
    with pytest.raises(ConnectionLost) as caught:
        engine.issue("PASSPORT")
    assert isinstance(caught.value, DatabaseError)
    assert caught.value.message("en") == (
        "The connection to the database was lost; nothing was done. Try again."
    )
    assert _counts(engine.db) == before
    # Tried again, the visitor gets the number the lost press would have had.
    assert engine.issue("PASSPORT").ticket.number.endswith("-001")
    assert verify_chain(engine.db).intact


def test_call_start_finish_whose_commit_answer_is_lost_happen_once(
    engine: QueueEngine, break_commit: Callable[[bool], None]
) -> None:
    staff(engine, 1)
    first = engine.issue("PASSPORT").ticket
    second = engine.issue("PASSPORT").ticket
    break_commit(True)
    called = engine.call_next(1)
    assert (called.number, called.status, called.window) == (first.number, "called", 1)
    for move, status in ((engine.start, "serving"), (engine.finish, "done")):
        break_commit(True)
        assert move(1).status == status
    assert [e.ticket_id for e in _events(engine.db, "called")] == [first.id]
    assert len(_events(engine.db, "started")) == len(_events(engine.db, "finished")) == 1
    assert engine.call_next(1).number == second.number  # not the first one again
    assert verify_chain(engine.db).intact


def test_call_lost_before_commit_leaves_the_ticket_waiting(
    engine: QueueEngine, break_commit: Callable[[bool], None]
) -> None:
    staff(engine, 1)
    ticket = engine.issue("PASSPORT").ticket
    before = _counts(engine.db)
    break_commit(False)
    with pytest.raises(ConnectionLost):
        engine.call_next(1)
    assert _counts(engine.db) == before
    assert engine.current_ticket(1) is None
    assert engine.call_next(1).number == ticket.number
    assert verify_chain(engine.db).intact


def test_commit_answer_lost_and_database_unreachable_says_unknown(
    engine: QueueEngine,
    break_commit: Callable[[bool], None],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Any,
) -> None:
    staff(engine, 1)
    engine.issue("PASSPORT")
    # The look for the request finds no database: a server gone, a folder unmounted.
    if engine.db.dialect == "postgresql":
        nowhere = "postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=2"
    else:
        nowhere = f"sqlite:///{tmp_path / 'missing' / 'queue.sqlite3'}"
    monkeypatch.setattr(engine.db, "_read", sessionmaker(create_engine(nowhere)))
    break_commit(True)
    with pytest.raises(OutcomeUnknown) as caught:
        engine.call_next(1)
    assert "not known" in caught.value.message("en")


def test_refusals_write_nothing(engine: QueueEngine) -> None:
    staff(engine, 1)
    before = _counts(engine.db)
    refusals: list[Callable[[], object]] = [
        lambda: engine.call_next(1),  # nobody waiting
        lambda: engine.start(1),  # no current ticket
        lambda: engine.finish(1),
        lambda: engine.start(2),  # nobody signed in
        lambda: engine.call_next(99),  # no such window
    ]
    for refused in refusals:
        with pytest.raises(ConqError) as caught:
            refused()
        assert not isinstance(caught.value, DatabaseError)
    assert _counts(engine.db) == before


def test_one_request_id_per_press(engine: QueueEngine) -> None:
    staff(engine, 1)
    engine.issue("PASSPORT")
    engine.call_next(1)
    with engine.db.read_session() as session:
        ids = session.scalars(
            select(TicketEvent.request_id).where(TicketEvent.kind.in_(["issued", "called"]))
        ).all()
    assert len(ids) == len(set(ids)) == 2 and all(len(i) == 32 for i in ids)


@pytest.mark.postgres
def test_killed_connections_are_replaced_by_the_next_press(
    pg_server_url: str, clock: FixedClock
) -> None:
    engine = QueueEngine(demo_database(fresh_pg_database(pg_server_url)), clock)
    staff(engine, 1)
    engine.issue("PASSPORT")
    engine.issue("PASSPORT")

    def kill_every_connection() -> None:
        admin = create_engine(engine.db.engine.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            killed = conn.execute(
                text(
                    # With a time-out, it returns once they are gone, as after a
                    # restart; the next press comes later than that anyway.
                    "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            ).scalar()
        admin.dispose()
        assert killed

    kill_every_connection()
    assert engine.call_next(1).status == "called"
    kill_every_connection()
    assert engine.status().windows  # a read, on a new connection
    kill_every_connection()
    assert engine.start(1).status == "serving"
    kill_every_connection()
    with engine.db.read_session() as session:  # a plain read, without a second try
        assert session.execute(text("SELECT 1")).scalar() == 1
    assert verify_chain(engine.db).intact
    engine.db.dispose()
