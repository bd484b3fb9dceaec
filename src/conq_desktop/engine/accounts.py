"""Changes to the centre's settings and to operators' PINs, one at a time, and the
centre's first administrator.

A centre file replaces the whole centre (``centre_load.py``); these are the small
changes between two loads. Each is one transaction with its event in the journal:
who made it and, for settings, every key's old and new value (a PIN shows as ``***``).

A centre loaded from a file without an administrator (or set up before roles were
used) has nobody who may change its settings or close the kiosk: the first-run window
asks for one (``create_first_admin``), which only works while there is none.

No Qt here.
"""

from __future__ import annotations

import unicodedata

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from conq_desktop.db import Database
from conq_desktop.engine.auth import Actor, require
from conq_desktop.engine.centre_file import check_settings, is_pin
from conq_desktop.engine.clock import Clock, SystemClock
from conq_desktop.engine.journal import HIDDEN, record
from conq_desktop.engine.rules import Permission
from conq_desktop.engine.settings import (
    DEFAULTS,
    SECRET_SETTINGS,
    hidden_secret,
    setting_values,
    write_settings,
)
from conq_desktop.errors import ConfigError, NotAllowed, QueueError
from conq_desktop.i18n import _
from conq_desktop.models import EventKind, Operator, Role, hash_pin

WRONG_PIN = _("Wrong operator or PIN.")
PIN_FORMAT = _("“pin” must be 4–8 digits")

LOGIN_MAX = 64  # the width of operators.login
NAME_MAX = 200  # the width of operators.display_name
HAS_ADMIN = _(
    "This centre already has an administrator: only an administrator can add another one."
)
LOGIN_TAKEN = _("There is already an operator with the login {login}.")
LOGIN_EMPTY = _("The login is empty.")
LOGIN_TOO_LONG = _("The login is longer than {limit} characters.")
LOGIN_NOT_ONE_LINE = _("The login must be one line without control characters.")
NAME_EMPTY = _("The name is empty.")
NAME_TOO_LONG = _("The name is longer than {limit} characters.")
NAME_NOT_ONE_LINE = _("The name must be one line without control characters.")


def change_settings(
    db: Database,
    values: dict[str, str],
    *,
    actor: Actor | None,
    clock: Clock | None = None,
) -> dict[str, tuple[str, str]]:
    """Write ``values`` (centre setting → new value) and journal what changed, made by
    ``actor``, who must be an administrator. Returns key → (old, new) for the keys
    whose value changed; a change to nothing writes nothing, not even an event."""
    require(actor, Permission.ADMINISTER)
    unknown = sorted(set(values) - set(DEFAULTS))
    if unknown:
        raise ConfigError(_("Unknown centre setting: {key}"), key=", ".join(unknown))
    # A secret shown as "***" (admin_reads) and saved back unchanged keeps its value.
    values = {
        key: value
        for key, value in values.items()
        if not (key in SECRET_SETTINGS and value == HIDDEN)
    }
    values = check_settings(values)
    with db.write_session() as session:
        current = setting_values(session)
        changed = {key: (current[key], new) for key, new in values.items() if current[key] != new}
        if not changed:
            return {}
        write_settings(session, {key: new for key, (_old, new) in changed.items()})
        record(
            session,
            EventKind.SETTINGS_CHANGED,
            (clock or SystemClock()).now(),
            operator_id=actor.id if actor else None,
            # A secret (the bot's token) is journalled as changed, never its value.
            changes=[
                {"key": key, "old": hidden_secret(key, old), "new": hidden_secret(key, new)}
                for key, (old, new) in sorted(changed.items())
            ],
        )
    return changed


def change_pin(
    db: Database, login: str, old_pin: str, new_pin: str, *, clock: Clock | None = None
) -> None:
    """An operator replaces their own PIN, proving the old one."""
    if not is_pin(new_pin):
        raise QueueError(PIN_FORMAT)
    with db.write_session() as session:
        operator = session.scalars(select(Operator).where(Operator.login == login)).one_or_none()
        # One message for both: do not tell a stranger which logins exist.
        if operator is None or not operator.active or not operator.check_pin(old_pin):
            raise QueueError(WRONG_PIN)
        operator.pin_hash = hash_pin(new_pin)
        record(
            session,
            EventKind.PIN_CHANGED,
            (clock or SystemClock()).now(),
            operator_id=operator.id,
            login=login,
            pin=[HIDDEN, HIDDEN],
        )


def has_admin(db: Database) -> bool:
    """Whether the centre has an active administrator."""
    with db.read_session() as session:
        return _active_admin(session) is not None


def create_first_admin(
    db: Database, login: str, display_name: str, pin: str, *, clock: Clock | None = None
) -> Actor:
    """Make ``login`` the centre's administrator, while it has no active one: the
    first-run window asks for it, as nobody could change the settings or close the
    kiosk otherwise. Refused (NotAllowed) once there is an administrator, and
    (QueueError) for a login already taken, an empty or overlong login or name, or a
    PIN that is not 4–8 digits; a refusal writes nothing. Returns the administrator."""
    login = _one_line(login, LOGIN_MAX, LOGIN_EMPTY, LOGIN_TOO_LONG, LOGIN_NOT_ONE_LINE)
    name = _one_line(display_name, NAME_MAX, NAME_EMPTY, NAME_TOO_LONG, NAME_NOT_ONE_LINE)
    if not is_pin(pin):
        raise QueueError(PIN_FORMAT)
    pin_hash = hash_pin(pin)  # slow on purpose: before the transaction, not inside it
    with db.write_session() as session:
        if session.get_bind().dialect.name == "postgresql":
            # Two PCs asking at once must not both find no administrator and both add
            # one (SQLite's write transaction already holds the whole file).
            session.execute(text("LOCK TABLE operators IN SHARE ROW EXCLUSIVE MODE"))
        if _active_admin(session) is not None:
            raise NotAllowed(HAS_ADMIN)
        taken = session.scalars(select(Operator.id).where(Operator.login == login)).first()
        if taken is not None:
            raise QueueError(LOGIN_TAKEN, login=login)
        operator = Operator(
            login=login, display_name=name, role=Role.ADMIN, pin_hash=pin_hash, active=True
        )
        session.add(operator)
        session.flush()
        record(
            session,
            EventKind.ADMIN_CHANGE,
            (clock or SystemClock()).now(),
            operator_id=operator.id,
            what="operator",
            key=login,
            action="created",
            # Nobody signed in made it: the operator is the new administrator.
            first_admin=True,
            changes=[
                {"field": "name", "old": None, "new": name},
                {"field": "role", "old": None, "new": Role.ADMIN.value},
                {"field": "active", "old": None, "new": True},
                {"field": "pin", "old": None, "new": HIDDEN},
            ],
        )
        return Actor.of(operator)


def _active_admin(session: Session) -> int | None:
    return session.scalars(
        select(Operator.id).where(Operator.role == Role.ADMIN, Operator.active.is_(True))
    ).first()


def _one_line(value: str, limit: int, empty: str, too_long: str, not_one_line: str) -> str:
    """``value`` without the spaces around it, if it is one line of at most ``limit``."""
    value = value.strip()
    if not value:
        raise QueueError(empty)
    if len(value) > limit:
        raise QueueError(too_long, limit=limit)
    # A line break or a NUL breaks the panel's header, the history and PostgreSQL.
    if any(unicodedata.category(char) in ("Cc", "Zl", "Zp") for char in value):
        raise QueueError(not_one_line)
    return value
