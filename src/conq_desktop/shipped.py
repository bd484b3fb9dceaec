"""Where the shipped files (fonts, sounds, translations, the demo centre) are, wherever
the program runs.

The design card keeps them in the repository's top-level ``resources/``. A checkout or
editable install reads them there; a wheel installs them under
``<prefix>/share/conq-desktop/``; the PyInstaller build puts them beside the program.

This module imports nothing of the program, so that the translations can find their
files without a cycle (errors → i18n → here); ``resources.resource_path`` is the
lookup that refuses with a translated error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resource_dirs() -> list[Path]:
    dirs = []
    if override := os.environ.get("CONQ_RESOURCES"):
        dirs.append(Path(override))
    if bundle := getattr(sys, "_MEIPASS", None):
        dirs.append(Path(bundle) / "resources")
    dirs.append(Path(__file__).resolve().parents[2] / "resources")
    dirs.append(Path(sys.prefix) / "share" / "conq-desktop")
    return dirs


def find_resource(name: str) -> Path | None:
    """The first shipped ``name``, or None where a missing file is expected."""
    for folder in resource_dirs():
        candidate = folder / name
        if candidate.exists():
            return candidate
    return None
