"""when each window's operator signed in

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 09:00:00

A new day must look new before anyone writes: an operator who signed in yesterday is
shown as gone, which needs the moment of sign-in on the window itself. Windows open at
upgrade time take it from their latest sign-in event.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import conq_desktop.models.base

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("service_points", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "signed_in_at", conq_desktop.models.base.UTCDateTime(timezone=True), nullable=True
            )
        )
    op.execute(
        """
        UPDATE service_points SET signed_in_at = (
            SELECT max(ticket_events.at) FROM ticket_events
            WHERE ticket_events.kind = 'signed_in'
              AND ticket_events.service_point_id = service_points.id
        )
        WHERE operator_id IS NOT NULL
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("service_points", schema=None) as batch_op:
        batch_op.drop_column("signed_in_at")
