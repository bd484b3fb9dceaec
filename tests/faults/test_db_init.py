"""``conq-desktop db init``: an empty PostgreSQL database made ready for a centre of
several PCs, and its refusals, each with nothing changed. Run as the real command in
its own process, against a real throw-away server."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from conq_desktop.db import SCHEMA_HEAD
from tests.conftest import DEMO_CENTRE, fresh_pg_database
from tests.helpers.cli import assert_refused, dump, run

pytestmark = pytest.mark.postgres


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return set(
                connection.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                ).scalars()
            )
    finally:
        engine.dispose()


def test_init_creates_the_schema_and_loads_the_centre(pg_server_url: str) -> None:
    url = fresh_pg_database(pg_server_url)
    result = run("--db", url, "db", "init", "--from", str(DEMO_CENTRE))
    assert result.returncode == 0, result.stderr
    assert f"schema {SCHEMA_HEAD}" in result.stdout
    assert "services" in result.stdout

    info = json.loads(run("--db", url, "db", "info", "--json").stdout)
    assert info["backend"] == "postgresql"
    assert info["schema"] == SCHEMA_HEAD and not info["upgrade_needed"]
    assert info["services"] > 0 and info["windows"] > 0 and info["operators"] > 0

    # Twice is refused: it holds a centre now, and nothing is changed.
    before = dump(url)
    again = run("--db", url, "db", "init", "--from", str(DEMO_CENTRE))
    assert_refused(again, 3, "already holds a centre", "setup --from FILE --replace")
    assert dump(url) == before


def test_init_without_a_centre_file_prepares_the_schema_only(pg_server_url: str) -> None:
    url = fresh_pg_database(pg_server_url)
    result = run("--db", url, "db", "init", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["schema"] == SCHEMA_HEAD and report["services"] == 0
    assert "alembic_version" in _tables(url)
    # A schema without a centre is still empty: init may load the file into it later.
    assert run("--db", url, "db", "init", "--from", str(DEMO_CENTRE)).returncode == 0


def test_init_refuses_a_database_of_another_program(pg_server_url: str) -> None:
    url = fresh_pg_database(pg_server_url)
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer)"))
    engine.dispose()
    result = run("--db", url, "db", "init", "--from", str(DEMO_CENTRE))
    assert_refused(result, 3, "invoices", "not empty")
    assert _tables(url) == {"invoices"}


def test_init_refuses_a_broken_centre_file_before_touching_the_server(
    pg_server_url: str, tmp_path: Path
) -> None:
    url = fresh_pg_database(pg_server_url)
    broken = tmp_path / "centre.toml"
    broken.write_text("[[services]]\ncode = \n", encoding="utf-8")
    result = run("--db", url, "db", "init", "--from", str(broken))
    assert result.returncode == 6, result.stderr
    assert _tables(url) == set()


def test_init_refuses_sqlite_and_points_to_setup(tmp_path: Path) -> None:
    path = tmp_path / "conq.sqlite3"
    result = run("--db", f"sqlite:///{path}", "db", "init", "--from", str(DEMO_CENTRE))
    assert_refused(result, 2, "PostgreSQL", "setup --from FILE")
    assert not path.exists()


def test_init_names_an_unreachable_server() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"postgresql://queue:secret@127.0.0.1:{port}/queue"
    result = run("--db", url, "db", "init")
    assert_refused(result, 6, f"127.0.0.1:{port}", "listen_addresses", "pg_hba.conf")
    assert "secret" not in result.stderr
