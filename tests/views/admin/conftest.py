"""The administration window on the demo centre, on a Tuesday morning, in English."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from conq_desktop.engine import QueueEngine
from conq_desktop.views.admin import AdminWindow
from conq_desktop.views.common.application import application
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.worker import EngineRunner

LEFT = Qt.MouseButton.LeftButton
Opened = Callable[..., AdminWindow]


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as key presses (QTest's key clicks take Latin letters only)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def replace_text(widget: QLineEdit, text: str) -> None:
    """Select what the field holds and type ``text`` over it."""
    widget.selectAll()
    type_text(widget, text)


def settled(window: AdminWindow) -> bool:
    """Nothing runs any more: no change, no read."""
    return not window.ops.busy and not window.refresh.busy


def press(qtbot: QtBot, window: AdminWindow, button: object) -> str:
    """Click ``button`` and wait until the window has said something and read the
    centre again; returns what it said."""
    window.say(None)
    qtbot.mouseClick(button, LEFT)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.message.text() != "" and settled(window))
    return window.message.text()


def remove(qtbot: QtBot, window: AdminWindow, page: Any) -> str:
    """Press the page's Remove, answer the question with Remove, and return what the
    window said."""
    window.say(None)
    qtbot.mouseClick(page.remove_button, LEFT)
    qtbot.waitUntil(lambda: page.remove_dialog is not None and page.remove_dialog.isVisible())
    return press(qtbot, window, page.remove_dialog.ok)


def sign_in(qtbot: QtBot, window: AdminWindow, login: str = "admin", pin: str = "9999") -> str:
    window.login_edit.setText(login)
    window.pin_edit.setText(pin)
    return press(qtbot, window, window.sign_in_button)


@pytest.fixture
def opened(qtbot: QtBot, tmp_path: Path) -> Iterator[Opened]:
    windows: list[AdminWindow] = []

    def open_window(engine: QueueEngine, live: LiveUpdates | None = None) -> AdminWindow:
        application()
        window = AdminWindow(
            engine, live, EngineRunner(), lang="en", config_file=tmp_path / "config.toml"
        )
        qtbot.addWidget(window)
        window.resize(1400, 860)
        window.show()
        windows.append(window)
        qtbot.waitUntil(lambda: window.snapshot is not None)
        return window

    yield open_window
    for window in windows:
        window.runner.wait()


@pytest.fixture
def window(qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened) -> AdminWindow:
    """Signed in as the demo centre's administrator."""
    shown = opened(sqlite_engine)
    sign_in(qtbot, shown)
    assert shown.actor is not None
    return shown
