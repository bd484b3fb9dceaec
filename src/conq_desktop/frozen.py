"""Start-up of the built program (PyInstaller, see build_installer.spec).

Both executables of the build start here: ``conq-desktop`` (console, the command line)
and ``conq-desktop-gui`` (windowed, for the shortcuts of the kiosk, panels and hall
display). They take the same commands as the installed ``conq-desktop``.

A windowed program on Windows has no console: ``sys.stdout`` and ``sys.stderr`` are
None and the first ``print`` (or logging's last-resort handler) would fail. They are
sent to ``logs/output.log`` in the data folder instead, so what a console would have
shown can still be read afterwards.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

OUTPUT_LOG = "output.log"
# The log of a kiosk that runs for months must not grow without end: at start-up a
# larger file is moved to output.log.1 (replacing the one before).
OUTPUT_LOG_LIMIT = 1024 * 1024


def redirect_missing_streams(folder: Path | None = None) -> Path | None:
    """Point a missing ``sys.stdout``/``sys.stderr`` at the output log in ``folder``
    (default: ``logs`` in the data folder) and return the log's path. None: both streams
    exist, or no log could be opened and the output is dropped (never an error)."""
    if sys.stdout is not None and sys.stderr is not None:
        return None
    if folder is None:
        from conq_desktop.config import data_dir

        folder = data_dir() / "logs"
    path = folder / OUTPUT_LOG
    stream: TextIO
    opened: Path | None = path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if path.is_file() and path.stat().st_size > OUTPUT_LOG_LIMIT:
            path.replace(path.with_name(OUTPUT_LOG + ".1"))
        stream = path.open("a", encoding="utf-8", errors="backslashreplace", buffering=1)
    except OSError:
        stream = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - open for the process's life
        opened = None
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream
    return opened


def main() -> int:
    redirect_missing_streams()
    from conq_desktop.cli.main import main as cli_main

    return cli_main()
