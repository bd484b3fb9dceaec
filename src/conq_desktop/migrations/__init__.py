"""Alembic migrations, shipped inside the package so an installed program can upgrade a
centre's database in place. Run through ``run_upgrade``; there is no alembic.ini."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def run_upgrade(engine: Engine, revision: str = "head") -> None:
    config = alembic_config()
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection if engine.dialect.name == "sqlite" else None
        # Batch mode rebuilds an SQLite table by dropping it, which the foreign keys of
        # the tables pointing at it refuse. The pragma only changes outside a
        # transaction; the keys are checked before the upgrade commits instead.
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if raw is not None:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:
                        raise IntegrityError("PRAGMA foreign_key_check", None, broken)
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
