"""The demo centre's morning: enough activity that every screen has something to show."""

from __future__ import annotations

import os
from pathlib import Path

from conq_desktop.config import data_dir
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.accounts import change_settings
from conq_desktop.engine.phone import bot_token
from conq_desktop.models import Priority

DEMO_DB_NAME = "demo.sqlite3"


def demo_database_path() -> Path:
    """The demo's own database: the only one ``conq-desktop demo`` ever writes."""
    return data_dir() / DEMO_DB_NAME


# (service, priority) in arrival order.
_ARRIVALS = [
    ("PASSPORT", Priority.NORMAL),
    ("PASSPORT", Priority.NORMAL),
    ("CIVIL", Priority.NORMAL),
    ("PENSION", Priority.NORMAL),
    ("PASSPORT", Priority.PRIORITY),
    ("PROPERTY", Priority.NORMAL),
    ("PASSPORT", Priority.NORMAL),
    ("CIVIL", Priority.NORMAL),
    ("PENSION", Priority.NORMAL),
    ("PRIORITY", Priority.PRIORITY),
    ("PASSPORT", Priority.NORMAL),
    ("PROPERTY", Priority.NORMAL),
    ("PASSPORT", Priority.NORMAL),
    ("CIVIL", Priority.NORMAL),
]

_OPERATORS = [
    (1, "aibek", "1111"),
    (2, "nurgul", "2222"),
    (4, "elena", "3333"),
    (7, "ulan", "4444"),
]


# What the demo's panels say on their sign-in page, so a newcomer need not look it up.
DEMO_PINS = {login: pin for _window, login, pin in _OPERATORS}

# Priority tickets are given out at the reception desk.
_RECEPTIONIST = ("bakyt", "6666")


def play_demo_morning(engine: QueueEngine) -> None:
    reception = engine.authenticate(*_RECEPTIONIST)
    for code, priority in _ARRIVALS:
        actor = reception if priority != Priority.NORMAL else None
        engine.issue(code, priority=priority, actor=actor)
    for window, login, pin in _OPERATORS:
        engine.sign_in(window, login, pin)
    # Window 1 has served one visitor and is serving the next; others have just called.
    engine.call_next(1)
    engine.start(1)
    engine.finish(1)
    engine.call_next(1)
    engine.start(1)
    engine.call_next(2)
    engine.call_next(4)
    engine.call_next(7)


# The demo centre's administrator (resources/demo-centre.toml).
_ADMIN = ("admin", "9999")


def demo_follows_by_phone(engine: QueueEngine) -> bool:
    """Whether the demo also runs the Telegram notifier (docs/phone.md): when a bot token
    is configured (``CONQ_TELEGRAM_TOKEN``; the demo's database is new each time) and
    the bot's name is known (``CONQ_TELEGRAM_BOT``, written into the demo centre's
    settings so that its tickets carry the link)."""
    token = os.environ.get("CONQ_TELEGRAM_TOKEN", "").strip() or bot_token(engine.db)
    bot = os.environ.get("CONQ_TELEGRAM_BOT", "").strip().lstrip("@")
    if not token:
        return False
    if bot and engine.settings.telegram_bot != bot:
        change_settings(
            engine.db,
            {"telegram_bot": bot},
            actor=engine.authenticate(*_ADMIN),
            clock=engine.clock,
        )
        engine.reload_settings()
    return bool(engine.settings.telegram_bot)
