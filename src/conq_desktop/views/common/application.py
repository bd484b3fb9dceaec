"""Starting the windows: the Qt application, shipped fonts and translations, the
database and live updates. Which window opens how is the composition root's
(views/app.py); this is what it, and a message box before any window, start from.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QLoggingCategory, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from conq_desktop.engine import QueueEngine
from conq_desktop.shipped import resource_dirs
from conq_desktop.views.common.gui_collector import collect_on_gui_thread
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.translations import install_translations
from conq_desktop.views.common.worker import EngineRunner


def application(lang: str | None = None) -> QApplication:
    """The Qt application, with the shipped fonts and the translators for ``lang``
    (default: the current language) installed."""
    # Qt Multimedia lists every optional library it did not find (PipeWire, VA-API) on
    # each start: noise for whoever reads the terminal. QT_LOGGING_RULES still wins.
    QLoggingCategory.setFilterRules(
        "qt.multimedia.symbolsresolver=false\nqt.multimedia.ffmpeg.info=false"
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # Else the name is the started file's: every window of the demo was "__main__.py" to
    # screen readers. Each window then names its process (views/app.py); the display
    # name stays the one every window title already ends with, so Qt adds nothing.
    app.setApplicationName("conq-desktop")
    app.setApplicationDisplayName("conq-desktop")
    for folder in resource_dirs():
        for font in sorted((folder / "fonts").glob("*.ttf")) if (folder / "fonts").is_dir() else []:
            QFontDatabase.addApplicationFont(str(font))
    install_translations(app, lang)
    collect_on_gui_thread(app)
    return app  # type: ignore[return-value]


@dataclass
class WindowContext:
    """What the windows of one run share: the application, the engine, the database's
    live updates and the runner of engine calls off the GUI thread."""

    app: QApplication
    engine: QueueEngine
    live: LiveUpdates
    runner: EngineRunner

    @classmethod
    def open(cls, engine: QueueEngine) -> WindowContext:
        app = application()
        live = LiveUpdates(engine.db)
        # Connected before any window's own slot, so that what they re-read on a change
        # already sees a centre setting an administrator changed on another PC.
        live.changed.connect(engine.reload_settings)
        runner = EngineRunner()
        app.aboutToQuit.connect(live.stop)
        return cls(app=app, engine=engine, live=live, runner=runner)

    def run(self, quit_after: float = 0) -> int:
        """Run the event loop; ``quit_after`` seconds > 0 ends it (smoke tests, benches)."""
        if quit_after > 0:
            QTimer.singleShot(int(quit_after * 1000), self.app.quit)
        return self.app.exec()
