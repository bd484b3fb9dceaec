"""Centre-wide settings shared by every PC, and the per-day ticket counters."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from conq_desktop.models.base import Base


class Setting(Base):
    """Key/value settings that belong to the centre, not to one PC (time zone, name...).

    Per-PC settings (which printer, which screen) live in the config file instead.
    """

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DailyCounter(Base):
    """The last ticket sequence handed out per service and local day.

    Incremented by one upsert statement, so two kiosks issuing at the same instant
    can never print the same number.
    """

    __tablename__ = "daily_counters"

    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_sequence: Mapped[int] = mapped_column(default=0)
