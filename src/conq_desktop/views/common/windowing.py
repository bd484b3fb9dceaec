"""Placing windows on screens.

Without a window manager (a bare X session, as kiosk images run) ``showFullScreen()``
leaves a window at its size hint, so full-screen windows get the screen's geometry
first.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from conq_desktop.i18n import _, translate

log = logging.getLogger(__name__)

# Staff windows are laid out for 1920×1080 and scaled from there.
FULL_SIZE = QSize(1920, 1080)


def show_windowed(window: QWidget, size: QSize = FULL_SIZE) -> None:
    """Open as a normal window, as large as fits (up to ``size``) on the main screen."""
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        window.resize(size.boundedTo(room.size() * 0.95))
        window.move(room.center() - window.rect().center())
    window.show()


def place_on_screen(window: QWidget, screen_number: int | None) -> str | None:
    """Show ``window`` full screen on monitor ``screen_number`` (0-based). Returns a
    warning when that monitor does not exist and the primary one is used instead."""
    screens = QGuiApplication.screens()
    warning = None
    screen = QGuiApplication.primaryScreen()
    if screen_number is not None:
        if 0 <= screen_number < len(screens):
            screen = screens[screen_number]
        else:
            warning = translate(
                _("There is no screen {number} (found {count}); using the main screen."),
                number=screen_number,
                count=len(screens),
            )
            log.info(warning)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    return warning


def tile(window: QWidget, index: int, count: int) -> None:
    """Show ``window`` as tile ``index`` of ``count`` side by side on the main screen
    (2 × 2 for four): the demo opens its kiosk, panels and hall display so that all are
    seen at once, each its own process, without a window manager's help."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        window.show()
        return
    room = screen.availableGeometry()
    columns = max(1, math.ceil(math.sqrt(count)))
    rows = max(1, math.ceil(count / columns))
    width, height = room.width() // columns, room.height() // rows
    row, column = divmod(index % (columns * rows), columns)
    window.setGeometry(room.x() + column * width, room.y() + row * height, width, height)
    window.show()


def maximise(window: QWidget) -> None:
    """Maximised, with the screen's working area as its geometry first: without a window
    manager ``showMaximized()`` alone leaves a window at its size hint."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.availableGeometry())
    window.showMaximized()
