"""Personal data: the chat ids following the day's tickets, and their messages, are
deleted when the day is closed, and earlier days' when the notifier starts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from conq_desktop.engine import phone
from conq_desktop.models import PhoneMessage, PhoneSubscription
from tests.notifier.conftest import Centre, wait_until
from tests.notifier.standin import BotApi


def counts(centre: Centre) -> tuple[int, int]:
    with centre.db.read_session() as session:
        return (
            session.scalar(select(func.count()).select_from(PhoneSubscription)) or 0,
            session.scalar(select(func.count()).select_from(PhoneMessage)) or 0,
        )


def follow_and_queue(centre: Centre, chat: int) -> None:
    (issued,) = centre.issue("PASSPORT")
    found = phone.subscribe(centre.db, issued.ticket.public_id, chat, centre.clock.now(), 3)
    assert isinstance(found, phone.Place)
    phone.record_progress(
        centre.db,
        [phone.Outgoing(f"k{chat}", chat, found.day, "hello")],
        [],
        datetime.now(UTC),
    )


def test_closing_the_day_deletes_its_followers(centre: Centre) -> None:
    follow_and_queue(centre, 31)
    follow_and_queue(centre, 32)
    assert counts(centre) == (2, 2)
    supervisor = centre.engine.authenticate("admin", "9999")
    centre.engine.close_day(actor=supervisor)
    assert counts(centre) == (0, 0)


def test_the_notifier_deletes_earlier_days_when_it_starts(
    centre: Centre, api: BotApi, start_notifier
) -> None:
    follow_and_queue(centre, 41)
    phone.mark_sent(centre.db, 1, datetime.now(UTC))
    centre.clock.advance(days=1)
    follow_and_queue(centre, 42)  # today's stays
    assert counts(centre) == (2, 2)
    start_notifier()
    wait_until(lambda: counts(centre) == (1, 1), 20, "yesterday's rows deleted")
    with centre.db.read_session() as session:
        assert session.scalars(select(PhoneSubscription.chat_id)).all() == [42]


def test_a_message_of_yesterday_still_waiting_is_kept_a_while(centre: Centre) -> None:
    follow_and_queue(centre, 51)
    centre.clock.advance(days=1)
    today = centre.engine.today()
    now = datetime.now(UTC)
    assert phone.forget_before(centre.db, today, now, timedelta(minutes=10)) == 1  # the chat
    assert counts(centre) == (0, 1)  # its last message is still being sent
    assert (
        phone.forget_before(centre.db, today, now + timedelta(minutes=11), timedelta(minutes=10))
        == 1
    )
    assert counts(centre) == (0, 0)
