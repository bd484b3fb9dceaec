"""Only an administrator gets past the sign-in; anyone else is told why in words."""

from __future__ import annotations

import os
import subprocess
import sys

from pytestqt.qtbot import QtBot

from conq_desktop.db import open_database
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.centre_file import parse_centre_file
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.views.admin import AdminWindow
from conq_desktop.views.app import Opener, WindowOptions
from tests.conftest import DEMO_CENTRE
from tests.views.admin.conftest import LEFT, Opened, press, sign_in


def test_an_operator_is_refused_with_the_engines_words(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened
) -> None:
    window = opened(sqlite_engine)
    said = sign_in(qtbot, window, "aibek", "1111")
    assert said == "Айбек Токтогулов may not do this: it needs the role administrator."
    assert window.message.property("kind") == "error"
    assert window.actor is None
    assert window.stack.currentIndex() == 0  # still the sign-in
    assert not any(button.isVisible() for button in window.nav_buttons.values())
    assert window.pin_edit.text() == ""


def test_a_wrong_pin_is_refused(qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened) -> None:
    window = opened(sqlite_engine)
    assert sign_in(qtbot, window, "admin", "0000") == "Wrong operator or PIN."
    assert window.actor is None


def test_the_administrator_signs_in_and_out(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened
) -> None:
    window = opened(sqlite_engine)
    assert sign_in(qtbot, window) == "Signed in: Администратор"
    assert window.actor is not None and window.actor.login == "admin"
    assert window.stack.currentWidget() is window.services_page
    assert all(button.isVisible() for button in window.nav_buttons.values())
    assert window.who.text() == "Администратор"

    qtbot.mouseClick(window.nav_buttons["staff"], LEFT)
    assert window.stack.currentWidget() is window.staff_page

    assert press(qtbot, window, window.sign_out_button) == "Signed out."
    assert window.actor is None and window.stack.currentIndex() == 0
    # Signed out, nothing can be changed any more.
    window.services_page.save()
    assert window.message.property("kind") == "error"


def test_the_admin_command_opens_the_window(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    load_centre(db, parse_centre_file(DEMO_CENTRE))
    db.dispose()
    result = subprocess.run(
        [sys.executable, "-m", "conq_desktop", "--db", sqlite_url, "admin", "--quit-after", "0.5"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr


def test_the_opener_opens_the_administration_window(
    qtbot: QtBot, sqlite_engine: QueueEngine
) -> None:
    opener = Opener(sqlite_engine, WindowOptions(language="ru"))
    try:
        window = opener.open("admin")
        qtbot.addWidget(window)
        assert isinstance(window, AdminWindow) and window.isVisible()
        assert window.lang == "ru"
        qtbot.waitUntil(lambda: window.snapshot is not None)
        window.runner.wait()
    finally:
        opener.window_ctx.live.stop()
