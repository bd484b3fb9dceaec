"""``db backup`` and ``db restore`` through the real command, and the daily copy a
window takes. Few on purpose: each call is a process of its own (the cases are in
tests/test_backup.py)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from conq_desktop.db import SCHEMA_HEAD
from tests.conftest import DEMO_CENTRE, fresh_pg_database
from tests.helpers.cli import assert_refused, dump, run

EXIT_USAGE, EXIT_REFUSED, EXIT_NOT_FOUND, EXIT_CONFIG = 2, 3, 5, 6


def test_backup_and_restore_through_the_command(centre_db: str, tmp_path: Path) -> None:
    out = tmp_path / "morning.sqlite3"
    made = run("--db", centre_db, "db", "backup", "--out", str(out), "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout) == {
        "database": centre_db.removeprefix("sqlite:///"),
        "file": str(out),
        "bytes": out.stat().st_size,
    }
    state, copy = dump(centre_db), out.read_bytes()

    again = run("--db", centre_db, "db", "backup", "--out", str(out))
    assert_refused(again, EXIT_REFUSED, str(out), "--force")
    assert out.read_bytes() == copy

    assert run("--db", centre_db, "ticket", "issue", "PASSPORT").returncode == 0
    replaced = dump(centre_db)
    unconfirmed = run("--db", centre_db, "db", "restore", str(out))
    assert_refused(unconfirmed, EXIT_USAGE, "--yes")
    assert dump(centre_db) == replaced

    restored = run("--db", centre_db, "db", "restore", str(out), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert dump(centre_db) == state
    aside = Path(restored.stdout.split("copied to ")[1].split("; restore that")[0])
    assert aside.parent == tmp_path / "data" / "backups"
    assert dump(f"sqlite:///{aside}") == replaced


def text_file(path: Path) -> None:
    path.write_text("a list of names\n" * 50, encoding="utf-8")


def foreign_database(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (number, total)")


def newer_database(path: Path, live: Path) -> None:
    shutil.copy(live, path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("text", ["cannot be restored", "not an SQLite database"]),
        ("foreign", ["cannot be restored", "not a conq-desktop database"]),
        ("newer", ["cannot be restored", "newer conq-desktop (schema 9999)"]),
    ],
)
def test_restore_refuses_what_is_not_a_backup_it_can_open(
    centre_db: str, tmp_path: Path, kind: str, words: list[str]
) -> None:
    live = Path(centre_db.removeprefix("sqlite:///"))
    bad = tmp_path / f"{kind}.sqlite3"
    if kind == "text":
        text_file(bad)
    elif kind == "foreign":
        foreign_database(bad)
    else:
        newer_database(bad, live)
    before = live.read_bytes()

    result = run("--db", centre_db, "db", "restore", str(bad), "--yes")

    assert_refused(result, EXIT_CONFIG, str(bad), *words)
    assert live.read_bytes() == before
    assert not (tmp_path / "data" / "backups").exists()  # nothing set aside either


def test_a_window_takes_the_daily_backup(centre_db: str, tmp_path: Path) -> None:
    result = run(
        "--db",
        centre_db,
        "display",
        "--windowed",
        "--quit-after",
        "0.5",
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    copy = tmp_path / "data" / "backups" / f"conq-{date.today().isoformat()}.sqlite3"
    assert dump(f"sqlite:///{copy}") == dump(centre_db)


PASSWORD = "Pg-pass-9f3kq"  # the test server accepts any ("trust"); it must never show


@pytest.mark.postgres
def test_postgres_backup_and_restore_never_show_the_password(
    pg_server_url: str, tmp_path: Path
) -> None:
    url = (
        make_url(fresh_pg_database(pg_server_url))
        .set(password=PASSWORD)
        .render_as_string(hide_password=False)
    )
    setup = run("--db", url, "setup", "--from", str(DEMO_CENTRE), "--always-open")
    assert setup.returncode == 0, setup.stderr
    out = tmp_path / "queue.dump"
    calls = [
        run("--db", url, "db", "backup", "--out", str(out)),
        run("--db", url, "ticket", "issue", "PASSPORT"),
        run("--db", url, "db", "restore", str(out), "--yes", "--json"),
    ]
    for call in calls:
        assert call.returncode == 0, call.stderr
        assert PASSWORD not in call.stdout + call.stderr
    restored = json.loads(calls[-1].stdout)
    assert restored["schema"] == SCHEMA_HEAD
    assert os.path.exists(restored["previous_copy"])
    # The ticket issued after the backup is gone.
    assert run("--db", url, "ticket", "show", "А-001").returncode == EXIT_NOT_FOUND

    unreachable = make_url(url).set(port=1).render_as_string(hide_password=False)
    failed = run("--db", unreachable, "db", "backup", "--out", str(tmp_path / "x.dump"))
    assert_refused(failed, EXIT_CONFIG, "pg_dump failed")
    assert PASSWORD not in failed.stdout + failed.stderr


def test_an_empty_file_name_is_a_usage_error(centre_db: str, tmp_path: Path) -> None:
    """Found by the fuzzer: ``--out=`` meant the current folder and a traceback."""
    before = dump(centre_db)
    assert_refused(run("--db", centre_db, "db", "backup", "--out=", "--force"), 2, "is empty")
    assert_refused(run("--db", centre_db, "db", "restore", " ", "--yes"), 2, "is empty")
    assert dump(centre_db) == before
