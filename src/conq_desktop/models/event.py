"""The append-only history: one row for every state change, written in the same
transaction as the change itself."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from conq_desktop.models.base import Base, str_enum


class EventKind(enum.StrEnum):
    ISSUED = "issued"
    CALLED = "called"
    RECALLED = "recalled"
    STARTED = "started"
    FINISHED = "finished"
    NO_SHOW = "no_show"
    POSTPONED = "postponed"
    REDIRECTED = "redirected"
    CANCELLED = "cancelled"
    EXPIRED = "expired"
    # Printing outcomes: a ticket is never counted as printed unless it was.
    PRINTED = "printed"
    PRINT_FAILED = "print_failed"
    # A receptionist asked for a copy of a ticket (its printing outcome follows).
    REPRINTED = "reprinted"
    # Window events carry no ticket.
    SIGNED_IN = "signed_in"
    SIGNED_OUT = "signed_out"
    PAUSED = "paused"
    RESUMED = "resumed"
    # Administration: a centre file loaded (who, from where, each value old and new).
    CENTRE_LOADED = "centre_loaded"
    # A centre setting changed outside a centre file (each key old and new).
    SETTINGS_CHANGED = "settings_changed"
    # An operator's PIN changed (never the PIN or its hash).
    PIN_CHANGED = "pin_changed"
    # A PIN hash of an older kind replaced by the current one at a right PIN.
    PIN_REHASHED = "pin_rehashed"
    # A supervisor stopped or resumed issuing a service (old and new state).
    SERVICE_CLOSED = "service_closed"
    SERVICE_OPENED = "service_opened"
    # Too many wrong PINs: the account is locked until the time in the details.
    ACCOUNT_LOCKED = "account_locked"
    # An administrator changed a service, a window, an operator or the holidays: what,
    # which one, created / changed / removed, and each field's old and new value.
    # (Kinds are at most 16 characters: the column's width.)
    ADMIN_CHANGE = "admin_change"
    # A supervisor closed a local day: the day and its counts; the chain's head right
    # after this event is the day's printed seal (engine/day_close.py).
    DAY_CLOSED = "day_closed"
    # Bookings (engine/bookings.py): made, cancelled, moved to another slot; the
    # booking's code, service, day and slot (old and new when moved).
    BOOKING_MADE = "booking_made"
    BOOKING_CANCELLED = "booking_cancel"  # "booking_cancelled" is 17: too wide
    BOOKING_MOVED = "booking_moved"
    # A booking imported from an online portal (engine/booking_import.py): its code,
    # service, day, slot, source and portal; never the visitor's name or phone.
    BOOKING_IMPORT = "booking_import"
    # Visitors' names, phones and ID digits erased from old bookings, and past bookings
    # nobody checked in marked expired (engine/booking_purge.py): counts and cut-off.
    BOOKING_PURGE = "booking_purge"


class TicketEvent(Base):
    __tablename__ = "ticket_events"
    __table_args__ = (
        Index("ix_ticket_events_at", "at"),
        Index("ix_ticket_events_seq", "seq", unique=True),
        Index("ix_ticket_events_request_id", "request_id", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[EventKind] = mapped_column(str_enum(EventKind))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    service_point_id: Mapped[int | None] = mapped_column(ForeignKey("service_points.id"))
    at: Mapped[datetime]
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The hash chain (docs/queue-rules.md, "Provable history"): the event's place in the
    # one history (1, 2, 3 … without gaps), the previous event's hash and its own.
    seq: Mapped[int]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # The random id of the writing transaction, on its first event only (the unique
    # index): how a change whose commit went unanswered is found again (db.py,
    # ``Database.write_session``). Not hashed: it says nothing about what happened.
    request_id: Mapped[str | None] = mapped_column(String(32), default=None)

    def __repr__(self) -> str:
        return f"TicketEvent({self.kind.value}, ticket={self.ticket_id})"


class ChainHead(Base):
    """The one row (id 1) that says where the hash chain ends: the last event's ``seq``
    and ``hash`` (0 and 64 zeros before the first). Every append locks it, so that the
    history stays one chain whichever PC writes; ``centre_id`` names this centre's
    history in its seals, made once, at random, never changed."""

    __tablename__ = "chain_head"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    seq: Mapped[int]
    hash: Mapped[str] = mapped_column(String(64))
    centre_id: Mapped[str] = mapped_column(String(32))
