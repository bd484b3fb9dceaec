"""The parts of the first-run window: its look, a button labelled in three languages,
one language's card, the pages of what can be done now (load a centre, give it its
first administrator, open a window), and the footer that says where things are.

Nobody has chosen a language yet when the window is read, so every part says its text
in Kyrgyz, Russian and English. Sizes are set from outside (``set_sizes(unit)``):
the window shrinks them together until everything fits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.i18n import LANGUAGE_NAMES, LANGUAGES, in_every_language, translate
from conq_desktop.views.common.theme import set_font, window_sheet
from conq_desktop.views.first_run.texts import (
    ADMIN_LOGIN,
    ADMIN_NAME,
    ADMIN_PIN,
    ADMIN_PIN_AGAIN,
    CREATE_ADMIN,
    LAUNCHES,
    LOAD_FILE,
    OPEN_DEMO,
    WINDOW,
)

MIN_PIXELS = 13  # texts shrink to fit the window, but never below this height

STYLE = window_sheet(
    "firstRun",
    """
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
QFrame#adminForm { background: $panel; border-radius: 20px; }
QLabel#fieldCaption { color: $sky; }
QLineEdit#adminField {
    background: $paper; color: $navy; border: 2px solid $sky; border-radius: 12px;
    padding: 4px 12px;
}
QLineEdit#adminField:focus { border-color: $amber; }
QLineEdit#adminField:disabled { background: $slate; color: $off_text; }
QLabel#factName { color: $sky; }
QLabel#factValue { color: $white; }
""",
)


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

    def words_fit(self) -> bool:
        """No line has a word wider than the button (a long Kyrgyz word cannot wrap)."""
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        return all(label.minimumSizeHint().width() <= room for label in self.lines.values())

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
        # The caption above the list: side by side they would not fit below one of
        # five buttons at 1366×768, and would widen that column.
        pick = QVBoxLayout()
        pick.setSpacing(4)
        pick.addWidget(self.window_caption)
        pick.addWidget(self.window_number)
        # Below the operator panel's button (created after it: next in the Tab order).
        grid.addLayout(pick, 1, [kind for kind, _message in LAUNCHES].index("operator"))

    def set_sizes(self, unit: float) -> None:
        for button in self.buttons.values():
            button.set_sizes(unit)
        set_font(self.window_caption, unit / 46, bold=True, minimum=MIN_PIXELS)
        set_font(self.window_number, unit / 34, bold=True, minimum=MIN_PIXELS)


class AdminForm(QFrame):
    """While the centre has no administrator: login, name and the PIN twice (never
    shown), and the button that makes this person the administrator (``create``).
    Each field is named by its caption, in every language; Enter goes to the next
    field, and in the last one creates."""

    def __init__(self, create: Callable[[], None]) -> None:
        super().__init__(objectName="adminForm")
        self.login_edit = QLineEdit(objectName="adminField")
        self.name_edit = QLineEdit(objectName="adminField")
        self.pin_edit = QLineEdit(objectName="adminField")
        self.pin_again_edit = QLineEdit(objectName="adminField")
        digits = QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self)
        for pin in (self.pin_edit, self.pin_again_edit):
            pin.setEchoMode(QLineEdit.EchoMode.Password)
            pin.setValidator(digits)
        fields = (
            (ADMIN_LOGIN, self.login_edit),
            (ADMIN_NAME, self.name_edit),
            (ADMIN_PIN, self.pin_edit),
            (ADMIN_PIN_AGAIN, self.pin_again_edit),
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(4)
        self.captions: list[QLabel] = []
        for index, (message, edit) in enumerate(fields):
            caption = QLabel(in_every_language(message), objectName="fieldCaption")
            caption.setWordWrap(True)
            caption.setBuddy(edit)
            edit.setAccessibleName(caption.text())
            row, column = divmod(index, 2)
            grid.addWidget(caption, 2 * row, column, Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(edit, 2 * row + 1, column)
            grid.setColumnStretch(column, 1)
            self.captions.append(caption)
        self.fields = [edit for _message, edit in fields]
        for edit, following in zip(self.fields, self.fields[1:], strict=False):
            edit.returnPressed.connect(following.setFocus)
        self.pin_again_edit.returnPressed.connect(create)
        self.create_button = TriButton(CREATE_ADMIN, "primary")
        self.create_button.clicked.connect(create)
        row = QHBoxLayout(self)
        row.addLayout(grid, 3)
        row.addWidget(self.create_button, 1)

    def clear_pins(self) -> None:
        self.pin_edit.clear()
        self.pin_again_edit.clear()

    def clear(self) -> None:
        for edit in self.fields:
            edit.clear()

    def set_busy(self, busy: bool) -> None:
        for widget in (*self.fields, self.create_button):
            widget.setEnabled(not busy)

    def set_sizes(self, unit: float) -> None:
        for caption in self.captions:
            set_font(caption, unit / 46, bold=True, minimum=MIN_PIXELS)
        for edit in self.fields:
            set_font(edit, unit / 34, minimum=MIN_PIXELS)
        self.create_button.set_sizes(unit)
        pad = int(unit / 40)
        self.layout().setContentsMargins(pad, int(pad * 0.7), pad, int(pad * 0.7))
        self.layout().setSpacing(pad)


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
