"""Alembic environment: runs on the connection ``run_upgrade`` hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from conq_desktop.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by a bare `alembic` call
    raise RuntimeError("run migrations through conq_desktop.migrations.run_upgrade")

if connection.dialect.name == "postgresql":
    # Two PCs starting a new version at once must not both migrate.
    connection.execute(text("SELECT pg_advisory_xact_lock(7410001)"))

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
