"""``conq-desktop notifier``: the Telegram notifier process (docs/phone.md).

Not a window: it needs no screen and no Qt. It runs until SIGTERM or Ctrl+C; without
a bot token or a bot name in the centre's settings it says so and ends with status 6
(configuration), as does a token Telegram refuses. The token comes from
``CONQ_TELEGRAM_TOKEN`` if set, else the ``telegram_token`` setting; it is never
printed nor logged (conq_desktop.phone.redact). ``CONQ_TELEGRAM_API`` points the bot at
another Bot API server (a local ``telegram-bot-api``, or a stand-in in the tests).
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from typing import Any

from conq_desktop.cli.commands import Context
from conq_desktop.engine import phone
from conq_desktop.errors import ConfigError
from conq_desktop.i18n import _

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
    db = ctx.db()
    token = os.environ.get(TOKEN_VARIABLE, "").strip() or phone.bot_token(db)
    if not token:
        raise ConfigError(NO_TOKEN)
    if not phone.centre_settings(db).telegram_bot:
        raise ConfigError(NO_BOT)
    # Imported here: python-telegram-bot costs a moment, and only this command needs it.
    from conq_desktop.phone import redact
    from conq_desktop.phone.bot import Notifier, NotifierError

    redact.hide(token)
    _log_to_stderr(args.verbose)
    runner = Notifier(db, token, base_url=os.environ.get(API_VARIABLE) or None)
    previous = signal.signal(signal.SIGTERM, lambda _signal, _frame: runner.stop())
    try:
        runner.run()
    except KeyboardInterrupt:
        runner.stop()
    except NotifierError:
        raise ConfigError(TOKEN_REFUSED) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    return 0


def _log_to_stderr(verbose: bool) -> None:
    from conq_desktop.phone import redact

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    redact.quiet(verbose)
