"""The journal: the one place that writes the history.

Every change the engine makes, to a ticket, a window, the centre, a setting or a PIN,
and every printing outcome, is written here as one ``TicketEvent`` row: what happened,
when, who did it (the operator or administrator), at which service window, and the
details, with old and new values where something was replaced. The row is written in
the transaction of the change itself, so a change without its event (or the reverse)
cannot be committed.

Every event also tells the other processes: on PostgreSQL a ``NOTIFY conq_desktop``,
delivered to the LISTENers (conq_desktop.notify) when the transaction commits; SQLite
needs nothing, its watchers see ``data_version`` change. There is no second path: a
test fails if anything outside this module creates a ``TicketEvent``.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from conq_desktop.models import EventKind, ServicePoint, Ticket, TicketEvent

NOTIFY_CHANNEL = "conq_desktop"

# How a PIN shows in the history: never its hash.
HIDDEN = "***"


def record(
    session: Session,
    kind: EventKind,
    at: datetime,
    *,
    ticket: Ticket | None = None,
    ticket_id: int | None = None,
    window: ServicePoint | None = None,
    operator_id: int | None = None,
    **details: Any,
) -> None:
    """Write one event in ``session``'s transaction and tell the other processes.

    ``operator_id`` is who did it; by default the operator signed in at ``window``.
    A ticket's number goes into the details, so the history reads without joins."""
    if operator_id is None and window is not None:
        operator_id = window.operator_id
    if ticket is not None:
        ticket_id = ticket.id
        details.setdefault("number", ticket.number)
    # A Core insert: the event is never read back in this transaction, and skipping
    # the unit of work keeps the write lock short.
    session.execute(
        insert(TicketEvent).values(
            kind=kind,
            ticket_id=ticket_id,
            operator_id=operator_id,
            service_point_id=window.id if window is not None else None,
            at=at,
            details=details,
        )
    )
    _notify(
        session,
        {
            "kind": kind.value,
            "ticket": details.get("number"),
            "window": window.number if window is not None else None,
        },
    )


def _notify(session: Session, payload: dict[str, Any]) -> None:
    if session.get_bind().dialect.name == "postgresql":
        # Delivered to LISTENers only when the transaction commits.
        session.execute(select(func.pg_notify(NOTIFY_CHANNEL, json.dumps(payload))))
