"""The bot's commands: /status at any time, /stop, the language (ky and ru, the
Kyrgyz letters intact), and a wrong or expired ticket id answered clearly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from conq_desktop.i18n import set_lookup, translate
from conq_desktop.phone import texts
from tests.notifier.conftest import Centre, Running
from tests.notifier.standin import BotApi

VISITOR = 2002

# Translations as resources/i18n/{ky,ru}.ts will give them (the test does not depend
# on whether the .ts files have them yet): Kyrgyz with ң, ө, ү.
TRANSLATED = {
    (texts.CALLED, "ky"): "Талон {number}: {window}-терезеге барыңыз.",
    (texts.CALLED, "ru"): "Талон {number}: пройдите к окну {window}.",
    (texts.LANGUAGE_SET, "ky"): "Мындан ары кыргызча жазам. Үзгүлтүксүз көңүл буруңуз.",
    (texts.LANGUAGE_SET, "ru"): "Теперь я пишу по-русски.",
    (texts.UNKNOWN, "ky"): "Мындай коддогу талон жок. Талонуңуздагы QR-кодду кайра сканерлеңиз.",
    (texts.ENDED, "ru"): "Этот талон больше не действует. Возьмите новый талон.",
}


@pytest.fixture
def translated() -> Iterator[None]:
    set_lookup(lambda message, lang: TRANSLATED.get((message, lang)))
    yield
    set_lookup(None)


def say(api: BotApi, text: str, chat: int = VISITOR, language_code: str = "ky") -> str:
    before = len(api.to(chat))
    api.command(chat, text, language_code)
    return api.wait_messages(chat, before + 1)[before]


def test_status_answers_at_any_time(centre: Centre, api: BotApi, notifier: Running) -> None:
    issued = centre.issue("PASSPORT", 3)
    mine = issued[2].ticket
    assert say(api, "/status") == translate(texts.NOTHING_FOLLOWED, "ky")
    say(api, f"/start {mine.public_id}")
    status = say(api, "/status")
    assert mine.number in status
    assert translate(texts.AHEAD, "ky", ahead=2) in status
    centre.engine.call_next(1)
    centre.engine.call_next(2)
    centre.engine.call_next(3)  # mine, at window 3
    api.wait_messages(VISITOR, 4)  # …and the call's message
    status = say(api, "/status")
    assert translate(texts.NOW_CALLED, "ky", window=3) in status


def test_stop_ends_the_messages(centre: Centre, api: BotApi, notifier: Running) -> None:
    issued = centre.issue("PASSPORT", 2)
    say(api, f"/start {issued[1].ticket.public_id}")
    assert say(api, "/stop") == translate(texts.STOPPED, "ky")
    centre.engine.call_next(1)
    centre.engine.call_next(2)  # the ticket is called: nobody is told
    # A later answer comes after anything the calls could have made.
    assert say(api, "/status") == translate(texts.NOTHING_FOLLOWED, "ky")
    assert len(api.to(VISITOR)) == 3
    # Following again is one scan away.
    assert issued[1].ticket.number in say(api, f"/start {issued[1].ticket.public_id}")


def test_language_switch_ky_and_ru(
    centre: Centre, api: BotApi, notifier: Running, translated: None
) -> None:
    issued = centre.issue("PASSPORT", 2)
    say(api, f"/start {issued[1].ticket.public_id}")
    assert say(api, "/ru") == "Теперь я пишу по-русски."
    status = say(api, "/status")
    assert "Центр обслуживания населения №1 г. Бишкек" in status
    assert "Паспорт и ID-карта" in status
    centre.engine.call_next(1)
    centre.engine.call_next(2)
    called = api.wait_for(
        lambda sent: any("пройдите к окну 2" in s.text for s in sent), what="the call in ru"
    )
    assert sum("пройдите к окну 2" in s.text for s in called) == 1
    assert say(api, "/lang ky") == TRANSLATED[(texts.LANGUAGE_SET, "ky")]
    status = say(api, "/status")
    assert "Бишкек ш. №1 Калкты тейлөө борбору" in status
    assert "Паспорт жана ID-карта" in status
    centre.engine.recall(2)
    api.wait_messages(VISITOR, 7)
    text = "".join(api.to(VISITOR))
    for letter in "ңөү":  # nothing on the way mangled them
        assert letter in text


def test_a_wrong_ticket_id_is_answered_clearly(
    centre: Centre, api: BotApi, notifier: Running, translated: None
) -> None:
    centre.issue("PASSPORT")
    for wrong in ("0123456789abcdef", "not-a-ticket", "0123456789ABCDEF0"):
        assert say(api, f"/start {wrong}") == TRANSLATED[(texts.UNKNOWN, "ky")]
    assert say(api, "/start") == translate(texts.NO_CODE, "ky")


def test_an_expired_or_finished_ticket_is_answered_clearly(
    centre: Centre, api: BotApi, notifier: Running, translated: None
) -> None:
    (done,) = centre.issue("PASSPORT")
    centre.engine.call_next(1)
    centre.engine.start(1)
    centre.engine.finish(1)
    # A Russian phone: the answer before any ticket is followed is in Russian.
    answer = say(api, f"/start {done.ticket.public_id}", language_code="ru")
    assert answer == TRANSLATED[(texts.ENDED, "ru")]
    (yesterday,) = centre.issue("PASSPORT")
    centre.clock.advance(days=1)
    assert say(api, f"/start {yesterday.ticket.public_id}", chat=3003) == translate(
        texts.ENDED, "ky"
    )
