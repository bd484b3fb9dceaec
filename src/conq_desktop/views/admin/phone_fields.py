"""The Telegram bot's settings on the Centre page (docs/phone.md): the bot's user name,
its token, the people ahead for the message and the hall display's QR code, saved with
the centre's other settings (``accounts.change_settings``, journalled, the token only as
"***").

The token is a secret: the field never shows the stored one (the window only learns
whether one is set, ``admin_reads.listed_settings``). Left empty it keeps the saved
token; typed, it replaces it; "Remove the saved token" clears it. The user name and the
token are checked by the engine's own rules (``settings.normal_bot_name``,
``normal_bot_token``) before anything is sent, and by the engine again on saving.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from conq_desktop.engine.centre_file import _WHOLE_SETTINGS as RANGES
from conq_desktop.engine.journal import HIDDEN
from conq_desktop.engine.settings import DEFAULTS, normal_bot_name, normal_bot_token
from conq_desktop.errors import ConfigError
from conq_desktop.i18n import translate
from conq_desktop.views.admin import texts
from conq_desktop.views.admin.widgets import Words

BOT_NAME_MAX = 33  # Telegram's 32, and the @ a copied name may start with


class PhoneFields:
    """The fields, laid into the Centre page's grid under their heading."""

    def __init__(self, words: Words, edited: Callable[..., None]) -> None:
        self.words = words
        self.lang = "en"
        self.token_saved = False
        self.bot = QLineEdit()
        self.bot.setMaxLength(BOT_NAME_MAX)
        self.bot.setPlaceholderText("kezek_bishkek_bot")
        self.bot.textEdited.connect(edited)
        words.describe(self.bot, texts.TELEGRAM_BOT_NOTE)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.textEdited.connect(edited)
        self.token_state = QLabel(objectName="note")
        self.token_state.setWordWrap(True)
        self.remove_token = words.check(texts.REMOVE_TOKEN)
        self.remove_token.toggled.connect(edited)
        self.remove_token.toggled.connect(self._removing)
        self.ahead = QSpinBox()
        self.ahead.setRange(*RANGES["phone_ahead"])
        self.ahead.setMinimumWidth(100)
        self.ahead.valueChanged.connect(edited)
        self.display_qr = words.check(texts.DISPLAY_PHONE_QR)
        self.display_qr.toggled.connect(edited)

    def lay_out(self, grid: QGridLayout, row: int) -> int:
        """Under a heading from ``row`` on; the next free row."""
        words = self.words
        grid.addWidget(words.label(texts.TELEGRAM, name="heading"), row, 0, 1, 2)
        row += 1
        rows: tuple[tuple[str | None, QWidget], ...] = (
            (texts.TELEGRAM_BOT, self.bot),
            (None, words.label(texts.TELEGRAM_BOT_NOTE, name="note")),
            (texts.TELEGRAM_TOKEN, self.token),
            (None, self.token_state),
            (None, self.remove_token),
            (texts.PHONE_AHEAD, self.ahead),
            (None, self.display_qr),
        )
        for caption, widget in rows:
            if caption is not None:
                grid.addWidget(words.label(caption, widget), row, 0)
            if isinstance(widget, QSpinBox | QCheckBox):
                grid.addWidget(widget, row, 1, Qt.AlignmentFlag.AlignLeft)
            else:
                grid.addWidget(widget, row, 1)
            row += 1
        return row

    def fill(self, values: dict[str, str]) -> None:
        """The settings as read; the token field stays empty whatever is saved."""
        self.bot.setText(values.get("telegram_bot", ""))
        self.token.clear()
        # The window is told "***" for a saved token (or, read otherwise, the token
        # itself): either way only whether there is one is kept here.
        self.token_saved = bool(values.get("telegram_token"))
        self.remove_token.setChecked(False)
        self.remove_token.setEnabled(self.token_saved)
        self.ahead.setValue(int(values.get("phone_ahead") or DEFAULTS["phone_ahead"]))
        self.display_qr.setChecked(values.get("display_phone_qr") == "true")
        self.retranslate(self.lang)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        state = texts.TOKEN_SAVED if self.token_saved else texts.NO_TOKEN
        self.token_state.setText(translate(state, lang))
        self.token.setAccessibleDescription(self.token_state.text())

    def _removing(self, removing: bool) -> None:
        self.token.setEnabled(not removing)
        if removing:
            self.token.clear()

    def refusal(self) -> tuple[QLineEdit, ConfigError] | None:
        """The field to correct and why, by the engine's rules; None if none."""
        rules = [(self.bot, normal_bot_name)]
        if not self.remove_token.isChecked():
            rules.append((self.token, normal_bot_token))
        for edit, rule in rules:
            try:
                rule(edit.text())
            except ConfigError as error:
                return edit, error
        return None

    def values(self) -> dict[str, str]:
        """What to save: the token only when replaced or removed (never "***")."""
        values = {
            "telegram_bot": self.bot.text(),
            "phone_ahead": str(self.ahead.value()),
            "display_phone_qr": "true" if self.display_qr.isChecked() else "false",
        }
        if self.remove_token.isChecked():
            values["telegram_token"] = ""
        elif self.token.text().strip() and self.token.text().strip() != HIDDEN:
            values["telegram_token"] = self.token.text()
        return values
