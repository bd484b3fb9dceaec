"""Changes from any process, as a Qt signal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from conq_desktop.db import Database
from conq_desktop.notify import ChangeWatcher, watch_changes


class LiveUpdates(QObject):
    """Emits ``changed`` (on the GUI thread) whenever any process commits a change.

    The watcher thread emits the signal; Qt queues it to the receivers' thread, so slots
    run on the GUI thread. Bursts are not merged here: receivers re-read what they show,
    which is cheap, and a merged signal would add latency.
    """

    changed = Signal(dict)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher: ChangeWatcher = watch_changes(db, self._on_change)

    def _on_change(self, details: dict[str, Any]) -> None:
        self.changed.emit(details)

    def stop(self) -> None:
        self._watcher.stop()
