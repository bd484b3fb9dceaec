"""The Windows page: every service window, and the form of the one chosen: its
number, its name, and the services it serves in order of preference (among tickets of
the same priority the first service listed is called first)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.engine.admin_reads import CentreAdmin, ServiceRow, WindowRow
from conq_desktop.engine.centre_file import WINDOW_NAME_MAX
from conq_desktop.i18n import translate
from conq_desktop.models import MAX_WINDOW_NUMBER
from conq_desktop.views.admin import texts
from conq_desktop.views.admin.dialogs import RemoveDialog, ask_to_remove
from conq_desktop.views.admin.forms import window_spec
from conq_desktop.views.admin.widgets import Host, ItemsPage

CODE = Qt.ItemDataRole.UserRole


class WindowsPage(ItemsPage):
    def __init__(self, host: Host) -> None:
        super().__init__(host)
        words = self.words
        words.name(self.items, texts.WINDOWS)
        self.windows: dict[int, WindowRow] = {}
        self.services: dict[str, ServiceRow] = {}
        self.remove_dialog: RemoveDialog | None = None

        self.number = QSpinBox()
        self.number.setRange(1, MAX_WINDOW_NUMBER)
        self.number.setMinimumWidth(110)
        self.name = QLineEdit()
        self.name.setMaxLength(WINDOW_NAME_MAX)
        self.served = QListWidget()
        self.served.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.served.currentRowChanged.connect(self._enable)
        self.up_button = words.button(texts.UP, lambda: self.move(-1))
        self.down_button = words.button(texts.DOWN, lambda: self.move(1))
        self.take_off_button = words.button(texts.TAKE_OFF, self.take_off)
        self.addable = QComboBox()
        self.addable.setPlaceholderText("—")  # every service is served already
        self.add_button = words.button(texts.ADD, self.add)
        self.save_button = words.button(texts.SAVE, self.save, role="primary")
        self.new_button = words.button(texts.NEW, self.new)
        self.remove_button = words.button(texts.REMOVE, self.ask_remove, role="warn")
        self.watch(self.number, self.name)

        fields = QGridLayout()
        fields.setHorizontalSpacing(12)
        fields.addWidget(words.label(texts.NUMBER, self.number), 0, 0)
        fields.addWidget(self.number, 0, 1, Qt.AlignmentFlag.AlignLeft)
        fields.addWidget(words.label(texts.WINDOW_NAME, self.name), 1, 0)
        fields.addWidget(self.name, 1, 1)
        fields.setColumnStretch(1, 1)

        order = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.take_off_button):
            order.addWidget(button)
        order.addStretch(1)
        served = QHBoxLayout()
        served.addWidget(self.served, 1)
        served.addLayout(order)
        adding = QHBoxLayout()
        adding.addWidget(words.label(texts.ADD_SERVICE, self.addable))
        adding.addWidget(self.addable, 1)
        adding.addWidget(self.add_button)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)

        form = QWidget()
        column = QVBoxLayout(form)
        column.setContentsMargins(8, 0, 8, 0)
        column.addLayout(fields)
        column.addSpacing(10)
        column.addWidget(words.label(texts.SERVED, self.served, name="heading"))
        column.addLayout(served, 1)
        column.addLayout(adding)
        column.addSpacing(10)
        column.addLayout(buttons)
        self.lay_out(texts.WINDOWS, form)

    # ------------------------------------------------------------ ItemsPage
    def item_keys(self, snapshot: CentreAdmin) -> list[tuple[Any, str]]:
        self.windows = {window.number: window for window in snapshot.windows}
        self.services = {service.code: service for service in snapshot.services}
        return [(window.number, texts.window_item(window)) for window in snapshot.windows]

    def item_name(self, key: Any) -> Callable[[str], str]:
        return lambda lang: translate(texts.WINDOW_ITEM, lang, number=key)

    def fill(self, key: Any) -> None:
        window = self.windows.get(key) if key is not None else None
        self.number.setEnabled(window is None)
        self.remove_button.setEnabled(window is not None)
        if window is None:
            taken = set(self.windows)
            self.number.setValue(next(n for n in range(1, MAX_WINDOW_NUMBER + 1) if n not in taken))
            self.name.clear()
            self.show_served([])
            return
        self.number.setValue(window.number)
        self.name.setText(window.name)
        self.show_served(list(window.services))

    def show_snapshot(self, snapshot: CentreAdmin) -> None:
        super().show_snapshot(snapshot)
        if self.dirty or self.key is None:
            # The service names and what may be added follow the centre even so.
            self.show_served(self.served_codes())

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self.show_served(self.served_codes())

    # ------------------------------------------------------------ the served list
    def served_codes(self) -> list[str]:
        return [str(self.served.item(row).data(CODE)) for row in range(self.served.count())]

    def _service_text(self, code: str) -> str:
        service = self.services.get(code)
        if service is None:
            return code
        return f"{service.prefix}   {service.name(self.host.lang)}"

    def show_served(self, codes: list[str], current: int | None = None) -> None:
        row = self.served.currentRow() if current is None else current
        self.served.clear()
        for code in codes:
            item = QListWidgetItem(self._service_text(code))
            item.setData(CODE, code)
            self.served.addItem(item)
        if codes:
            self.served.setCurrentRow(max(0, min(row, len(codes) - 1)))
        chosen = self.addable.currentData()
        self.addable.clear()
        for code in self.services:
            if code not in codes:
                self.addable.addItem(self._service_text(code), code)
        if chosen is not None and self.addable.findData(chosen) >= 0:
            self.addable.setCurrentIndex(self.addable.findData(chosen))
        self._enable()

    def _enable(self, *_args: object) -> None:
        row, count = self.served.currentRow(), self.served.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.take_off_button.setEnabled(row >= 0)
        self.add_button.setEnabled(self.addable.count() > 0)

    def move(self, step: int) -> None:
        """Move the chosen service up (-1) or down (1) in the order of preference."""
        codes, row = self.served_codes(), self.served.currentRow()
        if not 0 <= row + step < len(codes) or row < 0:
            return
        codes[row], codes[row + step] = codes[row + step], codes[row]
        self.show_served(codes, row + step)
        self.edited()
        pressed = self.up_button if step < 0 else self.down_button
        if not pressed.isEnabled():  # at the end: the focus stays on the list
            self.served.setFocus()

    def take_off(self) -> None:
        codes, row = self.served_codes(), self.served.currentRow()
        if row < 0:
            return
        del codes[row]
        self.show_served(codes, row)
        self.edited()

    def add(self) -> None:
        code = self.addable.currentData()
        if code is None:
            return
        codes = [*self.served_codes(), str(code)]
        self.show_served(codes, len(codes) - 1)
        self.edited()

    # ------------------------------------------------------------ acting
    def save(self) -> None:
        number, name, codes = self.number.value(), self.name.text(), self.served_codes()
        item = self.item_name(number)

        def saved(changes: list[Any]) -> None:
            done = texts.SAVED if changes else texts.NOTHING_CHANGED
            self.host.say(lambda lang: translate(done, lang, item=item(lang)))
            self.saved(number)

        self.host.act(lambda admin: admin.save_window(window_spec(number, name, codes)), saved)

    def ask_remove(self) -> None:
        if self.key is not None:
            item = self.item_name(self.key)(self.host.lang)
            self.remove_dialog = ask_to_remove(self, item, self.host.lang, self.remove)

    def remove(self) -> None:
        number = self.key
        if number is None:
            return
        item = self.item_name(number)

        def removed(_result: None) -> None:
            self.host.say(lambda lang: translate(texts.REMOVED, lang, item=item(lang)))
            self.refill(None)

        self.host.act(lambda admin: admin.remove_window(number), removed)
