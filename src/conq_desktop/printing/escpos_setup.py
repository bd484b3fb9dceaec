"""Importing python-escpos without leaving a temporary folder behind at every start.

``escpos.capabilities`` calls ``mkdtemp()`` when it is imported, even when told where to
keep its parsed printer database, and never removes the folder: a kiosk running for
months piles up thousands of them, each with a 72 KB copy of the database, and the
database is parsed again at every start. Import this module before any ``escpos`` one.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import platform
import shutil
import tempfile
from pathlib import Path

import platformdirs

CACHE_ENV = "ESCPOS_CAPABILITIES_PICKLE_DIR"
# The file python-escpos keeps there (escpos/capabilities.py names it so).
_PICKLE = f"{platform.python_version()}.capabilities.pickle"


def _cache_folder() -> str | None:
    if folder := os.environ.get(CACHE_ENV):
        return folder
    path = Path(platformdirs.user_cache_dir("conq-desktop", appauthor=False)) / "escpos"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # an unwritable cache: python-escpos keeps its temporary folder
    return str(path)


def _import_capabilities() -> None:
    folder = _cache_folder()
    if folder is None:
        return
    # python-escpos writes its database in place: another process starting meanwhile
    # (the demo opens four windows at once, the tests run in parallel) would read it
    # half-written and fail. So a process that finds none ready has python-escpos
    # write it into a folder of its own, then moves it into place in one step.
    private = None if _ready(Path(folder)) else tempfile.mkdtemp(prefix="conq-escpos-")
    _import_into(private or folder)
    if private is not None:
        with contextlib.suppress(OSError):  # a read-only cache: it stays unused
            os.replace(Path(private) / _PICKLE, Path(folder) / _PICKLE)
        shutil.rmtree(private, ignore_errors=True)
        os.environ[CACHE_ENV] = folder
        # Where the database lives from now on, as python-escpos tells it.
        import escpos.capabilities as capabilities

        capabilities.pickle_dir = folder
        capabilities.pickle_path = str(Path(folder) / _PICKLE)


def _import_into(folder: str) -> None:
    os.environ[CACHE_ENV] = folder
    make_temporary = tempfile.mkdtemp
    # escpos.capabilities binds mkdtemp when imported; hand it the lasting folder instead.
    tempfile.mkdtemp = lambda *args, **kwargs: folder  # type: ignore[assignment]
    try:
        import escpos.capabilities  # noqa: F401
    finally:
        tempfile.mkdtemp = make_temporary


def _ready(folder: Path) -> bool:
    """Whether ``folder`` holds the database, newer than python-escpos's own file (else
    python-escpos would write it again, in place)."""
    spec = importlib.util.find_spec("escpos")
    source = os.environ.get("ESCPOS_CAPABILITIES_FILE") or (
        Path(spec.origin).parent / "capabilities.json" if spec and spec.origin else None
    )
    try:
        cached = (folder / _PICKLE).stat()
        return cached.st_size > 0 and (
            source is None or cached.st_mtime >= Path(source).stat().st_mtime
        )
    except OSError:
        return False


_import_capabilities()

# What the rest of the program uses from python-escpos, imported only after the above.
from escpos import printer  # noqa: E402
from escpos.capabilities import Profile, get_profile  # noqa: E402
from escpos.constants import HW_INIT  # noqa: E402
from escpos.printer import Dummy  # noqa: E402

__all__ = ["HW_INIT", "Dummy", "Profile", "get_profile", "printer"]
