"""The Telegram bot's settings (issue 18, docs/centre-file.md): the bot's user name
checked by one rule (``settings.normal_bot_name``) for the administration window and
the centre file alike, the token shaped as BotFather gives it and never shown, people
ahead 1-20, the hall display's QR code yes or no; exported (the token never) so that
loading the export back changes nothing."""

from __future__ import annotations

import json
import tomllib

import pytest

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.accounts import change_settings
from conq_desktop.engine.centre_export import export_centre
from conq_desktop.engine.centre_file import check_settings, parse_centre
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.engine.settings import NOT_A_BOT_NAME, normal_bot_name, normal_bot_token
from conq_desktop.errors import ConfigError
from conq_desktop.models import EventKind, TicketEvent

TOKEN = "123456789:AAF-secret_token_for_tests_0123456789"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("conq_bot", "conq_bot"),
        ("@Bishkek_CSON1_Bot", "Bishkek_CSON1_Bot"),
        ("  @kezek2bot ", "kezek2bot"),
        ("abBOT", "abBOT"),
        ("a" * 29 + "bot", "a" * 29 + "bot"),
        ("", ""),
        ("  ", ""),
    ],
)
def test_a_bots_user_name_is_kept_without_its_at(typed: str, kept: str) -> None:
    assert normal_bot_name(typed) == kept
    assert check_settings({"telegram_bot": typed}) == {"telegram_bot": kept}


@pytest.mark.parametrize(
    "typed",
    [
        "bot",  # too short
        "a_bot"[:4],
        "a" * 30 + "bot",  # 33 characters
        "kezek_helper",  # not ending in "bot"
        "кезек_bot",  # Cyrillic
        "my centre bot",
        "conq-bot",
        "@@conq_bot",
        "https://t.me/conq_bot",
    ],
)
def test_anything_else_is_refused_in_words(typed: str) -> None:
    with pytest.raises(ConfigError) as raised:
        normal_bot_name(typed)
    assert raised.value.template == NOT_A_BOT_NAME
    assert "5 to 32" in raised.value.message("en")
    # The window's save (through the engine) and the file say the same.
    with pytest.raises(ConfigError) as saved:
        check_settings({"telegram_bot": typed})
    assert saved.value.message("en") == raised.value.message("en")
    with pytest.raises(ConfigError) as loaded:
        parse_centre({"centre": {"telegram_bot": typed}}, "centre.toml")
    assert loaded.value.message("en") == f"centre.toml: [centre]: {raised.value.message('en')}"


def test_a_token_is_shaped_as_botfather_gives_it_and_never_echoed() -> None:
    assert normal_bot_token(f"  {TOKEN} ") == TOKEN
    assert normal_bot_token("") == ""
    for wrong in ("AAF-secret", "123456789 AAF-secret", "123456789:AAF secret", "12:"):
        with pytest.raises(ConfigError) as raised:
            check_settings({"telegram_token": wrong})
        assert "secret" not in raised.value.message("en")
    with pytest.raises(ConfigError) as raised:
        parse_centre({"centre": {"telegram_token": "12345:has space"}})
    assert "has space" not in raised.value.message("en")


def test_the_centre_file_sets_them(engine: QueueEngine) -> None:
    spec = parse_centre(
        {
            "centre": {
                "telegram_bot": "@Kezek_Bishkek_bot",
                "telegram_token": TOKEN,
                "phone_ahead": 5,
                "display_phone_qr": True,
            }
        }
    )
    assert spec.settings == {
        "telegram_bot": "Kezek_Bishkek_bot",
        "telegram_token": TOKEN,
        "phone_ahead": "5",
        "display_phone_qr": "true",
    }
    with pytest.raises(ConfigError, match="“phone_ahead” must be a whole number from 1 to 20"):
        parse_centre({"centre": {"phone_ahead": 21}})
    with pytest.raises(ConfigError, match="“display_phone_qr” must be true or false"):
        parse_centre({"centre": {"display_phone_qr": "yes"}})

    admin = engine.authenticate("admin", "9999")
    load = load_centre(engine.db, spec, replace=True, actor=admin)
    # The load says the token changes, never what it is: not to the screen, not in the
    # history.
    shown = [change.text("en") for change in load.changes]
    assert any("telegram_token" in line for line in shown)
    assert all(TOKEN not in line and TOKEN.split(":")[1] not in line for line in shown)
    with engine.db.read_session() as session:
        events = session.query(TicketEvent).filter_by(kind=EventKind.CENTRE_LOADED).all()
        assert TOKEN.split(":")[1] not in json.dumps([event.details for event in events])
    engine.reload_settings()
    assert engine.settings.telegram_bot == "Kezek_Bishkek_bot"
    assert engine.settings.phone_ahead == 5 and engine.settings.display_phone_qr is True

    # Exported without the token; read back, it changes nothing.
    text = export_centre(engine.db)
    assert 'telegram_bot = "Kezek_Bishkek_bot"' in text
    assert "phone_ahead = 5" in text and "display_phone_qr = true" in text
    assert "telegram_token" not in text and TOKEN.split(":")[1] not in text
    again = load_centre(
        engine.db, parse_centre(tomllib.loads(text)), replace=True, actor=admin, dry_run=True
    )
    assert [change for change in again.changes if change.what == "setting"] == []


def test_the_window_saves_them_through_the_engine(engine: QueueEngine) -> None:
    admin = engine.authenticate("admin", "9999")
    change_settings(
        engine.db,
        {"telegram_bot": "@conq_centre_bot", "phone_ahead": "4", "display_phone_qr": "true"},
        actor=admin,
    )
    engine.reload_settings()
    assert engine.settings.telegram_bot == "conq_centre_bot"
    assert engine.settings.follow_link("00ff") == "https://t.me/conq_centre_bot?start=00ff"
    assert engine.settings.bot_link() == "https://t.me/conq_centre_bot"
    with pytest.raises(ConfigError, match="is not a Telegram bot's user name"):
        change_settings(engine.db, {"telegram_bot": "conq centre"}, actor=admin)
    operator = engine.authenticate("aibek", "1111")
    with pytest.raises(Exception, match=r"(?i)admin"):
        change_settings(engine.db, {"telegram_bot": "other_bot"}, actor=operator)
