"""The kiosk's banner: a message said for a while goes before the standing ones, which
stay until their cause goes away, and everything is drawn in the screen's language."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from conq_desktop.views.kiosk.banner import BANNER_SECONDS, Banner


def in_lang(lang: str) -> str:
    return f"[{lang}]"


@pytest.fixture
def banner(qtbot: QtBot) -> Banner:
    made = Banner("en")
    qtbot.addWidget(made)
    return made


def test_nothing_to_say_hides_it(banner: Banner) -> None:
    assert banner.isHidden()
    banner.stand("printer", "warning", lambda lang: "printer trouble")
    assert not banner.isHidden()
    banner.clear("printer")
    assert banner.isHidden()


def test_a_message_said_for_a_while_goes_before_the_standing_ones(banner: Banner) -> None:
    banner.stand("printer", "warning", lambda lang: "printer trouble")
    banner.say("info", lambda lang: "printed again")
    assert banner.text() == "printed again"
    assert banner.property("kind") == "info"
    assert banner.timer.isActive()
    assert banner.timer.interval() == int(BANNER_SECONDS * 1000)

    banner.hush()  # what the timer does when the time is up
    assert not banner.timer.isActive()
    assert banner.text() == "printer trouble"
    assert banner.property("kind") == "warning"


def test_offline_goes_before_the_printer(banner: Banner) -> None:
    banner.stand("printer", "warning", lambda lang: "printer trouble")
    banner.stand("offline", "error", lambda lang: "offline")
    assert (banner.text(), banner.property("kind")) == ("offline", "error")
    banner.clear("offline")
    assert (banner.text(), banner.property("kind")) == ("printer trouble", "warning")


def test_a_new_message_replaces_the_last_one_and_its_time(banner: Banner) -> None:
    banner.say("warning", lambda lang: "closed now", seconds=2)
    banner.say("info", lambda lang: "printed again", seconds=20)
    assert banner.text() == "printed again"
    assert banner.timer.interval() == 20_000


def test_it_follows_the_language(banner: Banner) -> None:
    banner.stand("offline", "error", in_lang)
    assert banner.text() == "[en]"
    banner.set_language("ky")
    assert banner.text() == "[ky]"


def test_plain_text_reads_as_written_and_rich_text_as_markup(banner: Banner) -> None:
    banner.say("warning", lambda lang: "<b>A & B</b>")
    assert banner.text() == "&lt;b&gt;A &amp; B&lt;/b&gt;"
    banner.say("warning", lambda lang: "<b>A</b>", rich=True)
    assert banner.text() == "<b>A</b>"


def test_an_unknown_cause_is_a_mistake(banner: Banner) -> None:
    with pytest.raises(ValueError, match="paper"):
        banner.stand("paper", "warning", in_lang)
