"""Changes from any process, and the database lost and back, as Qt signals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from conq_desktop.db import Database
from conq_desktop.notify import ChangeWatcher, watch_changes


class LiveUpdates(QObject):
    """Emits ``changed`` (on the GUI thread) whenever any process commits a change, and
    ``connection`` with False when the database can no longer be reached (the watcher's
    own connection broke) and True when it can again; ``changed`` follows the return,
    so every window re-reads what it shows.

    The watcher thread emits the signals; Qt queues them to the receivers' thread, so
    slots run on the GUI thread. Bursts are not merged here: receivers re-read what they
    show, which is cheap, and a merged signal would add latency.
    """

    # No arguments: receivers re-read what they show anyway, and carrying a Python dict
    # across threads in every emit crashed PySide6 6.12 after thousands of changes
    # (none_dealloc) in the display bench.
    changed = Signal()
    # A plain bool crosses threads as a C++ value, no Python object.
    connection = Signal(bool)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher: ChangeWatcher = watch_changes(db, self._on_change, self._on_state)

    @property
    def online(self) -> bool:
        """Whether the watcher reaches the database now."""
        return self._watcher.online

    def _on_change(self, _details: dict[str, Any]) -> None:
        self.changed.emit()

    def _on_state(self, online: bool) -> None:
        # The PostgreSQL watcher says "anything changed" right after it is back, so
        # ``changed`` follows this one without being emitted here.
        self.connection.emit(online)

    def stop(self) -> None:
        self._watcher.stop()
