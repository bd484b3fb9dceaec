"""An issued ticket whose place cannot be read back right after its COMMIT (the server
went away in between): the read is tried again for a while, and should the server stay
away the kiosk is told the number it was given, never a bare error about a ticket that
exists (db.Database.read_after_commit)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

import conq_desktop.db as db_module
from conq_desktop.db import Database, DoneUnread, Unreachable
from conq_desktop.engine import QueueEngine
from conq_desktop.models import Ticket


def _flaky_reads(monkeypatch: pytest.MonkeyPatch, db: Database, failures: int) -> list[int]:
    """Make the next ``failures`` reads fail as a vanished server does; count them."""
    calls: list[int] = []
    real = Database.read

    def read(self: Database, work: Any) -> Any:
        calls.append(1)
        if len(calls) <= failures:
            raise Unreachable(db_module.UNREACHABLE, reason="the server is restarting")
        return real(self, work)

    monkeypatch.setattr(Database, "read", read)
    monkeypatch.setattr(db_module.time, "sleep", lambda _seconds: None)  # no real waiting
    return calls


def _tickets(db: Database) -> int:
    with db.read_session() as session:
        return session.scalar(select(func.count()).select_from(Ticket)) or 0


def test_the_place_is_read_again_once_the_server_is_back(
    sqlite_engine: QueueEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _flaky_reads(monkeypatch, sqlite_engine.db, failures=3)
    issued = sqlite_engine.issue("PASSPORT")
    assert issued.ticket.number == "А-001"
    assert len(calls) == 4
    assert _tickets(sqlite_engine.db) == 1


def test_a_server_that_stays_away_is_told_with_the_number(
    sqlite_engine: QueueEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    _flaky_reads(monkeypatch, sqlite_engine.db, failures=10_000)
    monkeypatch.setattr(db_module, "AFTER_COMMIT_WAIT", 0.0)  # give up at once
    with pytest.raises(DoneUnread) as told:
        sqlite_engine.issue("PASSPORT")
    assert "А-001" in told.value.message("ru")
    assert _tickets(sqlite_engine.db) == 1  # the ticket stands
