"""The administration window's questions: whether to remove a service or a window,
where a removed service's waiting tickets go, a member of staff's new PIN, and whether
to load a centre file after seeing what it would change. Each is opened without
blocking; the page acts on the answer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.engine.centre_load import FieldChange
from conq_desktop.i18n import translate
from conq_desktop.views.admin import texts
from conq_desktop.views.admin.style import DIALOG_STYLE
from conq_desktop.views.admin.widgets import name_field


def _button(text: str, *, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if primary:
        button.setProperty("role", "primary")
        button.setDefault(True)
    return button


class _Question(QDialog):
    """A dialog with a question on top and its answer buttons at the bottom."""

    def __init__(self, parent: QWidget, title: str, question: str, ok: str, lang: str) -> None:
        super().__init__(parent)
        self.setStyleSheet(DIALOG_STYLE)
        self.setWindowTitle(title)
        self.question = QLabel(question, objectName="heading")
        self.question.setWordWrap(True)
        self.ok = _button(ok, primary=True)
        self.cancel = _button(translate(texts.CANCEL, lang))
        self.ok.clicked.connect(self.accept)
        self.cancel.clicked.connect(self.reject)
        self.body = QVBoxLayout()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(14)
        layout.addWidget(self.question)
        layout.addLayout(self.body, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)


class RemoveDialog(_Question):
    """Asks before removing ``item``. Cancel is the default: Enter pressed by habit
    removes nothing."""

    def __init__(self, parent: QWidget, item: str, lang: str) -> None:
        super().__init__(
            parent,
            translate(texts.REMOVE_TITLE, lang, item=item),
            translate(texts.REMOVE_QUESTION, lang, item=item),
            translate(texts.REMOVE, lang),
            lang,
        )
        self.ok.setDefault(False)
        self.ok.setProperty("role", "warn")
        self.cancel.setDefault(True)
        self.cancel.setFocus()


def ask_to_remove(
    parent: QWidget, item: str, lang: str, remove: Callable[[], None]
) -> RemoveDialog:
    """Open the question; ``remove`` runs only if the answer is Remove."""
    dialog = RemoveDialog(parent, item, lang)
    dialog.accepted.connect(remove)
    dialog.open()
    return dialog


class MoveDialog(_Question):
    """The engine refused to remove a service with tickets waiting: ``reason`` says
    so; pick the service (code, name) that takes them over."""

    def __init__(
        self, parent: QWidget, reason: str, targets: list[tuple[str, str]], lang: str
    ) -> None:
        super().__init__(
            parent,
            translate(texts.MOVE_TITLE, lang),
            reason,
            translate(texts.MOVE_AND_REMOVE, lang),
            lang,
        )
        self.targets = QComboBox()
        for code, name in targets:
            self.targets.addItem(name, code)
        caption = QLabel(translate(texts.MOVE_TO, lang), objectName="caption")
        caption.setBuddy(self.targets)
        name_field(self.targets, caption.text())
        self.body.addWidget(caption)
        self.body.addWidget(self.targets)
        self.ok.setEnabled(bool(targets))
        self.targets.setFocus()

    def chosen(self) -> str:
        return str(self.targets.currentData())


class PinDialog(_Question):
    """A new PIN for ``login``, typed twice and shown as dots."""

    def __init__(self, parent: QWidget, login: str, lang: str) -> None:
        super().__init__(
            parent,
            translate(texts.RESET_PIN_TITLE, lang, login=login),
            translate(texts.RESET_PIN_TITLE, lang, login=login),
            translate(texts.SET_PIN, lang),
            lang,
        )
        self.pin = QLineEdit()
        self.again = QLineEdit()
        grid = QGridLayout()
        for row, (edit, caption_text) in enumerate(
            ((self.pin, texts.NEW_PIN), (self.again, texts.PIN_AGAIN))
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(8)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            caption = QLabel(translate(caption_text, lang), objectName="caption")
            caption.setBuddy(edit)
            name_field(edit, caption.text())
            grid.addWidget(caption, row, 0)
            grid.addWidget(edit, row, 1)
        self.pin.returnPressed.connect(self.again.setFocus)
        self.again.returnPressed.connect(self.ok.click)
        self.body.addLayout(grid)
        self.pin.setFocus()

    def pins(self) -> tuple[str, str]:
        return self.pin.text(), self.again.text()


class ImportDialog(_Question):
    """What loading a centre file would change (a dry run's changes), to confirm."""

    def __init__(self, parent: QWidget, path: str, changes: list[FieldChange], lang: str) -> None:
        question = texts.IMPORT_CHANGES if changes else texts.IMPORT_NOTHING
        super().__init__(
            parent,
            translate(texts.IMPORT_TITLE, lang, path=path),
            translate(question, lang),
            translate(texts.LOAD, lang),
            lang,
        )
        self.changes = QPlainTextEdit()
        self.changes.setReadOnly(True)
        self.changes.setPlainText("\n".join(item.text(lang) for item in changes))
        self.changes.setAccessibleName(translate(question, lang))
        self.changes.setVisible(bool(changes))
        self.body.addWidget(self.changes)
        self.resize(760, 520 if changes else 200)
