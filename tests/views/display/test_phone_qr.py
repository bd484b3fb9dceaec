"""The hall display's corner for the centre's Telegram bot (issue 18): off unless the
centre shows it and has a bot, then the bot's QR code with "Follow your turn on your
phone" in Kyrgyz and Russian, readable from across the hall and leaving every other
text whole; it follows the settings as they change, as the fairness line does."""

# ruff: noqa: F811 (the display fixtures come from test_board)

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from pytestqt.qtbot import QtBot

from conq_desktop import i18n
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.accounts import change_settings
from conq_desktop.i18n import translate
from conq_desktop.views.display import HallDisplay
from conq_desktop.views.display.hall_display import FOLLOW_ON_PHONE
from tests.helpers.a11y import accessible_name
from tests.views.display.test_board import (  # noqa: F401
    SIZES,
    busy_engine,
    clipped,
    open_display,
    settle,
    shown_labels,
)
from tests.views.display.test_hall_display import SCREENSHOTS

BOT = "bishkek_cson1_bot"
# Translations of the length the translators are likely to write (the .ts files are
# filled later): the corner must fit with them.
KY_RU = {
    "ky": "Кезегиңизди телефонуңуздан көзөмөлдөңүз",
    "ru": "Следите за своей очередью на телефоне",
}


@contextmanager
def translations() -> Iterator[None]:
    previous = i18n.get_lookup()

    def lookup(message: str, lang: str) -> str | None:
        if message == FOLLOW_ON_PHONE:
            return KY_RU.get(lang)
        return previous(message, lang) if previous else None

    i18n.set_lookup(lookup)
    try:
        yield
    finally:
        i18n.set_lookup(previous)


def choose(engine: QueueEngine, **values: str) -> None:
    """The administrator changes settings; the display learns of it by a change."""
    admin = engine.authenticate("admin", "9999")
    change_settings(engine.db, values, actor=admin)
    engine.reload_settings()


def test_off_by_default(open_display: Callable[..., HallDisplay], busy_engine: QueueEngine) -> None:
    window = open_display(busy_engine, 1920, 1080)
    assert window.phone.isHidden()
    assert window.phone_qr.payload == ""


def test_shown_only_with_a_bot_and_the_setting_and_followed_live(
    qtbot: QtBot, open_display: Callable[..., HallDisplay], busy_engine: QueueEngine
) -> None:
    window = open_display(busy_engine, 1920, 1080)
    rows_before = len(window.history.visible_rows())
    choose(busy_engine, display_phone_qr="true")  # no bot yet: nothing to show
    window.refresh()
    window.runner.wait()
    qtbot.wait(50)
    assert window.phone.isHidden()

    choose(busy_engine, telegram_bot=BOT)
    window.refresh()
    qtbot.waitUntil(lambda: window.phone.isVisibleTo(window), timeout=5000)
    assert window.phone_qr.payload == f"https://t.me/{BOT}"
    assert accessible_name(window.phone_qr) == translate(FOLLOW_ON_PHONE)
    settle(window)
    # In the bottom right-hand corner, on the screen, the table keeping its rows.
    corner = window.phone.mapTo(window, window.phone.rect().bottomRight())
    assert corner.x() <= window.width() and corner.y() <= window.height()
    assert corner.x() > window.width() * 0.8 and corner.y() > window.height() * 0.8
    assert len(window.history.visible_rows()) >= min(rows_before, 4)

    choose(busy_engine, display_phone_qr="false")
    window.refresh()
    qtbot.waitUntil(lambda: window.phone.isHidden(), timeout=5000)

    choose(busy_engine, display_phone_qr="true", telegram_bot="")
    window.refresh()
    window.runner.wait()
    qtbot.wait(50)
    assert window.phone.isHidden()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_readable_whole_and_large_enough_to_scan(
    qtbot: QtBot,
    open_display: Callable[..., HallDisplay],
    busy_engine: QueueEngine,
    width: int,
    height: int,
) -> None:
    choose(busy_engine, display_phone_qr="true", telegram_bot=BOT)
    window = open_display(busy_engine, width, height, ticker="Кош келиңиздер! Добро пожаловать!")
    # Translated after the display's own translators are in (they set their lookup).
    with translations():
        window.refresh()
        qtbot.waitUntil(lambda: KY_RU["ru"] in window.phone_line.text(), timeout=5000)
        if height > width:  # the line runs at the bottom, the code beside it
            qtbot.waitUntil(lambda: KY_RU["ru"] in window.ticker.text(), timeout=5000)
        settle(window)
        check_readable(window, width, height)


def check_readable(window: HallDisplay, width: int, height: int) -> None:
    assert window.phone.isVisibleTo(window)
    if height > width:
        assert f"{KY_RU['ky']} / {KY_RU['ru']}" in window.ticker.text()
        assert not window.phone_line.isVisibleTo(window)
    else:
        # Kyrgyz above Russian, at the display's least size or larger.
        assert window.phone_line.text() == f"{KY_RU['ky']}\n{KY_RU['ru']}"
        assert window.phone_line.font().pixelSize() >= height / 30
        assert window.phone_line in shown_labels(window)
    # A phone a step or two away reads a code of at least 1/9 of the screen's height.
    assert window.phone_qr.width() == window.phone_qr.height() >= height / 9
    labels = shown_labels(window)
    too_small = [label.text() for label in labels if label.font().pixelSize() < height / 30]
    assert too_small == []
    assert window.current_number.font().pixelSize() >= height / 8
    whole = [label for label in labels if label is not window.ticker or not window.ticker.running]
    assert {label.text(): why for label in whole if (why := clipped(label, window))} == {}
    assert len(window.history.visible_rows()) >= 3
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / f"hall-display-telegram-{width}x{height}.png"))
