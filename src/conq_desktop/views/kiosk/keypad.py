"""An on-screen keypad for a finger: the PIN page's digits and the check-in page's
letters and digits are the same widget with other keys.

Its keys never take the keyboard focus (``style.button``): the typing stays in the
page's field, where a physical keyboard or a scanner types too. Each key press is
``pressed(key)``; ``type_into`` does to a field what a key means.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QWidget

from conq_desktop.i18n import translate
from conq_desktop.views.common.theme import set_font
from conq_desktop.views.kiosk.style import button

DELETE = "⌫"
OK = "OK"


class Keypad(QWidget):
    """``rows`` of keys, laid out on a grid; a key in ``wide`` takes that many cells.
    ``⌫`` is read to a screen reader as ``backspace_name`` (a message to translate)."""

    pressed = Signal(str)

    def __init__(
        self,
        rows: Sequence[Sequence[str]],
        *,
        backspace_name: str,
        wide: Mapping[str, int] | None = None,
    ) -> None:
        super().__init__()
        self.backspace_name = backspace_name
        self.keys: list[QPushButton] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(14)
        for row, keys in enumerate(rows):
            column = 0
            for key in keys:
                span = (wide or {}).get(key, 1)
                item = button("action" if key == OK else "key", key)
                item.clicked.connect(lambda _checked=False, key=key: self.pressed.emit(key))
                grid.addWidget(item, row, column, 1, span)
                column += span
                self.keys.append(item)

    def key(self, text: str) -> QPushButton:
        """The key that types ``text`` (``⌫`` and ``OK`` too)."""
        return next(key for key in self.keys if key.text() == text)

    def retranslate(self, lang: str) -> None:
        for key in self.keys:  # "⌫" says nothing to a screen reader
            text = key.text()
            key.setAccessibleName(translate(self.backspace_name, lang) if text == DELETE else text)

    def set_sizes(self, font: float, height: float) -> None:
        for key in self.keys:
            set_font(key, font, bold=True)
            key.setMinimumHeight(int(height))


def type_into(field: QLineEdit, key: str) -> None:
    """What a key other than OK does to ``field``: delete the last character, or add
    its own."""
    if key == DELETE:
        field.backspace()
    elif key != OK:
        field.insert(key)
