"""The operator panel driven the way an operator drives it: clicks and function keys,
with the real engine on a real database behind it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QColor, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from conq_desktop.config import Settings
from conq_desktop.db import open_database
from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.accounts import change_settings
from conq_desktop.engine.bookings import Bookings
from conq_desktop.engine.centre_file import parse_centre_file
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.i18n import LANGUAGE_NAMES, translate
from conq_desktop.printing.layout import BOOKED_FOR
from conq_desktop.views.app import Opener, WindowOptions
from conq_desktop.views.common.application import application
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.theme import PALETTE
from conq_desktop.views.common.worker import EngineRunner
from conq_desktop.views.operator import OperatorPanel
from conq_desktop.views.operator.panel_view import says_more
from tests.conftest import DEMO_CENTRE
from tests.helpers.a11y import accessible_name

REPO = Path(__file__).resolve().parents[3]
SCREENSHOTS = REPO / "artifacts" / "screenshots"
SLA_SHOTS = Path("/tmp/sla_check")
LEFT = Qt.MouseButton.LeftButton

PanelFactory = Callable[..., OperatorPanel]


@pytest.fixture
def open_panel(qtbot: QtBot) -> Iterator[PanelFactory]:
    """Opens panels at 1920×1080, with live updates unless ``deaf``; stops their threads
    afterwards."""
    application()
    opened: list[tuple[OperatorPanel, LiveUpdates | None]] = []

    def make(
        engine: QueueEngine, window: int = 3, deaf: bool = False, **options: object
    ) -> OperatorPanel:
        live = None if deaf else LiveUpdates(engine.db)
        panel = OperatorPanel(engine, window, live, EngineRunner(), **options)  # type: ignore[arg-type]
        qtbot.addWidget(panel)
        panel.resize(1920, 1080)
        panel.show()
        qtbot.waitExposed(panel)
        panel.activateWindow()
        opened.append((panel, live))
        qtbot.waitUntil(lambda: panel.window_info is not None)
        return panel

    yield make
    for panel, live in opened:
        if live is not None:
            live.stop()
        panel.runner.wait()


@pytest.fixture
def panel(open_panel: PanelFactory, sqlite_engine: QueueEngine) -> OperatorPanel:
    return open_panel(sqlite_engine, 3, lang="en")


def sign_in(qtbot: QtBot, panel: OperatorPanel, login: str = "elena", pin: str = "3333") -> None:
    panel.login_edit.clear()
    qtbot.keyClicks(panel.login_edit, login)
    qtbot.keyClicks(panel.pin_edit, pin)
    qtbot.keyClick(panel.pin_edit, Qt.Key.Key_Return)


def signed_in(qtbot: QtBot, panel: OperatorPanel) -> None:
    sign_in(qtbot, panel)
    qtbot.waitUntil(lambda: panel.pages.currentWidget() is panel.work_page)
    qtbot.waitUntil(lambda: "Елена Ким" in panel.operator_label.text())


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard does, Cyrillic included (QTest's key clicks are ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def press(qtbot: QtBot, panel: OperatorPanel, name: str) -> None:
    button = panel.buttons[name]
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, LEFT)


def message(panel: OperatorPanel) -> str:
    return panel.work_message.text()


def showing(panel: OperatorPanel, number: str) -> Callable[[], bool]:
    return lambda: panel.number_label.text() == number


def enabled(panel: OperatorPanel) -> set[str]:
    return {name for name, action in panel.moves.items() if action.isEnabled()}


def shown(panel: OperatorPanel, compact: bool = False) -> set[str]:
    """The actions whose buttons are shown, on the full or the compact page."""
    return {
        place.partition(":")[0]
        for place, button in panel.buttons.items()
        if place.endswith(":compact") == compact and button.isVisible()
    }


# ---------------------------------------------------------------------- signing in


def test_a_wrong_pin_is_refused_in_the_panel_language_and_the_page_stays(
    qtbot: QtBot, panel: OperatorPanel, sqlite_engine: QueueEngine
) -> None:
    assert panel.pages.currentWidget() is panel.sign_in_page
    assert panel.pin_edit.echoMode() == panel.pin_edit.EchoMode.Password
    sign_in(qtbot, panel, pin="0000")
    qtbot.waitUntil(lambda: panel.sign_in_message.text() == "Wrong operator or PIN.")
    assert panel.pages.currentWidget() is panel.sign_in_page
    assert panel.pin_edit.text() == ""
    assert not enabled(panel)  # no key does anything before signing in

    qtbot.mouseClick(panel.lang_buttons["ru"], LEFT)
    assert panel.sign_in_message.text() == translate("Wrong operator or PIN.", "ru")
    assert panel.sign_in_button.text() == translate("Sign in", "ru")
    assert panel.sign_in_message.text() != "Wrong operator or PIN."

    sign_in(qtbot, panel)
    qtbot.waitUntil(lambda: panel.pages.currentWidget() is panel.work_page)
    qtbot.waitUntil(lambda: "Елена Ким" in panel.operator_label.text())
    status = sqlite_engine.status()
    assert status.windows[2].operator == "elena"
    assert enabled(panel) == {"next", "call", "pause", "sign_out", "compact"}


def test_a_restarted_panel_asks_only_for_the_pin(
    qtbot: QtBot, open_panel: PanelFactory, sqlite_engine: QueueEngine
) -> None:
    sqlite_engine.sign_in(3, "elena", "3333")
    panel = open_panel(sqlite_engine, 3, lang="en")
    qtbot.waitUntil(lambda: panel.login_edit.text() == "elena")
    assert panel.pages.currentWidget() is panel.sign_in_page


def test_a_window_in_use_by_someone_else_is_refused(
    qtbot: QtBot, panel: OperatorPanel, sqlite_engine: QueueEngine
) -> None:
    sqlite_engine.sign_in(3, "aibek", "1111")
    sign_in(qtbot, panel)
    qtbot.waitUntil(lambda: "in use by Айбек Токтогулов" in panel.sign_in_message.text())
    assert panel.pages.currentWidget() is panel.sign_in_page


# ---------------------------------------------------------------------- at work


def test_next_with_an_empty_queue_says_nobody_is_waiting(
    qtbot: QtBot, panel: OperatorPanel
) -> None:
    signed_in(qtbot, panel)
    press(qtbot, panel, "next")
    qtbot.waitUntil(lambda: message(panel) == "Nobody is waiting for window 3.")
    assert panel.number_label.text() == "—"
    assert panel.work_message.property("kind") == "info"


def test_a_visitor_from_call_to_finish_with_keys_and_buttons(
    qtbot: QtBot, panel: OperatorPanel, sqlite_engine: QueueEngine, clock: FixedClock
) -> None:
    signed_in(qtbot, panel)
    for _number in range(3):
        sqlite_engine.issue("CIVIL")
    qtbot.waitUntil(lambda: panel.queue_rows["CIVIL"][3].text() == "3")

    qtbot.keyClick(panel, Qt.Key.Key_F1)  # Next
    qtbot.waitUntil(showing(panel, "Б-001"))
    assert panel.service_label.text() == "Civil registration"
    assert panel.status_label.text() == "Called, waiting for the visitor"
    assert panel.timer_label.text() == "00:00"
    assert enabled(panel) == {"recall", "start", "no_show", "postpone", "redirect", "compact"}
    assert shown(panel) == enabled(panel)  # nothing greyed: what cannot be done is not there
    qtbot.waitUntil(lambda: panel.queue_rows["CIVIL"][3].text() == "2")

    clock.advance(seconds=65)  # the timer runs from the call, without asking the database
    qtbot.waitUntil(lambda: panel.timer_label.text() == "01:05", timeout=3000)
    assert panel.timer_caption.text() == "since the call"

    qtbot.keyClick(panel, Qt.Key.Key_F2)  # Recall
    qtbot.waitUntil(lambda: panel.extra_label.text() == "Called again 1 of 3 times")
    assert message(panel) == "Ticket Б-001 is called again (1 of 3)."
    assert sqlite_engine.ticket("Б-001").recall_count == 1

    press(qtbot, panel, "start")
    qtbot.waitUntil(lambda: panel.status_label.text() == "Being served")
    assert panel.timer_label.text() == "00:00"
    assert panel.timer_caption.text() == "since the start of service"
    assert enabled(panel) == {"finish", "postpone", "redirect", "compact"}
    assert shown(panel) == enabled(panel)
    clock.advance(minutes=12, seconds=3)
    qtbot.waitUntil(lambda: panel.timer_label.text() == "12:03", timeout=3000)

    press(qtbot, panel, "finish")
    qtbot.waitUntil(showing(panel, "—"))
    assert message(panel) == "Ticket Б-001 is done."
    assert sqlite_engine.ticket("Б-001").status == "done"
    assert panel.timer_label.text() == ""

    press(qtbot, panel, "next")
    qtbot.waitUntil(showing(panel, "Б-002"))
    qtbot.keyClick(panel, Qt.Key.Key_F5)  # No-show
    qtbot.waitUntil(showing(panel, "—"))
    assert message(panel) == "Ticket Б-002: the visitor did not come."
    assert sqlite_engine.ticket("Б-002").status == "no_show"

    press(qtbot, panel, "next")
    qtbot.waitUntil(showing(panel, "Б-003"))
    press(qtbot, panel, "postpone")
    qtbot.waitUntil(showing(panel, "—"))
    assert message(panel) == "Ticket Б-003 went back to the end of the queue."
    assert sqlite_engine.ticket("Б-003").status == "waiting"
    qtbot.waitUntil(lambda: panel.queue_rows["CIVIL"][3].text() == "1")

    press(qtbot, panel, "sign_out")
    qtbot.waitUntil(lambda: panel.pages.currentWidget() is panel.sign_in_page)
    assert panel.sign_in_message.text() == "Елена Ким signed out of window 3."
    assert sqlite_engine.status().windows[2].operator is None


def test_redirect_through_the_service_picker(
    qtbot: QtBot, panel: OperatorPanel, sqlite_engine: QueueEngine
) -> None:
    signed_in(qtbot, panel)
    sqlite_engine.issue("CIVIL")
    press(qtbot, panel, "next")
    qtbot.waitUntil(showing(panel, "Б-001"))

    press(qtbot, panel, "redirect")
    picker = panel.picker
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    offered = [picker.services.item(row).text() for row in range(picker.services.count())]
    assert not any("Civil registration" in text for text in offered)  # not its own service
    assert any("Pensions and benefits" in text for text in offered)
    rect = picker.services.visualItemRect(
        next(
            picker.services.item(row)
            for row in range(picker.services.count())
            if "Pensions" in picker.services.item(row).text()
        )
    )
    qtbot.mouseClick(picker.services.viewport(), LEFT, pos=rect.center())
    assert picker.chosen() == "PENSION"
    qtbot.mouseClick(picker.ok, LEFT)

    qtbot.waitUntil(showing(panel, "—"))
    assert message(panel) == "Ticket Б-001 is sent to “Pensions and benefits”."
    ticket = sqlite_engine.ticket("Б-001")
    assert (ticket.service.code, ticket.status, ticket.redirected_from) == (
        "PENSION",
        "waiting",
        "CIVIL",
    )


def test_a_break_stops_calls_until_resumed(
    qtbot: QtBot, panel: OperatorPanel, sqlite_engine: QueueEngine
) -> None:
    signed_in(qtbot, panel)
    sqlite_engine.issue("PASSPORT")
    qtbot.keyClick(panel, Qt.Key.Key_F9)  # Break
    qtbot.waitUntil(lambda: panel.moves["pause"].text() == "Resume")
    assert message(panel) == "Window 3 is on a break."
    assert panel.service_label.text() == "On a break"
    assert "next" not in enabled(panel)
    assert shown(panel) == {"pause", "sign_out", "compact"}
    qtbot.keyClick(panel, Qt.Key.Key_F1)  # a disabled move: nothing happens
    assert sqlite_engine.ticket("А-001").status == "waiting"

    # A screen that missed the break still cannot call: the engine refuses, politely.
    panel.call_next()
    qtbot.waitUntil(lambda: message(panel) == "Window 3 is on a break; resume first.")
    assert panel.work_message.property("kind") == "error"
    assert sqlite_engine.ticket("А-001").status == "waiting"

    press(qtbot, panel, "pause")  # now labelled Resume
    qtbot.waitUntil(lambda: message(panel) == "Window 3 is open again.")
    assert panel.moves["pause"].text() == "Break"
    press(qtbot, panel, "next")
    qtbot.waitUntil(showing(panel, "А-001"))


def test_calling_a_ticket_out_of_order_needs_a_reason(
    qtbot: QtBot, panel: OperatorPanel, sqlite_engine: QueueEngine
) -> None:
    signed_in(qtbot, panel)
    for _number in range(3):
        sqlite_engine.issue("CIVIL")

    qtbot.keyClick(panel, Qt.Key.Key_F8)
    dialog = panel.call_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded)
    offered = [dialog.number.itemText(row) for row in range(dialog.number.count())]
    assert offered == ["Б-001", "Б-002", "Б-003"]
    assert dialog.waiting.text() == "Waiting here: Б-001, Б-002, Б-003"
    type_text(dialog.number.lineEdit(), "б3")
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: message(panel) == "Calling a ticket out of order needs a reason.")
    assert panel.number_label.text() == "—"

    press(qtbot, panel, "call")
    assert panel.call_dialog is not dialog
    dialog = panel.call_dialog
    qtbot.waitUntil(lambda: dialog.loaded)
    type_text(dialog.number.lineEdit(), "Б-003")
    qtbot.keyClick(dialog.number.lineEdit(), Qt.Key.Key_Return)  # on to the reason
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "came back with the missing document")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(showing(panel, "Б-003"))
    assert message(panel) == "Ticket Б-003 is called to window 3."
    assert sqlite_engine.ticket("Б-001").status == "waiting"
    called = [event for event in sqlite_engine.events() if event.kind == "called"]
    assert called[-1].details["reason"] == "came back with the missing document"


def test_a_stale_screen_cannot_act_on_another_ticket(
    qtbot: QtBot, open_panel: PanelFactory, sqlite_engine: QueueEngine, clock: FixedClock
) -> None:
    panel = open_panel(sqlite_engine, 3, deaf=True, lang="en")  # hears of no other change
    signed_in(qtbot, panel)
    sqlite_engine.issue("CIVIL")
    sqlite_engine.issue("CIVIL")
    press(qtbot, panel, "next")
    qtbot.waitUntil(showing(panel, "Б-001"))
    qtbot.waitUntil(lambda: not panel.refresh.busy)

    # Behind the screen's back the visitor is sent back and the next one called.
    clock.advance(minutes=1)
    sqlite_engine.postpone(3)
    assert sqlite_engine.call_next(3).number == "Б-002"

    assert panel.number_label.text() == "Б-001"
    press(qtbot, panel, "start")  # the screen still shows Б-001
    qtbot.waitUntil(lambda: message(panel) == "Ticket Б-001 is not at window 3.")
    assert sqlite_engine.ticket("Б-002").status == "called"  # untouched
    qtbot.waitUntil(showing(panel, "Б-002"))  # and the refusal brought the screen up to date


@pytest.fixture
def always_open_engine(sqlite_url: str) -> Iterator[QueueEngine]:
    """The demo centre open at any hour, on the real clock, as another process sees it."""
    db = open_database(sqlite_url)
    load_centre(db, parse_centre_file(DEMO_CENTRE), always_open=True)
    yield QueueEngine(db)
    db.dispose()


def test_waiting_counts_follow_tickets_issued_by_another_process(
    qtbot: QtBot, open_panel: PanelFactory, always_open_engine: QueueEngine, sqlite_url: str
) -> None:
    panel = open_panel(always_open_engine, 3, lang="en")
    signed_in(qtbot, panel)
    count = panel.queue_rows["CIVIL"][3]
    assert count.text() == "0"
    result = subprocess.run(
        [sys.executable, "-m", "conq_desktop", "--db", sqlite_url, "ticket", "issue", "CIVIL"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: count.text() == "1", timeout=5000)
    assert panel.queue_rows["PASSPORT"][3].text() == "0"
    assert panel.queue_rows["CIVIL"][2].text().startswith("Longest wait: ")


def test_compact_mode_stays_on_top_with_the_number_timer_next_and_finish(
    qtbot: QtBot, panel: OperatorPanel, sqlite_engine: QueueEngine, clock: FixedClock
) -> None:
    signed_in(qtbot, panel)
    sqlite_engine.issue("PASSPORT")
    sqlite_engine.issue("PASSPORT")
    press(qtbot, panel, "next")
    qtbot.waitUntil(showing(panel, "А-001"))

    press(qtbot, panel, "compact")
    assert panel.compact
    assert panel.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    qtbot.waitUntil(panel.isVisible)
    assert panel.compact_page.isVisible() and not panel.pages.isVisible()
    assert panel.width() <= 520 and panel.height() <= 300
    assert panel.compact_number.text() == "А-001"
    clock.advance(minutes=2, seconds=30)
    qtbot.waitUntil(lambda: panel.compact_timer.text() == "02:30", timeout=3000)

    # One move at a time: Start now, then Finish.
    assert shown(panel, compact=True) == {"start", "compact"}
    qtbot.keyClick(panel, Qt.Key.Key_F3)  # Start, by key
    qtbot.waitUntil(lambda: panel.buttons["finish:compact"].isEnabled())
    assert shown(panel, compact=True) == {"finish", "compact"}
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert panel.grab().save(str(SCREENSHOTS / "operator-panel-compact.png"))
    qtbot.mouseClick(panel.buttons["finish:compact"], LEFT)
    qtbot.waitUntil(lambda: panel.compact_number.text() == "—")
    assert panel.compact_message.text() == "Ticket А-001 is done."
    qtbot.mouseClick(panel.buttons["next:compact"], LEFT)
    qtbot.waitUntil(lambda: panel.compact_number.text() == "А-002")

    qtbot.keyClick(panel, Qt.Key.Key_F10)
    assert not panel.compact
    assert not panel.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    qtbot.waitUntil(panel.isVisible)
    assert (panel.width(), panel.height()) == (1920, 1080)
    assert panel.number_label.text() == "А-002"


def start_at_call(engine: QueueEngine) -> None:
    """The centre's administrator lets service start at the call."""
    admin = engine.authenticate("admin", "9999")
    change_settings(engine.db, {"start_at_call": "true"}, actor=admin)
    engine.reload_settings()  # what a live update does in the program


def test_where_service_starts_at_the_call_next_then_finish(
    qtbot: QtBot, panel: OperatorPanel, sqlite_engine: QueueEngine, clock: FixedClock
) -> None:
    start_at_call(sqlite_engine)
    signed_in(qtbot, panel)
    sqlite_engine.issue("CIVIL")
    qtbot.waitUntil(lambda: panel.controller.start_at_call)

    press(qtbot, panel, "next")
    qtbot.waitUntil(showing(panel, "Б-001"))
    assert shown(panel) == {"recall", "finish", "no_show", "postpone", "redirect", "compact"}
    assert shown(panel) == enabled(panel)
    assert not panel.buttons["start"].isVisible() and not panel.moves["start"].isEnabled()
    assert panel.status_label.text() == "Called; the service time counts from the call"
    qtbot.keyClick(panel, Qt.Key.Key_F3)  # Start's key does nothing here
    assert sqlite_engine.ticket("Б-001").status == "called"

    clock.advance(minutes=6)
    qtbot.keyClick(panel, Qt.Key.Key_F4)  # Finish
    qtbot.waitUntil(showing(panel, "—"))
    assert message(panel) == "Ticket Б-001 is done."
    done = sqlite_engine.ticket("Б-001")
    assert done.status == "done" and done.started_at == done.called_at

    sqlite_engine.issue("CIVIL")
    press(qtbot, panel, "compact")
    qtbot.waitUntil(panel.isVisible)
    qtbot.mouseClick(panel.buttons["next:compact"], LEFT)
    qtbot.waitUntil(lambda: panel.compact_number.text() == "Б-002")
    assert shown(panel, compact=True) == {"finish", "compact"}
    qtbot.mouseClick(panel.buttons["finish:compact"], LEFT)
    qtbot.waitUntil(lambda: panel.compact_number.text() == "—")
    assert sqlite_engine.ticket("Б-002").status == "done"


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_checked_in_booking_shows_its_booked_time_on_the_card(
    qtbot: QtBot,
    open_panel: PanelFactory,
    sqlite_engine: QueueEngine,
    clock: FixedClock,
    lang: str,
) -> None:
    desk = Bookings(sqlite_engine.db, sqlite_engine.authenticate("bakyt", "6666"), clock)
    code = desk.book("PASSPORT", date(2026, 11, 24), time(10, 15)).code  # 10:00 in Bishkek
    clock.advance(minutes=5)
    sqlite_engine.check_in(code)
    sqlite_engine.issue("CIVIL")  # the window's first service: called first, no badge
    panel = open_panel(sqlite_engine, 3, lang=lang)
    signed_in(qtbot, panel)

    press(qtbot, panel, "next")
    qtbot.waitUntil(showing(panel, "Б-001"))
    assert not panel.card.badges.isVisible()
    press(qtbot, panel, "start")
    qtbot.waitUntil(lambda: "finish" in enabled(panel))
    press(qtbot, panel, "finish")
    qtbot.waitUntil(showing(panel, "—"))
    press(qtbot, panel, "next")
    qtbot.waitUntil(showing(panel, "А-001"))
    booked = translate(BOOKED_FOR, lang, time="10:15")
    assert "10:15" in booked
    assert panel.card.badges.text() == booked and panel.card.badges.isVisible()


def test_a_recall_used_up_stays_in_its_place_greyed(
    qtbot: QtBot, panel: OperatorPanel, sqlite_engine: QueueEngine
) -> None:
    signed_in(qtbot, panel)
    sqlite_engine.issue("CIVIL")
    press(qtbot, panel, "next")
    qtbot.waitUntil(showing(panel, "Б-001"))
    for count in (1, 2, 3):
        press(qtbot, panel, "recall")
        qtbot.waitUntil(lambda count=count: panel.ticket.recall_count == count)  # type: ignore[union-attr]
    assert panel.buttons["recall"].isVisible()
    assert not panel.moves["recall"].isEnabled()
    assert shown(panel) - enabled(panel) == {"recall"}


# ---------------------------------------------------------------------- looks


@pytest.mark.parametrize("lang", ["ru", "ky", "en"])
def test_the_panel_at_1920x1080_is_large_and_clear(
    qtbot: QtBot,
    open_panel: PanelFactory,
    sqlite_engine: QueueEngine,
    clock: FixedClock,
    lang: str,
) -> None:
    for service in ("CIVIL", "CIVIL", "PASSPORT", "CIVIL", "PASSPORT", "CIVIL"):
        sqlite_engine.issue(service)
    sqlite_engine.issue("PASSPORT", priority=1, actor=sqlite_engine.authenticate("bakyt", "6666"))
    clock.advance(minutes=9)
    panel = open_panel(sqlite_engine, 3, lang=lang, login="elena")
    qtbot.keyClicks(panel.pin_edit, "3333")
    qtbot.keyClick(panel.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.pages.currentWidget() is panel.work_page)
    press(qtbot, panel, "next")
    qtbot.waitUntil(showing(panel, "А-003"))  # the priority visitor first
    press(qtbot, panel, "start")
    qtbot.waitUntil(lambda: panel.ticket is not None and panel.ticket.status == "serving")
    clock.advance(minutes=4, seconds=37)
    qtbot.waitUntil(lambda: panel.timer_label.text() == "04:37", timeout=3000)
    qtbot.waitUntil(lambda: panel.queue_rows["CIVIL"][3].text() == "4")

    assert panel.number_label.font().pixelSize() >= 1080 / 6
    assert panel.number_label.sizeHint().width() <= panel.card.width()
    assert shown(panel) == {"finish", "postpone", "redirect", "compact"}
    for name in ("finish", "postpone", "redirect"):
        assert panel.buttons[name].font().pixelSize() >= 26
        assert panel.buttons[name].height() >= 96
    assert panel.buttons["finish"].font().pixelSize() >= 28
    assert panel.buttons["finish"].height() >= 110
    assert panel.title.text() == translate("Window {window}", lang, window=3)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"operator-panel-1920x1080-{lang}.png"
    assert panel.grab().save(str(path))


def test_the_sign_in_page_at_1366x768(
    qtbot: QtBot, open_panel: PanelFactory, sqlite_engine: QueueEngine
) -> None:
    panel = open_panel(sqlite_engine, 3, lang="ky", login="elena")
    panel.resize(1366, 768)
    qtbot.keyClicks(panel.pin_edit, "12")
    qtbot.keyClick(panel.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.sign_in_message.text() != "")
    assert panel.sign_in_message.text() == translate("Wrong operator or PIN.", "ky")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert panel.grab().save(str(SCREENSHOTS / "operator-sign-in-1366x768-ky.png"))


# ---------------------------------------------------------------------- language, names


@pytest.mark.parametrize("system", ["C", "en_US.UTF-8"])
def test_without_a_language_setting_the_panel_speaks_the_centres(
    qtbot: QtBot,
    open_panel: PanelFactory,
    sqlite_engine: QueueEngine,
    monkeypatch: pytest.MonkeyPatch,
    system: str,
) -> None:
    """No config file, no --lang, no CONQ_LANG, an English or C system locale: the
    centre's first public language, Kyrgyz."""
    monkeypatch.delenv("CONQ_LANG")
    monkeypatch.setenv("LANG", system)
    monkeypatch.setenv("LC_ALL", system)
    assert Settings.resolve().language is None  # this PC says nothing
    panel = open_panel(sqlite_engine, 3)
    assert panel.lang == "ky"
    assert panel.sign_in_button.text() == translate("Sign in", "ky") != "Sign in"
    assert panel.lang_buttons["ky"].property("current") is True


def test_a_centre_that_greets_in_russian_first_gets_russian_panels(
    open_panel: PanelFactory, sqlite_engine: QueueEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONQ_LANG")
    admin = sqlite_engine.authenticate("admin", "9999")
    change_settings(sqlite_engine.db, {"kiosk_languages": "en,ru,ky"}, actor=admin)
    sqlite_engine.reload_settings()
    assert open_panel(sqlite_engine, 3).lang == "ru"


@pytest.mark.parametrize(("setting", "lang"), [(None, "ky"), ("ru", "ru"), ("en", "en")])
def test_the_operator_command_opens_the_panel_in_this_pcs_language_or_the_centres(
    qtbot: QtBot,
    sqlite_engine: QueueEngine,
    monkeypatch: pytest.MonkeyPatch,
    setting: str | None,
    lang: str,
) -> None:
    """The way ``conq-desktop operator`` opens it: the language of this PC's config,
    --lang or CONQ_LANG, if any."""
    monkeypatch.delenv("CONQ_LANG")
    if setting is not None:
        monkeypatch.setenv("CONQ_LANG", setting)
    options = WindowOptions(language=Settings.resolve().language, operator="elena")
    opener = Opener(sqlite_engine, options)
    try:
        panel = opener.open("operator", 3)
        qtbot.waitUntil(lambda: panel.window_info is not None)
        assert panel.lang == lang
        assert panel.title.text() == translate("Window {window}", lang, window=3)
    finally:
        for window in opener.opened:
            window.close()
        opener.window_ctx.live.stop()
        opener.window_ctx.runner.wait()


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_the_header_names_the_window_once(
    qtbot: QtBot, open_panel: PanelFactory, sqlite_engine: QueueEngine, lang: str
) -> None:
    """Window 3 is called "Терезе 3 / Окно 3" in the demo centre: that is its number
    again, so only "Window 3" in the panel's language is shown."""
    panel = open_panel(sqlite_engine, 3, lang=lang, login="elena")
    qtbot.keyClicks(panel.pin_edit, "3333")
    qtbot.keyClick(panel.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Елена Ким" in panel.operator_label.text())
    header = [label.text() for label in panel.header.findChildren(QLabel) if label.isVisible()]
    said = " ".join(header)
    assert said.count("3") == 1, header
    assert panel.title.text() == translate("Window {window}", lang, window=3)


def test_a_window_name_is_shown_only_where_it_says_more() -> None:
    assert not says_more("Терезе 3 / Окно 3", 3)
    assert not says_more("Window 3", 3)
    assert not says_more("3", 3)
    assert says_more("Cashier", 3)
    assert says_more("Окно 3 — паспорта", 3)
    assert says_more("Окно 4", 3)  # a mistake worth seeing


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_login_and_pin_are_named_by_their_captions(
    qtbot: QtBot, panel: OperatorPanel, lang: str
) -> None:
    qtbot.mouseClick(panel.lang_buttons[lang], LEFT)
    for caption, edit, text in (
        (panel.login_caption, panel.login_edit, "Login"),
        (panel.pin_caption, panel.pin_edit, "PIN"),
    ):
        assert caption.buddy() is edit
        assert caption.text() == translate(text, lang)
        exposed = QAccessible.queryAccessibleInterface(edit)
        assert exposed.role() == QAccessible.Role.EditableText
        assert exposed.text(QAccessible.Text.Name) == translate(text, lang)


def test_the_language_switch_is_three_plain_buttons(qtbot: QtBot, panel: OperatorPanel) -> None:
    for code, button in panel.lang_buttons.items():
        assert isinstance(button, QPushButton) and not button.isCheckable()
        exposed = QAccessible.queryAccessibleInterface(button)
        assert exposed.role() == QAccessible.Role.PushButton
        assert exposed.text(QAccessible.Text.Name) == LANGUAGE_NAMES[code] == button.text()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert panel.lang_buttons["en"].accessibleDescription() == "Current language"
    assert panel.lang_buttons["ky"].accessibleDescription() == ""

    qtbot.mouseClick(panel.lang_buttons["ky"], LEFT)
    assert panel.lang == "ky"
    assert panel.lang_buttons["ky"].property("current") is True
    assert panel.lang_buttons["en"].property("current") is False
    current = translate("Current language", "ky")
    assert panel.lang_buttons["ky"].accessibleDescription() == current != "Current language"
    assert panel.lang_buttons["en"].accessibleDescription() == ""


def test_every_move_is_named_by_its_text_without_the_key(
    qtbot: QtBot, panel: OperatorPanel
) -> None:
    signed_in(qtbot, panel)
    for place, button in panel.buttons.items():
        action = panel.moves[place.partition(":")[0]]
        exposed = QAccessible.queryAccessibleInterface(button)
        assert exposed.text(QAccessible.Text.Name) == action.text(), place
        assert action.shortcut().toString() in exposed.text(QAccessible.Text.Description)


# ---------------------------------------------------------------------- pieces


def test_the_operator_command_opens_the_panel(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    load_centre(db, parse_centre_file(DEMO_CENTRE))
    db.dispose()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "conq_desktop",
            "--db",
            sqlite_url,
            "operator",
            "--window",
            "2",
            "--operator",
            "nurgul",
            "--quit-after",
            "0.5",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr


def test_the_operator_command_refuses_an_unknown_window(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    load_centre(db, parse_centre_file(DEMO_CENTRE))
    db.dispose()
    result = subprocess.run(
        [sys.executable, "-m", "conq_desktop", "--db", sqlite_url, "operator", "--window", "99"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 5
    assert "There is no window 99." in result.stderr


# ---------------------------------------------------------------------- over target


def test_a_queue_past_its_target_is_marked_in_colour_and_words_as_time_passes(
    qtbot: QtBot, open_panel: PanelFactory, sqlite_engine: QueueEngine, clock: FixedClock
) -> None:
    """Nothing changes in the queue: time alone carries the wait past the target, and the
    panel's minute re-read (no live update here) brings the mark."""
    sqlite_engine.issue("CIVIL")
    panel = open_panel(sqlite_engine, 3, deaf=True, lang="en")
    signed_in(qtbot, panel)
    assert panel.reread_timer.isActive() and panel.reread_timer.interval() <= 60_000
    civil = panel.queue_card.rows["CIVIL"]
    qtbot.waitUntil(lambda: civil.count.text() == "1")
    tile = civil.tile

    def edge() -> QColor:  # the row's left edge: its frame where it is over target
        return tile.grab().toImage().pixelColor(1, tile.height() // 2)

    plain_edge = edge()
    assert civil.over.isHidden() and tile.property("over") is False

    clock.advance(minutes=15, seconds=59)  # 15 whole minutes: at the target, not over
    panel.reread_timer.timeout.emit()
    qtbot.waitUntil(lambda: civil.longest.text() == "Longest wait: 15 min")
    assert civil.over.isHidden() and tile.property("over") is False
    assert "over target" not in accessible_name(civil.count)

    clock.advance(seconds=1)
    panel.reread_timer.timeout.emit()
    qtbot.waitUntil(lambda: tile.property("over") is True)
    assert civil.longest.text() == "Longest wait: 16 min"
    # In words (with a sign) and in colour, not in colour alone.
    assert civil.over.isVisibleTo(panel)
    assert civil.over.text() == "⚠ over target (15 min)"
    assert edge() != plain_edge and edge() == QColor(PALETTE["alert"])
    name = "Civil registration: 1 waiting, longest 16 min, over target (15 min)"
    assert accessible_name(civil.count) == name
    assert accessible_name(civil.over) == "over target (15 min)"
    passport = panel.queue_card.rows["PASSPORT"]
    assert passport.over.isHidden() and passport.tile.property("over") is False
    assert "over target" not in accessible_name(passport.count)

    qtbot.mouseClick(panel.lang_buttons["ru"], LEFT)
    assert civil.over.text() == "⚠ " + translate("over target ({target} min)", "ru", target=15)
    assert civil.over.text() != "⚠ over target (15 min)"

    # Called, the visitor waits no more: the mark goes.
    press(qtbot, panel, "next")
    qtbot.waitUntil(showing(panel, "Б-001"))
    qtbot.waitUntil(lambda: civil.count.text() == "0")
    assert civil.over.isHidden() and tile.property("over") is False


def test_the_over_target_mark_in_a_screenshot(
    qtbot: QtBot, open_panel: PanelFactory, sqlite_engine: QueueEngine, clock: FixedClock
) -> None:
    for service in ("CIVIL", "CIVIL", "PASSPORT"):
        sqlite_engine.issue(service)
    clock.advance(minutes=10)
    sqlite_engine.issue("PASSPORT")
    clock.advance(minutes=12)  # CIVIL and PASSPORT wait 22 min: both over their 15
    panel = open_panel(sqlite_engine, 3, deaf=True, lang="ru")
    signed_in(qtbot, panel)
    qtbot.waitUntil(lambda: panel.queue_card.rows["CIVIL"].tile.property("over") is True)
    # Nothing of the row is pushed out of the card.
    for row in panel.queue_card.rows.values():
        assert row.over.isVisibleTo(panel)
        card = panel.queue_card.rect()
        for part in (row.over, row.count, row.longest):
            place = part.mapTo(panel.queue_card, part.rect().bottomRight())
            assert card.contains(place), part.text()
    SLA_SHOTS.mkdir(parents=True, exist_ok=True)
    assert panel.grab().save(str(SLA_SHOTS / "operator-panel-over-target-ru.png"))
