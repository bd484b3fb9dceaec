"""The output log: ``logs/output.log`` in the data folder, on every system.

A screen started by a shortcut or at log-on has nobody reading its console, if it has
one at all. So each run of a window (and of the notifier) also writes the warnings of
Python's ``logging``, one line naming what was started, and a failed start's message
to this file, where an IT person can read them afterwards (docs/install.md, section 10).
The built program's windowed executable on Windows has no console at all: its stdout
and stderr go to the same file (conq_desktop.frozen).

Without Qt and without the database: it must work when neither can be had.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

OUTPUT_LOG = "output.log"
# The log of a kiosk that runs for months must not grow without end: at start-up a
# larger file is moved to output.log.1 (replacing the one before).
OUTPUT_LOG_LIMIT = 1024 * 1024
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Records for the file alone (the start line, a failed start): the console already
# has the command's own one-line error.
FILE_ONLY = "conq_desktop.output_log"

# One stream per file and process: the windowed build's stdout and stderr and the log
# records share it, so that a second open cannot move the file aside under the first.
_streams: dict[Path, TextIO] = {}

_file_only = logging.getLogger(FILE_ONLY)
_file_only.propagate = False
_file_only.setLevel(logging.INFO)
_file_only.addHandler(logging.NullHandler())  # no file set up: the line goes nowhere


def logs_folder() -> Path:
    """``logs`` in the data folder (``CONQ_DATA_DIR`` moves it, as the tests do)."""
    from conq_desktop.config import data_dir  # only when asked: frozen.py starts here

    return data_dir() / "logs"


def open_output_log(folder: Path | None = None) -> tuple[Path, TextIO] | None:
    """The output log in ``folder`` (default: ``logs_folder()``) opened for appending,
    a file over ``OUTPUT_LOG_LIMIT`` moved aside first; None when it cannot be opened
    (never an error: the log is a help)."""
    folder = logs_folder() if folder is None else folder
    path = folder / OUTPUT_LOG
    stream = _streams.get(path)
    if stream is not None and not stream.closed:
        return path, stream
    try:
        # Owner-only, as the program's other folders: the data folder itself may be
        # created here first, and it will hold the database with its PIN hashes.
        for level in (folder.parent, folder):
            level.mkdir(mode=0o700, parents=True, exist_ok=True)
        if path.is_file() and path.stat().st_size > OUTPUT_LOG_LIMIT:
            path.replace(path.with_name(OUTPUT_LOG + ".1"))
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        stream = open(  # noqa: SIM115 - open for the process's life
            handle, "a", encoding="utf-8", errors="backslashreplace", buffering=1
        )
    except OSError:
        return None
    _streams[path] = stream
    return path, stream


class _Console(logging.StreamHandler):  # type: ignore[type-arg]
    """The console as it was before the file took the records: what logging's last
    resort printed there (the bare message, WARNING and up), on whatever ``sys.stderr``
    is at the time; nothing when stderr is the log file itself (the windowed build)."""

    def __init__(self, log: TextIO) -> None:
        logging.Handler.__init__(self, logging.WARNING)
        self._log = log

    @property
    def stream(self) -> TextIO | None:  # type: ignore[override]
        return sys.stderr

    def emit(self, record: logging.LogRecord) -> None:
        console = sys.stderr
        if console is None or self._log in (console, getattr(console, "stream", None)):
            return
        super().emit(record)


@contextmanager
def logging_to_file(*, console: bool = True) -> Iterator[Path | None]:
    """While inside: WARNING and up of every logger, and ``note``'s lines, go to the
    output log too; on the console as before unless ``console`` is False (a command
    that prints its own log there). Yields the log's path, None if it cannot be
    opened. Leaves logging as it found it."""
    opened = open_output_log()
    if opened is None:
        yield None
        return
    path, stream = opened
    formatter = logging.Formatter(FORMAT)
    to_file = logging.StreamHandler(stream)
    to_file.setLevel(logging.WARNING)
    to_file.setFormatter(formatter)
    file_only = logging.StreamHandler(stream)
    file_only.setFormatter(formatter)
    added = [to_file, *([_Console(stream)] if console else [])]
    root = logging.getLogger()
    for handler in added:
        root.addHandler(handler)
    _file_only.addHandler(file_only)
    try:
        yield path
    finally:
        for handler in added:
            root.removeHandler(handler)
        _file_only.removeHandler(file_only)
        if not _is_standard_stream(stream):
            stream.close()
            _streams.pop(path, None)


def note(message: str, *args: object, level: int = logging.INFO) -> None:
    """A line in the output log alone (inside ``logging_to_file``; else nowhere), any
    password in a database address in it hidden: a message may repeat an address
    as it was given (one that is not valid, say), and the file outlives the console."""
    _file_only.log(level, "%s", hide_passwords(message % args if args else message))


# "scheme://user:password@", as far as an address that may not be valid can be read.
_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")


def hide_passwords(text: str) -> str:
    return _PASSWORD.sub(r"\1***@", text)


def _is_standard_stream(stream: TextIO) -> bool:
    return any(
        stream in (current, getattr(current, "stream", None))
        for current in (sys.stdout, sys.stderr)
    )
