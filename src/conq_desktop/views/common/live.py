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

    # No arguments: receivers re-read what they show anyway, and carrying a Python dict
    # across threads in every emit crashed PySide6 6.12 after thousands of changes
    # (none_dealloc) in the display bench.
    changed = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher: ChangeWatcher = watch_changes(db, self._on_change)

    def _on_change(self, _details: dict[str, Any]) -> None:
        self.changed.emit()

    def stop(self) -> None:
        self._watcher.stop()
