"""Running the real command as a separate process, the way scripts use it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

from sqlalchemy import create_engine, inspect, text

from tests.helpers import templates


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "conq_desktop", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def always_open_centre(url: str) -> None:
    """The demo centre at the SQLite ``url``, open at all hours, as ``setup
    --always-open`` makes it: the command runs once per test process and each caller
    gets a copy of its database (tests/helpers/templates.py)."""
    templates.sqlite_copy("cli-always-open", _set_up, url)


def _set_up(url: str) -> None:
    from tests.conftest import DEMO_CENTRE

    result = run("--db", url, "setup", "--from", str(DEMO_CENTRE), "--always-open")
    assert result.returncode == 0, result.stderr


def assert_refused(result: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    """A refusal as the program must give it: the exit code, one line naming ``words``,
    no traceback."""
    assert result.returncode == code, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr.lower()
    for word in words:
        assert word in result.stderr, result.stderr


def ok_json(*args: str) -> dict:
    result = run(*args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def dump(url: str) -> str:
    """Every row of every table, to prove a refused command changed nothing."""
    if not url.startswith("sqlite:///"):
        return dump_server(url)
    connection = sqlite3.connect(url.removeprefix("sqlite:///"))
    tables = [
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    ]
    rows = {
        table: connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        for table in tables
    }
    connection.close()
    return repr(sorted(rows.items()))


def dump_server(url: str) -> str:
    """Every row of every table of a PostgreSQL database, in a stable order."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            rows = {
                name: [
                    tuple(row)
                    for row in connection.execute(text(f'SELECT * FROM "{name}" ORDER BY 1'))
                ]
                for name in inspect(connection).get_table_names()
            }
    finally:
        engine.dispose()
    return repr(sorted(rows.items()))
