"""The parts of the first-run window: its look, a button labelled in three languages,
one language's card, the two pages of what can be done now, and the footer that says
where things are.

Nobody has chosen a language yet when the window is read, so every part says its text
in Kyrgyz, Russian and English. Sizes are set from outside (``set_sizes(unit)``):
the window shrinks them together until everything fits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.i18n import LANGUAGE_NAMES, LANGUAGES, in_every_language, translate
from conq_desktop.views.common.theme import set_font, window_sheet
from conq_desktop.views.first_run.texts import LAUNCHES, LOAD_FILE, OPEN_DEMO, WINDOW

MIN_PIXELS = 13  # texts shrink to fit the window, but never below this height

STYLE = window_sheet("firstRun","""
QLabel#brand { color: $mist; }
QLabel#version { color: $faint; }
QFrame#card { background: $card; border-radius: 28px; }
QLabel#language { color: $sky; }
QLabel#title { color: $white; }
QLabel#body { color: $pale; }
QLabel#message { border-radius: 14px; padding: 10px 16px; }
QLabel#message[kind="info"] { background: $info; color: $white; }
QLabel#message[kind="busy"] { background: $strip; color: $mist; }
QLabel#message[kind="error"] { background: $alert; color: $white; }
QPushButton#primary, QPushButton#secondary, QPushButton#launch {
    border: none; border-radius: 22px;
}
QPushButton#primary { background: $amber; }
QPushButton#primary:pressed { background: $amber_pressed; }
QPushButton#primary QLabel { color: $navy; }
QPushButton#secondary, QPushButton#launch { background: $paper; }
QPushButton#secondary:pressed, QPushButton#launch:pressed { background: $mist; }
QPushButton#secondary QLabel, QPushButton#launch QLabel { color: $navy; }
QPushButton#primary:disabled, QPushButton#secondary:disabled, QPushButton#launch:disabled {
    background: $slate;
}
QPushButton:disabled QLabel { color: $off_text; }
QLabel#windowCaption { color: $sky; }
QComboBox#windowNumber {
    background: $paper; color: $navy; border: none; border-radius: 12px; padding: 4px 16px;
}
QComboBox#windowNumber::drop-down { border: none; width: 36px; }
QComboBox#windowNumber QAbstractItemView { background: $paper; color: $navy; }
QFrame#footer { background: $panel; border-radius: 20px; }
QLabel#factName { color: $sky; }
QLabel#factValue { color: $white; }
""")


class TriButton(QPushButton):
    """A button labelled in Kyrgyz (first, bold), Russian and English, one line each."""

    def __init__(self, message: str, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.setObjectName(role)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.lines: dict[str, QLabel] = {}
        column = QVBoxLayout(self)
        column.setSpacing(2)
        column.addStretch(1)
        for lang in LANGUAGES:
            label = QLabel(translate(message, lang), alignment=Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            column.addWidget(label)
            self.lines[lang] = label
        column.addStretch(1)
        self.setAccessibleName(in_every_language(message))

    def text_lines(self) -> list[str]:
        return [label.text() for label in self.lines.values()]

    def set_sizes(self, unit: float) -> None:
        for lang, label in self.lines.items():
            ky = lang == "ky"
            set_font(label, unit / 36 if ky else unit / 46, bold=ky, minimum=MIN_PIXELS)
        pad = int(unit / 60)
        self.layout().setContentsMargins(2 * pad, pad, 2 * pad, pad)


class LanguageColumn(QFrame):
    """One language's card: its name, a title, what to do, the latest message."""

    def __init__(self, lang: str) -> None:
        super().__init__(objectName="card")
        self.lang = lang
        self.language = QLabel(LANGUAGE_NAMES[lang], objectName="language")
        self.title = QLabel(objectName="title")
        self.body = QLabel(objectName="body")
        self.message = QLabel(objectName="message")
        self.message.setProperty("kind", "info")
        for label in (self.title, self.body, self.message):
            label.setWordWrap(True)
        self.message.hide()
        column = QVBoxLayout(self)
        column.addWidget(self.language)
        column.addWidget(self.title)
        column.addWidget(self.body)
        column.addWidget(self.message)
        column.addStretch(1)

    def set_sizes(self, unit: float) -> None:
        set_font(self.language, unit / 52, bold=True, minimum=MIN_PIXELS)
        set_font(self.title, unit / 26, bold=True, minimum=MIN_PIXELS)
        set_font(self.body, unit / 36, minimum=MIN_PIXELS)
        set_font(self.message, unit / 44, bold=True, minimum=MIN_PIXELS)
        pad = int(unit / 34)
        self.layout().setContentsMargins(pad, int(pad * 0.8), pad, pad)
        self.layout().setSpacing(int(unit / 70))


class SetupPage(QWidget):
    """While there is no centre: load a centre file, or try the demo."""

    def __init__(self, load: Callable[[], None], demo: Callable[[], None]) -> None:
        super().__init__()
        self.load_button = TriButton(LOAD_FILE, "primary")
        self.load_button.clicked.connect(load)
        self.demo_button = TriButton(OPEN_DEMO, "secondary")
        self.demo_button.clicked.connect(demo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        row.addStretch(1)
        row.addWidget(self.load_button, 3)
        row.addWidget(self.demo_button, 3)
        row.addStretch(1)

    def set_sizes(self, unit: float) -> None:
        self.load_button.set_sizes(unit)
        self.demo_button.set_sizes(unit)


class LaunchPage(QWidget):
    """Once there is a centre: a button for each kind of window (``choose(kind)``),
    and which service window the operator panel is for."""

    def __init__(self, choose: Callable[[str], None]) -> None:
        super().__init__()
        self.buttons: dict[str, TriButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        for index, (kind, message) in enumerate(LAUNCHES):
            button = TriButton(message, "launch")
            button.clicked.connect(lambda _checked=False, kind=kind: choose(kind))
            grid.addWidget(button, 0, index)
            grid.setColumnStretch(index, 1)
            self.buttons[kind] = button
        self.window_caption = QLabel(in_every_language(WINDOW), objectName="windowCaption")
        self.window_number = QComboBox(objectName="windowNumber")
        pick = QHBoxLayout()
        pick.setSpacing(12)
        pick.addWidget(self.window_caption)
        pick.addWidget(self.window_number, 1)
        grid.addLayout(pick, 1, len(LAUNCHES) - 1)

    def set_sizes(self, unit: float) -> None:
        for button in self.buttons.values():
            button.set_sizes(unit)
        set_font(self.window_caption, unit / 46, bold=True, minimum=MIN_PIXELS)
        set_font(self.window_number, unit / 34, bold=True, minimum=MIN_PIXELS)


class Facts(QFrame):
    """The footer: where things are (the database, the command that loads a centre
    file, the sample file), each fact's name in every language and its value
    selectable, to copy into a terminal or a file manager."""

    def __init__(self, facts: Sequence[tuple[str, str]]) -> None:
        super().__init__(objectName="footer")
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        self.labels: list[tuple[QLabel, QLabel]] = []
        for row, (name, value) in enumerate(facts):
            name_label = QLabel(in_every_language(name) + ":", objectName="factName")
            value_label = QLabel(value, objectName="factValue")
            value_label.setWordWrap(True)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name_label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value_label, row, 1)
            self.labels.append((name_label, value_label))
        grid.setColumnStretch(1, 1)

    def set_sizes(self, unit: float) -> None:
        for name, value in self.labels:
            set_font(name, unit / 46, bold=True, minimum=MIN_PIXELS)
            set_font(value, unit / 46, minimum=MIN_PIXELS)
        pad = int(unit / 36)
        self.layout().setContentsMargins(pad, int(pad * 0.6), pad, int(pad * 0.6))
