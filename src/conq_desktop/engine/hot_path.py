"""The statements of the queue's busiest moves (call, start, finish), in Core.

Every press at a window runs while the writer's turn is held (``Database.write_session``),
so whatever it costs, every other PC waits for too. These statements are built once per
dialect with bind parameters (building one costs more than running it) and run on the
session's connection, past the ORM's unit of work:

- ``window_state``: one SELECT for all a move needs to know about its window (signed in,
  by whom, on a break, its current ticket, whether it serves anything) and the end of
  the hash chain, which the journal then need not read again (on PostgreSQL it is
  locked here ``FOR UPDATE``, as the journal would);
- the ticket's UPDATE ``RETURNING`` the ticket as a ``TicketInfo`` needs it, its
  service's code, prefix and names and its operator's login included (``TICKET``):
  nothing is read back after a change.

The window row is not locked: every writer holds the writer's turn, so nobody else
changes it before the commit. The refusals are not written here: when ``window_state``
says a move cannot go ahead, the engine asks its ORM checks, which say why in the words
they always did (``QueueEngine._refuse``).
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import Any, Protocol

from sqlalchemy import (
    ColumnElement,
    Select,
    Update,
    and_,
    bindparam,
    case,
    exists,
    func,
    select,
    update,
)
from sqlalchemy.engine import Dialect, Row

from conq_desktop.db import Lead
from conq_desktop.engine.rules import FORWARD_MOVES, Move
from conq_desktop.engine.snapshots import ServiceInfo, TicketInfo
from conq_desktop.models import (
    ACTIVE_STATUSES,
    ChainHead,
    Operator,
    Service,
    ServicePoint,
    ServicePointService,
    Ticket,
    TicketStatus,
)

TICKETS = Ticket.__table__
SERVICES = Service.__table__
WINDOWS = ServicePoint.__table__
OPERATORS = Operator.__table__
# The languages of ``Service.names``, in its order.
LANGUAGES = ("ky", "ru", "en")


class WindowRow(Protocol):
    """A row of ``window_state``: the window (``id`` None when there is no such
    window), its current ticket (``ticket_id`` None when free) and the chain's head."""

    id: int | None
    operator_id: int | None
    signed_in_at: datetime | None
    state: str | None
    operator_login: str | None
    ticket_id: int | None
    ticket_number: str | None
    ticket_status: TicketStatus | None
    serves: bool
    services: list[int] | None  # PostgreSQL only: the services it serves
    head_seq: int
    head_hash: str


def _service_column(column: Any, service_id: Any) -> ColumnElement[Any]:
    return select(column).where(SERVICES.c.id == service_id).scalar_subquery()


def _ticket_columns() -> list[ColumnElement[Any]]:
    return [
        TICKETS.c.id,
        TICKETS.c.public_id,
        TICKETS.c.number,
        TICKETS.c.status,
        TICKETS.c.priority,
        TICKETS.c.day,
        TICKETS.c.issued_at,
        TICKETS.c.called_at,
        TICKETS.c.started_at,
        TICKETS.c.finished_at,
        TICKETS.c.recall_count,
        TICKETS.c.postpone_count,
        TICKETS.c.appointment_at,
        # Correlated subqueries: SQLite's RETURNING may not name an UPDATE's other tables.
        _service_column(SERVICES.c.code, TICKETS.c.service_id).label("service_code"),
        _service_column(SERVICES.c.prefix, TICKETS.c.service_id).label("service_prefix"),
        *(
            _service_column(SERVICES.c[f"name_{lang}"], TICKETS.c.service_id).label(
                f"service_name_{lang}"
            )
            for lang in LANGUAGES
        ),
        _service_column(SERVICES.c.code, TICKETS.c.redirected_from_id).label("redirected_from"),
        select(OPERATORS.c.login)
        .where(OPERATORS.c.id == TICKETS.c.operator_id)
        .scalar_subquery()
        .label("operator_login"),
    ]


# What a ticket's UPDATE returns: everything ``ticket_info`` needs.
TICKET = _ticket_columns()


def ticket_info(row: Row[Any], window: int | None) -> TicketInfo:
    """The snapshot of a ticket from the columns of ``TICKET``; ``window`` is the
    number of the window it is at (the caller knows it)."""
    return TicketInfo(
        id=row.id,
        public_id=row.public_id,
        number=row.number,
        service=ServiceInfo(
            code=row.service_code,
            prefix=row.service_prefix,
            names={lang: row._mapping[f"service_name_{lang}"] for lang in LANGUAGES},
        ),
        status=TicketStatus(row.status).value,
        priority=row.priority,
        day=row.day,
        issued_at=row.issued_at,
        called_at=row.called_at,
        started_at=row.started_at,
        finished_at=row.finished_at,
        window=window,
        operator=row.operator_login,
        recall_count=row.recall_count,
        postpone_count=row.postpone_count,
        redirected_from=row.redirected_from,
        appointment_at=row.appointment_at,
    )


@cache
def window_state(dialect: str) -> Select[Any]:
    """Parameter: number (a window number in range). One row, always: the chain's head,
    with the window's columns empty when there is no such window."""
    head = ChainHead.__table__
    links = ServicePointService.__table__
    current = TICKETS.alias("current")
    statement = (
        select(
            WINDOWS.c.id,
            WINDOWS.c.operator_id,
            WINDOWS.c.signed_in_at,
            WINDOWS.c.state,
            OPERATORS.c.login.label("operator_login"),
            current.c.id.label("ticket_id"),
            current.c.number.label("ticket_number"),
            current.c.status.label("ticket_status"),
            exists().where(links.c.service_point_id == WINDOWS.c.id).label("serves"),
            head.c.seq.label("head_seq"),
            head.c.hash.label("head_hash"),
        )
        .select_from(
            head.outerjoin(
                WINDOWS,
                and_(WINDOWS.c.number == bindparam("number"), WINDOWS.c.retired.is_(False)),
            )
            .outerjoin(OPERATORS, OPERATORS.c.id == WINDOWS.c.operator_id)
            .outerjoin(
                current,
                and_(
                    current.c.service_point_id == WINDOWS.c.id,
                    current.c.status.in_(sorted(ACTIVE_STATUSES)),
                ),
            )
        )
        .where(head.c.id == 1)
        .limit(1)
    )
    if dialect == "postgresql":
        # The services the window serves, for the claim to read only their waiting
        # tickets (claim.py): the planner, whose statistics rarely know today, would
        # otherwise read all of today's waiting tickets and join each to the window.
        served = (
            select(func.array_agg(links.c.service_id))
            .where(links.c.service_point_id == WINDOWS.c.id)
            .scalar_subquery()
        )
        statement = statement.add_columns(served.label("services")).with_for_update(of=head)
    return statement


def window_state_lead(dialect: Dialect, number: int) -> Lead:
    """``window_state`` for window ``number`` as the read a PostgreSQL write begins
    with (``Database.write_session``): its values written into the SQL, its row decoded
    by the columns' types as SQLAlchemy would. Built once per window."""
    return _leads(dialect)(number)


@cache
def _leads(dialect: Dialect) -> Callable[[int], Lead]:
    statement = window_state(dialect.name)
    columns = list(statement.selected_columns)
    shape = namedtuple("WindowStateRow", [column.key for column in columns])  # type: ignore[misc]
    processors = [column.type.result_processor(dialect, None) for column in columns]

    def decode(values: tuple[Any, ...]) -> Any:
        return shape(
            *(
                value if process is None or value is None else process(value)
                for process, value in zip(processors, values, strict=True)
            )
        )

    @cache
    def lead(number: int) -> Lead:
        sql = statement.params(number=number).compile(
            dialect=dialect, compile_kwargs={"literal_binds": True}
        )
        return Lead(str(sql), decode)

    return lead


@cache
def advance_statement(move: Move) -> Update:
    """A plain forward move (start, finish, no-show) of the ticket ``id`` to its next
    state, stamped ``now``. Parameters: ticket_id, now."""
    _source, target, stamp = FORWARD_MOVES[move]
    values: dict[str, Any] = {"status": target, stamp: bindparam("now")}
    if move == Move.FINISH:
        # Finished straight from the call: service started at the call (the centre's
        # ``start_at_call``).
        values["started_at"] = case(
            (TICKETS.c.status == TicketStatus.CALLED, TICKETS.c.called_at),
            else_=TICKETS.c.started_at,
        )
    return (
        update(TICKETS)
        .where(TICKETS.c.id == bindparam("ticket_id"))
        .values(values)
        .returning(*TICKET)
    )
