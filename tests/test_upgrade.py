"""Upgrading a centre's database as a release left it, through the real command line.

Every release keeps its database in tests/fixtures/releases (SQLite file and PostgreSQL
dump, made by make_release_fixture.py). Each one must upgrade in place through every
migration since, keep its data, leave a backup copy (SQLite), and open the windows; and
nothing but ``db upgrade``, or a window on a one-PC database, may upgrade it.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from conq_desktop.db import SCHEMA_HEAD
from tests.conftest import fresh_pg_database
from tests.helpers.cli import dump, ok_json, run

RELEASES = Path(__file__).parent / "fixtures" / "releases"
SQLITE_RELEASES = sorted(RELEASES.glob("conq-*.sqlite3"))
SERVER_RELEASES = sorted(RELEASES.glob("conq-*.postgresql.sql"))
EXIT_CONFIG = 6


def test_every_release_left_a_database() -> None:
    assert SQLITE_RELEASES, "no release database kept in tests/fixtures/releases"
    assert len(SERVER_RELEASES) == len(SQLITE_RELEASES)


# Columns a migration moved to another table, and the check that they arrived there.
MOVED = {"services": ("opens_at", "closes_at", "weekdays")}


def _rows(url: str) -> dict[str, tuple[list[str], list[tuple]]]:
    """The columns and rows of every table: what an upgrade must keep."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            found = inspect(connection)
            tables = {}
            for name in found.get_table_names():
                if name == "alembic_version":
                    continue
                columns = [column["name"] for column in found.get_columns(name)]
                rows = connection.execute(
                    text(
                        "SELECT "
                        + ", ".join(f'"{column}"' for column in columns)
                        + f' FROM "{name}" ORDER BY 1'
                    )
                )
                tables[name] = (columns, [tuple(str(value) for value in row) for row in rows])
            return tables
    finally:
        engine.dispose()


def _kept(before: dict[str, tuple[list[str], list[tuple]]], after_url: str) -> None:
    """Every row of the old database is still there, column for column; a column a
    migration moved is found where it went."""
    after = _rows(after_url)
    for name, (columns, rows) in before.items():
        assert rows, f"the release fixture has no rows in {name}"
        kept_columns = [column for column in columns if column not in MOVED.get(name, ())]
        now_columns, now_rows = after[name]
        picks = [now_columns.index(column) for column in kept_columns]
        olds = [columns.index(column) for column in kept_columns]
        assert [tuple(row[i] for i in picks) for row in now_rows] == [
            tuple(row[i] for i in olds) for row in rows
        ], name
    # Opening hours: one row per open weekday, with the hours the service had.
    columns, rows = before["services"]
    hours_columns, hours_rows = after["service_hours"]
    week = {
        (row[hours_columns.index("service_id")], row[hours_columns.index("weekday")]): (
            row[hours_columns.index("opens_at")],
            row[hours_columns.index("closes_at")],
        )
        for row in hours_rows
    }
    expected = {}
    for row in rows:
        values = dict(zip(columns, row, strict=True))
        for day in values["weekdays"]:
            expected[(values["id"], day)] = (values["opens_at"], values["closes_at"])
    assert {key: (_clock(opens), _clock(closes)) for key, (opens, closes) in week.items()} == {
        key: (_clock(opens), _clock(closes)) for key, (opens, closes) in expected.items()
    }


def _clock(value: str) -> str:
    """SQLite's "08:30:00.000000" and PostgreSQL's "08:30:00" alike: "08:30"."""
    return value[:5]


def _revision(url: str) -> str:
    return ok_json("--db", url, "db", "info")["schema"]


def _window_starts(url: str, *args: str) -> None:
    result = run("--db", url, *args, "--quit-after", "0.3", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture(params=SQLITE_RELEASES, ids=lambda path: path.name)
def old_sqlite(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / "centre.sqlite3"
    shutil.copyfile(request.param, path)
    return path


def test_sqlite_release_upgrades_with_a_backup_and_keeps_its_data(old_sqlite: Path) -> None:
    url = f"sqlite:///{old_sqlite}"
    original = old_sqlite.read_bytes()
    before = _rows(url)
    old_revision = _revision(url)
    assert old_revision != SCHEMA_HEAD

    result = run("--db", url, "db", "upgrade")
    assert result.returncode == 0, result.stderr
    assert _revision(url) == SCHEMA_HEAD
    _kept(before, url)

    backups = list(old_sqlite.parent.glob(f"{old_sqlite.name}.{old_revision}-*.bak"))
    assert len(backups) == 1
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    backup_url = f"sqlite:///{backups[0]}"
    assert _rows(backup_url) == before
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(old_revision,)]
    copy.close()
    assert old_sqlite.read_bytes() != original

    # The operators who had signed in are still at their windows, with a sign-in time.
    # (Read from the table: whether the status still shows them depends on the day it
    # is now, since sign-ins end with the centre's day.)
    with contextlib.closing(sqlite3.connect(old_sqlite)) as upgraded:
        staffed = upgraded.execute(
            "SELECT number FROM service_points"
            " WHERE operator_id IS NOT NULL AND signed_in_at IS NOT NULL"
        ).fetchall()
    assert {number for (number,) in staffed} >= {1, 2}
    _window_starts(url, "display", "--windowed")
    _window_starts(url, "operator", "--window", "1")


def test_a_window_upgrades_a_one_pc_database_on_start(old_sqlite: Path) -> None:
    url = f"sqlite:///{old_sqlite}"
    before = _rows(url)
    _window_starts(url, "kiosk", "--windowed")
    assert _revision(url) == SCHEMA_HEAD
    _kept(before, url)
    assert len(list(old_sqlite.parent.glob("*.bak"))) == 1


@pytest.mark.parametrize(
    "args",
    [("db", "info"), ("status",), ("ticket", "issue", "PASSPORT"), ("ticket", "show", "А-001")],
)
def test_nothing_else_upgrades_a_sqlite_database(old_sqlite: Path, args: tuple[str, ...]) -> None:
    url = f"sqlite:///{old_sqlite}"
    original = old_sqlite.read_bytes()
    result = run("--db", url, *args)
    if args != ("db", "info"):
        assert result.returncode == EXIT_CONFIG, result.stderr
        assert "db upgrade" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    else:
        assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert old_sqlite.read_bytes() == original
    assert not list(old_sqlite.parent.glob("*.bak"))


@pytest.fixture(params=SERVER_RELEASES, ids=lambda path: path.name)
def old_server(request: pytest.FixtureRequest, pg_server_url: str) -> str:
    url = fresh_pg_database(pg_server_url)
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql(request.param.read_text(encoding="utf-8"))
    engine.dispose()
    return url


@pytest.mark.postgres
def test_server_release_is_upgraded_only_by_db_upgrade(old_server: str) -> None:
    before_dump = dump(old_server)
    before = _rows(old_server)
    old_revision = _revision(old_server)
    assert old_revision != SCHEMA_HEAD

    # On a shared server neither a window nor any other command upgrades: the PCs still
    # running the older program would be locked out.
    for args in (("status",), ("display", "--windowed", "--quit-after", "0.3")):
        result = run("--db", old_server, *args, env={"QT_QPA_PLATFORM": "offscreen"})
        assert result.returncode == EXIT_CONFIG, result.stderr
        assert "db upgrade" in result.stderr and "Traceback" not in result.stderr
    assert dump(old_server) == before_dump

    result = run("--db", old_server, "db", "upgrade")
    assert result.returncode == 0, result.stderr
    assert _revision(old_server) == SCHEMA_HEAD
    _kept(before, old_server)
    _window_starts(old_server, "display", "--windowed")
