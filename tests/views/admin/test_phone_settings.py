"""The Telegram bot's settings on the Centre page (views/admin/phone_fields.py): shown
as stored, the token never (a password field, empty means "keep"), replaced or removed
on purpose, the bot's name checked by the engine's rule in the window's language, saved
through the engine and journalled without the token, each field named as its caption."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.journal import HIDDEN
from conq_desktop.engine.settings import NOT_A_BOT_NAME, setting_values
from conq_desktop.i18n import translate
from conq_desktop.models import EventKind, TicketEvent
from conq_desktop.views.admin import AdminWindow, texts
from tests.views.admin.conftest import press, replace_text, type_text

TOKEN = "123456789:AAF-secret_token_for_tests_0123456789"


def stored(engine: QueueEngine) -> dict[str, str]:
    with engine.db.read_session() as session:
        return setting_values(session)


def journalled(engine: QueueEngine) -> list[dict[str, str]]:
    with engine.db.read_session() as session:
        events = session.scalars(
            select(TicketEvent).where(TicketEvent.kind == EventKind.SETTINGS_CHANGED)
        )
        return [change for event in events for change in event.details["changes"]]


def test_the_fields_as_stored_and_named_as_their_captions(window: AdminWindow) -> None:
    window.show_area("centre")
    phone = window.centre_page.phone
    assert phone.bot.text() == "" and phone.token.text() == ""
    assert phone.token.echoMode() == QLineEdit.EchoMode.Password
    assert (phone.ahead.value(), phone.ahead.minimum(), phone.ahead.maximum()) == (3, 1, 20)
    assert not phone.display_qr.isChecked()
    assert not phone.remove_token.isEnabled()  # nothing saved to remove
    assert phone.token_state.text() == translate(texts.NO_TOKEN, "en")
    captions = {
        label.buddy(): label.text()
        for label in window.centre_page.findChildren(QLabel)
        if label.buddy() is not None
    }
    assert captions[phone.bot] == phone.bot.accessibleName() == "Telegram bot's user name"
    assert captions[phone.token] == phone.token.accessibleName() == "Bot token"
    assert captions[phone.ahead] == phone.ahead.accessibleName()
    assert captions[phone.ahead] == "Message when this many people are ahead"
    assert phone.ahead.lineEdit().accessibleName() == captions[phone.ahead]
    assert phone.display_qr.accessibleName() == phone.display_qr.text()
    assert phone.display_qr.text() == "Show the bot's QR code on the hall display"
    assert phone.remove_token.accessibleName() == phone.remove_token.text()
    window.set_language("ru")
    assert phone.bot.accessibleName() == next(
        label.text() for label in window.centre_page.findChildren(QLabel)
        if label.buddy() is phone.bot
    )  # fmt: skip
    assert phone.token_state.text() == translate(texts.NO_TOKEN, "ru")


def test_saved_through_the_engine_the_token_never_shown_again(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    window.show_area("centre")
    page = window.centre_page
    phone = page.phone
    type_text(phone.bot, "@kezek_bishkek_bot")
    type_text(phone.token, TOKEN)
    assert phone.token.displayText() != TOKEN  # dots, not the token
    phone.ahead.setValue(5)
    phone.display_qr.setChecked(True)
    assert page.settings_dirty
    assert press(qtbot, window, page.save_button) == "The centre's settings are saved."
    values = stored(sqlite_engine)
    assert values["telegram_bot"] == "kezek_bishkek_bot"  # without the @
    assert values["telegram_token"] == TOKEN
    assert (values["phone_ahead"], values["display_phone_qr"]) == ("5", "true")
    changes = journalled(sqlite_engine)
    assert {"key": "telegram_token", "old": "", "new": HIDDEN} in changes
    assert TOKEN.split(":")[1] not in str(changes)
    # Read again: the field is empty, the page says a token is saved.
    qtbot.waitUntil(lambda: phone.token_saved)
    assert phone.token.text() == "" and phone.bot.text() == "kezek_bishkek_bot"
    assert phone.token_state.text() == translate(texts.TOKEN_SAVED, "en")
    assert phone.token.accessibleDescription() == phone.token_state.text()
    assert phone.remove_token.isEnabled()

    # Another change with the field left empty keeps the token.
    phone.ahead.setValue(6)
    assert press(qtbot, window, page.save_button) == "The centre's settings are saved."
    assert stored(sqlite_engine)["telegram_token"] == TOKEN
    assert stored(sqlite_engine)["phone_ahead"] == "6"

    # A new one replaces it; "Remove the saved token" clears it.
    type_text(phone.token, "42:AAnother_token")
    press(qtbot, window, page.save_button)
    assert stored(sqlite_engine)["telegram_token"] == "42:AAnother_token"
    qtbot.waitUntil(lambda: phone.token.text() == "")
    phone.remove_token.setChecked(True)
    assert not phone.token.isEnabled()
    assert press(qtbot, window, page.save_button) == "The centre's settings are saved."
    assert stored(sqlite_engine)["telegram_token"] == ""
    qtbot.waitUntil(lambda: not phone.token_saved)
    assert not phone.remove_token.isEnabled() and phone.token.isEnabled()
    assert phone.token_state.text() == translate(texts.NO_TOKEN, "en")


def test_a_wrong_bot_name_is_said_in_the_windows_language_and_nothing_saved(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    window.show_area("centre")
    window.set_language("ru")
    page = window.centre_page
    type_text(page.phone.bot, "kezek centre")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    expected = translate(NOT_A_BOT_NAME, "ru", name="kezek centre")
    assert window.message.text() == expected
    assert page.phone.bot.hasFocus()
    assert stored(sqlite_engine)["telegram_bot"] == ""
    assert journalled(sqlite_engine) == []

    replace_text(page.phone.bot, "kezek_centre_bot")
    type_text(page.phone.token, "not a token")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "not a token" not in window.message.text()
    assert page.phone.token.hasFocus()
    assert stored(sqlite_engine)["telegram_bot"] == ""
