"""Importing python-escpos without leaving a temporary folder behind at every start.

``escpos.capabilities`` calls ``mkdtemp()`` when it is imported, even when told where to
keep its parsed printer database, and never removes the folder: a kiosk running for
months piles up thousands of them, each with a 72 KB copy of the database, and the
database is parsed again at every start. Import this module before any ``escpos`` one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import platformdirs

CACHE_ENV = "ESCPOS_CAPABILITIES_PICKLE_DIR"


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
        import escpos.capabilities

        return
    os.environ[CACHE_ENV] = folder
    make_temporary = tempfile.mkdtemp
    # escpos.capabilities binds mkdtemp when imported; hand it the lasting folder instead.
    tempfile.mkdtemp = lambda *args, **kwargs: folder  # type: ignore[assignment]
    try:
        import escpos.capabilities  # noqa: F401
    finally:
        tempfile.mkdtemp = make_temporary


_import_capabilities()

# What the rest of the program uses from python-escpos, imported only after the above.
from escpos import printer  # noqa: E402
from escpos.capabilities import Profile, get_profile  # noqa: E402
from escpos.constants import HW_INIT  # noqa: E402
from escpos.printer import Dummy  # noqa: E402

__all__ = ["HW_INIT", "Dummy", "Profile", "get_profile", "printer"]
