"""opening hours per weekday with a lunch break, holidays, removed services and windows

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 15:00:00

A service had one set of hours for the days it opened; a centre keeps shorter hours on
Saturday and closes for lunch. Each open weekday becomes a row of ``service_hours``
with the hours the service had, so nothing changes for a centre until its
administrator edits them. Holidays close the whole centre. A service or window an
administrator removes keeps its tickets in the history, so it is marked, not deleted.
"""

from collections.abc import Sequence
from datetime import time

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    hours = op.create_table(
        "service_hours",
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("opens_at", sa.Time(), nullable=False),
        sa.Column("closes_at", sa.Time(), nullable=True),
        sa.Column("lunch_from", sa.Time(), nullable=True),
        sa.Column("lunch_until", sa.Time(), nullable=True),
        sa.ForeignKeyConstraint(
            ["service_id"], ["services.id"], name=op.f("fk_service_hours_service_id_services")
        ),
        sa.PrimaryKeyConstraint("service_id", "weekday", name=op.f("pk_service_hours")),
    )
    op.create_table(
        "holidays",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_holidays")),
    )
    services = sa.table(
        "services",
        sa.column("id", sa.Integer()),
        sa.column("opens_at", sa.Time()),
        sa.column("closes_at", sa.Time()),
        sa.column("weekdays", sa.String()),
    )
    bind = op.get_bind()
    rows = [
        {
            "service_id": service.id,
            "weekday": int(day),
            "opens_at": service.opens_at,
            "closes_at": service.closes_at,
            "lunch_from": None,
            "lunch_until": None,
        }
        for service in bind.execute(sa.select(services)).all()
        for day in sorted(set(service.weekdays))
    ]
    if rows:
        op.bulk_insert(hours, rows)
    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("retired", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.drop_column("opens_at")
        batch_op.drop_column("closes_at")
        batch_op.drop_column("weekdays")
    with op.batch_alter_table("service_points", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("retired", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("service_points", schema=None) as batch_op:
        batch_op.drop_column("retired")
    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.add_column(sa.Column("weekdays", sa.String(length=7), nullable=True))
        batch_op.add_column(sa.Column("closes_at", sa.Time(), nullable=True))
        batch_op.add_column(sa.Column("opens_at", sa.Time(), nullable=True))
        batch_op.drop_column("retired")
    # Back to one set of hours: the earliest open weekday's, on every open weekday.
    bind = op.get_bind()
    hours = sa.table(
        "service_hours",
        sa.column("service_id", sa.Integer()),
        sa.column("weekday", sa.Integer()),
        sa.column("opens_at", sa.Time()),
        sa.column("closes_at", sa.Time()),
    )
    services = sa.table(
        "services",
        sa.column("id", sa.Integer()),
        sa.column("opens_at", sa.Time()),
        sa.column("closes_at", sa.Time()),
        sa.column("weekdays", sa.String()),
    )
    week: dict[int, list] = {}
    for row in bind.execute(sa.select(hours).order_by(hours.c.weekday)).all():
        week.setdefault(row.service_id, []).append(row)
    for service_id, days in week.items():
        bind.execute(
            services.update()
            .where(services.c.id == service_id)
            .values(
                opens_at=days[0].opens_at,
                closes_at=days[0].closes_at,
                weekdays="".join(str(day.weekday) for day in days),
            )
        )
    # A service open on no day at all: closed every day, as it was.
    bind.execute(
        services.update()
        .where(services.c.weekdays.is_(None))
        .values(opens_at=time(0, 0), weekdays="")
    )
    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.alter_column("opens_at", existing_type=sa.Time(), nullable=False)
        batch_op.alter_column("weekdays", existing_type=sa.String(length=7), nullable=False)
    op.drop_table("holidays")
    op.drop_table("service_hours")
