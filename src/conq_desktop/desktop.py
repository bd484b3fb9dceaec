"""Where the program was started and whether it can show a window there.

Both the command line (a bare ``conq-desktop`` opens the start window when started from
the desktop) and the windows (they refuse to start without a screen) ask these
questions, so they live here, without Qt: asking must not load it, and Qt itself would
abort the process without a screen rather than say why.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import IO, Any

from conq_desktop.errors import ConfigError
from conq_desktop.i18n import _

# Qt platforms that draw nowhere a person could see.
INVISIBLE_PLATFORMS = ("offscreen", "minimal")
NO_SCREEN = _(
    "There is no screen to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set): "
    "start it in the desktop session."
)


def this_program() -> list[str]:
    """The command that starts this program again: the built executable itself, or the
    interpreter running the package (``-m`` would mean nothing to a built program)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "conq_desktop"]


def gui_possible(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt can open a window here: always on Windows and macOS; elsewhere with an
    X11 or Wayland session, or a Qt platform chosen explicitly (``offscreen`` in tests)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform in ("win32", "darwin") or environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def require_screen() -> None:
    """Refuse with NO_SCREEN (a ConfigError) where no window can open: Qt would abort
    the process, not say why."""
    if not gui_possible():
        raise ConfigError(NO_SCREEN)


_STANDARD: Any = object()  # "the process's own stream" (None means: there is none)


def started_from_desktop(
    stdin: IO[str] | None = _STANDARD,
    stdout: IO[str] | None = _STANDARD,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
) -> bool:
    """Whether a bare ``conq-desktop`` (no command) opens the start window rather than
    printing its help.

    Yes when nobody is at a terminal – neither stdin nor stdout is one (a missing stream
    counts as none: a windowed build or ``pythonw``) – and there is a screen a person
    can see. That is a double-click on the program, a desktop, Start-menu or file-manager
    shortcut, a built program without a console. Typed in a terminal, even with the
    output piped or redirected, it prints the help.
    """
    stdin = sys.stdin if stdin is _STANDARD else stdin
    stdout = sys.stdout if stdout is _STANDARD else stdout
    environ = os.environ if environ is None else environ
    if _is_terminal(stdin) or _is_terminal(stdout):
        return False
    qpa = environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    return qpa not in INVISIBLE_PLATFORMS and gui_possible(environ, platform)


def _is_terminal(stream: IO[str] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError, OSError):  # closed or not a real stream
        return False
