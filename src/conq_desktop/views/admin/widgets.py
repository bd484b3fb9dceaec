"""What the administration window's pages share: texts that follow the language
switch, with accessible names that follow the texts, and a page of a list and the form
of its chosen item, which a change elsewhere never overwrites while it is edited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.i18n import translate
from conq_desktop.views.admin.texts import GONE

if TYPE_CHECKING:
    from conq_desktop.engine import QueueEngine
    from conq_desktop.engine.admin_reads import CentreAdmin
    from conq_desktop.engine.administration import Administration
    from conq_desktop.views.common.operation import Failure, Operations, Text

T = TypeVar("T")


class Host(Protocol):
    """What a page asks of the window it is on (views/admin/window.py)."""

    engine: QueueEngine
    lang: str
    ops: Operations
    snapshot: CentreAdmin | None

    def say(self, text: Text | None, error: bool = False) -> None: ...

    def act(
        self,
        work: Callable[[Administration], T],
        done: Callable[[T], Any],
        refused: Failure | None = None,
        *,
        refresh: bool = True,
    ) -> bool: ...


def name_field(widget: QWidget, name: str) -> None:
    """Name ``widget`` for assistive technology, with the line edit inside a spin box,
    a time field or an editable list (a reader lands on that one)."""
    widget.setAccessibleName(name)
    if isinstance(widget, QAbstractSpinBox | QComboBox):
        for edit in widget.findChildren(QLineEdit):
            edit.setAccessibleName(name)


@dataclass
class _Said:
    widget: QWidget
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    buddy: QWidget | None = None
    only_name: bool = False  # no visible text: the accessible name alone
    description: bool = False  # the tooltip and accessible description


class Words:
    """The texts of a page, each a message said again in the language chosen; every
    button's accessible name is its text, every field's the caption beside it."""

    def __init__(self) -> None:
        self._said: list[_Said] = []

    def label(self, message: str, buddy: QWidget | None = None, *, name: str = "caption") -> QLabel:
        label = QLabel(objectName=name)
        label.setWordWrap(buddy is None)
        if buddy is not None:
            label.setBuddy(buddy)
        self._said.append(_Said(label, message, buddy=buddy))
        return label

    def button(
        self, message: str, slot: Callable[[], object] | None = None, *, role: str = ""
    ) -> QPushButton:
        button = QPushButton()
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoDefault(False)
        if role:
            button.setProperty("role", role)
        if slot is not None:
            button.clicked.connect(lambda _checked=False: slot())
        self._said.append(_Said(button, message))
        return button

    def check(self, message: str, **params: Any) -> QCheckBox:
        box = QCheckBox()
        self._said.append(_Said(box, message, params))
        return box

    def group(self, message: str) -> QGroupBox:
        box = QGroupBox()
        self._said.append(_Said(box, message))
        return box

    def name(self, widget: QWidget, message: str, **params: Any) -> None:
        """A field without a caption of its own (a row of the weekly grid, a list)."""
        self._said.append(_Said(widget, message, params, only_name=True))

    def describe(self, widget: QWidget, message: str, **params: Any) -> None:
        """What ``widget`` is for, beyond its name: its tooltip and description."""
        self._said.append(_Said(widget, message, params, description=True))

    def apply(self, lang: str) -> None:
        for said in self._said:
            text = translate(said.message, lang, **said.params)
            widget = said.widget
            if said.description:
                widget.setToolTip(text)
                widget.setAccessibleDescription(text)
            elif said.only_name:
                name_field(widget, text)
            elif isinstance(widget, QAbstractButton):
                widget.setText(text)
                widget.setAccessibleName(text)
            elif isinstance(widget, QGroupBox):
                widget.setTitle(text)
                widget.setAccessibleName(text)
            elif isinstance(widget, QLabel):
                widget.setText(text)
                if said.buddy is not None:
                    name_field(said.buddy, text)


class ItemsPage(QWidget):
    """A list of items (services, windows, staff) and the form of the one chosen.

    ``key`` is the chosen item (None: a new one being filled in). A form the
    administrator has changed (``dirty``) is kept as it is when the centre is read
    again, unless its item is gone; an untouched one shows the item as it now is.
    """

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.words = Words()
        self.key: Any = None
        self.dirty = False
        self._filling = False
        self.items = QListWidget()
        self.items.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.items.currentItemChanged.connect(self._chosen)

    def lay_out(self, heading: str, form: QWidget) -> None:
        """The list under its ``heading`` on the left, the ``form`` (scrolling, for
        small screens) on the right, twice as wide; then an empty form."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        left = QVBoxLayout()
        left.addWidget(self.words.label(heading, self.items, name="heading"))
        left.addWidget(self.items, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(scroll, 2)
        self.refill(None)

    # ------------------------------------------------------------ to be given
    def item_keys(self, snapshot: CentreAdmin) -> list[tuple[Any, str]]:
        """Each item's key and its line in the list."""
        raise NotImplementedError

    def fill(self, key: Any) -> None:
        """Show the item ``key`` in the form (None: an empty form for a new one)."""
        raise NotImplementedError

    def item_name(self, key: Any) -> Callable[[str], str]:
        """The item as a message says it."""
        raise NotImplementedError

    # ------------------------------------------------------------ the form
    def watch(self, *widgets: QWidget) -> None:
        """Count a change of any of ``widgets`` as the administrator's edit."""
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self.edited)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self.edited)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.edited)
            elif isinstance(widget, QAbstractSpinBox):
                signal = getattr(widget, "timeChanged", None) or widget.valueChanged  # type: ignore[attr-defined]
                signal.connect(self.edited)

    def edited(self, *_args: object) -> None:
        if not self._filling:
            self.dirty = True

    def refill(self, key: Any) -> None:
        """Show ``key`` in the form, as an untouched form."""
        self._filling = True
        try:
            self.key = key
            self.fill(key)
        finally:
            self._filling = False
        self.dirty = False

    def new(self) -> None:
        """An empty form for a new item; nothing in the list is chosen."""
        self.items.blockSignals(True)
        self.items.setCurrentRow(-1)
        self.items.clearSelection()
        self.items.blockSignals(False)
        self.refill(None)

    def saved(self, key: Any) -> None:
        """After a save: the item is chosen, and shown as the centre is read again."""
        self.key = key
        self.dirty = False

    # ------------------------------------------------------------ the list
    def show_snapshot(self, snapshot: CentreAdmin) -> None:
        """The list as read now; the form as the rules in the class's text say."""
        named = self.item_name(self.key) if self.key is not None else None
        rows = self.item_keys(snapshot)
        keys = [key for key, _text in rows]
        self.items.blockSignals(True)
        try:
            self.items.clear()
            for key, text in rows:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                self.items.addItem(item)
                if key == self.key:
                    self.items.setCurrentItem(item)
        finally:
            self.items.blockSignals(False)
        if self.key is None:
            return
        if self.key not in keys:
            gone = named or self.item_name(self.key)
            self.refill(None)
            self.host.say(lambda lang: translate_gone(gone, lang), error=True)
        elif not self.dirty:
            self.refill(self.key)

    def _chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        self.refill(current.data(Qt.ItemDataRole.UserRole))

    def select(self, key: Any) -> None:
        """Choose ``key`` in the list (and show it)."""
        for row in range(self.items.count()):
            item = self.items.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                self.items.setCurrentItem(item)
                return

    def retranslate(self, lang: str) -> None:
        self.words.apply(lang)
        if self.host.snapshot is not None:
            keep, self._filling = self._filling, True
            try:
                self._retranslate_items(self.host.snapshot)
            finally:
                self._filling = keep

    def _retranslate_items(self, snapshot: CentreAdmin) -> None:
        for row, (_key, text) in zip(
            range(self.items.count()), self.item_keys(snapshot), strict=False
        ):
            self.items.item(row).setText(text)


def translate_gone(item: Callable[[str], str], lang: str) -> str:
    return translate(GONE, lang, item=item(lang))
