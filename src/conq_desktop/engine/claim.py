"""The one statement that hands a waiting ticket to a window.

It is built once per dialect with bind parameters (constructing SQLAlchemy statements
costs more than running this one) and is the only place a ticket becomes "called" by
``call_next``. The conditional UPDATE re-checks ``status = 'waiting'`` on the row it
changes; on PostgreSQL the candidate row is locked with ``FOR UPDATE SKIP LOCKED`` so a
second window skips it instead of waiting, on SQLite the surrounding transaction holds
the write lock (``BEGIN IMMEDIATE``). Either way two windows never get the same ticket.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import Update, and_, bindparam, select, update

from conq_desktop.models import ServicePointService, Ticket, TicketStatus


@cache
def claim_next_statement(dialect: str) -> Update:
    """Parameters: window_id, operator_id, today, now. Returns the claimed ticket's id."""
    links = ServicePointService
    candidate = (
        select(Ticket.id)
        .join(
            links,
            and_(
                links.service_id == Ticket.service_id,
                links.service_point_id == bindparam("window_id"),
            ),
        )
        .where(Ticket.status == TicketStatus.WAITING, Ticket.day == bindparam("today"))
        .order_by(Ticket.priority.desc(), links.preference, Ticket.queued_at, Ticket.id)
        .limit(1)
    )
    if dialect == "postgresql":
        candidate = candidate.with_for_update(of=Ticket, skip_locked=True)
    return (
        update(Ticket)
        .where(Ticket.id == candidate.scalar_subquery(), Ticket.status == TicketStatus.WAITING)
        .values(
            status=TicketStatus.CALLED,
            called_at=bindparam("now"),
            service_point_id=bindparam("window_id"),
            operator_id=bindparam("operator_id"),
        )
        .returning(Ticket.id)
        .execution_options(synchronize_session=False)
    )
