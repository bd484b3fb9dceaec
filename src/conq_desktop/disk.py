"""Telling a full disk from other failures, so that people read "the disk is full"
instead of an error code from SQLite or the operating system.

A full disk shows in three ways: an ``OSError`` with ``ENOSPC`` (or ``EDQUOT``, a quota
that is used up) when a file is written; SQLite's ``SQLITE_FULL`` ("database or disk is
full"); and, as often, SQLite's ``SQLITE_IOERR`` ("disk I/O error"), which also means a
failing disk. That one counts as full only when the database's folder has (almost) no
free space left. PostgreSQL says so itself (SQLSTATE 53100), about the server's disk.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from conq_desktop.errors import ConfigError
from conq_desktop.i18n import _

# Below this much free space an SQLite I/O error is taken for a full disk: a write of a
# few pages, the journal or the WAL no longer fits.
ALMOST_FULL_BYTES = 1024 * 1024

_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_SQLITE_FULL = 13
_SQLITE_IOERR = 10
_SQLITE_FULL_TEXT = "database or disk is full"
_SQLITE_IOERR_TEXT = "disk i/o error"
_POSTGRES_DISK_FULL = "53100"

FILE_NOT_WRITTEN = _(
    "The disk is full: {path} could not be written. Free some space and try again."
)
DATABASE_NOT_WRITTEN = _(
    "The disk is full: the database {path} could not be written. Free some space and try again."
)
OUTPUT_NOT_WRITTEN = _(
    "The disk is full: the output could not be written. Free some space and try again."
)
NOTHING_WRITTEN = _(
    "The disk is full: nothing more could be written. Free some space and try again."
)


class DiskFull(ConfigError):
    """No space left where a file or the database had to be written (exit status 6)."""


def is_disk_full(error: BaseException, folder: Path | None = None) -> bool:
    """Whether ``error`` itself (not its causes) says the disk is full. ``folder`` is
    where an SQLite database lives: an I/O error there counts when it has no space."""
    if isinstance(error, OSError):
        return error.errno in _FULL_ERRNOS
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        text = str(error).lower()
        # The primary result code is the low byte: SQLITE_IOERR_WRITE is 778 = 10 + 3 << 8.
        primary = code & 0xFF if isinstance(code, int) else None
        if primary == _SQLITE_FULL or (primary is None and _SQLITE_FULL_TEXT in text):
            return True
        if primary == _SQLITE_IOERR or (primary is None and _SQLITE_IOERR_TEXT in text):
            return folder is not None and _almost_no_space(folder)
        return False
    return getattr(error, "sqlstate", None) == _POSTGRES_DISK_FULL


def _almost_no_space(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < ALMOST_FULL_BYTES
    except (OSError, ValueError):  # the folder is gone or unreadable: not known to be full
        return False


def causes(error: BaseException) -> list[BaseException]:
    """``error`` and what led to it: explicit causes, the exceptions being handled when
    it was raised (also behind ``from None``), and a database driver's own error."""
    seen: list[BaseException] = []
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop(0)
        if current is None or any(current is known for known in seen):
            continue
        seen.append(current)
        pending += [current.__cause__, current.__context__, _driver_error(current)]
    return seen


def _driver_error(error: BaseException) -> BaseException | None:
    # SQLAlchemy's DBAPIError keeps the driver's exception in ``orig``.
    orig = getattr(error, "orig", None)
    return orig if isinstance(orig, BaseException) else None


def disk_full_error(
    error: BaseException,
    *,
    path: str | Path | None = None,
    database: str | Path | None = None,
) -> DiskFull | None:
    """The user's "disk is full" error if ``error`` or one of its causes says so, else
    None. ``path`` is the file being written; ``database`` the SQLite file (its folder is
    checked for free space after an I/O error) or a server's address."""
    if isinstance(error, DiskFull):
        return error
    folder = Path(database).parent if database is not None and _is_file(database) else None
    for cause in causes(error):
        if not is_disk_full(cause, folder):
            continue
        if isinstance(cause, OSError):
            where = path if path is not None else cause.filename
            if where is not None:
                return DiskFull(FILE_NOT_WRITTEN, path=_as_text(where))
        elif database is not None:
            return DiskFull(DATABASE_NOT_WRITTEN, path=str(database))
        return DiskFull(NOTHING_WRITTEN)
    return None


def _is_file(database: str | Path) -> bool:
    return "://" not in str(database)


def _as_text(where: object) -> str:
    if isinstance(where, bytes):
        return where.decode(errors="backslashreplace")
    return str(where)
