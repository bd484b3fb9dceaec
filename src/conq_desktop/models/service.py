"""Services a centre offers: what a visitor picks on the kiosk."""

from __future__ import annotations

from datetime import time

from sqlalchemy import Boolean, Integer, String, Time
from sqlalchemy.orm import Mapped, mapped_column

from conq_desktop.models.base import Base

ALL_WEEKDAYS = "1234567"


class Service(Base):
    __tablename__ = "services"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    # The letter in front of the ticket number (А-015); the ticket number shows it.
    prefix: Mapped[str] = mapped_column(String(4))
    name_ky: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    daily_limit: Mapped[int | None] = mapped_column(Integer, default=None)
    expected_minutes: Mapped[float] = mapped_column(default=10.0)
    # The wait the centre promises for this service; longer waits are highlighted.
    target_wait_minutes: Mapped[int] = mapped_column(Integer, default=15, server_default="15")
    opens_at: Mapped[time] = mapped_column(Time, default=time(0, 0))
    # None means "until midnight"; a time of 00:00 could not say that.
    closes_at: Mapped[time | None] = mapped_column(Time, default=None)
    # ISO weekday digits the service is open on, Monday = 1.
    weekdays: Mapped[str] = mapped_column(String(7), default=ALL_WEEKDAYS)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(default=0)

    @property
    def names(self) -> dict[str, str]:
        """The name in each language the table has a column for."""
        return {"ky": self.name_ky, "ru": self.name_ru, "en": self.name_en}

    def set_names(self, names: dict[str, str]) -> None:
        self.name_ky, self.name_ru, self.name_en = names["ky"], names["ru"], names["en"]

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.name_en

    def __repr__(self) -> str:
        return f"Service({self.code!r})"
