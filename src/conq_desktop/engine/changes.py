"""Telling other processes that a transaction changed something.

On PostgreSQL every writing transaction of the engine sends ``NOTIFY conq_desktop``;
LISTENers (conq_desktop.notify) hear it when the transaction commits. SQLite needs
nothing: watchers see its ``data_version`` change.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

NOTIFY_CHANNEL = "conq_desktop"


def notify_listeners(session: Session, dialect: str, payload: dict[str, Any]) -> None:
    if dialect == "postgresql":
        # Delivered to LISTENers only when the transaction commits.
        session.execute(select(func.pg_notify(NOTIFY_CHANNEL, json.dumps(payload))))
