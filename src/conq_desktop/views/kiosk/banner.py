"""The banner above the page: what the kiosk has to say besides the page itself.

A message said for a while ("closed now", "printed again") goes before the standing
ones, which stay until their cause goes away: "offline" (the queue cannot be reached)
before "printer" (the ticket printer is not working). Every message is kept as a
``Text`` and drawn in the screen's language, again after each switch.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from conq_desktop.views.common.operation import Text
from conq_desktop.views.common.theme import restyle

BANNER_SECONDS = 8.0  # a refusal ("closed now") stays this long
CAUSES = ("offline", "printer")  # standing messages, the first one present is shown


def plain(text: Text) -> Text:
    """``text`` shown exactly as it reads, in the banner's rich text."""
    return lambda lang: escape(text(lang), quote=False)


def quiet(headline: str, detail: str) -> str:
    """Rich text for the banner: the headline in its bold font, the detail in normal weight."""
    return f'{escape(headline)} <span style="font-weight: 400">{escape(detail)}</span>'


class Banner(QLabel):
    """The label and what it has to say; ``kind`` ("info", "warning", "error") picks
    its colours in the style sheet."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="banner", alignment=Qt.AlignmentFlag.AlignCenter)
        self.lang = lang
        self._said: tuple[str, Text] | None = None  # shown for a while
        self._standing: dict[str, tuple[str, Text]] = {}  # until the cause goes away
        self.timer = QTimer(self, singleShot=True, timeout=self.hush)
        self.setWordWrap(True)
        self.setProperty("kind", "warning")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.hide()

    def say(
        self, kind: str, text: Text, seconds: float = BANNER_SECONDS, *, rich: bool = False
    ) -> None:
        """Show ``text`` for ``seconds``; ``rich`` text is shown as markup, any other
        is shown exactly as it reads."""
        self._said = (kind, text if rich else plain(text))
        self.timer.start(int(seconds * 1000))
        self.render()

    def hush(self) -> None:
        """The message said for a while is over (its time is up, or its visitor has
        gone); a standing one shows again."""
        self.timer.stop()
        self._said = None
        self.render()

    def stand(self, cause: str, kind: str, text: Text, *, rich: bool = False) -> None:
        """Show ``text`` until ``clear(cause)``, whenever nothing more recent is said."""
        if cause not in CAUSES:
            raise ValueError(f"unknown banner cause {cause!r}")
        self._standing[cause] = (kind, text if rich else plain(text))
        self.render()

    def clear(self, cause: str) -> None:
        """The cause has gone away."""
        self._standing.pop(cause, None)
        self.render()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.render()

    def render(self) -> None:
        current = self._said or next(
            (self._standing[cause] for cause in CAUSES if cause in self._standing), None
        )
        if current is None:
            self.hide()
            return
        kind, text = current
        if self.property("kind") != kind:
            restyle(self, kind=kind)
        self.setText(text(self.lang))
        self.show()
