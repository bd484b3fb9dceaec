from __future__ import annotations

from pathlib import Path

import pytest

from conq_desktop.db import open_database
from conq_desktop.engine import QueueEngine
from tests.conftest import DEMO_CENTRE, staff
from tests.helpers.cli import run


@pytest.fixture
def centre_db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    result = run("--db", url, "setup", "--from", str(DEMO_CENTRE), "--always-open")
    assert result.returncode == 0, result.stderr
    return url


@pytest.fixture
def staffed_db(centre_db: str) -> str:
    """``centre_db`` with the demo staff signed in at every window (moves at a window
    are its operator's); signed in here, in-process, since only the commands under test
    need to run as the program."""
    db = open_database(centre_db)
    try:
        staff(QueueEngine(db))
    finally:
        db.dispose()
    return centre_db
