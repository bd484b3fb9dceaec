"""The data model: one module per aggregate, all on one declarative base."""

from conq_desktop.models.base import Base, UTCDateTime
from conq_desktop.models.booking import Booking, BookingSource, BookingStatus
from conq_desktop.models.centre import DailyCounter, Setting
from conq_desktop.models.event import ChainHead, EventKind, TicketEvent
from conq_desktop.models.operator import Operator, Role, hash_pin, needs_rehash
from conq_desktop.models.phone import PhoneMessage, PhoneSubscription
from conq_desktop.models.service import ALL_WEEKDAYS, Holiday, Service, ServiceHours
from conq_desktop.models.service_point import (
    MAX_WINDOW_NUMBER,
    ServicePoint,
    ServicePointService,
    WindowState,
)
from conq_desktop.models.ticket import (
    ACTIVE_STATUSES,
    FINAL_STATUSES,
    Priority,
    Ticket,
    TicketStatus,
)

__all__ = [
    "ACTIVE_STATUSES",
    "ALL_WEEKDAYS",
    "FINAL_STATUSES",
    "MAX_WINDOW_NUMBER",
    "Base",
    "Booking",
    "BookingSource",
    "BookingStatus",
    "ChainHead",
    "DailyCounter",
    "EventKind",
    "Holiday",
    "Operator",
    "PhoneMessage",
    "PhoneSubscription",
    "Priority",
    "Role",
    "Service",
    "ServiceHours",
    "ServicePoint",
    "ServicePointService",
    "Setting",
    "Ticket",
    "TicketEvent",
    "TicketStatus",
    "UTCDateTime",
    "WindowState",
    "hash_pin",
    "needs_rehash",
]
