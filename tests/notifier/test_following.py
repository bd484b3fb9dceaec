"""A visitor follows their ticket: subscribed by the QR code's start parameter, told
when N people are ahead, when called (the window), recalled, postponed, redirected,
expired; each message once."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from conq_desktop.i18n import translate
from conq_desktop.models import PhoneSubscription
from conq_desktop.phone import texts
from tests.notifier.conftest import Centre, Running, wait_until
from tests.notifier.standin import BotApi

VISITOR = 1001


def serve(centre: Centre, window: int = 1) -> None:
    centre.engine.call_next(window)
    centre.engine.start(window)
    centre.engine.finish(window)


def follow(api: BotApi, centre: Centre, public_id: str, chat: int = VISITOR) -> str:
    before = len(api.to(chat))
    api.command(chat, f"/start {public_id}")
    return api.wait_messages(chat, before + 1)[before]


def test_start_answers_with_number_people_ahead_and_wait(
    centre: Centre, api: BotApi, notifier: Running
) -> None:
    issued = centre.issue("PASSPORT", 5)
    answer = follow(api, centre, issued[-1].ticket.public_id)
    place = centre.engine.position(issued[-1].ticket.number)
    assert place.people_ahead == 4
    assert "А-005" in answer
    assert translate(texts.AHEAD, "ky", ahead=4) in answer
    assert translate(texts.WAIT, "ky", minutes=place.expected_wait_minutes) in answer
    # The ticket's language (Kyrgyz, the kiosk recording none): the centre's and the
    # service's Kyrgyz names, letters intact.
    assert "Бишкек ш. №1 Калкты тейлөө борбору" in answer
    assert "Паспорт жана ID-карта" in answer
    with centre.db.read_session() as session:
        (sub,) = session.scalars(select(PhoneSubscription)).all()
    assert (sub.chat_id, sub.language, sub.stopped) == (VISITOR, "ky", False)


def test_messages_at_n_ahead_called_recalled_postponed(
    centre: Centre, api: BotApi, notifier: Running
) -> None:
    issued = centre.issue("PASSPORT", 6)
    mine = issued[4].ticket  # 4 ahead; N is 3
    follow(api, centre, mine.public_id)
    serve(centre)  # 3 ahead now
    near = api.wait_messages(VISITOR, 2)[1]
    assert near == translate(texts.NEAR, "ky", number=mine.number, ahead=3)
    for _ in range(3):
        serve(centre)
    centre.engine.call_next(1)  # mine
    called = api.wait_messages(VISITOR, 3)[2]
    assert translate(texts.CALLED, "ky", number=mine.number, window=1) in called
    assert "<b>" in called
    centre.engine.recall(1)
    recalled = api.wait_messages(VISITOR, 4)[3]
    assert translate(texts.RECALLED, "ky", number=mine.number, window=1) in recalled
    centre.clock.advance(minutes=5)  # the queue's order is by time: postponed is later
    centre.engine.postpone(1)
    postponed = api.wait_messages(VISITOR, 5)[4]
    assert postponed == translate(texts.POSTPONED, "ky", number=mine.number)
    # Back in the queue behind А-006 (1 ahead ≤ 3): "N ahead" is owed again, once.
    again = api.wait_messages(VISITOR, 6)[5]
    assert again == translate(texts.NEAR, "ky", number=mine.number, ahead=1)
    serve(centre)  # А-006
    centre.engine.call_next(1)
    centre.engine.start(1)
    centre.engine.finish(1)  # finished: the subscription ends
    sent = api.wait_messages(VISITOR, 7)
    assert translate(texts.CALLED, "ky", number=mine.number, window=1) in sent[6]
    # Nothing was said twice (two calls of one ticket are two events, two messages).
    repeated = [text for text, count in Counter(sent).items() if count > 1]
    assert repeated == [called]
    wait_until(lambda: stopped(centre) == [True], 10, "the subscription to end")


def stopped(centre: Centre) -> list[bool]:
    with centre.db.read_session() as session:
        return list(session.scalars(select(PhoneSubscription.stopped)))


def test_a_ticket_near_the_front_gets_no_second_near_message(
    centre: Centre, api: BotApi, notifier: Running
) -> None:
    issued = centre.issue("PASSPORT", 3)
    answer = follow(api, centre, issued[2].ticket.public_id)
    assert translate(texts.AHEAD, "ky", ahead=2) in answer  # already within N
    serve(centre)
    serve(centre)
    centre.engine.call_next(1)
    sent = api.wait_messages(VISITOR, 2)
    assert translate(texts.CALLED, "ky", number=issued[2].ticket.number, window=1) in sent[1]
    assert len(sent) == 2


def test_redirect_names_the_new_service(centre: Centre, api: BotApi, notifier: Running) -> None:
    (issued,) = centre.issue("PASSPORT")
    follow(api, centre, issued.ticket.public_id)
    centre.engine.call_next(1)
    centre.engine.redirect(1, "CIVIL")
    sent = api.wait_messages(VISITOR, 3)
    assert "Жарандык абалдын актылары" in sent[2]
    assert sent[2] == translate(
        texts.REDIRECTED, "ky", number=issued.ticket.number, service="Жарандык абалдын актылары"
    )


def test_expired_at_the_next_day(centre: Centre, api: BotApi, notifier: Running) -> None:
    (issued,) = centre.issue("PASSPORT")
    follow(api, centre, issued.ticket.public_id)
    centre.clock.advance(days=1)
    assert centre.engine.expire_stale() == 1
    sent = api.wait_messages(VISITOR, 2)
    assert sent[1] == translate(texts.EXPIRED, "ky", number=issued.ticket.number)


def test_no_show_ends_the_messages(centre: Centre, api: BotApi, notifier: Running) -> None:
    issued = centre.issue("PASSPORT", 2)
    follow(api, centre, issued[0].ticket.public_id)
    centre.engine.call_next(1)
    centre.engine.no_show(1)
    sent = api.wait_messages(VISITOR, 3)
    assert sent[2] == translate(texts.NO_SHOW, "ky", number=issued[0].ticket.number)
    wait_until(lambda: stopped(centre) == [True], 10, "the subscription to end")


def test_two_visitors_each_hear_only_their_own(
    centre: Centre, api: BotApi, notifier: Running
) -> None:
    issued = centre.issue("PASSPORT", 2)
    follow(api, centre, issued[0].ticket.public_id, chat=1)
    follow(api, centre, issued[1].ticket.public_id, chat=2)
    centre.engine.call_next(1)
    first = api.wait_messages(1, 2)
    assert issued[0].ticket.number in first[1]
    centre.engine.call_next(2)
    second = api.wait_messages(2, 2)
    assert issued[1].ticket.number in second[1]
    assert translate(texts.CALLED, "ky", number=issued[1].ticket.number, window=2) in second[1]
    assert len(api.to(1)) == 2


def test_a_call_reaches_the_phone_on_both_backends(
    db_url: str, clock, api: BotApi, start_notifier_at
) -> None:
    """PostgreSQL wakes the notifier by LISTEN, SQLite by the file's notifications."""
    centre = start_notifier_at(db_url)
    issued = centre.issue("PASSPORT", 2)
    follow(api, centre, issued[1].ticket.public_id)
    centre.engine.call_next(1)
    centre.engine.call_next(2)
    sent = api.wait_messages(VISITOR, 2)
    assert translate(texts.CALLED, "ky", number=issued[1].ticket.number, window=2) in sent[1]


def test_a_ticket_taken_on_a_russian_screen_is_followed_in_russian(
    centre: Centre, api: BotApi, notifier: Running
) -> None:
    """The kiosk records its screen's language on the ticket; the bot writes in it."""
    issued = centre.engine.issue("PASSPORT", lang="ru")
    answer = follow(api, centre, issued.ticket.public_id)
    assert translate(texts.AHEAD, "ru", ahead=0) in answer
    with centre.db.read_session() as session:
        (sub,) = session.scalars(select(PhoneSubscription)).all()
    assert sub.language == "ru"
