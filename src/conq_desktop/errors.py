"""Errors meant for people. Each carries an English message template that is
translated when shown, so the same error reads in Kyrgyz at the kiosk and in Russian
in the operator panel. Anything else that escapes is a bug, not an interface."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from conq_desktop.i18n import _, translate

# The words for a file that cannot be written, wherever one is (os_errors_as below).
CANNOT_WRITE = _("Cannot write {path}: {reason}")


def one_line(text: str) -> str:
    """A driver's message as one line: PostgreSQL adds hints on lines of their own, and
    a refusal is one line on stderr."""
    return " ".join(text.split())


class ConqError(Exception):
    """Base of every error whose message is fit to show to a user."""

    # Exit status of the command line for this kind of error.
    exit_code = 3

    def __init__(self, template: str, /, **params: Any) -> None:
        super().__init__(template)
        self.template = template
        self.params = params

    def message(self, lang: str | None = None) -> str:
        return translate(self.template, lang, **self.params)

    def __str__(self) -> str:
        return self.message()


class UsageError(ConqError):
    """The command cannot go on as it was typed (exit status 2, like a mistyped one)."""

    exit_code = 2


class QueueError(ConqError):
    """A refused queue operation: illegal transition, closed service, limit reached."""


class NothingToCall(QueueError):
    """The queues this window serves are empty. Normal, not a failure."""

    exit_code = 4


class NotAllowed(ConqError):
    """The caller's role, or where they are signed in, does not allow this."""


class NotFound(ConqError):
    """An unknown service, window, operator or ticket number."""

    exit_code = 5


class ConfigError(ConqError):
    """Bad configuration: database address, data folder, centre file."""

    exit_code = 6


class DatabaseError(ConfigError):
    """The database cannot be opened or upgraded."""


@contextmanager
def os_errors_as(
    template: str, /, error: type[ConqError] = ConfigError, **params: Any
) -> Iterator[None]:
    """Turn an ``OSError`` inside the block into ``error(template)`` with what the
    system said as ``{reason}`` ("Permission denied", not a traceback)."""
    try:
        yield
    except OSError as exc:
        raise error(template, reason=exc.strerror or str(exc), **params) from None
