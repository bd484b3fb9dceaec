"""the hash-chained history: each event's seq, prev_hash and hash; the chain's head

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 16:00:00

Every event gets its place in one gapless sequence and a SHA-256 hash over its content
and the previous event's hash (docs/queue-rules.md, "Provable history"). The history a
centre already has is chained once, here, in the order it was written (by id). The
one-row ``chain_head`` table holds the end of the chain, which every new event locks,
and the centre's identity for its seals, made here at random.
"""

import hashlib
import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The same encoding as conq_desktop.engine.journal.event_hash, written out again: a
# migration must keep doing what it did when it was written, whatever the engine does
# later.
GENESIS = "0" * 64
BATCH = 2000


def _hash(prev_hash: str, seq: int, row: Any, at: datetime) -> str:
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    details = row.details
    if isinstance(details, str | bytes):  # a driver that hands JSON back as text
        details = json.loads(details)
    content = {
        "seq": seq,
        "kind": row.kind,
        "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
        "ticket_id": row.ticket_id,
        "operator_id": row.operator_id,
        "service_point_id": row.service_point_id,
        "details": details if details is not None else {},
    }
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + "\n" + text).encode("utf-8")).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))

    bind = op.get_bind()
    events = sa.table(
        "ticket_events",
        sa.column("id", sa.Integer()),
        sa.column("kind", sa.String()),
        sa.column("ticket_id", sa.Integer()),
        sa.column("operator_id", sa.Integer()),
        sa.column("service_point_id", sa.Integer()),
        # The model's types: the instant as UTC and the details as the engine reads them.
        sa.column("at", sa.DateTime(timezone=True)),
        sa.column("details", sa.JSON()),
        sa.column("seq", sa.Integer()),
        sa.column("prev_hash", sa.String()),
        sa.column("hash", sa.String()),
    )
    prev_hash, seq, last_id = GENESIS, 0, None
    while True:
        query = sa.select(events).order_by(events.c.id).limit(BATCH)
        if last_id is not None:
            query = query.where(events.c.id > last_id)
        rows = bind.execute(query).all()
        if not rows:
            break
        chained = []
        for row in rows:
            seq += 1
            own = _hash(prev_hash, seq, row, row.at)
            chained.append({"row_id": row.id, "seq": seq, "prev_hash": prev_hash, "hash": own})
            prev_hash = own
        bind.execute(
            events.update()
            .where(events.c.id == sa.bindparam("row_id"))
            .values(
                seq=sa.bindparam("seq"),
                prev_hash=sa.bindparam("prev_hash"),
                hash=sa.bindparam("hash"),
            ),
            chained,
        )
        last_id = rows[-1].id

    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_index("ix_ticket_events_seq", ["seq"], unique=True)

    head = op.create_table(
        "chain_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("centre_id", sa.String(length=32), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_chain_head_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chain_head")),
    )
    op.bulk_insert(head, [{"id": 1, "seq": seq, "hash": prev_hash, "centre_id": uuid.uuid4().hex}])


def downgrade() -> None:
    op.drop_table("chain_head")
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_events_seq")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("seq")
