"""The PostgreSQL server the tests run against is real and local."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

pytestmark = pytest.mark.postgres


def test_server_is_postgresql_on_loopback(pg_server_url: str) -> None:
    engine = create_engine(pg_server_url)
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SELECT version()")).scalar_one()
            server_addr = conn.execute(text("SELECT host(inet_server_addr())")).scalar_one()
    finally:
        engine.dispose()
    assert version.startswith("PostgreSQL"), version
    assert server_addr == "127.0.0.1"
