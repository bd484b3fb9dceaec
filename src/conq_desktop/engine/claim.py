"""The one statement that hands a waiting ticket to a window.

It is built once per dialect with bind parameters (constructing SQLAlchemy statements
costs more than running this one) and is the only place a ticket becomes "called" by
``call_next``. On SQLite the surrounding transaction holds the write lock (``BEGIN
IMMEDIATE``) and the UPDATE checks ``status = 'waiting'`` again on the row it changes;
on PostgreSQL the candidate row is locked with ``FOR UPDATE SKIP LOCKED``, so a second
window skips it instead of waiting, and the lock re-checks its conditions on the row's
latest version. Either way two windows never get the same ticket.
It is Core on the tables and returns the claimed ticket as ``hot_path.TICKET`` (nothing
is read back after the claim).

The order is ``rules.calling_key`` written in SQL, with the window's preferred services
in it: priority class; booked visitors whose slot has begun, earliest slot first, when
none of the window's last ``recent`` calls today went to one (docs/queue-rules.md,
"Appointments"); the window's preference; the queued time; the id.

On PostgreSQL the statement also takes the window's services as an array (read with the
window's state, ``hot_path.window_state``) and reads only their waiting tickets: the
planner's statistics rarely know today's tickets (they were analysed before them), and
without it it reads all of today's waiting tickets and joins each to the window.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import ARRAY, Integer, Update, and_, any_, bindparam, case, func, select, update

from conq_desktop.engine.hot_path import TICKET, TICKETS
from conq_desktop.models import ServicePointService, TicketStatus


@cache
def claim_next_statement(dialect: str) -> Update:
    """Parameters: window_id, operator_id, today, now, and recent (``booking_call_every``
    less one: how many of the window's last calls must not have gone to a booked
    visitor for it to take one ahead of walk-ins); on PostgreSQL also services (the
    window's service ids). Returns the claimed ticket's ``hot_path.TICKET`` columns."""
    links = ServicePointService.__table__.c
    ticket = TICKETS.c
    mine = TICKETS.alias("mine").c
    recent = (
        select(mine.appointment_at)
        .where(
            mine.service_point_id == bindparam("window_id"),
            mine.day == bindparam("today"),
            mine.called_at.is_not(None),
        )
        .order_by(mine.called_at.desc(), mine.id.desc())
        .limit(bindparam("recent"))
        .subquery()
    )
    booked_lately = (
        select(func.count())
        .select_from(recent)
        .where(recent.c.appointment_at.is_not(None))
        .scalar_subquery()
    )
    due = and_(
        ticket.appointment_at.is_not(None),
        ticket.appointment_at <= bindparam("now"),
        booked_lately == 0,
    )
    candidate = (
        select(ticket.id)
        .join(
            ServicePointService.__table__,
            and_(
                links.service_id == ticket.service_id,
                links.service_point_id == bindparam("window_id"),
            ),
        )
        .where(ticket.status == TicketStatus.WAITING, ticket.day == bindparam("today"))
        .order_by(
            ticket.priority.desc(),
            # Booked visitors due first, the earlier slot first; everyone else after
            # them, alike (empty). One expression: the count of the window's recent
            # calls is a subquery, planned once for each place it is written.
            case((due, ticket.appointment_at)).nulls_last(),
            links.preference,
            ticket.queued_at,
            ticket.id,
        )
        .limit(1)
    )
    if dialect == "postgresql":
        services = bindparam("services", type_=ARRAY(Integer))
        candidate = candidate.where(ticket.service_id == any_(services)).with_for_update(
            of=TICKETS, skip_locked=True
        )
        # The candidate is locked, and PostgreSQL re-checked its conditions on the row's
        # latest version when it locked it: the status needs no second look (which the
        # planner, thinking few tickets wait, would make through the queue's index).
        claimed = ticket.id == candidate.scalar_subquery()
    else:
        claimed = and_(
            ticket.id == candidate.scalar_subquery(), ticket.status == TicketStatus.WAITING
        )
    return (
        update(TICKETS)
        .where(claimed)
        .values(
            status=TicketStatus.CALLED,
            called_at=bindparam("now"),
            service_point_id=bindparam("window_id"),
            operator_id=bindparam("operator_id"),
        )
        .returning(*TICKET)
    )
