"""Several windows start at once on one PC: none may find the data folder unusable."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from conq_desktop.db import _ensure_folder

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
    with context.Pool(PROCESSES) as pool:
        errors = pool.starmap(probe_many, [(str(tmp_path), barrier)] * PROCESSES)
    assert [error for error in errors if error] == []
    assert list(tmp_path.iterdir()) == []  # no probe left behind


def test_a_leftover_probe_does_not_make_the_folder_unwritable(tmp_path: Path) -> None:
    (tmp_path / ".conq-write-test").mkdir()  # what an older version might leave
    _ensure_folder(tmp_path)
