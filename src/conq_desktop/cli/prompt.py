"""Asking a person at the terminal for a secret (a PIN), for the commands that need one.

A script, a service or a shortcut has nobody to answer: the PIN must then come from an
option or an environment variable, and the command says so instead of waiting on a
prompt nobody sees or failing on the end of its input.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Mapping

from conq_desktop.errors import QueueError, UsageError
from conq_desktop.i18n import _

NO_TERMINAL = _(
    "There is no terminal to type the PIN in: give it with {option} or in the "
    "{variable} environment variable."
)
NOT_TYPED = _("No PIN was typed: type it when asked, or give it with {option} or in {variable}.")
NOT_TEXT = _("The PIN is not valid text: use digits only.")


_STANDARD: object = object()  # "the process's own stdin" (None means: there is none)


def read_pin(
    given: str | None = None,
    *,
    option: str = "--pin",
    variable: str = "CONQ_PIN",
    prompt: str = "PIN: ",
    stdin: object = _STANDARD,
    environ: Mapping[str, str] | None = None,
    ask: Callable[[str], str] = getpass.getpass,
) -> str:
    """The PIN from the command line (``given``), else the ``variable`` in the
    environment, else typed at the terminal without echo.

    Raises ``UsageError`` (exit status 2) naming ``option`` and ``variable`` when there
    is no terminal to ask at – stdin closed, missing or not a terminal – or the person
    ends the input without typing one.
    """
    environ = os.environ if environ is None else environ
    pin = given or environ.get(variable)
    if not pin:
        stream = sys.stdin if stdin is _STANDARD else stdin
        if not _is_terminal(stream):
            # getpass would read the controlling terminal, or fall back to stdin and
            # meet its end: neither is someone answering this command.
            raise UsageError(NO_TERMINAL, option=option, variable=variable)
        try:
            pin = ask(prompt)
        except EOFError:
            raise UsageError(NOT_TYPED, option=option, variable=variable) from None
    if not is_text(pin):
        # Bytes that are not UTF-8 (a terminal in another encoding) could never match
        # a stored PIN, and hashing them would fail.
        raise UsageError(NOT_TEXT)
    return pin


def _is_terminal(stream: object) -> bool:
    try:
        return stream is not None and bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):  # closed or not a real stream
        return False


def is_text(text: str) -> bool:
    """Whether ``text`` is real text: bytes that are not valid in the system's encoding
    arrive as lone surrogates, which can be neither hashed nor stored."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# What counts as "yes" at a [y/N] prompt, in each language of the program.
YES = ("y", "yes", "д", "да", "о", "ооба")


def require_terminal(no_terminal: str) -> None:
    """A question needs a person at a terminal; without one, ``no_terminal`` (a message
    that names ``--yes``) is a usage error."""
    if not (sys.stdin and sys.stdin.isatty()):
        raise UsageError(no_terminal)


def ask_yes(question: str) -> None:
    """Ask ``question`` (in the reader's language); anything but yes changes nothing."""
    if input(question).strip().lower() not in YES:
        raise QueueError(_("Nothing was changed."))
