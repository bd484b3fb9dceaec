"""Changes to the centre's settings and to operators' PINs, one at a time.

A centre file replaces the whole centre (``centre_load.py``); these are the small
changes between two loads. Each is one transaction with its event in the journal:
who made it and, for settings, every key's old and new value (a PIN shows as ``***``).

No Qt here.
"""

from __future__ import annotations

from sqlalchemy import select

from conq_desktop.db import Database
from conq_desktop.engine.auth import Actor, require
from conq_desktop.engine.clock import Clock, SystemClock
from conq_desktop.engine.journal import HIDDEN, record
from conq_desktop.engine.rules import Permission
from conq_desktop.engine.settings import DEFAULTS, setting_values, write_settings
from conq_desktop.errors import ConfigError, QueueError
from conq_desktop.i18n import _
from conq_desktop.models import EventKind, Operator, hash_pin

WRONG_PIN = _("Wrong operator or PIN.")
PIN_FORMAT = _("“pin” must be 4–8 digits")


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
            changes=[
                {"key": key, "old": old, "new": new} for key, (old, new) in sorted(changed.items())
            ],
        )
    return changed


def change_pin(
    db: Database, login: str, old_pin: str, new_pin: str, *, clock: Clock | None = None
) -> None:
    """An operator replaces their own PIN, proving the old one."""
    if not (new_pin.isascii() and new_pin.isdigit() and 4 <= len(new_pin) <= 8):
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
