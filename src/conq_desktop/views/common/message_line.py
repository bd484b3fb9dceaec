"""A window's message line: what the last action came to, in the window's language, as
information or as an error, said again in the new language when the window switches.
The administration, supervisor and Reports windows each have one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from conq_desktop.i18n import translate
from conq_desktop.views.common.operation import Text
from conq_desktop.views.common.theme import restyle


def words(message: str, **params: object) -> Text:
    """``message`` as the line says it, in whichever language it is shown."""
    return lambda lang: translate(message, lang, **params)


class MessageLine(QLabel):
    def __init__(self, *, quiet: str = "empty", selectable: bool = False) -> None:
        """``quiet``: the style when nothing is said (the window's sheet names it)."""
        super().__init__(objectName="message")
        self.setWordWrap(True)
        if selectable:  # an error to copy into a message to the IT person
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quiet = quiet
        self.said: tuple[Text | None, bool] = (None, False)

    def say(self, text: Text | None, lang: str, error: bool = False) -> None:
        self.said = (text, error)
        self.setText(text(lang) if text else "")
        restyle(self, kind=self.quiet if text is None else "error" if error else "info")

    def retranslate(self, lang: str) -> None:
        text, error = self.said
        self.say(text, lang, error)
