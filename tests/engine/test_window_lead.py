"""The window's state read with the writer's turn on PostgreSQL (``window_state_lead``,
one round trip for BEGIN, the turn and the read) is the row the plain statement reads,
value for value and type for type, and the transaction it begins is a real one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from conq_desktop.db import LEAD_ROW
from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.hot_path import window_state, window_state_lead
from conq_desktop.models import TicketStatus
from tests.conftest import demo_database, fresh_pg_database, staff

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_engine(pg_server_url: str, clock: FixedClock) -> Iterator[QueueEngine]:
    db = demo_database(fresh_pg_database(pg_server_url))
    yield QueueEngine(db, clock)
    db.dispose()


@pytest.mark.parametrize("window", [1, 2, 3, 99])
def test_the_lead_row_is_the_plain_row(pg_engine: QueueEngine, window: int) -> None:
    staff(pg_engine, 1)
    pg_engine.issue("PASSPORT")
    pg_engine.call_next(1)  # window 1 has a called ticket; 2 and 3 are free; 99 is none
    db = pg_engine.db
    with db.write_session(window_state_lead(db.engine.dialect, window)) as session:
        lead = session.info.pop(LEAD_ROW)
        plain = session.connection().execute(window_state("postgresql"), {"number": window}).one()
        in_transaction = session.connection().execute(text("SELECT now() = statement_timestamp()"))
        assert in_transaction.scalar() is False  # BEGIN was sent: now() is its start
    assert tuple(lead) == tuple(plain)
    assert [type(value) for value in lead] == [type(value) for value in plain]
    assert lead._fields == tuple(plain._fields)
    if window == 1:
        assert lead.ticket_status is TicketStatus.CALLED


def test_the_connection_goes_back_to_the_pool_as_it_came(pg_engine: QueueEngine) -> None:
    staff(pg_engine, 1)
    pg_engine.issue("PASSPORT")
    pg_engine.call_next(1)
    with pg_engine.db.engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None and raw.autocommit is False
