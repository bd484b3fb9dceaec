"""Tickets: a visitor's place in a service's queue."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conq_desktop.models.base import Base, str_enum
from conq_desktop.models.operator import Operator
from conq_desktop.models.service import Service
from conq_desktop.models.service_point import ServicePoint


class TicketStatus(enum.StrEnum):
    WAITING = "waiting"  # in the queue (also after postpone or redirect)
    CALLED = "called"  # shown on the hall display, visitor walking to the window
    SERVING = "serving"  # the visitor is at the window
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    EXPIRED = "expired"  # still open when its day ended

    @property
    def is_final(self) -> bool:
        return self in FINAL_STATUSES


FINAL_STATUSES = frozenset(
    {TicketStatus.DONE, TicketStatus.NO_SHOW, TicketStatus.CANCELLED, TicketStatus.EXPIRED}
)
# A window's "current ticket" is one in these states.
ACTIVE_STATUSES = frozenset({TicketStatus.CALLED, TicketStatus.SERVING})


class Priority(enum.IntEnum):
    """Priority class; a higher class is called first."""

    NORMAL = 0
    PRIORITY = 1  # veterans, people with disabilities, pregnant women, parents with infants


class Ticket(Base):
    __tablename__ = "tickets"
    __table_args__ = (
        # The number belongs to the service it was issued for, wherever a redirect sends
        # the visitor afterwards.
        UniqueConstraint("origin_service_id", "day", "sequence"),
        # Plain indexes, not partial ones: SQLite uses a partial index only when the query
        # repeats its condition as a literal, and the engine binds statuses as parameters.
        # Status and day lead, so the claim in call_next reads only today's waiting
        # tickets however many years of history the table holds.
        Index("ix_tickets_queue", "status", "day", "service_id", "priority", "queued_at"),
        Index("ix_tickets_window_status", "service_point_id", "status"),
        Index("ix_tickets_service_finished", "service_id", "status", "finished_at"),
        Index("ix_tickets_day_number", "day", "number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Random, unguessable identity printed in the QR code (status look-up, check-in).
    public_id: Mapped[str] = mapped_column(String(32), unique=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"))
    origin_service_id: Mapped[int] = mapped_column(ForeignKey("services.id"))
    # The centre's local day the ticket belongs to; numbers restart each day.
    day: Mapped[date] = mapped_column(Date)
    sequence: Mapped[int]
    number: Mapped[str] = mapped_column(String(16))
    priority: Mapped[int] = mapped_column(default=Priority.NORMAL)
    status: Mapped[TicketStatus] = mapped_column(
        str_enum(TicketStatus), default=TicketStatus.WAITING
    )
    issued_at: Mapped[datetime]
    # Position key within a priority class: arrival time, moved to "now" by postpone.
    queued_at: Mapped[datetime]
    called_at: Mapped[datetime | None] = mapped_column(default=None)
    started_at: Mapped[datetime | None] = mapped_column(default=None)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    service_point_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_points.id"), default=None
    )
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), default=None)
    recall_count: Mapped[int] = mapped_column(default=0)
    postpone_count: Mapped[int] = mapped_column(default=0)
    redirected_from_id: Mapped[int | None] = mapped_column(ForeignKey("services.id"), default=None)
    # The start of the booked slot for a ticket given at check-in; None for a walk-in.
    # The order of calling reads it (engine/claim.py, docs/queue-rules.md).
    appointment_at: Mapped[datetime | None] = mapped_column(default=None)

    service: Mapped[Service] = relationship(foreign_keys=[service_id])
    origin_service: Mapped[Service] = relationship(foreign_keys=[origin_service_id])
    redirected_from: Mapped[Service | None] = relationship(foreign_keys=[redirected_from_id])
    service_point: Mapped[ServicePoint | None] = relationship()
    operator: Mapped[Operator | None] = relationship()

    def __repr__(self) -> str:
        return f"Ticket({self.number!r}, {self.status.value})"
