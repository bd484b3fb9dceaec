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

Every event is also a link of one hash chain (docs/queue-rules.md, "Provable history"):
its ``seq`` follows the last event's, its ``prev_hash`` is the last event's hash and its
``hash`` is ``event_hash`` over its content and ``prev_hash``. The end of the chain is
the one row of ``chain_head``. Writers take turns before they touch any row
(``Database.write_session``: PostgreSQL's writer lock, SQLite's ``BEGIN IMMEDIATE``), so
two PCs writing at once still make one chain without gaps or forks. On PostgreSQL the
head is also read ``FOR UPDATE``: it costs nothing behind the writer lock and keeps the
chain whole should a transaction ever append without it. ``engine/audit.py`` checks it.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import Insert, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from conq_desktop.db import REQUEST_ID
from conq_desktop.models import ChainHead, EventKind, ServicePoint, Ticket, TicketEvent

NOTIFY_CHANNEL = "conq_desktop"

# How a PIN shows in the history: never its hash.
HIDDEN = "***"

# The previous hash of the first event.
GENESIS = "0" * 64

_HEAD = select(ChainHead.__table__.c.seq, ChainHead.__table__.c.hash).where(
    ChainHead.__table__.c.id == 1
)
_HEAD_LOCKED = _HEAD.with_for_update()


def event_timestamp(at: datetime) -> str:
    """An event's time as it is hashed: UTC, ISO 8601 with microseconds,
    ``2026-11-30T14:00:00.123456+00:00``."""
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def canonical_event(
    seq: int,
    kind: str,
    at: datetime,
    ticket_id: int | None,
    operator_id: int | None,
    service_point_id: int | None,
    details: dict[str, Any],
) -> str:
    """The text an event's hash is taken over (without the previous hash)."""
    return json.dumps(
        {
            "seq": seq,
            "kind": kind,
            "at": event_timestamp(at),
            "ticket_id": ticket_id,
            "operator_id": operator_id,
            "service_point_id": service_point_id,
            "details": details,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )


def chain_hash(prev_hash: str, canonical: str) -> str:
    """SHA-256, in lowercase hex, of the UTF-8 of ``prev_hash``, a line feed and the
    event's canonical text."""
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode()).hexdigest()


def event_hash(
    prev_hash: str,
    seq: int,
    kind: str,
    at: datetime,
    ticket_id: int | None,
    operator_id: int | None,
    service_point_id: int | None,
    details: dict[str, Any],
) -> str:
    return chain_hash(
        prev_hash,
        canonical_event(seq, kind, at, ticket_id, operator_id, service_point_id, details),
    )


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
    # What the ORM holds goes first, as when the journal ran its statements through
    # the session (``append`` runs them on its connection).
    session.flush()
    append(
        session,
        kind,
        at,
        ticket_id=ticket_id,
        operator_id=operator_id,
        window_id=window.id if window is not None else None,
        window_number=window.number if window is not None else None,
        details=details,
    )


def append(
    session: Session,
    kind: EventKind,
    at: datetime,
    *,
    ticket_id: int | None,
    operator_id: int | None,
    window_id: int | None,
    window_number: int | None,
    details: dict[str, Any],
    head: tuple[int, str] | None = None,
) -> None:
    """``record`` for a caller that has the ids at hand (the queue's hot path, in Core).
    ``head``: the chain's head as the caller already read it in this transaction,
    after the writer's turn (and ``FOR UPDATE`` on PostgreSQL), to save reading it
    again. The transaction's request id (``Database.write_session``) goes on its first
    event."""
    # The details as the database gives them back (JSON: tuples become lists, keys
    # text), so that the hash checks out when the event is read again.
    details = json.loads(json.dumps(details))
    connection = session.connection()
    postgresql = connection.dialect.name == "postgresql"
    if head is None:
        seq_, hash_ = connection.execute(_HEAD_LOCKED if postgresql else _HEAD).one()
        head = (seq_, hash_)
    last_seq, last_hash = head
    seq = last_seq + 1
    own_hash = event_hash(
        last_hash, seq, kind.value, at, ticket_id, operator_id, window_id, details
    )
    values = {
        "e_kind": kind,
        "e_ticket": ticket_id,
        "e_operator": operator_id,
        "e_window": window_id,
        "e_at": at,
        "e_details": details,
        "e_seq": seq,
        "e_prev": last_hash,
        "e_hash": own_hash,
        "e_request": session.info.pop(REQUEST_ID, None),
    }
    if postgresql:
        # One round trip: the head moves in a CTE and the NOTIFY (delivered to the
        # LISTENers when the transaction commits) rides on the RETURNING.
        payload = {"kind": kind.value, "ticket": details.get("number"), "window": window_number}
        values["payload"] = json.dumps(payload)
        connection.execute(_append_statement(True), values)
    else:
        # SQLite's watchers see ``data_version`` change; nothing to tell.
        connection.execute(_append_statement(False), values)
        connection.execute(_MOVE_HEAD, values)


_MOVE_HEAD = (
    update(ChainHead.__table__)
    .where(ChainHead.__table__.c.id == 1)
    .values(seq=bindparam("e_seq"), hash=bindparam("e_hash"))
)


@cache
def _append_statement(postgresql: bool) -> Insert:
    """The event's INSERT, built once: plain Core on the tables (no unit of work, no
    ORM compilation while the write lock is held)."""
    events = TicketEvent.__table__
    statement = insert(events).values(
        kind=bindparam("e_kind", type_=events.c.kind.type),
        ticket_id=bindparam("e_ticket", type_=events.c.ticket_id.type),
        operator_id=bindparam("e_operator", type_=events.c.operator_id.type),
        service_point_id=bindparam("e_window", type_=events.c.service_point_id.type),
        at=bindparam("e_at", type_=events.c.at.type),
        details=bindparam("e_details", type_=events.c.details.type),
        seq=bindparam("e_seq", type_=events.c.seq.type),
        prev_hash=bindparam("e_prev", type_=events.c.prev_hash.type),
        hash=bindparam("e_hash", type_=events.c.hash.type),
        request_id=bindparam("e_request", type_=events.c.request_id.type),
    )
    if postgresql:
        statement = statement.add_cte(_MOVE_HEAD.cte("move_head")).returning(
            func.pg_notify(NOTIFY_CHANNEL, bindparam("payload"))
        )
    return statement
