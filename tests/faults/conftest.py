"""Fixtures of the fault tests: a PostgreSQL server of their own, which they may restart
and whose connections they may cut without disturbing the other tests."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.conftest import fresh_pg_database
from tests.faults.common import Launcher

if TYPE_CHECKING:
    from tests.helpers.pgserver import PgServer


# The fault tests kill processes with SIGKILL and fork them from a launcher: POSIX only.
collect_ignore = (
    ["test_kill.py", "test_pg_outage.py", "test_sqlite_burst.py"] if sys.platform == "win32" else []
)


@pytest.fixture(scope="session")
def launcher() -> Iterator[Launcher]:
    """Forks the worker processes (see tests/faults/worker.py ``serve_forks``)."""
    started = Launcher()
    try:
        yield started
    finally:
        started.close()


@pytest.fixture(scope="module")
def own_pg_server() -> Iterator[PgServer]:
    """A throw-away server for this module only (CONQ_TEST_PG_URL's shared server must
    not be restarted). Missing PostgreSQL skips locally and fails under CI."""
    from tests.helpers.pgserver import PostgresUnavailable, start_server, stop_server

    try:
        server = start_server()
    except PostgresUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required under CI: {exc}")
        pytest.skip(f"no PostgreSQL here: {exc}")
    try:
        yield server
    finally:
        stop_server(server)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def fault_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on each backend, for tests that kill processes."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'queue.sqlite3'}"
    return fresh_pg_database(request.getfixturevalue("pg_server_url"))
