"""Whether the database holds a centre yet, and loading one from its file.

A database the program has just created has its schema but no services: a kiosk would
have nothing to offer and an operator no window to sign in at. The command line and
the first-run window ask here instead of showing empty screens. A centre counts as set
up once it has at least one service (active or not).

No Qt here; the first-run window calls these functions on its job runner.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from conq_desktop.db import Database, location
from conq_desktop.engine.centre_file import parse_centre_file
from conq_desktop.engine.centre_load import FROM_FIRST_RUN, load_centre
from conq_desktop.engine.settings import read_settings
from conq_desktop.models import Operator, Service, ServicePoint


@dataclass(frozen=True)
class CentreState:
    services: int
    windows: tuple[int, ...]
    operators: int
    # Where the database is, for people: a file path, or the server address without
    # its password.
    location: str
    # The centre's name per language (the generic name until a centre file sets one).
    names: dict[str, str] = field(default_factory=dict)

    @property
    def is_set_up(self) -> bool:
        return self.services > 0


def centre_state(db: Database) -> CentreState:
    with db.read_session() as session:
        services = session.execute(select(func.count()).select_from(Service)).scalar_one()
        operators = session.execute(select(func.count()).select_from(Operator)).scalar_one()
        windows = tuple(session.scalars(select(ServicePoint.number).order_by(ServicePoint.number)))
        names = read_settings(session).names
    return CentreState(
        services=services,
        windows=windows,
        operators=operators,
        location=database_location(db),
        names=dict(names),
    )


def database_location(db: Database) -> str:
    """The SQLite file as an absolute path, or the server's address (no password)."""
    return location(db.engine.url) or db.url


def load_centre_file(db: Database, path: Path) -> dict[str, int]:
    """What ``conq-desktop setup --from PATH`` does on a database without a centre: the
    whole file is checked first, then written in one transaction, so a bad file changes
    nothing (ConfigError). A centre loaded meanwhile by another PC is not overwritten
    (QueueError): that takes an administrator's ``setup --replace``."""
    return load_centre(db, parse_centre_file(path), source=FROM_FIRST_RUN).counts()
