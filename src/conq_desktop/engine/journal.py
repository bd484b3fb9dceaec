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
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from conq_desktop.models import ChainHead, EventKind, ServicePoint, Ticket, TicketEvent

NOTIFY_CHANNEL = "conq_desktop"

# How a PIN shows in the history: never its hash.
HIDDEN = "***"

# The previous hash of the first event.
GENESIS = "0" * 64

_HEAD = select(ChainHead.seq, ChainHead.hash).where(ChainHead.id == 1)
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
    service_point_id = window.id if window is not None else None
    # The details as the database gives them back (JSON: tuples become lists, keys
    # text), so that the hash checks out when the event is read again.
    details = json.loads(json.dumps(details))
    postgresql = session.get_bind().dialect.name == "postgresql"
    head = _HEAD_LOCKED if postgresql else _HEAD
    last_seq, last_hash = session.execute(head).one()
    seq = last_seq + 1
    own_hash = event_hash(
        last_hash, seq, kind.value, at, ticket_id, operator_id, service_point_id, details
    )
    move_head = (
        update(ChainHead)
        .where(ChainHead.id == 1)
        .values(seq=seq, hash=own_hash)
        .execution_options(synchronize_session=False)
    )
    # A Core insert: the event is never read back in this transaction, and skipping
    # the unit of work keeps the write lock short. On PostgreSQL the head moves in the
    # same statement (one round trip less).
    event = insert(TicketEvent).values(
        kind=kind,
        ticket_id=ticket_id,
        operator_id=operator_id,
        service_point_id=service_point_id,
        at=at,
        details=details,
        seq=seq,
        prev_hash=last_hash,
        hash=own_hash,
    )
    if postgresql:
        session.execute(event.add_cte(move_head.cte("move_head")))
    else:
        session.execute(event)
        session.execute(move_head)
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
