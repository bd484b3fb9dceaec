"""The language switch of a staff window (Кыргызча / Русский / English).

Its buttons are plain buttons, not toggles: assistive technology reads them as
buttons (a checkable one would be read as a check box), each named by its language in
that language. The one of the language shown is drawn highlighted (the dynamic
property ``current``, for the window's style sheet: ``LANGUAGE_SWITCH_RULES``) and
says so in its accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from conq_desktop.i18n import LANGUAGE_NAMES, LANGUAGES, _, translate
from conq_desktop.views.common.theme import restyle, set_font

# Said by assistive technology of the button whose language is shown.
CURRENT_LANGUAGE = _("Current language")

# Style sheet rules for the buttons, with the palette's ``$name`` colours: part of a
# window's sheet (``theme.window_sheet``).
LANGUAGE_SWITCH_RULES = """
QPushButton#lang {
    background: transparent; color: $sky; border: 2px solid $border; border-radius: 10px;
    padding: 4px 12px;
}
QPushButton#lang:hover { background: $quiet; }
QPushButton#lang[current="true"] { background: $amber; color: $navy; border-color: $amber; }
QPushButton#lang:focus { border: 2px solid $white; }
"""


class LanguageSwitch(QWidget):
    """One button per language, side by side; ``chosen`` tells which was pressed. The
    window switches its texts, then calls ``show_language``."""

    chosen = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for code in LANGUAGES:
            button = QPushButton(LANGUAGE_NAMES[code], objectName="lang")
            button.setAccessibleName(button.text())
            button.setToolTip(LANGUAGE_NAMES[code])
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, code=code: self.chosen.emit(code))
            row.addWidget(button)
            self.buttons[code] = button
        self.show_language(lang)

    def show_language(self, lang: str) -> None:
        """Mark ``lang``'s button as the current one, for the eye and for the ear."""
        current = translate(CURRENT_LANGUAGE, lang)
        for code, button in self.buttons.items():
            button.setAccessibleDescription(current if code == lang else "")
            restyle(button, current=code == lang)

    def set_font_size(self, pixels: float) -> None:
        for button in self.buttons.values():
            set_font(button, pixels, bold=True)
