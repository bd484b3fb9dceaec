"""Services a centre offers: what a visitor picks on the kiosk, and when."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

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
    # Open for issuing: a supervisor switches it off and on during the day.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Removed by an administrator: its tickets stay in the history, but no kiosk,
    # window or report offers it. Adding the code again brings it back.
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    sort_order: Mapped[int] = mapped_column(default=0)

    # The days it is open on, with their hours; a weekday without a row is closed.
    week: Mapped[list[ServiceHours]] = relationship(
        order_by="ServiceHours.weekday",
        cascade="all, delete-orphan",
        lazy="selectin",
    )

    def hours_on(self, weekday: int) -> ServiceHours | None:
        """The hours of ISO ``weekday`` (Monday = 1), None when closed that day."""
        return next((day for day in self.week if day.weekday == weekday), None)

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


class ServiceHours(Base):
    """One weekday's opening hours of a service, with an optional lunch break."""

    __tablename__ = "service_hours"

    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"), primary_key=True)
    weekday: Mapped[int] = mapped_column(Integer, primary_key=True)  # ISO, Monday = 1
    opens_at: Mapped[time] = mapped_column(Time, default=time(0, 0))
    # None means "until midnight"; a time of 00:00 could not say that.
    closes_at: Mapped[time | None] = mapped_column(Time, default=None)
    # No tickets between these two (both set, or neither).
    lunch_from: Mapped[time | None] = mapped_column(Time, default=None)
    lunch_until: Mapped[time | None] = mapped_column(Time, default=None)

    def __repr__(self) -> str:
        return f"ServiceHours({self.service_id}, {self.weekday})"


class Holiday(Base):
    """A day the whole centre is closed: no service issues tickets."""

    __tablename__ = "holidays"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
