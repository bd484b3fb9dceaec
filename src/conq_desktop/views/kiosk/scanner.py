"""A booking code scanned at the kiosk, with nobody tapping first.

A keyboard-wedge scanner "types" the code's characters and then Enter into whatever
has the focus: the window itself, or a service button a keyboard user left it on. So
the letters and digits typed while the window is ``listening`` (the services are
shown, or the last visitor's number still is) are collected here (an application-wide
event filter: the focus may be on any widget of the window), and Enter after at least
``SHORTEST_CODE`` of them is a scan, not a press of the focused button. With fewer,
Enter and Space press the focused button as before; a letter never does. A pause of
``SCAN_GAP_MS`` forgets what was collected: a scanner types a whole code within a
fraction of a second, a stray key long before is not part of it.

Characters pass through as typed: with the Russian layout on, a scanner types Cyrillic
letters, which the engine folds back. The desk's own fields (login, PIN) keep their
typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QTextEdit, QWidget

SCAN_GAP_MS = 1000  # a scanner types faster; a person pausing starts afresh
SHORTEST_CODE = 4  # fewer characters before Enter: a keyboard user pressing a button
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# A letter typed with these is a shortcut (Alt+F4), not part of a code.
CHORDS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | (Qt.KeyboardModifier.MetaModifier)
)
TYPING = (QLineEdit, QAbstractSpinBox, QTextEdit)  # widgets that take typing themselves


class ScanCollector(QObject):
    """Collects what is typed into ``window`` while ``listening()``; ``scanned``
    carries a code as it was typed."""

    scanned = Signal(str)

    def __init__(self, window: QWidget, listening: Callable[[], bool]) -> None:
        super().__init__(window)
        self._window = window
        self._listening = listening
        self.buffer = ""
        self.gap = QTimer(self, singleShot=True, interval=SCAN_GAP_MS, timeout=self.forget)
        app = QApplication.instance()
        assert app is not None, "the kiosk needs its QApplication"
        app.installEventFilter(self)

    def forget(self) -> None:
        """Nothing collected (after a pause, a scan, or a page change)."""
        self.buffer = ""
        self.gap.stop()

    def stop(self) -> None:
        """The window closes: no more listening."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.forget()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self._concerns(watched):
            return False
        assert isinstance(event, QKeyEvent)
        if not self._listening():
            self.forget()
            return False
        if event.key() in ENTER:
            code = self.buffer
            self.forget()
            if sum(char.isalnum() for char in code) >= SHORTEST_CODE:
                self.scanned.emit(code)
                return True  # the scan's Enter presses no button
            return False
        text = event.text()
        if len(text) == 1 and (text.isalnum() or text == "-") and not event.modifiers() & CHORDS:
            self.buffer += text
            self.gap.start()
            return True  # a letter presses no service
        return False

    def _concerns(self, watched: QObject) -> bool:
        """A key for this window, and not for a field that takes typing itself. (A key
        that nobody takes travels up to the parents and comes by again: only Enter and
        the like, which change nothing here the second time.)"""
        if not isinstance(watched, QWidget) or isinstance(watched, TYPING):
            return False
        return watched is self._window or self._window.isAncestorOf(watched)
