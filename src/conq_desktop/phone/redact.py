"""The bot's token never reaches a log.

python-telegram-bot puts the token in every request's address (``…/bot<token>/sendMessage``),
which httpx logs, and in the text of some errors and of ``repr(bot)``. Every log record
made in this process, by any logger, has the token replaced before any handler sees it
(a record factory, so pytest's capture and a file handler are covered alike); the
chattiest loggers are also turned down.
"""

from __future__ import annotations

import logging
import threading
import traceback
from typing import Any

HIDDEN = "<token>"
# Loggers that say every request's address at INFO or DEBUG.
CHATTY = ("httpx", "httpcore", "telegram", "telegram.ext", "apscheduler")

_lock = threading.Lock()
_secrets: set[str] = set()
_installed = False


def hide(secret: str) -> None:
    """From now on, replace ``secret`` in every log record of this process."""
    global _installed
    if not secret:
        return
    with _lock:
        _secrets.add(secret)
        if _installed:
            return
        previous = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            _clean(record)
            return record

        logging.setLogRecordFactory(factory)
        _installed = True


def redacted(text: str) -> str:
    for secret in tuple(_secrets):
        text = text.replace(secret, HIDDEN)
    return text


def quiet(verbose: bool = False) -> None:
    """Turn the libraries' request logs down (WARNING), or up to INFO when ``verbose``
    (the addresses are then logged with the token hidden)."""
    for name in CHATTY:
        logging.getLogger(name).setLevel(logging.INFO if verbose else logging.WARNING)


def _clean(record: logging.LogRecord) -> None:
    if not _secrets:
        return
    try:
        message = record.getMessage()
    except Exception:  # a broken record stays as it is: logging reports it
        return
    clean = redacted(message)
    if clean != message or record.args:
        record.msg, record.args = clean, None
    if record.exc_info and record.exc_info[1] is not None:
        text = "".join(traceback.format_exception(*record.exc_info))
        if redacted(text) != text:
            record.exc_text = redacted(text).rstrip("\n")
            record.exc_info = None
