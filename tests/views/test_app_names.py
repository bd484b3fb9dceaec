"""Each window's process says what it is to assistive technology: the demo's kiosk and
panels were all "__main__.py" to a screen reader."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from conq_desktop.engine import QueueEngine
from conq_desktop.views.app import Opener, WindowOptions


def test_a_window_names_its_process(qtbot: QtBot, sqlite_engine: QueueEngine) -> None:
    opener = Opener(sqlite_engine, WindowOptions(language="en", windowed=True))
    app = opener.window_ctx.app
    try:
        names = []
        for kind, number in (("display", 0), ("operator", 3), ("supervisor", 0)):
            window = opener.open(kind, number)
            qtbot.addWidget(window)
            names.append(QAccessible.queryAccessibleInterface(app).text(QAccessible.Text.Name))
        assert names == [
            "conq-desktop hall display",
            "conq-desktop operator window 3",
            "conq-desktop supervisor",
        ]
        # The titles are not lengthened by Qt with the name: the display name is theirs.
        assert app.applicationDisplayName() == "conq-desktop"
    finally:
        for window in opener.opened:
            window.close()
            window.runner.wait()
        opener.window_ctx.live.stop()
