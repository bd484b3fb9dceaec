from __future__ import annotations

from pathlib import Path

import pytest

from conq_desktop.db import open_database
from conq_desktop.engine import QueueEngine
from tests.conftest import staff
from tests.helpers.cli import always_open_centre


@pytest.fixture
def centre_db(tmp_path: Path) -> str:
    """The demo centre, open at all hours, as ``setup --always-open`` makes it; the
    command runs once per test process and each test gets a copy of its database."""
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    always_open_centre(url)
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
