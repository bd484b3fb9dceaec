"""A shipped file the program cannot do without (see ``shipped.py`` for where they are)."""

from __future__ import annotations

from pathlib import Path

from conq_desktop.errors import ConfigError
from conq_desktop.i18n import _
from conq_desktop.shipped import find_resource, resource_dirs

__all__ = ["find_resource", "resource_dirs", "resource_path"]


def resource_path(name: str) -> Path:
    found = find_resource(name)
    if found is None:
        raise ConfigError(_("A program file is missing: {name}"), name=name)
    return found
