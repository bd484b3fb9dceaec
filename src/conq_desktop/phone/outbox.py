"""Sending the queued messages: each at most once, retried for a bounded time.

A message is marked sent in the database right after the Bot API accepted it, so a
restart never sends it again. A failure is judged by whether the request can have
reached Telegram:

- it cannot (no connection could be made: no internet, DNS, the server refusing; a
  connection pool timeout; the Bot API's "retry after" or a 5xx answer): the message
  is tried again after 1, 2, 4 … up to ``RETRY_MOST`` seconds, for ``LIFETIME`` after
  it was made, then dropped (a "your turn is near" an hour late helps nobody);
- it may have (a timeout or a broken connection after the request was sent): Telegram
  has no way to ask whether it arrived, and sending again could say "go to window 3"
  twice, so the message is dropped, not retried blindly (at most once);
- Telegram refused it (a bad request): dropped; the visitor blocked the bot: dropped,
  with the chat's other messages, and its subscriptions stopped.

While the Bot API cannot be reached, nothing is tried until the back-off has passed:
the queue's activity meanwhile costs the notifier one database read per change.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
import warnings
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from conq_desktop.db import Database
from conq_desktop.engine import phone

log = logging.getLogger(__name__)

# How long a message is worth sending after it was made.
LIFETIME = timedelta(minutes=10)
RETRY_FIRST = 1.0
RETRY_MOST = 30.0
# Messages read from the outbox in one go.
BATCH = 50

# httpx's failures that happen before the request leaves this PC.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


class Outcome(enum.Enum):
    SENT = "sent"
    RETRY = "retry"  # it cannot have arrived: try again later
    UNSURE = "unsure"  # it may have arrived: never sent again
    REFUSED = "refused"  # Telegram said no: not again
    BLOCKED = "blocked"  # the visitor blocked the bot


def judge(exc: BaseException) -> Outcome:
    """What a failed ``sendMessage`` means for the message."""
    if isinstance(exc, RetryAfter):
        return Outcome.RETRY
    if isinstance(exc, Forbidden):
        return Outcome.BLOCKED
    if isinstance(exc, BadRequest):
        return Outcome.REFUSED
    if isinstance(exc, TimedOut):
        return Outcome.RETRY if isinstance(exc.__cause__, _NOT_SENT) else Outcome.UNSURE
    if isinstance(exc, NetworkError):
        cause = exc.__cause__
        if cause is None:  # the Bot API answered with a server error: not done
            return Outcome.RETRY
        return Outcome.RETRY if isinstance(cause, _NOT_SENT) else Outcome.UNSURE
    return Outcome.REFUSED


def wall_clock() -> datetime:
    return datetime.now(UTC)


class Sender:
    """Sends what is due, through a ``telegram.Bot``; the database calls run on worker
    threads so that the bot's answers are never held up by them."""

    def __init__(self, db: Database, now: Callable[[], datetime] = wall_clock) -> None:
        self.db = db
        self.now = now
        self._offline_until = 0.0  # monotonic; nothing is tried before it
        self._backoff = RETRY_FIRST
        self.sent = 0

    def wait_seconds(self) -> float | None:
        """How long until there may be something to try again (None: nothing known)."""
        left = self._offline_until - time.monotonic()
        return max(0.0, left) if left > 0 else None

    async def send_due(self, bot: Any) -> None:
        if time.monotonic() < self._offline_until:
            return
        while True:
            batch = await asyncio.to_thread(phone.due, self.db, self.now(), BATCH)
            for message in batch:
                if not await self._send(bot, message):
                    return  # the Bot API cannot be reached: the rest wait too
            if len(batch) < BATCH:
                return

    async def next_retry_seconds(self) -> float | None:
        """Seconds until the earliest message waiting for another try."""
        at = await asyncio.to_thread(phone.next_try, self.db)
        if at is None:
            return None
        return max(0.0, (at - self.now()).total_seconds())

    async def _send(self, bot: Any, message: phone.Due) -> bool:
        """Try one message; False when the Bot API could not be reached."""
        now = self.now()
        if now - message.created_at > LIFETIME:
            log.info("message %s dropped: not sent within %s", message.id, LIFETIME)
            await asyncio.to_thread(phone.mark_dropped, self.db, message.id, now)
            return True
        try:
            await bot.send_message(
                chat_id=message.chat_id,
                text=message.text,
                parse_mode=ParseMode.HTML,
            )
        except Exception as exc:
            return await self._failed(message, exc)
        await asyncio.to_thread(phone.mark_sent, self.db, message.id, self.now())
        self.sent += 1
        self._backoff = RETRY_FIRST
        return True

    async def _failed(self, message: phone.Due, exc: Exception) -> bool:
        outcome = judge(exc)
        now = self.now()
        reason = f"{type(exc).__name__}: {exc}"
        if outcome == Outcome.RETRY:
            wait = _retry_after(exc) or self._backoff
            self._backoff = min(self._backoff * 2, RETRY_MOST)
            self._offline_until = time.monotonic() + wait
            retry_at = now + timedelta(seconds=wait)
            log.warning(
                "message %s not sent (%s); trying again in %.0f s", message.id, reason, wait
            )
            await asyncio.to_thread(phone.mark_retry, self.db, message.id, retry_at)
            return False
        if outcome == Outcome.BLOCKED:
            log.info("chat of message %s blocked the bot: its messages stop", message.id)
            await asyncio.to_thread(phone.stop_chat_messages, self.db, message.chat_id, now)
            return True
        if outcome == Outcome.UNSURE:
            log.warning(
                "message %s may or may not have arrived (%s): not sent again", message.id, reason
            )
        elif isinstance(exc, TelegramError):
            log.warning("message %s refused (%s): dropped", message.id, reason)
        else:
            log.error("message %s could not be sent: dropped", message.id, exc_info=exc)
        await asyncio.to_thread(phone.mark_dropped, self.db, message.id, now)
        return True


def _retry_after(exc: Exception) -> float | None:
    """The wait the Bot API asked for (flood control), in seconds."""
    if not isinstance(exc, RetryAfter):
        return None
    with warnings.catch_warnings():  # int now, timedelta in a later version: both taken
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return float(value) if isinstance(value, int | float) else value.total_seconds()
