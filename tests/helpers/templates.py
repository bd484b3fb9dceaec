"""Prepared databases, built once per test process and copied for each test.

Building the demo centre costs about half a second (the schema's migrations, then
seven PIN hashes that are slow on purpose), and hundreds of tests start from it. A copy
of a finished database is the same database, except for one thing that must differ:
each centre names itself with a random id (``chain_head.centre_id``, the id a paper seal
carries, outside the hashes), so every copy gets a fresh one, as a real centre would.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

_FOLDER = Path(tempfile.mkdtemp(prefix="conq-templates-"))
_sqlite: dict[str, Path] = {}
_server: dict[tuple[str, str], str] = {}


def sqlite_copy(key: str, build: Callable[[str], None], url: str) -> None:
    """Make the SQLite file of ``url`` a copy of template ``key``, which ``build(url)``
    creates at first use."""
    template = _sqlite.get(key)
    if template is None:
        template = _FOLDER / f"{key}.sqlite3"
        build(f"sqlite:///{template}")
        # Everything into the main file: a copy of it alone must be the whole database.
        with contextlib.closing(sqlite3.connect(template)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _sqlite[key] = template
    target = Path(make_url(url).database or "")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    _new_centre_id(url)


def server_copy(key: str, build: Callable[[str], None], url: str) -> None:
    """Replace the (empty) PostgreSQL database of ``url`` by a copy of template ``key``
    on the same server, which ``build(template_url)`` fills at first use."""
    parsed = make_url(url)
    server = parsed.set(database="postgres").render_as_string(hide_password=False)
    template = _server.get((server, key))
    if template is None:
        template = f"conq_template_{key}_{uuid.uuid4().hex[:8]}"
        _admin(server, f'CREATE DATABASE "{template}"')
        build(parsed.set(database=template).render_as_string(hide_password=False))
        _server[(server, key)] = template
    _admin(
        server,
        f'DROP DATABASE "{parsed.database}"',
        f'CREATE DATABASE "{parsed.database}" TEMPLATE "{template}"',
    )
    _new_centre_id(url)


def _admin(server: str, *statements: str) -> None:
    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def _new_centre_id(url: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE chain_head SET centre_id = :id"), {"id": uuid.uuid4().hex}
            )
    finally:
        engine.dispose()
