"""Centre-wide settings kept in the database's ``settings`` table."""

from __future__ import annotations

import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from conq_desktop.engine.journal import HIDDEN
from conq_desktop.errors import ConfigError
from conq_desktop.i18n import LANGUAGES, PUBLIC_LANGUAGES, _
from conq_desktop.models import Setting
from conq_desktop.tomlfile import shown

DEFAULTS: dict[str, str] = {
    "timezone": "Asia/Bishkek",
    "recall_limit": "3",
    # Five wrong PINs in a row lock an account for this long (engine/auth.py).
    "pin_lockout_minutes": "15",
    "centre_name_ky": "Калкка кызмат көрсөтүү борбору",
    "centre_name_ru": "Центр обслуживания населения",
    "centre_name_en": "Public Service Centre",
    # Empty: the printed ticket's standard line ("Please keep your ticket...").
    "ticket_footer_ky": "",
    "ticket_footer_ru": "",
    # The hall display's running line at the bottom, in each public language; empty: none.
    "ticker_ky": "",
    "ticker_ru": "",
    # The languages a visitor can switch the kiosk to, the first one greeting them;
    # Kyrgyz and Russian always (what the public sees exists in both).
    "kiosk_languages": "ky,ru,en",
    # "true": service starts at the call, so an operator presses Next, then Finish, and
    # the service time counts from the call (docs/queue-rules.md); "false": Next, Start,
    # Finish.
    "start_at_call": "false",
    # "true": the hall display shows today's calls in order and out of order
    # (engine/fairness.py ``day_tally``); off unless a centre chooses to show it.
    "display_fairness_line": "false",
    # Bookings (docs/bookings.md): a slot's length in minutes, the places in each slot,
    # how many days ahead one may book, and the share (%) of each slot's places kept
    # for walk-ins (rounded up: with 2 places and 10 %, one place is bookable).
    "booking_slot_minutes": "15",
    "booking_capacity": "2",
    "booking_horizon_days": "14",
    "booking_walk_in_share": "0",
    # Check-in at the kiosk (docs/bookings.md): from this many minutes before a slot to
    # this many after it; a booked ticket goes ahead of walk-ins at most every
    # ``booking_call_every``-th call of a window (docs/queue-rules.md); visitors' names,
    # phones and ID digits are erased this many days after their slot.
    "booking_early_minutes": "15",
    "booking_late_minutes": "10",
    "booking_call_every": "2",
    "booking_purge_days": "30",
    # Following one's ticket on the phone (docs/phone.md): the centre's Telegram bot's
    # user name (without @; empty: no QR code on tickets, no notifier); its token, a
    # secret that is never shown, printed, exported or logged; a message when this many
    # people are ahead; the hall display showing the bot's QR code.
    "telegram_bot": "",
    "telegram_token": "",
    "phone_ahead": "3",
    "display_phone_qr": "false",
}

# Settings that are secrets: never exported, listed or logged with their value.
SECRET_SETTINGS = frozenset({"telegram_token"})


def hidden_secret(key: str, value: str | None) -> str | None:
    """``value`` as a load's changes and the history may show it: a secret setting's
    value is "***" when set, "" when not."""
    if key not in SECRET_SETTINGS or value is None:
        return value
    return HIDDEN if value else ""


# Telegram's rule for a bot's user name: 5-32 Latin letters, digits and underscores,
# ending in "bot" (any case).
_BOT_NAME = re.compile(r"[A-Za-z0-9_]{5,32}")
NOT_A_BOT_NAME = _(
    "“{name}” is not a Telegram bot's user name: it has 5 to 32 Latin letters, digits "
    "or underscores and ends in “bot”."
)


def normal_bot_name(text: str) -> str:
    """A Telegram bot's user name as the setting ``telegram_bot`` keeps it: without the
    spaces around it and a leading @; empty (no bot) stays empty. The one check of it,
    for the administration window and the centre file alike; ConfigError if Telegram
    would not have it."""
    name = text.strip().removeprefix("@")
    if name and not (_BOT_NAME.fullmatch(name) and name.lower().endswith("bot")):
        raise ConfigError(NOT_A_BOT_NAME, name=shown(name))
    return name


# A bot's token as BotFather gives it: the bot's number, a colon, letters (whether
# Telegram takes it, only Telegram says: the notifier reports a refused one).
_BOT_TOKEN = re.compile(r"[0-9]{1,20}:[A-Za-z0-9_-]{1,200}")
NOT_A_BOT_TOKEN = _(
    "This is not a Telegram bot's token: BotFather gives one like 123456789:AAF…, "
    "a number, a colon and letters, without spaces."
)


def normal_bot_token(text: str) -> str:
    """The bot's token as the setting ``telegram_token`` keeps it (spaces around it
    dropped; empty: none). ConfigError, without the text itself (a secret), if it is
    not shaped like one."""
    token = text.strip()
    if token and not _BOT_TOKEN.fullmatch(token):
        raise ConfigError(NOT_A_BOT_TOKEN)
    return token


@dataclass(frozen=True)
class CentreSettings:
    timezone: ZoneInfo
    recall_limit: int
    pin_lockout_minutes: int
    names: dict[str, str]
    ticket_footer: dict[str, str]
    ticker: dict[str, str]
    kiosk_languages: tuple[str, ...]
    start_at_call: bool = False
    display_fairness_line: bool = False
    # A window gives a booked visitor precedence at most every this many calls.
    booking_call_every: int = 2
    # The Telegram bot visitors follow their ticket with ("" : none).
    telegram_bot: str = ""
    phone_ahead: int = 3
    display_phone_qr: bool = False

    def follow_link(self, public_id: str) -> str | None:
        """The link a ticket's QR code opens: the centre's bot, started with the
        ticket's public id (docs/phone.md); None without a bot."""
        bot = self.bot_link()
        return None if bot is None else f"{bot}?start={public_id}"

    def bot_link(self) -> str | None:
        """The centre's bot itself (the hall display's QR code); None without one."""
        return f"https://t.me/{self.telegram_bot}" if self.telegram_bot else None

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["en"]


def parse_timezone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(_("Unknown time zone: {name}"), name=name) from None


def setting_values(session: Session) -> dict[str, str]:
    """Every centre setting's value: the stored one, or its default."""
    stored = {key: value for key, value in session.execute(select(Setting.key, Setting.value))}
    return {**DEFAULTS, **stored}


def read_settings(session: Session) -> CentreSettings:
    values = setting_values(session)
    return CentreSettings(
        timezone=parse_timezone(values["timezone"]),
        recall_limit=int(values["recall_limit"]),
        pin_lockout_minutes=int(values["pin_lockout_minutes"]),
        names={lang: values[f"centre_name_{lang}"] for lang in LANGUAGES},
        # Printed tickets speak the public's two languages.
        ticket_footer={lang: values[f"ticket_footer_{lang}"] for lang in PUBLIC_LANGUAGES},
        ticker={lang: values[f"ticker_{lang}"] for lang in PUBLIC_LANGUAGES},
        kiosk_languages=tuple(values["kiosk_languages"].split(",")),
        start_at_call=values["start_at_call"] == "true",
        display_fairness_line=values["display_fairness_line"] == "true",
        booking_call_every=int(values["booking_call_every"]),
        telegram_bot=values["telegram_bot"],
        phone_ahead=int(values["phone_ahead"]),
        display_phone_qr=values["display_phone_qr"] == "true",
    )


def write_settings(session: Session, values: dict[str, str]) -> None:
    for key, value in values.items():
        if key not in DEFAULTS:
            raise ConfigError(_("Unknown centre setting: {key}"), key=key)
        setting = session.get(Setting, key)
        if setting is None:
            session.add(Setting(key=key, value=value))
        else:
            setting.value = value
