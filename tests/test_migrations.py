"""The schema comes only from the migrations, and a centre's database upgrades in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from conq_desktop.db import KNOWN_REVISIONS, SCHEMA_HEAD, current_revision, open_database
from conq_desktop.errors import DatabaseError
from conq_desktop.migrations import head_revision, run_upgrade
from conq_desktop.models import Base


def test_program_knows_the_newest_migration() -> None:
    assert head_revision() == SCHEMA_HEAD
    assert KNOWN_REVISIONS[-1] == SCHEMA_HEAD


def test_migrations_build_exactly_the_models(db_url: str) -> None:
    db = open_database(db_url)
    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    db.dispose()
    assert differences == []


def test_opening_an_empty_database_creates_the_schema(db_url: str) -> None:
    db = open_database(db_url)
    assert current_revision(db.engine) == SCHEMA_HEAD
    db.dispose()


def test_upgrade_is_repeatable_and_keeps_data(sqlite_url: str) -> None:
    engine = create_engine(sqlite_url)
    run_upgrade(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO settings (key, value) VALUES ('timezone', 'Asia/Almaty')"
        )
    engine.dispose()
    db = open_database(sqlite_url)
    with db.engine.connect() as connection:
        stored = connection.exec_driver_sql(
            "SELECT value FROM settings WHERE key = 'timezone'"
        ).scalar()
    db.dispose()
    assert stored == "Asia/Almaty"


def test_refuses_a_database_from_a_newer_program(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseError, match="newer conq-desktop"):
        open_database(f"sqlite:///{path}")
