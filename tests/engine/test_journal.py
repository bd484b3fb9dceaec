"""The journal is the one writer of the history: every change leaves one event, with
who made it and old and new values, and every event is heard by the other windows."""

from __future__ import annotations

import queue

import pytest
from sqlalchemy import select

from conq_desktop.db import Database
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.accounts import change_pin, change_settings
from conq_desktop.engine.auth import Actor
from conq_desktop.errors import ConfigError, NotAllowed, QueueError
from conq_desktop.models import EventKind, Operator, TicketEvent
from conq_desktop.notify import watch_changes


def events(db: Database, kind: EventKind) -> list[TicketEvent]:
    with db.read_session() as session:
        return list(
            session.scalars(
                select(TicketEvent).where(TicketEvent.kind == kind).order_by(TicketEvent.id)
            )
        )


def operator_id(db: Database, login: str) -> int:
    with db.read_session() as session:
        return session.scalars(select(Operator.id).where(Operator.login == login)).one()


def admin(engine: QueueEngine) -> Actor:
    return engine.authenticate("admin", "9999")


def test_only_an_administrator_changes_a_setting(engine: QueueEngine) -> None:
    for actor in (None, engine.authenticate("aibek", "1111")):
        with pytest.raises(NotAllowed):
            change_settings(engine.db, {"recall_limit": "5"}, actor=actor)
    assert engine.settings.recall_limit == 3
    assert events(engine.db, EventKind.SETTINGS_CHANGED) == []


def test_a_print_outcome_is_heard_by_the_other_windows(engine: QueueEngine) -> None:
    """A reception desk shows a failed print at once, on PostgreSQL too (it used to
    skip the NOTIFY)."""
    issued = engine.issue("PASSPORT")
    heard: queue.Queue[dict] = queue.Queue()
    watcher = watch_changes(engine.db, heard.put)
    try:
        if engine.db.dialect == "postgresql":
            assert heard.get(timeout=10) == {}  # "listening now"
        engine.record_print(issued.ticket, "tcp://10.0.0.9", "no paper", copy=False)
        change = heard.get(timeout=10)
    finally:
        watcher.stop()
    if engine.db.dialect == "postgresql":
        assert change == {"kind": "print_failed", "ticket": issued.ticket.number, "window": None}
    [event] = events(engine.db, EventKind.PRINT_FAILED)
    assert event.ticket_id == issued.ticket.id
    assert event.details == {
        "number": issued.ticket.number,
        "printer": "tcp://10.0.0.9",
        "copy": False,
        "error": "no paper",
    }


def test_a_settings_change_keeps_who_and_each_old_and_new_value(engine: QueueEngine) -> None:
    db = engine.db
    admin = operator_id(db, "admin")
    changed = change_settings(
        db,
        {"recall_limit": "5", "timezone": engine.settings.timezone.key},  # one is unchanged
        actor=engine.authenticate("admin", "9999"),
        clock=engine.clock,
    )
    assert changed == {"recall_limit": ("3", "5")}
    [event] = events(db, EventKind.SETTINGS_CHANGED)
    assert event.operator_id == admin
    assert event.at == engine.clock.now()
    assert event.details == {"changes": [{"key": "recall_limit", "old": "3", "new": "5"}]}
    engine.reload_settings()
    assert engine.settings.recall_limit == 5


def test_a_change_to_nothing_writes_nothing(engine: QueueEngine) -> None:
    assert change_settings(engine.db, {"recall_limit": "3"}, actor=admin(engine)) == {}
    assert events(engine.db, EventKind.SETTINGS_CHANGED) == []


def test_an_unknown_setting_changes_nothing(engine: QueueEngine) -> None:
    with pytest.raises(ConfigError) as refused:
        change_settings(engine.db, {"recall_limit": "9", "colour": "red"}, actor=admin(engine))
    assert "colour" in refused.value.message("en")
    assert engine.settings.recall_limit == 3
    assert events(engine.db, EventKind.SETTINGS_CHANGED) == []


def test_a_pin_change_is_journalled_without_the_pin(engine: QueueEngine) -> None:
    db = engine.db
    with pytest.raises(QueueError):
        change_pin(db, "aibek", "0000", "5678")  # not the old PIN
    with pytest.raises(QueueError):
        change_pin(db, "aibek", "1111", "56")  # too short
    assert events(db, EventKind.PIN_CHANGED) == []

    change_pin(db, "aibek", "1111", "5678", clock=engine.clock)
    [event] = events(db, EventKind.PIN_CHANGED)
    assert event.operator_id == operator_id(db, "aibek")
    assert event.details == {"login": "aibek", "pin": ["***", "***"]}
    with pytest.raises(QueueError):
        engine.sign_in(1, "aibek", "1111")
    engine.sign_in(1, "aibek", "5678")
