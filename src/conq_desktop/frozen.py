"""Start-up of the built program (PyInstaller, see build_installer.spec).

Both executables of the build start here: ``conq-desktop`` (console, the command line)
and ``conq-desktop-gui`` (windowed, for the shortcuts of the kiosk, panels and hall
display). They take the same commands as the installed ``conq-desktop``.

A windowed program on Windows has no console: ``sys.stdout`` and ``sys.stderr`` are
None and the first ``print`` (or logging's last-resort handler) would fail. They are
sent to the output log (``logs/output.log`` in the data folder, see
conq_desktop.log_file) instead, so what a console would have shown can still be read
afterwards.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from conq_desktop.log_file import OUTPUT_LOG, OUTPUT_LOG_LIMIT, open_output_log

__all__ = ["OUTPUT_LOG", "OUTPUT_LOG_LIMIT", "main", "redirect_missing_streams"]


def redirect_missing_streams(folder: Path | None = None) -> Path | None:
    """Point a missing ``sys.stdout``/``sys.stderr`` at the output log in ``folder``
    (default: ``logs`` in the data folder) and return the log's path. None: both streams
    exist, or no log could be opened and the output is dropped (never an error)."""
    if sys.stdout is not None and sys.stderr is not None:
        return None
    opened = open_output_log(folder)
    stream: TextIO
    if opened is None:
        stream = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - open for the process's life
        path = None
    else:
        path, stream = opened
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream
    return path


def main() -> int:
    redirect_missing_streams()
    from conq_desktop.cli.main import main as cli_main

    return cli_main()
