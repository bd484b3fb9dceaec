"""The queue engine: Qt-free domain logic over SQLAlchemy sessions."""

from conq_desktop.engine.clock import Clock, FixedClock, SystemClock
from conq_desktop.engine.journal import NOTIFY_CHANNEL
from conq_desktop.engine.queue import QueueEngine
from conq_desktop.engine.snapshots import (
    IssuedTicket,
    QueueStatus,
    ServiceQueue,
    TicketInfo,
    WindowInfo,
)

__all__ = [
    "NOTIFY_CHANNEL",
    "Clock",
    "FixedClock",
    "IssuedTicket",
    "QueueEngine",
    "QueueStatus",
    "ServiceQueue",
    "SystemClock",
    "TicketInfo",
    "WindowInfo",
]
