"""Waiting for a database that does not answer yet, in a window.

A window command whose database server does not answer (``db.NotAnswering``: not
started yet at boot, restarting, out of reach) shows the waiting window where its
screen would be and tries again every ``RETRY_SECONDS``, on a pool thread (opening a
database may wait for the network: the window must stay drawn and usable meanwhile).
Once the database answers, the opened database is handed back and the caller opens
the real window; the waiting window closes only once the event loop runs again, after
the real one is shown, so the screen never shows the desktop in between.

A problem that waiting cannot fix, met on a later attempt (a schema newer than the
program, a refused upgrade), is shown in the window instead, until the person quits;
giving up (Quit, Ctrl+Q, closing the window, ``--quit-after``) raises the last error,
which the command line reports with its usual exit status.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtWidgets import QApplication

from conq_desktop.db import RETRY_SECONDS, NotAnswering
from conq_desktop.errors import ConqError
from conq_desktop.i18n import PUBLIC_LANGUAGES, current_language
from conq_desktop.views.common.application import application
from conq_desktop.views.common.windowing import place_on_screen, show_windowed, tile
from conq_desktop.views.common.worker import EngineRunner
from conq_desktop.views.waiting.window import WaitingWindow

if TYPE_CHECKING:
    from conq_desktop.views.app import Wanted, WindowOptions

log = logging.getLogger(__name__)

T = TypeVar("T")

# The windows the public reads: full screen where the real one would be.
PUBLIC_KINDS = ("display", "kiosk")
WINDOW_SIZE = QSize(1280, 720)


def languages(kind: str | None, pc_language: str | None) -> tuple[str, ...]:
    """Kyrgyz and Russian, as the hall display says everything; the kiosk adds this
    PC's language if set (it greets in it), a staff window the language its staff
    reads (this PC's, else the system's), if it is another one."""
    if kind == "display":
        return PUBLIC_LANGUAGES
    extra = pc_language if kind == "kiosk" else (pc_language or current_language())
    return PUBLIC_LANGUAGES + ((extra,) if extra and extra not in PUBLIC_LANGUAGES else ())


def reason_of(error: ConqError) -> str:
    """What the driver said, as it said it (the same in every language)."""
    return str(error.params.get("reason", ""))


class _Wait(QObject, Generic[T]):
    """The attempts, the countdown between them, and how the wait ends."""

    def __init__(
        self,
        window: WaitingWindow,
        attempt: Callable[[], T],
        error: ConqError,
        retry_seconds: int,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.attempt = attempt
        self.error: BaseException = error
        self.opened: tuple[T] | None = None
        self.retry_seconds = retry_seconds
        self.attempts = 1  # the one that failed before the window came
        self.left = retry_seconds
        self.busy = False
        self.runner = EngineRunner(self, threads=1)
        self.tick = QTimer(self, interval=1000, timeout=self._count_down)
        # ``--quit-after``: smoke tests and benches end, waiting or not.
        self.deadline = QTimer(self, singleShot=True, timeout=self._give_up)
        window.try_now.connect(self._try)
        window.quit_requested.connect(self._give_up)

    def start(self) -> None:
        self.window.show_waiting(self.attempts, self.left, reason_of(self.error))
        self.tick.start()

    def _count_down(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self._try()
        else:
            self.window.show_waiting(self.attempts, self.left, reason_of(self.error))

    def _try(self) -> None:
        if self.busy or self.opened is not None:
            return
        self.busy = True
        self.tick.stop()
        self.attempts += 1
        self.window.show_trying(self.attempts)
        self.runner.run(self.attempt, self._answered, self._failed)

    def _answered(self, value: T) -> None:
        self.busy = False
        self.opened = (value,)
        log.warning("the database answers (attempt %d): opening the window", self.attempts)
        self.window.finished()
        QApplication.instance().exit(0)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.error = error
        if isinstance(error, NotAnswering):
            self.left = self.retry_seconds
            self.window.show_waiting(self.attempts, self.left, reason_of(error))
            self.tick.start()
        elif isinstance(error, ConqError):
            log.warning("the window cannot open: %s", error.message())
            self.window.show_problem(error)
        else:  # a bug: ends the wait, and the command line says "internal error"
            self._give_up()

    def _give_up(self) -> None:
        self.tick.stop()
        QApplication.instance().exit(0)


def wait_for_database(
    attempt: Callable[[], T],
    error: NotAnswering,
    *,
    address: str,
    wanted: Wanted | None,
    options: WindowOptions,
    retry_seconds: int = RETRY_SECONDS,
    on_window: Callable[[WaitingWindow], None] | None = None,
) -> T:
    """What ``attempt`` returns once it stops raising ``NotAnswering``, tried again
    while the waiting window for ``wanted`` says why it waits (``error``, the first
    attempt's failure, and ``address``, the database without its password). Raises
    the last error if the wait is given up. ``on_window`` sees the window (tests)."""
    app = application()
    kind = wanted[0] if wanted is not None else None
    locked_kiosk = kind == "kiosk" and not (options.windowed or options.receptionist)
    window = WaitingWindow(
        languages(kind, options.language),
        address,
        reason_of(error),
        can_quit=not locked_kiosk,
    )
    log.warning("the database does not answer; waiting for it: %s", error.message())
    wait = _Wait(window, attempt, error, retry_seconds)
    _place(window, kind, options)
    if on_window is not None:
        on_window(window)
    wait.start()
    if options.quit_after > 0:
        wait.deadline.start(int(options.quit_after * 1000))
    app.exec()
    wait.tick.stop()
    wait.deadline.stop()
    if wait.opened is None:
        window.finished()
        window.close()
        raise wait.error
    # Closed in the next turn of the event loop: after the real window is shown.
    QTimer.singleShot(0, window.close)
    return wait.opened[0]


def _place(window: WaitingWindow, kind: str | None, options: WindowOptions) -> None:
    """Where the window asked for would open: the hall display on its monitor and the
    kiosk full screen (with the screen's geometry, as they are placed without a window
    manager), others as a normal window."""
    if options.tile is not None:
        tile(window, *options.tile)
    elif kind in PUBLIC_KINDS and not options.windowed:
        place_on_screen(window, options.screen if kind == "display" else None)
    elif options.windowed:
        window.resize(WINDOW_SIZE)
        window.show()
    else:
        show_windowed(window, WINDOW_SIZE)
