"""phone: the chats following a ticket in Telegram, and their messages

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 00:30:00

Two new tables for the notifier (docs/phone.md): ``phone_subscriptions`` (a chat id
following one ticket of one day, its language, how far into the journal its messages
were made) and ``phone_outbox`` (each message once, by a unique key, until it is sent
or dropped). Both keep only the current day's rows: nothing else changes for a centre.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "phone_subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("ahead_sent", sa.Boolean(), nullable=False),
        sa.Column("stopped", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_phone_subscriptions_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phone_subscriptions")),
        sa.UniqueConstraint(
            "ticket_id", "chat_id", name=op.f("uq_phone_subscriptions_ticket_id_chat_id")
        ),
    )
    op.create_index("ix_phone_subscriptions_chat_id", "phone_subscriptions", ["chat_id"])
    op.create_index("ix_phone_subscriptions_day", "phone_subscriptions", ["day"])
    op.create_table(
        "phone_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("next_try_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("dropped_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phone_outbox")),
        sa.UniqueConstraint("key", name=op.f("uq_phone_outbox_key")),
    )
    op.create_index("ix_phone_outbox_due", "phone_outbox", ["sent_at", "dropped_at", "id"])
    op.create_index("ix_phone_outbox_day", "phone_outbox", ["day"])


def downgrade() -> None:
    op.drop_index("ix_phone_outbox_day", table_name="phone_outbox")
    op.drop_index("ix_phone_outbox_due", table_name="phone_outbox")
    op.drop_table("phone_outbox")
    op.drop_index("ix_phone_subscriptions_day", table_name="phone_subscriptions")
    op.drop_index("ix_phone_subscriptions_chat_id", table_name="phone_subscriptions")
    op.drop_table("phone_subscriptions")
