"""``conq-desktop notifier``: the Telegram notifier process (docs/phone.md).

Not a window: it needs no screen and no Qt. It runs until SIGTERM or Ctrl+C. A
PostgreSQL server that does not answer yet is asked again every 5 s (logged), as the
windows wait for it. Without a bot token or a bot name in the centre's settings it
says so and ends with status 6 (configuration), as does a token Telegram refuses. The
token comes from ``CONQ_TELEGRAM_TOKEN`` if set, else the ``telegram_token`` setting;
it is never printed nor logged (conq_desktop.phone.redact). ``CONQ_TELEGRAM_API``
points the bot at another Bot API server (a local ``telegram-bot-api``, or a stand-in
in the tests).
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from conq_desktop.cli.commands import Context
from conq_desktop.db import RETRY_SECONDS, Database, NotAnswering
from conq_desktop.engine import phone
from conq_desktop.errors import ConfigError
from conq_desktop.i18n import _

log = logging.getLogger(__name__)

TOKEN_VARIABLE = "CONQ_TELEGRAM_TOKEN"
API_VARIABLE = "CONQ_TELEGRAM_API"

NO_TOKEN = _(
    "No Telegram bot token is set: the notifier has nothing to send with. Set the "
    "centre's telegram_token (administration window) or CONQ_TELEGRAM_TOKEN; see docs/phone.md."
)
NO_BOT = _(
    "No Telegram bot name is set (telegram_bot): tickets carry no link to follow. "
    "Set it in the administration window; see docs/phone.md."
)
TOKEN_REFUSED = _("Telegram refused the bot token: check telegram_token (docs/phone.md).")


def notifier(args: argparse.Namespace, ctx: Context) -> Any:
    with _logging_to_stderr(args.verbose):
        return _notify(ctx)


def _notify(ctx: Context) -> int:
    stop = threading.Event()
    running: list[Any] = []  # the Notifier, once made: SIGTERM stops it too

    def on_sigterm(_signal: int, _frame: object) -> None:
        stop.set()
        for runner in running:
            runner.stop()

    previous = signal.signal(signal.SIGTERM, on_sigterm)
    try:
        db = wait_for_database(ctx, stop)
        if db is None:  # stopped while waiting
            return 0
        token = os.environ.get(TOKEN_VARIABLE, "").strip() or phone.bot_token(db)
        if not token:
            raise ConfigError(NO_TOKEN)
        if not phone.centre_settings(db).telegram_bot:
            raise ConfigError(NO_BOT)
        # Imported here: python-telegram-bot costs a moment, and only this command needs it.
        from conq_desktop.phone import redact
        from conq_desktop.phone.bot import Notifier, NotifierError

        redact.hide(token)
        running.append(Notifier(db, token, base_url=os.environ.get(API_VARIABLE) or None))
        if stop.is_set():
            return 0
        try:
            running[0].run()
        except NotifierError:
            raise ConfigError(TOKEN_REFUSED) from None
    except KeyboardInterrupt:
        for runner in running:
            runner.stop()
    finally:
        signal.signal(signal.SIGTERM, previous)
    return 0


def wait_for_database(
    ctx: Context, stop: threading.Event, every: float = RETRY_SECONDS
) -> Database | None:
    """The centre's database; a server that does not answer yet (a PC that booted
    before it, a server restarting) is asked again every ``every`` seconds, as the
    windows do, until it answers or ``stop`` is set (None then). Any other problem ends
    the command as before (status 6)."""
    attempt = 1
    while True:
        try:
            return ctx.db()
        except NotAnswering as error:
            log.warning(
                "the database does not answer (attempt %d: %s); trying again in %g s",
                attempt,
                error,
                every,
            )
        if stop.wait(every):
            return None
        attempt += 1


@contextmanager
def _logging_to_stderr(verbose: bool) -> Iterator[None]:
    """The notifier's log on stderr while it runs; taken away after (the command can
    run inside another program, as in the tests)."""
    from conq_desktop.phone import redact

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in ("", *redact.CHATTY)}
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    redact.quiet(verbose)
    try:
        yield
    finally:
        root.removeHandler(handler)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
