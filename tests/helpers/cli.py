"""Running the real command as a separate process, the way scripts use it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "conq_desktop", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def ok_json(*args: str) -> dict:
    result = run(*args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def dump(url: str) -> str:
    """Every row of every table, to prove a refused command changed nothing."""
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
