"""Following a ticket on the phone (docs/phone.md): which Telegram chat follows which
ticket, and the messages to send them.

The only personal data is the chat id, linked to one ticket of one day; both tables
are emptied of a day's rows when that day is closed (engine/day_close.py) and of
earlier days' rows whenever the notifier starts (engine/phone.py).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from conq_desktop.models.base import Base


class PhoneSubscription(Base):
    """A Telegram chat following one ticket: in which language, how far into the
    journal its messages have been made (``last_seq``), whether the "N people ahead"
    message was made, and whether the visitor stopped it (``/stop``) or the ticket
    ended."""

    __tablename__ = "phone_subscriptions"
    __table_args__ = (
        UniqueConstraint("ticket_id", "chat_id"),
        Index("ix_phone_subscriptions_chat_id", "chat_id"),
        Index("ix_phone_subscriptions_day", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    # The ticket's local day: the rows of a day go when it is closed.
    day: Mapped[date] = mapped_column(Date)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    language: Mapped[str] = mapped_column(String(2))
    last_seq: Mapped[int] = mapped_column(default=0)
    ahead_sent: Mapped[bool] = mapped_column(default=False)
    stopped: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"PhoneSubscription(ticket={self.ticket_id}, stopped={self.stopped})"


class PhoneMessage(Base):
    """One message to one chat: made once (``key`` is unique: the same message for the
    same event can never be queued twice), then sent (``sent_at``, written right after
    the Bot API accepted it) or given up (``dropped_at``) after ``attempts`` tries."""

    __tablename__ = "phone_outbox"
    __table_args__ = (
        Index("ix_phone_outbox_due", "sent_at", "dropped_at", "id"),
        Index("ix_phone_outbox_day", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    day: Mapped[date] = mapped_column(Date)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    # Not before this time (after a failed try); None: at once.
    next_try_at: Mapped[datetime | None] = mapped_column(default=None)
    attempts: Mapped[int] = mapped_column(default=0)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    dropped_at: Mapped[datetime | None] = mapped_column(default=None)

    def __repr__(self) -> str:
        return f"PhoneMessage({self.key!r})"
