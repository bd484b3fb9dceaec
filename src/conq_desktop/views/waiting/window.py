"""The window a screen shows while its database does not answer yet.

A PC that boots before the centre's PostgreSQL server would otherwise lose its
autostarted screens: the hall display, the kiosk, the operator panels. This window
stands where the screen should be, says in the public's languages (and the staff's,
see ``wait.languages``) what it waits for and when it tries again, and is replaced by
the real window once the database answers (conq_desktop.views.waiting.wait).

Every button's accessible name is its visible text; the buttons take the keyboard
focus in order ("Try now", then "Quit"), and Ctrl+Q quits also where no "Quit" button
is shown (a locked kiosk: visitors must not end it, an IT person with a keyboard may).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.errors import ConqError
from conq_desktop.i18n import _, in_every_language, translate
from conq_desktop.views.common.theme import set_font, window_sheet

WAITING = _("Waiting for the database…")
WAITING_BODY = _(
    "The database does not answer yet. This screen opens by itself as soon as it does."
)
DATABASE = _("Database")
TRYING = _("Attempt {number}: trying to reach the database…")
TRY_AGAIN_IN = _("Attempt {number} found no answer. Trying again in {seconds} s.")
CANNOT_OPEN = _("This screen cannot open")
TRY_NOW = _("Try now")
QUIT = _("Quit")

STYLE = window_sheet(
    "waitingWindow",
    """
QFrame#card { background: $card; border-radius: 24px; }
QLabel#title { color: $amber; }
QLabel#title[kind="problem"] { color: $error_text; }
QLabel#body { color: $pale; }
QLabel#status { color: $mist; }
QLabel#address, QLabel#reason { color: $sky; }
QPushButton { border: 3px solid $paper; border-radius: 18px; padding: 10px 28px; }
QPushButton#tryNow { background: $amber; color: $navy; }
QPushButton#quit { background: $paper; color: $navy; }
QPushButton:focus { border-color: $white; outline: none; }
QPushButton#tryNow:focus { border-color: $white; background: $amber_hover; }
QPushButton:disabled { background: $slate; color: $off_text; border-color: $slate; }
""",
)


class _Card(QFrame):
    """One language's say: the title, what happens, the attempt."""

    def __init__(self, lang: str) -> None:
        super().__init__(objectName="card")
        self.lang = lang
        self.title = QLabel(translate(WAITING, lang), objectName="title", wordWrap=True)
        self.body = QLabel(translate(WAITING_BODY, lang), objectName="body", wordWrap=True)
        self.status = QLabel(objectName="status", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        for label in (self.title, self.body, self.status):
            label.setLocale(QLocale(lang))  # a screen reader reads each card in its own language
            layout.addWidget(label)

    def set_sizes(self, unit: float) -> None:
        set_font(self.title, unit * 1.6, bold=True)
        set_font(self.body, unit)
        set_font(self.status, unit, bold=True)


class WaitingWindow(QWidget):
    """Says what the screen waits for; ``try_now`` and ``quit_requested`` are the
    person's. ``finished()`` before closing it means the wait is over, not given up."""

    try_now = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        languages: tuple[str, ...],
        address: str,
        reason: str,
        *,
        can_quit: bool = True,
        title: str = "conq-desktop",
    ) -> None:
        super().__init__(objectName="waitingWindow")
        self.languages = languages
        self._finished = False
        self.setWindowTitle(title)
        self.setStyleSheet(STYLE)
        self.cards = [_Card(lang) for lang in languages]
        # Once for all languages, on a line of its own: a long address has no spaces
        # to wrap at. (Without its password: db.location.)
        caption = in_every_language(DATABASE, languages=languages)
        self.address = QLabel(f"{caption}: {address}", objectName="address", wordWrap=True)
        self.reason = QLabel(reason, objectName="reason", wordWrap=True)
        for label in (self.address, self.reason):  # to copy into a message to the IT person
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.try_button = self._button("tryNow", TRY_NOW, self.try_now.emit)
        self.quit_button = self._button("quit", QUIT, self.quit_requested.emit)
        self.quit_button.setVisible(can_quit)

        cards = QHBoxLayout()
        cards.setSpacing(24)
        for card in self.cards:
            cards.addWidget(card, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.try_button)
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.setSpacing(24)
        layout.addStretch(1)
        layout.addLayout(cards)
        layout.addWidget(self.address)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setTabOrder(self.try_button, self.quit_button)
        QShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q), self, activated=self.quit_requested.emit
        )
        self._set_sizes(720)
        self.try_button.setFocus()

    def _button(self, name: str, message: str, action: object) -> QPushButton:
        # One language a line: the row of buttons fits a small screen too.
        text = in_every_language(message, "\n", languages=self.languages)
        button = QPushButton(text, objectName=name)
        button.setAccessibleName(text)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.clicked.connect(action)
        return button

    def show_trying(self, attempt: int) -> None:
        self.try_button.setEnabled(False)
        self._status(TRYING, number=attempt)

    def show_waiting(self, attempt: int, seconds: int, reason: str) -> None:
        """Attempt ``attempt`` failed for ``reason``; the next one in ``seconds``."""
        self.try_button.setEnabled(True)
        if self.focusWidget() is None:
            self.try_button.setFocus()
        self.reason.setText(reason)
        self._status(TRY_AGAIN_IN, number=attempt, seconds=seconds)

    def show_problem(self, error: ConqError) -> None:
        """A problem waiting cannot fix (a schema newer than the program, a refused
        upgrade): said in every language of the window, nothing tried any more."""
        for card in self.cards:
            card.title.setText(translate(CANNOT_OPEN, card.lang))
            card.title.setProperty("kind", "problem")
            card.title.style().unpolish(card.title)
            card.title.style().polish(card.title)
            card.body.setText(error.message(card.lang))
            card.status.clear()
        self.reason.hide()  # the driver's words belong to waiting, not to this problem
        self.try_button.hide()
        self.quit_button.show()
        self.quit_button.setFocus()

    def finished(self) -> None:
        self._finished = True

    def status_texts(self) -> list[str]:
        return [card.status.text() for card in self.cards]

    def _status(self, message: str, **params: object) -> None:
        for card in self.cards:
            text = translate(message, card.lang, **params)
            card.status.setText(text)
            card.status.setAccessibleName(text)

    def _set_sizes(self, height: int) -> None:
        # Readable from across the hall on a TV, still whole in a small window.
        unit = max(14.0, min(height / 30, 40.0))
        for card in self.cards:
            card.set_sizes(unit)
        set_font(self.address, unit * 0.8)
        set_font(self.reason, unit * 0.7)
        for button in (self.try_button, self.quit_button):
            set_font(button, unit, bold=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._set_sizes(event.size().height())
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._finished:  # closed by its title bar or the window manager: given up
            self.quit_requested.emit()
        super().closeEvent(event)
