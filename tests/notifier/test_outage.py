"""Telegram out of reach: the queue does not notice, and once it is back every
message arrives exactly once; a restart of the notifier sends nothing again; what
cannot have arrived is retried, what may have arrived is not, nothing is retried for
ever."""

from __future__ import annotations

import asyncio
import time
import warnings
from collections import Counter
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import func, select
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from conq_desktop.engine import phone
from conq_desktop.models import PhoneMessage
from conq_desktop.phone.outbox import LIFETIME, Outcome, Sender, judge
from tests.notifier.conftest import Centre, Running, wait_until
from tests.notifier.standin import BotApi

CHATS = (11, 12, 13)


def outbox(centre: Centre) -> list[PhoneMessage]:
    with centre.db.read_session() as session:
        return list(session.scalars(select(PhoneMessage).order_by(PhoneMessage.id)))


def test_cut_off_mid_day_queue_unaffected_and_nothing_sent_twice(
    centre: Centre, api: BotApi, start_notifier
) -> None:
    running: Running = start_notifier()
    issued = centre.issue("PASSPORT", 8)
    for chat, ticket in zip(CHATS, issued[:3], strict=True):
        api.command(chat, f"/start {ticket.ticket.public_id}")
        api.wait_messages(chat, 1)
    api.stop()  # the centre's internet line goes down

    slowest = 0.0
    for window in (1, 2, 3):
        started = time.monotonic()
        called = centre.engine.call_next(window)
        slowest = max(slowest, time.monotonic() - started)
        assert called.number == issued[window - 1].ticket.number
    started = time.monotonic()
    centre.engine.issue("PASSPORT")
    slowest = max(slowest, time.monotonic() - started)
    assert slowest < 1.0  # the queue's moves take what they always take
    # The notifier tried, failed, and keeps the messages for later.
    wait_until(
        lambda: any(m.attempts >= 1 and m.sent_at is None for m in outbox(centre)),
        20,
        "a failed try",
    )
    assert all(len(api.to(chat)) == 1 for chat in CHATS)

    api.start()  # back, on the same port
    for chat, ticket in zip(CHATS, issued[:3], strict=True):
        sent = api.wait_messages(chat, 2, timeout=40)
        assert ticket.ticket.number in sent[1]
    wait_until(
        lambda: all(m.sent_at is not None for m in outbox(centre)), 20, "the outbox sent out"
    )
    assert all(m.dropped_at is None for m in outbox(centre))
    counts = Counter((s.chat_id, s.text) for s in api.sent)
    assert [key for key, count in counts.items() if count > 1] == []

    # A restart reads the journal again from where the subscriptions were left, and
    # sends nothing that was sent already.
    sent_before = len(api.sent)
    running.stop()
    again = start_notifier()
    # Its first pass (the catch-up at start) over before the change: else one pass may
    # see both, and the count below would wait for the safety net's.
    wait_until(lambda: again.notifier.passes >= 1, 20, "the new notifier's first pass")
    centre.engine.issue("PASSPORT")  # a change: the new notifier looks at the journal
    wait_until(lambda: again.notifier.passes >= 2, 20, "a pass of the new notifier")
    wait_until(lambda: all(m.sent_at for m in outbox(centre)), 20, "nothing left to send")
    assert len(api.sent) == sent_before
    with centre.db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(PhoneMessage)) == len(CHATS) * 1


def test_a_failure_is_judged_by_whether_the_message_can_have_arrived() -> None:
    def caused(exc: Exception, cause: Exception) -> Exception:
        exc.__cause__ = cause
        return exc

    request = httpx.Request("POST", "http://127.0.0.1/bot/x")
    refused = httpx.ConnectError("refused", request=request)
    read_timeout = httpx.ReadTimeout("slow", request=request)
    assert judge(caused(NetworkError("httpx.ConnectError"), refused)) == Outcome.RETRY
    assert judge(caused(TimedOut(), httpx.ConnectTimeout("x", request=request))) == Outcome.RETRY
    assert judge(caused(TimedOut(), read_timeout)) == Outcome.UNSURE
    broken = httpx.RemoteProtocolError("Server disconnected", request=request)
    assert judge(caused(NetworkError("x"), broken)) == Outcome.UNSURE
    assert judge(NetworkError("Bad Gateway")) == Outcome.RETRY  # the Bot API answered 502
    with warnings.catch_warnings():  # PTB 22.2+: retry_after as int is deprecated
        warnings.simplefilter("ignore")
        assert judge(RetryAfter(3)) == Outcome.RETRY
    assert judge(BadRequest("Chat not found")) == Outcome.REFUSED
    assert judge(Forbidden("bot was blocked by the user")) == Outcome.BLOCKED


class FlakyBot:
    """A ``telegram.Bot`` stand-in whose sendMessage fails with ``failure``."""

    def __init__(self, failure: Exception | None) -> None:
        self.failure = failure
        self.tries = 0

    async def send_message(self, **_kwargs: object) -> None:
        self.tries += 1
        if self.failure is not None:
            raise self.failure


def queue_one(centre: Centre, key: str, made: datetime) -> None:
    phone.record_progress(
        centre.db, [phone.Outgoing(key, 5, centre.engine.today(), "hello")], [], made
    )


def test_unsure_is_never_retried_and_old_messages_are_dropped(centre: Centre) -> None:
    now = datetime.now(UTC)
    unsure = TimedOut()
    unsure.__cause__ = httpx.ReadTimeout("slow")
    queue_one(centre, "unsure", now)
    bot = FlakyBot(unsure)
    asyncio.run(Sender(centre.db).send_due(bot))
    asyncio.run(Sender(centre.db).send_due(bot))
    (message,) = outbox(centre)
    assert (bot.tries, message.sent_at, message.attempts) == (1, None, 1)
    assert message.dropped_at is not None

    queue_one(centre, "late", now - LIFETIME - timedelta(seconds=1))
    bot = FlakyBot(None)
    asyncio.run(Sender(centre.db).send_due(bot))
    assert bot.tries == 0  # past its time: dropped without a try
    assert outbox(centre)[1].dropped_at is not None


def test_unreachable_is_retried_later_then_sent_once(centre: Centre) -> None:
    queue_one(centre, "retry", datetime.now(UTC))
    refused = NetworkError("httpx.ConnectError")
    refused.__cause__ = httpx.ConnectError("refused")
    bot = FlakyBot(refused)
    sender = Sender(centre.db)
    asyncio.run(sender.send_due(bot))
    asyncio.run(sender.send_due(bot))  # within the back-off: not tried
    assert bot.tries == 1
    assert sender.wait_seconds() is not None
    bot.failure = None
    wait_until(lambda: sender.wait_seconds() is None, 5, "the back-off to pass")
    (message,) = outbox(centre)
    wait_until(
        lambda: phone.due(centre.db, datetime.now(UTC)) != [], 5, "the message to be due again"
    )
    asyncio.run(sender.send_due(bot))
    asyncio.run(sender.send_due(bot))
    (message,) = outbox(centre)
    assert bot.tries == 2
    assert (message.sent_at is not None, message.attempts) == (True, 2)
