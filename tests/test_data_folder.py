"""Several windows start at once on one PC: none may find the data folder unusable."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from conq_desktop.db import _ensure_folder
from conq_desktop.errors import ConfigError
from tests.helpers.processes import in_processes

PROCESSES = 6
PROBES = 200


def probe_many(folder: str, barrier: object) -> str | None:
    barrier.wait()  # type: ignore[attr-defined]
    try:
        for _ in range(PROBES):
            _ensure_folder(Path(folder))
    except Exception as error:  # reported to the test, which shows it
        return repr(error)
    return None


def test_processes_checking_the_folder_together_all_succeed(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    barrier = context.Manager().Barrier(PROCESSES)
    errors = in_processes(probe_many, [(str(tmp_path), barrier)] * PROCESSES)
    assert [error for error in errors if error] == []
    assert list(tmp_path.iterdir()) == []  # no probe left behind


def test_a_leftover_probe_does_not_make_the_folder_unwritable(tmp_path: Path) -> None:
    (tmp_path / ".conq-write-test").mkdir()  # what an older version might leave
    _ensure_folder(tmp_path)


def test_a_data_folder_that_cannot_be_made_says_what_the_system_said(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        _ensure_folder(blocker / "conq")
    assert refused.value.message("en") == (
        f"Cannot create the data folder {blocker / 'conq'}: Not a directory"
    )
    assert refused.value.exit_code == 6
