"""Bookings: a visitor's place in one slot of a service on a day (docs/bookings.md)."""

from __future__ import annotations

import enum
from datetime import date, datetime, time

from sqlalchemy import Date, ForeignKey, Index, String, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from conq_desktop.models.base import Base, UTCDateTime, str_enum


class BookingStatus(enum.StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"
    CHECKED_IN = "checked_in"
    EXPIRED = "expired"


class BookingSource(enum.StrEnum):
    DESK = "desk"  # made at the centre (the Bookings window, the command line)
    IMPORT = "import"  # from an online portal's export


class Booking(Base):
    __tablename__ = "bookings"
    __table_args__ = (
        UniqueConstraint("source", "external_ref"),
        Index("ix_bookings_day_service", "day", "service_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # What the visitor types at the kiosk (engine/bookings.py CODE_ALPHABET).
    code: Mapped[str] = mapped_column(String(16), unique=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"))
    day: Mapped[date] = mapped_column(Date)
    # The slot's start, the centre's local time.
    slot: Mapped[time] = mapped_column(Time)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[BookingStatus] = mapped_column(str_enum(BookingStatus))
    name: Mapped[str | None] = mapped_column(String(200), default=None)
    phone: Mapped[str | None] = mapped_column(String(32), default=None)
    id_last_digits: Mapped[str | None] = mapped_column(String(8), default=None)
    source: Mapped[BookingSource] = mapped_column(str_enum(BookingSource))
    # The portal's own reference for an imported booking (unique per source).
    external_ref: Mapped[str | None] = mapped_column(String(100), default=None)
    # The booking this one replaced when it was moved, if it was a new row.
    rescheduled_from: Mapped[int | None] = mapped_column(ForeignKey("bookings.id"), default=None)
    # The ticket given at check-in (status checked_in).
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), default=None)

    def __repr__(self) -> str:
        return f"Booking({self.code!r})"
