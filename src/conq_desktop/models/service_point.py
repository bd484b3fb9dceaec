"""Service points: the numbered windows (counters) where operators serve visitors."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from conq_desktop.models.base import Base, str_enum
from conq_desktop.models.operator import Operator
from conq_desktop.models.service import Service

# Window numbers are what the hall display shows above a counter: four digits at most.
MAX_WINDOW_NUMBER = 9999


class WindowState(enum.StrEnum):
    CLOSED = "closed"  # nobody signed in
    OPEN = "open"  # an operator is working here
    PAUSED = "paused"  # on a break; calls are refused


class ServicePoint(Base):
    __tablename__ = "service_points"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    state: Mapped[WindowState] = mapped_column(
        str_enum(WindowState),
        default=WindowState.CLOSED,
    )
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"), default=None)
    # When the present operator signed in: one signed in on an earlier day is gone.
    signed_in_at: Mapped[datetime | None] = mapped_column(default=None)
    # Removed by an administrator; its tickets stay in the history. Adding the number
    # again brings it back.
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    operator: Mapped[Operator | None] = relationship()
    links: Mapped[list[ServicePointService]] = relationship(
        back_populates="service_point",
        order_by="ServicePointService.preference",
        cascade="all, delete-orphan",
    )

    @property
    def services(self) -> list[Service]:
        """Served services in the window's order of preference."""
        return [link.service for link in self.links]

    def __repr__(self) -> str:
        return f"ServicePoint({self.number})"


class ServicePointService(Base):
    """Which services a window serves; a lower preference is called first."""

    __tablename__ = "service_point_services"

    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id"), primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"), primary_key=True)
    preference: Mapped[int] = mapped_column(default=0)

    service_point: Mapped[ServicePoint] = relationship(back_populates="links")
    service: Mapped[Service] = relationship()
