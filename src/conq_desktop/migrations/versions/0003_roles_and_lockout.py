"""PIN lockout on operators, target wait on services

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 12:30:00

Five wrong PINs lock an account for a while, across every PC of the centre, so the
count and the end of the lock live on the operator's row. A service's target wait (the
wait it promises, 15 minutes unless set) is what the supervisor view and reports
measure against.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import conq_desktop.models.base

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("operators", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("failed_pins", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column(
                "locked_until", conq_desktop.models.base.UTCDateTime(timezone=True), nullable=True
            )
        )
    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("target_wait_minutes", sa.Integer(), nullable=False, server_default="15")
        )


def downgrade() -> None:
    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.drop_column("target_wait_minutes")
    with op.batch_alter_table("operators", schema=None) as batch_op:
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_pins")
