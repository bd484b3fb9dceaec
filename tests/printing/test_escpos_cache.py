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
