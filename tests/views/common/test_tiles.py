"""The demo's layout: four windows side by side on the main screen, and the demo PIN
on an operator panel's sign-in page."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from conq_desktop.engine import QueueEngine
from conq_desktop.views.common.application import application
from conq_desktop.views.common.windowing import maximise, tile
from conq_desktop.views.common.worker import EngineRunner
from conq_desktop.views.operator import OperatorPanel


def test_four_tiles_cover_the_screen_without_overlapping(qtbot: QtBot) -> None:
    application()
    room = QGuiApplication.primaryScreen().availableGeometry()
    windows = []
    for index in range(4):
        window = QWidget()
        qtbot.addWidget(window)
        tile(window, index, 4)
        windows.append(window.geometry())
    half = (room.width() // 2, room.height() // 2)
    # The offscreen platform nudges a window at the very corner by a frame's width.
    for index, rect in enumerate(windows):
        row, column = divmod(index, 2)
        assert abs(rect.x() - (room.x() + column * half[0])) <= 2
        assert abs(rect.y() - (room.y() + row * half[1])) <= 2
    assert all(abs(rect.width() - half[0]) <= 2 for rect in windows)
    assert all(abs(rect.height() - half[1]) <= 2 for rect in windows)


def test_maximised_takes_the_screen_even_without_a_window_manager(qtbot: QtBot) -> None:
    application()
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    maximise(window)
    assert window.geometry().size() == window.screen().availableGeometry().size()


@pytest.mark.parametrize(("hint", "shown"), [("1111", True), ("", False)])
def test_the_demo_pin_is_said_on_the_sign_in_page(
    qtbot: QtBot, sqlite_engine: QueueEngine, hint: str, shown: bool
) -> None:
    application()
    runner = EngineRunner()
    panel = OperatorPanel(sqlite_engine, 1, None, runner, login="aibek", lang="en", hint=hint)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.sign_in_hint.isVisible() is shown
    if shown:
        assert panel.sign_in_hint.text() == "Demo centre: the PIN is 1111"
    runner.wait()
