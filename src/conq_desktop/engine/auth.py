"""Who is acting: checking a login and PIN, and what their role allows.

Every PIN check of the program comes here: signing in at a window, the command line's
``--operator``, an administrator's PIN. Five wrong PINs in a row lock the account for
the centre's ``pin_lockout_minutes``, on every PC (the count is on the operator's row,
committed even though the attempt fails). A right PIN whose hash is of an older kind
is hashed again with the current one. Both are journalled.

No Qt here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from conq_desktop.db import Database
from conq_desktop.engine.journal import record
from conq_desktop.engine.rules import PERMISSIONS, Permission, may
from conq_desktop.errors import NotAllowed, QueueError
from conq_desktop.i18n import Message, _, translate
from conq_desktop.models import EventKind, Operator, Role, hash_pin, needs_rehash
from conq_desktop.models.operator import pin_matches

ATTEMPTS = 5  # wrong PINs in a row before the account locks

WRONG_PIN = _("Wrong operator or PIN.")
LOCKED = _("Too many wrong PINs: {login} is locked until {until}. An administrator can unlock it.")
NOT_ALLOWED = _("{name} may not do this: it needs the role {roles}.")
NEEDS_SIGN_IN = _("This needs a member of staff with the role {roles} to sign in first.")


@functools.cache
def _decoy() -> str:
    """Checked when the login is unknown, so that the answer takes as long as for a real
    one and does not tell a stranger which logins exist. Made at first need, not at
    import: it costs as much as a sign-in, and most commands never sign anyone in."""
    return hash_pin("0000")


# A role as people read it.
ROLE_NAMES = {
    Role.OPERATOR: _("operator"),
    Role.RECEPTIONIST: _("receptionist"),
    Role.SUPERVISOR: _("supervisor"),
    Role.ADMIN: _("administrator"),
}


class RoleNames(Message):
    """Roles, named in the language the message is read in."""

    def __init__(self, roles: frozenset[Role]) -> None:
        super().__init__("{roles}")
        self.roles = [role for role in ROLE_NAMES if role in roles]

    def translate(self, lang: str | None = None) -> str:
        return ", ".join(translate(ROLE_NAMES[role], lang) for role in self.roles)


@dataclass(frozen=True)
class Actor:
    """A member of staff whose PIN was checked."""

    id: int
    login: str
    name: str
    role: Role

    @classmethod
    def of(cls, operator: Operator) -> Actor:
        return cls(operator.id, operator.login, operator.display_name, operator.role)


def require(actor: Actor | None, permission: Permission) -> Actor:
    """``actor``, if their role allows ``permission``; else NotAllowed."""
    if actor is None:
        raise NotAllowed(NEEDS_SIGN_IN, roles=RoleNames(PERMISSIONS[permission]))
    if not may(actor.role, permission):
        raise NotAllowed(
            NOT_ALLOWED,
            name=actor.name,
            roles=RoleNames(PERMISSIONS[permission]),
        )
    return actor


def authenticate(
    db: Database, login: str, pin: str, *, now: datetime, lockout_minutes: int, tz: tzinfo
) -> Actor:
    """The active operator ``login`` if ``pin`` is theirs. A wrong PIN is counted in its
    own transaction (and may lock the account) even though the caller's action is
    refused.

    The slow PIN hash is checked outside any write transaction: on SQLite the write
    lock is the whole database's, and a sign-in must not stop every kiosk for the tens
    of milliseconds scrypt takes."""
    with db.read_session() as session:
        operator = session.scalars(select(Operator).where(Operator.login == login)).one_or_none()
        if operator is None or not operator.active:
            pin_matches(pin, _decoy())
            raise QueueError(WRONG_PIN)
        stored, locked = operator.pin_hash, operator.locked_until
    if locked is not None and locked > now:
        raise QueueError(LOCKED, login=login, until=locked.astimezone(tz).strftime("%H:%M"))
    right = pin_matches(pin, stored)
    fresh_hash = hash_pin(pin) if right and needs_rehash(stored) else None
    with db.write_session() as session:
        # Locked on PostgreSQL, so that two PCs' wrong PINs both count.
        query = select(Operator).where(Operator.login == login).with_for_update()
        operator = session.scalars(query).one_or_none()
        # Deactivated, locked or given a new PIN by another PC meanwhile: as if wrong.
        if operator is None or not operator.active or operator.pin_hash != stored:
            raise QueueError(WRONG_PIN)
        locked = operator.locked_until
        if locked is not None and locked > now:
            raise QueueError(LOCKED, login=login, until=locked.astimezone(tz).strftime("%H:%M"))
        if not right:
            _count_wrong_pin(session, operator, now, lockout_minutes)
            failure: QueueError | None = QueueError(WRONG_PIN)
        else:
            failure = None
            operator.failed_pins = 0
            operator.locked_until = None
            if fresh_hash is not None:
                operator.pin_hash = fresh_hash
                record(session, EventKind.PIN_REHASHED, now, operator_id=operator.id, login=login)
            actor = Actor.of(operator)
    # Raised after the commit, so that the count is kept.
    if failure is not None:
        raise failure
    return actor


def _count_wrong_pin(
    session: Session, operator: Operator, now: datetime, lockout_minutes: int
) -> None:
    operator.failed_pins = (operator.failed_pins or 0) + 1
    if operator.failed_pins < ATTEMPTS:
        return
    operator.failed_pins = 0
    operator.locked_until = now + timedelta(minutes=lockout_minutes)
    record(
        session,
        EventKind.ACCOUNT_LOCKED,
        now,
        operator_id=operator.id,
        login=operator.login,
        until=operator.locked_until.isoformat(),
    )
