from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DEMO_CENTRE
from tests.helpers.cli import run


@pytest.fixture
def centre_db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    result = run("--db", url, "setup", "--from", str(DEMO_CENTRE), "--always-open")
    assert result.returncode == 0, result.stderr
    return url
