"""The Staff page: everyone who may sign in, and the form of the one chosen: login,
name, role and whether they may sign in; a new PIN for one who forgot theirs, and
unlocking an account five wrong PINs locked. A new member of staff gets a PIN here.

The engine keeps the rules: the last administrator stays one, nobody signed in at a
window is switched off, a PIN is 4–8 digits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.engine.admin_reads import CentreAdmin, OperatorRow
from conq_desktop.engine.auth import ROLE_NAMES
from conq_desktop.engine.centre_file import LOGIN_MAX, NAME_MAX
from conq_desktop.engine.settings import parse_timezone
from conq_desktop.errors import ConfigError
from conq_desktop.i18n import translate
from conq_desktop.models import Role
from conq_desktop.views.admin import texts
from conq_desktop.views.admin.dialogs import PinDialog
from conq_desktop.views.admin.forms import operator_spec
from conq_desktop.views.admin.widgets import Host, ItemsPage
from conq_desktop.views.common.theme import restyle

if TYPE_CHECKING:
    from datetime import tzinfo


class StaffPage(ItemsPage):
    def __init__(self, host: Host) -> None:
        super().__init__(host)
        words = self.words
        words.name(self.items, texts.STAFF)
        self.operators: dict[str, OperatorRow] = {}
        self.pin_dialog: PinDialog | None = None

        self.login = QLineEdit()
        self.login.setMaxLength(LOGIN_MAX)
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem("", role.value)
        self.active = words.check(texts.MAY_SIGN_IN)
        self.pin, self.pin_again = QLineEdit(), QLineEdit()
        for edit in (self.pin, self.pin_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(8)
        self.pin_caption = words.label(texts.NEW_PIN, self.pin)
        self.pin_again_caption = words.label(texts.PIN_AGAIN, self.pin_again)
        self.lock = QLabel(objectName="note")
        self.lock.setWordWrap(True)
        self.save_button = words.button(texts.SAVE, self.save, role="primary")
        self.new_button = words.button(texts.NEW, self.new)
        self.reset_button = words.button(texts.RESET_PIN, self.ask_pin)
        self.unlock_button = words.button(texts.UNLOCK, self.unlock)
        self.watch(self.login, self.name, self.role, self.active, self.pin, self.pin_again)

        fields = QGridLayout()
        fields.setHorizontalSpacing(12)
        fields.addWidget(words.label(texts.LOGIN, self.login), 0, 0)
        fields.addWidget(self.login, 0, 1)
        fields.addWidget(words.label(texts.FULL_NAME, self.name), 1, 0)
        fields.addWidget(self.name, 1, 1)
        fields.addWidget(words.label(texts.ROLE, self.role), 2, 0)
        fields.addWidget(self.role, 2, 1)
        fields.addWidget(self.active, 3, 1)
        fields.addWidget(self.pin_caption, 4, 0)
        fields.addWidget(self.pin, 4, 1)
        fields.addWidget(self.pin_again_caption, 5, 0)
        fields.addWidget(self.pin_again, 5, 1)
        fields.addWidget(self.lock, 6, 0, 1, 2)
        fields.setColumnStretch(1, 1)

        account = QHBoxLayout()
        account.addWidget(self.reset_button)
        account.addWidget(self.unlock_button)
        account.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)

        form = QWidget()
        column = QVBoxLayout(form)
        column.setContentsMargins(8, 0, 8, 0)
        column.addLayout(fields)
        column.addSpacing(10)
        column.addLayout(account)
        column.addStretch(1)
        column.addLayout(buttons)
        self.lay_out(texts.STAFF, form)

    # ------------------------------------------------------------ ItemsPage
    def _tz(self) -> tzinfo:
        snapshot = self.host.snapshot
        try:
            return parse_timezone(snapshot.settings["timezone"] if snapshot else "UTC")
        except ConfigError:
            return parse_timezone("UTC")

    def item_keys(self, snapshot: CentreAdmin) -> list[tuple[Any, str]]:
        self.operators = {operator.login: operator for operator in snapshot.operators}
        now, lang = self.host.engine.clock.now(), self.host.lang
        return [
            (operator.login, texts.operator_item(operator, now, lang))
            for operator in snapshot.operators
        ]

    def item_name(self, key: Any) -> Callable[[str], str]:
        return lambda _lang: str(key)

    def fill(self, key: Any) -> None:
        operator = self.operators.get(key) if key is not None else None
        is_new = operator is None
        self.login.setReadOnly(not is_new)
        restyle(self.login)  # the style sheet draws a fixed field as such
        for widget in (self.pin, self.pin_again, self.pin_caption, self.pin_again_caption):
            widget.setVisible(is_new)
        self.pin.clear()
        self.pin_again.clear()
        self.reset_button.setEnabled(not is_new)
        if operator is None:
            self.login.clear()
            self.name.clear()
            self.role.setCurrentIndex(self.role.findData(Role.OPERATOR.value))
            self.active.setChecked(True)
            self.lock.clear()
            self.unlock_button.setEnabled(False)
            return
        self.login.setText(operator.login)
        self.name.setText(operator.name)
        self.role.setCurrentIndex(self.role.findData(operator.role.value))
        self.active.setChecked(operator.active)
        self._show_lock(operator)

    def _show_lock(self, operator: OperatorRow) -> None:
        now = self.host.engine.clock.now()
        self.lock.setText(texts.locked_text(operator, now, self._tz(), self.host.lang))
        self.unlock_button.setEnabled(operator.locked(now))

    def show_snapshot(self, snapshot: CentreAdmin) -> None:
        super().show_snapshot(snapshot)
        operator = self.operators.get(self.key) if self.key is not None else None
        if operator is not None:  # a lock is no edit of the form: always as it is now
            self._show_lock(operator)

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        keep, self._filling = self._filling, True
        try:
            for index in range(self.role.count()):
                role = Role(self.role.itemData(index))
                self.role.setItemText(index, translate(ROLE_NAMES[role], lang))
        finally:
            self._filling = keep
        operator = self.operators.get(self.key) if self.key is not None else None
        if operator is not None:
            self._show_lock(operator)

    # ------------------------------------------------------------ acting
    def save(self) -> None:
        login, name = self.login.text(), self.name.text()
        role, active = str(self.role.currentData()), self.active.isChecked()
        pin = None
        if self.key is None:
            pin, again = self.pin.text(), self.pin_again.text()
            if pin != again:
                self.host.say(lambda lang: translate(texts.PINS_DIFFER, lang), error=True)
                return
        key = login.strip()

        def saved(changes: list[Any]) -> None:
            done = texts.SAVED if changes else texts.NOTHING_CHANGED
            self.host.say(lambda lang: translate(done, lang, item=key))
            self.saved(key)

        self.host.act(
            lambda admin: admin.save_operator(operator_spec(login, name, role, active, pin)),
            saved,
        )

    def ask_pin(self) -> None:
        login = self.key
        if login is None:
            return
        dialog = PinDialog(self, login, self.host.lang)
        dialog.accepted.connect(lambda: self.reset_pin(login, *dialog.pins()))
        self.pin_dialog = dialog
        dialog.open()

    def reset_pin(self, login: str, pin: str, again: str) -> None:
        if pin != again:
            self.host.say(lambda lang: translate(texts.PINS_DIFFER, lang), error=True)
            return

        def done(_result: None) -> None:
            self.host.say(lambda lang: translate(texts.PIN_RESET, lang, login=login))

        self.host.act(lambda admin: admin.reset_pin(login, pin), done)

    def unlock(self) -> None:
        login = self.key
        if login is None:
            return

        def done(unlocked: bool) -> None:
            said = texts.UNLOCKED if unlocked else texts.NOT_LOCKED
            self.host.say(lambda lang: translate(said, lang, login=login))

        self.host.act(lambda admin: admin.unlock(login), done)
