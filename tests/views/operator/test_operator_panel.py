"""The operator panel driven the way an operator drives it: clicks and function keys,
with the real engine on a real database behind it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from conq_desktop.db import open_database
from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.centre_file import parse_centre_file
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.i18n import translate
from conq_desktop.views.common.application import application
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.worker import EngineRunner
from conq_desktop.views.operator import OperatorPanel
from tests.conftest import DEMO_CENTRE

REPO = Path(__file__).resolve().parents[3]
SCREENSHOTS = REPO / "artifacts" / "screenshots"
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

    qtbot.keyClick(panel, Qt.Key.Key_F3)  # Start, by key: there is no room for its button
    qtbot.waitUntil(lambda: panel.buttons["finish:compact"].isEnabled())
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
    for name in ("next", "finish", "recall"):
        assert panel.buttons[name].font().pixelSize() >= 28
        assert panel.buttons[name].height() >= 110
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
