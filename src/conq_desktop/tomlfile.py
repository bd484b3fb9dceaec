"""Reading the TOML files people give the program: the per-PC ``config.toml`` and a
centre file.

Both are written by hand and may be anything: a device, a FIFO, a huge or binary file,
a file saved in a Windows code page. Every such file is refused with a ConfigError that
names it, before anything is done with it. Qt-free: the command line uses it.
"""

from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path
from typing import Any

from conq_desktop.errors import ConfigError
from conq_desktop.i18n import Message, _

# Far above any real centre file (the demo centre is 3 KiB), far below what could hurt.
MAX_BYTES = 1024 * 1024

# What a value must be, for "“{key}” must be {kind}" messages (config and centre files).
TEXT = _("text in quotes")
WHOLE_NUMBER = _("a whole number")
NUMBER = _("a number")
TRUE_OR_FALSE = _("true or false")
TABLE = _("a table")
LIST = _("a list")


def read_toml(path: Path, what: str, *, required: bool = True) -> dict[str, Any]:
    """The TOML document in ``path``. ``what`` names the file in messages, a marked
    template with ``{path}`` such as ``_("The centre file {path}")``. Without
    ``required`` a missing file reads as an empty document."""
    file = Message(what, path=shown(str(path), limit=None))
    data = _read_bytes(path, file, required=required)
    if data is None:
        return {}
    try:
        # Windows Notepad may start a UTF-8 file with a byte order mark.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            _("{file} is not UTF-8 text (line {line}: byte {byte}); save it as UTF-8."),
            file=file,
            line=data.count(b"\n", 0, exc.start) + 1,
            byte=f"0x{data[exc.start]:02X}",
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            _("{file} is not valid TOML: {reason}"), file=file, reason=shown(str(exc), limit=None)
        ) from None
    except RecursionError:
        raise ConfigError(_("{file} is nested too deeply."), file=file) from None


def _read_bytes(path: Path, file: Message, *, required: bool) -> bytes | None:
    try:
        # Looked at before opening: opening a FIFO would wait for a writer forever.
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise ConfigError(_("{file} is not a regular file."), file=file)
        # Non-blocking, in case the path was swapped for a FIFO since the check.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        descriptor = os.open(path, flags)
        with open(descriptor, "rb", closefd=True) as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise ConfigError(_("{file} is not a regular file."), file=file)
            # One byte more than allowed tells "too large" without reading all of it,
            # whatever the size the file system claims.
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        if not required:
            return None
        raise ConfigError(_("{file} does not exist."), file=file) from None
    except OSError as exc:
        raise ConfigError(
            _("{file} cannot be read: {reason}"), file=file, reason=exc.strerror or str(exc)
        ) from None
    if len(data) > MAX_BYTES:
        raise ConfigError(
            _("{file} is too large: more than {kib} KiB."), file=file, kib=MAX_BYTES // 1024
        )
    return data


def shown(text: str, limit: int | None = 40) -> str:
    """``text`` from a file, fit for a one-line message: control characters escaped,
    anything past ``limit`` characters cut off."""
    cut = text if limit is None else text[:limit]
    escaped = "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in cut
    )
    return escaped + ("…" if limit is not None and len(text) > limit else "")
