"""the request id of the change an event was written by

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 21:00:00

``ticket_events.request_id`` is a random id the engine gives each writing transaction
and writes on its first event, so that a change whose COMMIT outcome is unknown (the
connection broke during or right after it) is settled by reading it back instead of
being tried again (docs/architecture.md, "Connection loss"). It is outside the hash
chain, so every chain written before verifies as it did; older events have none.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("request_id", sa.String(length=32), nullable=True))
        batch_op.create_index("ix_ticket_events_request_id", ["request_id"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_events_request_id")
        batch_op.drop_column("request_id")
