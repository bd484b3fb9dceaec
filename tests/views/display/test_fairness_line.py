"""The hall display's fairness line (docs/queue-rules.md, "The fairness line"): absent
unless the centre turns it on, then "Today: N served in order, K out of order with a
recorded reason" in the public's languages, kept up to date, gone again when turned off;
in portrait it runs in the running text."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from conq_desktop import i18n
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.accounts import change_settings
from conq_desktop.i18n import translate
from conq_desktop.views.common.application import application
from conq_desktop.views.common.worker import EngineRunner
from conq_desktop.views.display import HallDisplay
from conq_desktop.views.display.fairness_line import LINE, public_text
from tests.conftest import staff
from tests.helpers.a11y import accessible_name
from tests.views.display.test_board import SIZES, clipped, shown_labels

# Translations of the length the translators are likely to write (the .ts files are
# filled later): the line must fit with them.
KY_RU = {
    "ky": "Бүгүн: {in_order} кезеги менен тейленди, {with_reason} кезектен тышкары "
    "(себеби жазылган)",
    "ru": "Сегодня: {in_order} обслужены по очереди, {with_reason} вне очереди с "
    "записанной причиной",
}
SENTENCE = "Today: {in_order} served in order, {with_reason} out of order with a recorded reason"


@pytest.fixture
def day_engine(sqlite_engine: QueueEngine) -> QueueEngine:
    """Four calls: two with Next, one by number that skips А-002, one by number that
    skips nobody."""
    engine = staff(sqlite_engine, 1, 2, 3)
    for _ in range(4):
        engine.issue("PASSPORT")  # А-001 … А-004
    engine.call_next(1)  # А-001
    engine.call_specific(2, "А-003", "elderly visitor")  # skips А-002
    engine.call_specific(3, "А-002", "first in line anyway")  # skips nobody
    return engine


def turn(engine: QueueEngine, on: bool) -> None:
    """The administrator switches the setting; the display learns of it by a change."""
    admin = engine.authenticate("admin", "9999")
    change_settings(engine.db, {"display_fairness_line": "true" if on else "false"}, actor=admin)
    engine.reload_settings()


@pytest.fixture
def open_display(qtbot: QtBot) -> Iterator[Callable[..., HallDisplay]]:
    opened: list[HallDisplay] = []

    def open_(engine: QueueEngine, width: int = 1920, height: int = 1080) -> HallDisplay:
        application()
        window = HallDisplay(engine, None, EngineRunner())
        window.fairness.timer.setInterval(0)  # no waiting in tests: the next turn
        qtbot.addWidget(window)
        opened.append(window)
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.resize(width, height)
            window.show()
        settle(window)
        return window

    yield open_
    for window in opened:
        window.runner.wait()


def settle(window: QWidget) -> None:
    for _ in range(4):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def test_the_message_is_the_one_translated() -> None:
    # The translators get exactly this text (resources/i18n/*.ts, docs/translations.md).
    assert LINE == SENTENCE


def test_off_by_default_the_display_shows_no_such_line(
    open_display: Callable[..., HallDisplay], day_engine: QueueEngine
) -> None:
    window = open_display(day_engine)
    assert not window.fairness.isVisibleTo(window)
    assert window.fairness.tally is None
    assert "order" not in window.ticker.text()


def test_turned_on_it_shows_and_follows_the_calls_then_goes_when_turned_off(
    qtbot: QtBot, open_display: Callable[..., HallDisplay], day_engine: QueueEngine
) -> None:
    window = open_display(day_engine)
    body_before = window.history.height()
    turn(day_engine, True)
    window.refresh()
    qtbot.waitUntil(lambda: window.fairness.isVisibleTo(window), timeout=5000)
    expected = public_text(LINE, " / ", in_order=2, with_reason=1)
    assert window.fairness.text().replace("\n", " / ") == expected
    assert translate(LINE, "ru", in_order=2, with_reason=1) in window.fairness.text()
    # Read by a screen reader in the window's language, as shown.
    assert accessible_name(window.fairness) == SENTENCE.format(in_order=2, with_reason=1)
    # Below the table and the newest call, above the bottom edge; the table keeps rows.
    settle(window)
    line = window.fairness.mapTo(window, window.fairness.rect().topLeft())
    assert line.y() >= window.history.mapTo(window, window.history.rect().bottomLeft()).y()
    assert line.y() + window.fairness.height() <= window.height()
    assert window.fairness.font().pixelSize() >= 1080 / 30
    assert len(window.history.visible_rows()) >= 3
    assert window.history.height() <= body_before

    # A call out of order: the line follows.
    day_engine.start(1)
    day_engine.finish(1)
    day_engine.issue("PASSPORT")  # А-005
    day_engine.issue("PASSPORT")  # А-006
    day_engine.call_specific(1, "А-006", "documents ready")  # skips А-004, А-005
    window.refresh()
    now = translate(LINE, "ru", in_order=2, with_reason=2)
    qtbot.waitUntil(lambda: now in window.fairness.text(), timeout=5000)
    assert accessible_name(window.fairness) == SENTENCE.format(in_order=2, with_reason=2)

    turn(day_engine, False)
    window.refresh()
    qtbot.waitUntil(lambda: not window.fairness.isVisibleTo(window), timeout=5000)
    assert window.fairness.tally is None


def test_in_portrait_it_runs_in_the_running_text(
    qtbot: QtBot, open_display: Callable[..., HallDisplay], day_engine: QueueEngine
) -> None:
    turn(day_engine, True)
    window = open_display(day_engine, 1080, 1920)
    qtbot.waitUntil(lambda: window.fairness.active, timeout=5000)
    assert not window.fairness.isVisibleTo(window)
    russian = translate(LINE, "ru", in_order=2, with_reason=1)
    qtbot.waitUntil(lambda: russian in window.ticker.text(), timeout=5000)
    # Back to landscape: a line of its own again.
    window.resize(1920, 1080)
    settle(window)
    assert window.fairness.isVisibleTo(window)
    assert russian not in window.ticker.text()


@pytest.fixture
def translated() -> Iterator[None]:
    previous = i18n.get_lookup()

    def lookup(message: str, lang: str) -> str | None:
        if message == LINE:
            return KY_RU.get(lang)
        return previous(message, lang) if previous else None

    i18n.set_lookup(lookup)
    yield
    i18n.set_lookup(previous)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_in_kyrgyz_and_russian_it_is_readable_whole_and_leaves_the_calls_their_room(
    qtbot: QtBot,
    open_display: Callable[..., HallDisplay],
    day_engine: QueueEngine,
    translated: None,
    width: int,
    height: int,
) -> None:
    turn(day_engine, True)
    window = open_display(day_engine, width, height)
    qtbot.waitUntil(lambda: window.fairness.active, timeout=5000)
    settle(window)
    kyrgyz = KY_RU["ky"].format(in_order=2, with_reason=1)
    russian = KY_RU["ru"].format(in_order=2, with_reason=1)
    if height > width:
        assert f"{kyrgyz} / {russian}" in window.ticker.text()
        return
    # Kyrgyz first, then Russian: side by side or one above the other.
    assert window.fairness.text() in (f"{kyrgyz} / {russian}", f"{kyrgyz}\n{russian}")
    labels = shown_labels(window)
    assert window.fairness in labels
    assert window.fairness.font().pixelSize() >= height / 30
    assert window.current_number.font().pixelSize() >= height / 8
    whole = [label for label in labels if label is not window.ticker or not window.ticker.running]
    assert {label.text(): why for label in whole if (why := clipped(label, window))} == {}
    assert len(window.history.visible_rows()) >= 3
