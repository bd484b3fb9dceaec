"""Eight operator windows in eight OS processes press "next" at once: every ticket must
be called exactly once. Threads would share one interpreter and hide races; processes
are what a centre runs."""

from __future__ import annotations

import multiprocessing
from collections import Counter

from sqlalchemy import func, select

from conq_desktop.db import open_database
from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.centre_file import parse_centre
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.models import EventKind, Ticket, TicketEvent, TicketStatus
from tests.conftest import TUESDAY_MORNING
from tests.engine.claim_worker import drain
from tests.helpers.processes import in_processes

WINDOWS = 8
TICKETS = 400


def eight_window_centre() -> dict:
    names = {"ky": "Кызмат", "ru": "Услуга", "en": "Service"}
    return {
        "services": [
            {"code": "A", "prefix": "А", "name": names},
            {"code": "B", "prefix": "Б", "name": names},
        ],
        # Half the windows prefer A, half prefer B, so they also compete across services.
        "windows": [
            {"number": n, "services": ["A", "B"] if n % 2 else ["B", "A"]}
            for n in range(1, WINDOWS + 1)
        ],
        # One operator per window: the moves at a window are its operator's.
        # And a receptionist, who gives out the priority tickets.
        "operators": [
            *(
                {"login": f"op{n}", "name": f"Operator {n}", "pin": f"{n:04d}"}
                for n in range(1, WINDOWS + 1)
            ),
            {"login": "desk", "name": "Reception", "role": "receptionist", "pin": "0000"},
        ],
    }


def test_eight_processes_call_every_ticket_exactly_once(db_url: str) -> None:
    db = open_database(db_url)
    load_centre(db, parse_centre(eight_window_centre()))
    engine = QueueEngine(db, FixedClock(TUESDAY_MORNING))
    for window in range(1, WINDOWS + 1):
        engine.sign_in(window, f"op{window}", f"{window:04d}")
    reception = engine.authenticate("desk", "0000")
    issued = [
        engine.issue(
            "A" if i % 3 else "B", priority=int(i % 17 == 0), actor=reception
        ).ticket.number
        for i in range(TICKETS)
    ]

    context = multiprocessing.get_context("spawn")
    barrier = context.Manager().Barrier(WINDOWS)
    results = in_processes(
        drain,
        [
            (db_url, window, TUESDAY_MORNING.isoformat(), barrier)
            for window in range(1, WINDOWS + 1)
        ],
    )

    claims = [number for result in results for number in result]
    duplicates = [number for number, count in Counter(claims).items() if count > 1]
    assert duplicates == []
    assert sorted(claims) == sorted(issued)
    # More than one process did real work, or the test proved nothing about races.
    assert sum(1 for result in results if result) > 1

    with db.read_session() as session:
        statuses = Counter(session.scalars(select(Ticket.status)))
        calls = Counter(
            session.scalars(
                select(TicketEvent.ticket_id).where(TicketEvent.kind == EventKind.CALLED)
            )
        )
        events = session.execute(
            select(func.count())
            .select_from(TicketEvent)
            .where(TicketEvent.kind.not_in([EventKind.CENTRE_LOADED, EventKind.SIGNED_IN]))
        ).scalar_one()
    assert statuses == {TicketStatus.NO_SHOW: TICKETS}
    assert len(calls) == TICKETS and set(calls.values()) == {1}
    # issued + called + no_show for every ticket, nothing else.
    assert events == 3 * TICKETS
    db.dispose()
