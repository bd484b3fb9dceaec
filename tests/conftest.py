"""Shared fixtures. Data folders always point at a temp dir; PostgreSQL is a real,
throw-away server (see tests/helpers/pgserver.py)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from conq_desktop.db import Database, open_database
from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.centre_file import parse_centre_file
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.i18n import set_language
from tests.helpers import templates

REPO = Path(__file__).resolve().parents[1]
DEMO_CENTRE = REPO / "resources" / "demo-centre.toml"
# A Tuesday, 10:00 in Bishkek (UTC+6): every demo service is open.
TUESDAY_MORNING = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)


# Who signs in at each window of the demo centre in the tests: moves at a window are
# refused while nobody is signed in there.
DEMO_STAFF = {
    1: ("aibek", "1111"),
    2: ("nurgul", "2222"),
    3: ("elena", "3333"),
    4: ("ulan", "4444"),
    5: ("admin", "9999"),
    6: ("gulnara", "5555"),
    7: ("bakyt", "6666"),
}


def staff(engine: QueueEngine, *windows: int) -> QueueEngine:
    """Sign the demo staff in at ``windows`` (default: every window); returns the engine."""
    for window in windows or tuple(DEMO_STAFF):
        engine.sign_in(window, *DEMO_STAFF[window])
    return engine


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONQ_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CONQ_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.delenv("CONQ_DB", raising=False)
    monkeypatch.setenv("CONQ_LANG", "en")
    set_language(None)


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """URL of a PostgreSQL server for the whole run: CONQ_TEST_PG_URL if set (CI starts
    one), otherwise a throw-away cluster started here. Missing PostgreSQL skips the
    tests locally but fails them under CI, where it must be there."""
    url = os.environ.get("CONQ_TEST_PG_URL")
    if url:
        yield url
        return
    from tests.helpers.pgserver import PostgresUnavailable, throwaway_postgres

    try:
        with throwaway_postgres() as started:
            yield started
    except PostgresUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required under CI: {exc}")
        pytest.skip(f"no PostgreSQL here: {exc}")


def fresh_pg_database(server_url: str) -> str:
    """Create an empty database on the server and return its URL."""
    name = f"conq_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return server_url.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'queue.sqlite3'}"
    return fresh_pg_database(request.getfixturevalue("pg_server_url"))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'queue.sqlite3'}"


def demo_database(url: str) -> Database:
    """The demo centre at ``url`` (an SQLite file or an empty server database), copied
    from one built once per test process (tests/helpers/templates.py)."""
    if url.startswith("sqlite"):
        templates.sqlite_copy("demo", _build_demo, url)
    else:
        templates.server_copy("demo", _build_demo, url)
    return open_database(url)


def _build_demo(url: str) -> None:
    db = open_database(url)
    try:
        load_centre(db, parse_centre_file(DEMO_CENTRE))
    finally:
        db.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TUESDAY_MORNING)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = demo_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def engine(db: Database, clock: FixedClock) -> QueueEngine:
    """The demo centre on a Tuesday morning, on SQLite and on PostgreSQL."""
    return QueueEngine(db, clock)


@pytest.fixture
def sqlite_engine(sqlite_url: str, clock: FixedClock) -> Iterator[QueueEngine]:
    database = demo_database(sqlite_url)
    yield QueueEngine(database, clock)
    database.dispose()
