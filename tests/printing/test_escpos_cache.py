"""python-escpos keeps its parsed printer database in one lasting folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_starting_twice_leaves_no_temporary_folders(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    cache = tmp_path / "cache"
    temp.mkdir()
    env = {
        key: value for key, value in os.environ.items() if key != "ESCPOS_CAPABILITIES_PICKLE_DIR"
    }
    env.update(TMPDIR=str(temp), XDG_CACHE_HOME=str(cache))
    code = (
        "import conq_desktop.printing.escpos_render, escpos.capabilities as c; print(c.pickle_dir)"
    )
    folders = [
        subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        ).stdout.strip()
        for _ in range(2)
    ]
    assert folders[0] == folders[1] == str(cache / "conq-desktop" / "escpos")
    assert list(Path(folders[0]).glob("*.capabilities.pickle"))
    assert list(temp.iterdir()) == []


def test_windows_starting_together_all_read_the_database(tmp_path: Path) -> None:
    """The demo opens four windows at once on a fresh install: none may read the
    database while another is still writing it."""
    env = {
        key: value for key, value in os.environ.items() if key != "ESCPOS_CAPABILITIES_PICKLE_DIR"
    }
    env.update(XDG_CACHE_HOME=str(tmp_path / "cache"))
    code = (
        "import conq_desktop.printing.escpos_render, escpos.capabilities as c;"
        " print(len(c.CAPABILITIES))"
    )
    starts = [
        subprocess.Popen(
            [sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(6)
    ]
    outcomes = [(process.wait(timeout=120), process.stderr.read()) for process in starts]
    assert all(code == 0 for code, _err in outcomes), outcomes
    cached = list((tmp_path / "cache" / "conq-desktop" / "escpos").glob("*.capabilities.pickle"))
    assert len(cached) == 1 and cached[0].stat().st_size > 0
