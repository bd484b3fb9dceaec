"""The window a screen shows while its database server does not answer: it says so in
the public's languages, tries again by itself, on a pool thread, and hands back the
database once it answers; a problem waiting cannot fix is shown and ends the wait; the
person can quit, by mouse or keyboard. (With a real server stopped and started:
tests/views/waiting/test_waiting_for_server.py.)"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from conq_desktop.db import NotAnswering
from conq_desktop.errors import DatabaseError
from conq_desktop.i18n import _, translate
from conq_desktop.views.app import WindowOptions
from conq_desktop.views.waiting import WaitingWindow, wait_for_database
from conq_desktop.views.waiting.wait import languages
from conq_desktop.views.waiting.window import QUIT, TRY_AGAIN_IN, TRY_NOW, WAITING
from tests.helpers.a11y import accessible_name

SHOTS = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"
ADDRESS = "postgresql://queue:***@192.0.2.10:5432/queue"
REFUSED = "connection to server at 192.0.2.10, port 5432 failed: Connection refused"
GAVE_UP_WITHIN_MS = 20_000


def not_answering(reason: str = REFUSED) -> NotAnswering:
    return NotAnswering(_("Cannot open the database {url}: {reason}"), url=ADDRESS, reason=reason)


class Server:
    """Stands in for opening the database: no answer ``silent`` times, then the database
    (or ``then``, raised). Counts the attempts and the threads they ran on."""

    def __init__(self, silent: int, then: Exception | None = None) -> None:
        self.silent = silent
        self.then = then
        self.attempts = 0
        self.threads: set[int] = set()

    def open(self) -> str:
        self.attempts += 1
        self.threads.add(threading.get_ident())
        if self.attempts <= self.silent:
            raise not_answering(f"{REFUSED} ({self.attempts})")
        if self.then is not None:
            raise self.then
        return "the database"


def activate(qtbot: QtBot, window: WaitingWindow) -> None:
    """Make ``window`` the active one, as a click on it would: keyboard shortcuts go
    to the active window only."""
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def wait(
    server: Server,
    act: Callable[[WaitingWindow], None] | None = None,
    options: WindowOptions | None = None,
    wanted: tuple[str, int] = ("display", 0),
    retry_seconds: int = 1,
) -> tuple[WaitingWindow, object]:
    """Run the wait (1 s between attempts); ``act`` is called on the window once it is
    shown. Returns the window and what the wait gave, or the error it raised."""
    seen: list[WaitingWindow] = []

    def shown(window: WaitingWindow) -> None:
        seen.append(window)
        if act is not None:
            QTimer.singleShot(0, lambda: act(window))

    guard = QTimer(singleShot=True, timeout=lambda: QApplication.instance().exit(1))
    guard.start(GAVE_UP_WITHIN_MS)  # a hung wait fails the test instead of the run
    try:
        result: object = wait_for_database(
            server.open,
            not_answering(),
            address=ADDRESS,
            wanted=wanted,
            options=options or WindowOptions(windowed=True),
            retry_seconds=retry_seconds,
            on_window=shown,
        )
    except Exception as error:  # the test looks at it
        result = error
    finally:
        guard.stop()
    return seen[0], result


def test_the_window_opens_by_itself_once_the_database_answers(qtbot: QtBot) -> None:
    server = Server(silent=2)
    window, result = wait(server)
    assert result == "the database"
    assert server.attempts == 3
    assert threading.get_ident() not in server.threads  # never on the GUI thread
    # The last failure was said, in Kyrgyz and Russian, with the next attempt's time.
    assert [card.lang for card in window.cards] == ["ky", "ru"]
    assert f"{REFUSED} (2)" in window.reason.text()
    qtbot.waitUntil(lambda: not window.isVisible())  # closed once the loop runs again


def test_it_says_what_it_waits_for_and_when_it_tries_again(qtbot: QtBot) -> None:
    def look_then_quit(window: WaitingWindow) -> None:
        texts.extend(label.text() for label in window.findChildren(QLabel))
        texts.extend(window.status_texts())
        window.quit_button.click()

    texts: list[str] = []
    _window, result = wait(Server(silent=99), look_then_quit)
    assert isinstance(result, NotAnswering)  # given up: the command line says why
    for lang in ("ky", "ru"):
        assert translate(WAITING, lang) in texts
        assert translate(TRY_AGAIN_IN, lang, number=1, seconds=1) in texts
    assert any(ADDRESS in text for text in texts)
    assert "secret" not in " ".join(texts)


def test_every_button_is_named_as_it_reads_and_works_from_the_keyboard(qtbot: QtBot) -> None:
    window = WaitingWindow(("ky", "ru", "en"), ADDRESS, REFUSED)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    buttons = window.findChildren(QPushButton)
    assert {button.objectName() for button in buttons} == {"tryNow", "quit"}
    for button in buttons:
        assert accessible_name(button) == button.text()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert translate(TRY_NOW, "ru") in window.try_button.text()
    assert translate(QUIT, "ky") in window.quit_button.text()

    activate(qtbot, window)
    window.try_button.setFocus()
    with qtbot.waitSignal(window.try_now):
        qtbot.keyClick(window.try_button, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.quit_button
    with qtbot.waitSignal(window.quit_requested):
        qtbot.keyClick(window.quit_button, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.quit_requested):
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def test_try_now_does_not_wait_for_the_countdown(qtbot: QtBot) -> None:
    server = Server(silent=0)

    def try_now(window: WaitingWindow) -> None:
        window.try_button.click()

    # The countdown would take a minute (and the guard fails the test after 20 s).
    _window, result = wait(server, try_now, retry_seconds=60)
    assert result == "the database"


def test_a_problem_waiting_cannot_fix_is_shown_then_reported(qtbot: QtBot) -> None:
    newer = DatabaseError(
        _(
            "The database was made by a newer conq-desktop (schema {revision}); "
            "update this program."
        ),
        revision="9999",
    )
    server = Server(silent=0, then=newer)
    seen: list[str] = []

    def quit_once_shown(window: WaitingWindow) -> None:
        def look() -> None:
            if window.try_button.isVisible():
                QTimer.singleShot(100, look)  # not yet answered
                return
            seen.extend(card.body.text() for card in window.cards)
            window.quit_button.click()

        window.try_button.click()
        look()

    _window, result = wait(server, quit_once_shown)
    assert result is newer
    assert [newer.message("ky"), newer.message("ru")] == seen


def test_the_locked_kiosk_offers_no_quit_button_but_ctrl_q(qtbot: QtBot) -> None:
    def quit_by_keyboard(window: WaitingWindow) -> None:
        assert not window.quit_button.isVisible()
        assert window.geometry() == window.screen().geometry()  # where the kiosk would be
        activate(qtbot, window)
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    _window, result = wait(Server(silent=99), quit_by_keyboard, WindowOptions(), ("kiosk", 0))
    assert isinstance(result, NotAnswering)


def test_quit_after_ends_the_wait() -> None:
    _window, result = wait(Server(silent=99), options=WindowOptions(windowed=True, quit_after=0.5))
    assert isinstance(result, NotAnswering)


@pytest.mark.parametrize(
    ("kind", "pc_language", "expected"),
    [
        ("display", "en", ("ky", "ru")),  # as the hall display itself
        ("kiosk", "en", ("ky", "ru", "en")),
        ("operator", None, ("ky", "ru", "en")),  # the staff's: CONQ_LANG=en in the tests
        ("supervisor", "ru", ("ky", "ru")),
    ],
)
def test_the_public_languages_and_the_staffs(
    kind: str, pc_language: str | None, expected: tuple[str, ...]
) -> None:
    assert languages(kind, pc_language) == expected


def test_screenshot(qtbot: QtBot) -> None:
    """For a person to look at (``artifacts/screenshots``)."""
    window = WaitingWindow(("ky", "ru"), ADDRESS, REFUSED)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.show_waiting(3, 4, REFUSED)
    qtbot.waitExposed(window)
    qtbot.wait(200)  # the layout, after the sizes followed the window's
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / "waiting-for-the-database.png"))
