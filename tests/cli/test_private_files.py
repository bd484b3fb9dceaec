"""The embedded database holds PIN hashes and the whole history: the program creates
it, its folder and its backups readable by their owner only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tests.helpers.cli import run


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_data_folder_and_database_are_owner_only(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)  # the usual desktop umask, which alone gives rw-r--r--
    try:
        result = run("ticket", "issue", "NOSUCH")
    finally:
        os.umask(old_umask)
    assert result.returncode == 5, result.stderr
    folder = tmp_path / "data"
    assert _mode(folder) == 0o700
    database = folder / "conq.sqlite3"
    assert _mode(database) == 0o600
    for companion in folder.glob("conq.sqlite3-*"):  # -wal, -shm while open
        assert _mode(companion) == 0o600


def test_an_existing_file_keeps_the_permissions_its_administrator_gave(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o770)
    database = shared / "queue.sqlite3"
    database.touch()
    database.chmod(0o660)  # a group of reception PCs' users, as docs/install.md describes
    result = run("--db", f"sqlite:///{database}", "status")
    assert result.returncode == 0, result.stderr
    assert _mode(database) == 0o660
    assert _mode(shared) == 0o770
