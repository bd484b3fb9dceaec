"""The kiosk promises no wait it cannot keep: while no window that serves the service is
open it says so instead of "you are next" or a wait, and it never says "0 min"."""

# ruff: noqa: F811 (the kiosk fixture comes from test_kiosk_window)

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from conq_desktop.engine import QueueEngine
from conq_desktop.i18n import LANGUAGES, translate
from conq_desktop.printing.layout import AHEAD, NEXT, NOBODY_AHEAD, NOBODY_SERVING, WAIT
from conq_desktop.views.kiosk import KioskWindow
from tests.conftest import staff
from tests.views.kiosk.test_kiosk_window import (  # noqa: F401
    MakeKiosk,
    clipped_labels,
    issued_page,
    make_kiosk,
    tap,
)

ZERO_MINUTES = re.compile(r"(?<!\d)0\s*(min|мин|мүн)", re.IGNORECASE)


def card(window: KioskWindow) -> list[str]:
    """What the issued card says."""
    page = window.issued_page
    return [label.text() for label in (page.ahead, page.wait) if label.isVisible()]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nobody_serving_is_said_not_promised(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine, lang: str
) -> None:
    """The demo centre's morning before anyone signs in (window 1 serves PASSPORT only)."""
    staff(sqlite_engine, 1)
    window = make_kiosk(lang=lang, show_seconds=60)
    for number, ahead in (("Г-001", translate(NOBODY_AHEAD, lang)),
                          ("Г-002", translate(AHEAD, lang, count=1))):  # fmt: skip
        tap(qtbot, window, "PENSION")
        qtbot.waitUntil(lambda number=number: window.number.text() == number)
        assert card(window) == [ahead, translate(NOBODY_SERVING, lang)]
        assert translate(NEXT, lang) not in card(window)
        assert not any(ZERO_MINUTES.search(line) for line in card(window))
        assert clipped_labels(window.issued_page) == []
        window.show_services()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_open_window_gives_next_or_the_wait(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine, lang: str
) -> None:
    staff(sqlite_engine, 1)  # PASSPORT, 12 configured minutes, window 1 alone open
    window = make_kiosk(lang=lang, show_seconds=60)
    tap(qtbot, window, "PASSPORT")
    qtbot.waitUntil(lambda: window.number.text() == "А-001")
    assert card(window) == [translate(NEXT, lang)]  # and no "about 0 min"
    window.show_services()
    tap(qtbot, window, "PASSPORT")
    qtbot.waitUntil(lambda: window.number.text() == "А-002")
    assert card(window) == [translate(AHEAD, lang, count=1), translate(WAIT, lang, minutes=12)]


def test_the_wait_follows_the_language_switch(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    window = make_kiosk(lang="en", show_seconds=60)
    tap(qtbot, window, "CIVIL")
    qtbot.waitUntil(lambda: issued_page(window))
    assert card(window)[-1] == translate(NOBODY_SERVING, "en")
    window.set_language("ky")
    assert card(window)[-1] == translate(NOBODY_SERVING, "ky") != translate(NOBODY_SERVING, "en")
