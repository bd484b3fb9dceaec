"""bookings: a visitor's place in a slot of a service on a day

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 19:30:00

A new table only (docs/bookings.md); the booking settings live in ``settings`` with
their defaults in the engine, so nothing else changes for a centre.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUSES = ("booked", "cancelled", "checked_in", "expired")
SOURCES = ("desk", "import")


def upgrade() -> None:
    op.create_table(
        "bookings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("slot", sa.Time(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "status",
            sa.Enum(*STATUSES, name="bookingstatus", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("id_last_digits", sa.String(length=8), nullable=True),
        sa.Column(
            "source",
            sa.Enum(*SOURCES, name="bookingsource", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("external_ref", sa.String(length=100), nullable=True),
        sa.Column("rescheduled_from", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["rescheduled_from"],
            ["bookings.id"],
            name=op.f("fk_bookings_rescheduled_from_bookings"),
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["services.id"], name=op.f("fk_bookings_service_id_services")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bookings")),
        sa.UniqueConstraint("code", name=op.f("uq_bookings_code")),
        sa.UniqueConstraint("source", "external_ref", name=op.f("uq_bookings_source_external_ref")),
    )
    op.create_index("ix_bookings_day_service", "bookings", ["day", "service_id"])


def downgrade() -> None:
    op.drop_index("ix_bookings_day_service", table_name="bookings")
    op.drop_table("bookings")
