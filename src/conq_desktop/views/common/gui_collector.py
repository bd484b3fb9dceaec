"""Python's cycle collector runs on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed:
often an engine-call pool thread or the live-updates watcher. A window caught in a
reference cycle (a window and the helpers that call back into it) was then destroyed
on that thread, and Qt crashed, since widgets and timers may only be destroyed on the
GUI thread: the first-run window replaced by the hall display did it in a test, and the
display bench between runs. So automatic collection is switched off, and a timer on
the GUI thread collects instead, the same generations the thresholds would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250

_collector: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self, interval=INTERVAL_MS, timeout=self.collect)
        self.timer.start()
        gc.disable()

    def collect(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector once, owned by ``app`` (call on the GUI thread)."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(app)
        app.destroyed.connect(_forget)
    return _collector


def _forget() -> None:
    global _collector
    _collector = None
    gc.enable()  # no GUI thread left to collect on
