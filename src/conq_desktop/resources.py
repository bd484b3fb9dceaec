"""Finding shipped files (fonts, sounds, the demo centre) wherever the program runs.

The design card keeps them in the repository's top-level ``resources/``. A checkout or
editable install reads them there; a wheel installs them under
``<prefix>/share/conq-desktop/``; the PyInstaller build puts them beside the program.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from conq_desktop.errors import ConfigError
from conq_desktop.i18n import _


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


def resource_path(name: str) -> Path:
    found = find_resource(name)
    if found is None:
        raise ConfigError(_("A program file is missing: {name}"), name=name)
    return found
