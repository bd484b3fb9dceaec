"""check-in: a booked visitor's ticket and the slot it was booked for

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 20:15:00

``tickets.appointment_at`` is the start of the booked slot (UTC) for a ticket given at
check-in, empty for a walk-in; the order of calling reads it (docs/queue-rules.md,
"Appointments"). ``bookings.ticket_id`` is the ticket a booking was checked in with.
Both are new and empty, so nothing a centre has changes meaning.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("appointment_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ticket_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_bookings_ticket_id_tickets"), "tickets", ["ticket_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_bookings_ticket_id_tickets"), type_="foreignkey")
        batch_op.drop_column("ticket_id")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_column("appointment_at")
