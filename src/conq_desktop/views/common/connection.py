"""The database lost and back, as a window sees it.

Two witnesses: the live updates' watcher (``LiveUpdates.connection``: its own
connection broke, or is back) and the window's own reads (a refresh that failed for
want of the database). ``ConnectionWatch`` merges them into one state, ``online``,
and tries the window's read again after a failure (1 s, doubling to 5 s) until one
succeeds: the window recovers by itself, on SQLite too, where no watcher connection
breaks. The state goes back to online only once a read succeeded, so the banner
leaves together with the stale data.

``ConnectionBanner`` is the staff windows' banner; the kiosk says it in its own banner
and the hall display with an offline mark beside its clock.
"""

from __future__ import annotations

import logging
import sqlite3

import sqlalchemy.exc
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from conq_desktop.errors import DatabaseError
from conq_desktop.i18n import _, translate
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.theme import PALETTE
from conq_desktop.views.common.worker import Callback, Refresh

log = logging.getLogger(__name__)

CONNECTION_LOST = _("No connection to the database. Trying again…")

RETRY_FIRST_MS = 1000
RETRY_MOST_MS = 5000


def lost_connection(error: BaseException) -> bool:
    """Whether a failed read failed for want of the database, not for a bug: the
    engine's ``DatabaseError``, or the driver's word for a connection that broke or
    could not be made."""
    if isinstance(error, DatabaseError):
        return True
    driver_error = getattr(error, "orig", None)
    if isinstance(driver_error, sqlite3.Error):
        # A busy or locked SQLite file is there and answers in a moment: no banner for
        # that, only for a file that cannot be opened or read (a network share gone).
        return any(words in str(driver_error) for words in ("unable to open", "disk I/O"))
    if isinstance(error, sqlalchemy.exc.DBAPIError):
        return error.connection_invalidated or isinstance(
            error, sqlalchemy.exc.OperationalError | sqlalchemy.exc.InterfaceError
        )
    return isinstance(error, OSError | sqlalchemy.exc.DisconnectionError)


class ConnectionWatch(QObject):
    """One window's view of the database: ``state`` is emitted with False when it is
    lost and True when the window has read again after it came back."""

    state = Signal(bool)

    def __init__(self, parent: QObject, live: LiveUpdates | None, retry: Callback) -> None:
        super().__init__(parent)
        self._retry = retry
        self._live_online = live.online if live is not None else True
        self._read_failing = False
        self.online = self._live_online
        self._delay = RETRY_FIRST_MS
        self._timer = QTimer(self, singleShot=True, timeout=self._try_again)
        if live is not None:
            live.connection.connect(self._live_state)

    def attach(self, refresh: Refresh) -> None:
        """Follow ``refresh``'s outcomes: a failure for want of the database is a lost
        connection (tried again later), any success a working one."""
        shown, failed = refresh.show, refresh.failed

        def show(value: object) -> None:
            self.read_ok()
            shown(value)

        def fail(error: BaseException) -> None:
            self.read_failed(error)
            failed(error)

        refresh.show, refresh.failed = show, fail

    def read_ok(self) -> None:
        self._read_failing = False
        self._delay = RETRY_FIRST_MS
        self._timer.stop()
        self._update()

    def read_failed(self, error: BaseException) -> None:
        if not lost_connection(error):
            return  # a bug: logged by the window, the connection is not to blame
        self._read_failing = True
        if not self._timer.isActive():
            self._timer.start(self._delay)
            self._delay = min(self._delay * 2, RETRY_MOST_MS)
        self._update()

    def stop(self) -> None:
        self._timer.stop()

    def _try_again(self) -> None:
        self._retry()

    def _live_state(self, online: bool) -> None:
        self._live_online = online
        if not online:
            # Whatever is shown may be stale from now on; the window's next read
            # (after the watcher is back, or the retry) says whether it is over.
            self._read_failing = True
        self._update()

    def _update(self) -> None:
        online = self._live_online and not self._read_failing
        if online != self.online:
            self.online = online
            log.warning("database %s", "reachable again" if online else "cannot be reached")
            self.state.emit(online)


BANNER_STYLE = (
    f"QLabel#connectionBanner {{ background: {PALETTE['warn']}; color: {PALETTE['white']};"
    " font-weight: 600; padding: 8px 12px; border-radius: 6px; }"
)


class ConnectionBanner(QLabel):
    """A staff window's banner: "no connection", in the window's language, shown while
    the database cannot be reached. Its accessible name is its text."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="connectionBanner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(BANNER_STYLE)
        self.set_language(lang)
        self.hide()

    def set_language(self, lang: str) -> None:
        text = translate(CONNECTION_LOST, lang)
        self.setText(text)
        self.setAccessibleName(text)

    def show_state(self, online: bool) -> None:
        self.setVisible(not online)


def watch_connection(
    window: QWidget,
    live: LiveUpdates | None,
    refresh: Refresh,
    banner: ConnectionBanner | None = None,
) -> ConnectionWatch:
    """The usual wiring: ``refresh`` followed and retried, ``banner`` (if any) shown
    while the connection is lost."""
    watch = ConnectionWatch(window, live, refresh)
    watch.attach(refresh)
    if banner is not None:
        banner.show_state(watch.online)
        watch.state.connect(banner.show_state)
    return watch
