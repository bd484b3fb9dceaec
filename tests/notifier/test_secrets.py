"""The bot's token is never printed, logged, exported or journalled; without a token
the notifier says so and ends (status 6)."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from conq_desktop.engine.accounts import change_settings
from conq_desktop.engine.admin_reads import read_centre_admin
from conq_desktop.engine.centre_export import export_centre
from conq_desktop.engine.journal import HIDDEN
from conq_desktop.engine.phone import bot_token
from conq_desktop.i18n import translate
from conq_desktop.models import EventKind, TicketEvent
from conq_desktop.phone import texts
from conq_desktop.phone.redact import HIDDEN as REDACTED
from tests.notifier.conftest import TOKEN, Centre, Running, wait_until
from tests.notifier.standin import BOT_NAME, BotApi

REPO = Path(__file__).resolve().parents[2]


def configure(centre: Centre, token: str = TOKEN, bot: str = BOT_NAME) -> None:
    admin = centre.engine.authenticate("admin", "9999")
    change_settings(
        centre.db, {"telegram_bot": bot, "telegram_token": token}, actor=admin, clock=centre.clock
    )


def test_the_token_is_never_in_the_logs(
    centre: Centre, api: BotApi, start_notifier, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # everything, httpx's request lines too
    running: Running = start_notifier()
    issued = centre.issue("PASSPORT", 2)
    api.command(7, f"/start {issued[1].ticket.public_id}")
    api.wait_messages(7, 1)
    api.stop()
    centre.engine.call_next(1)
    centre.engine.call_next(2)
    wait_until(lambda: "not sent" in caplog.text, 20, "a failed send logged")
    api.start()
    api.wait_messages(7, 2, timeout=40)
    running.stop()
    logged = caplog.text + "".join(
        record.getMessage() + repr(record.args) for record in caplog.records
    )
    assert "getUpdates" in logged  # the request lines were logged…
    assert REDACTED in logged  # …with the token hidden
    assert TOKEN not in logged
    assert TOKEN.split(":")[1] not in logged
    assert TOKEN not in repr(running.notifier)


def test_the_token_is_not_exported_listed_or_journalled(centre: Centre) -> None:
    configure(centre)
    assert bot_token(centre.db) == TOKEN
    assert TOKEN not in export_centre(centre.db)
    listed = read_centre_admin(centre.db).settings
    assert listed["telegram_token"] == HIDDEN
    assert listed["telegram_bot"] == BOT_NAME
    with centre.db.read_session() as session:
        events = session.scalars(
            select(TicketEvent.details).where(TicketEvent.kind == EventKind.SETTINGS_CHANGED)
        ).all()
    assert TOKEN not in json.dumps(events, ensure_ascii=False)
    assert {"key": "telegram_token", "old": "", "new": HIDDEN} in events[-1]["changes"]
    # The listing saved back unchanged keeps the token.
    admin = centre.engine.authenticate("admin", "9999")
    assert change_settings(centre.db, listed, actor=admin) == {}
    assert bot_token(centre.db) == TOKEN


def notifier_command(centre: Centre, api: BotApi | None, **env: str) -> subprocess.Popen[str]:
    environment = {**os.environ, **env}
    environment.pop("CONQ_TELEGRAM_TOKEN", None) if "CONQ_TELEGRAM_TOKEN" not in env else None
    if api is not None:
        environment["CONQ_TELEGRAM_API"] = api.base_url
    return subprocess.Popen(
        [sys.executable, "-m", "conq_desktop", "--db", centre.url, "notifier", "--verbose"],
        cwd=REPO,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_notifier_process_keeps_the_token_out_of_stderr(centre: Centre, api: BotApi) -> None:
    configure(centre, token="")
    process = notifier_command(centre, api, CONQ_TELEGRAM_TOKEN=TOKEN)
    try:
        api.command(8, "/start 0000000000000000", "ru")
        answer = api.wait_messages(8, 1, timeout=60)[0]
        assert answer == translate(texts.UNKNOWN, "ru")
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "getUpdates" in err  # verbose: every request logged…
    assert TOKEN not in err + out  # …without the token
    assert REDACTED in err


def test_no_token_or_no_bot_ends_with_status_6(centre: Centre) -> None:
    process = notifier_command(centre, None)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 6
    assert "No Telegram bot token is set" in err
    configure(centre, token=TOKEN, bot="")
    process = notifier_command(centre, None)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 6
    assert "No Telegram bot name is set" in err
    assert TOKEN not in out + err


def test_a_refused_token_ends_with_status_6(centre: Centre, api: BotApi) -> None:
    configure(centre, token="999:wrong-token")
    process = notifier_command(centre, api)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 6, err
    assert "Telegram refused the bot token" in err
    assert "wrong-token" not in out + err
