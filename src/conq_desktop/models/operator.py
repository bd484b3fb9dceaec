"""Operators: the staff who sign in at a window."""

from __future__ import annotations

import enum
import hashlib
import hmac
import secrets
from datetime import datetime

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from conq_desktop.models.base import Base, str_enum


class Role(enum.StrEnum):
    """What a member of staff may do; the engine checks it (engine/auth.py)."""

    OPERATOR = "operator"  # serves visitors at the window they are signed in to
    RECEPTIONIST = "receptionist"  # issues tickets (priority ones too) and reprints
    SUPERVISOR = "supervisor"  # closes services, moves waiting tickets, cancels
    ADMIN = "admin"  # everything, and the centre's settings


# scrypt, from the standard library: slow and memory-hard, so a stolen database does
# not give up four-digit PINs in seconds. n=2**14 takes tens of milliseconds and 16 MiB.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
# What 0.1.0 stored; still checked, and replaced at the next right PIN.
_PBKDF2 = "pbkdf2_sha256"


def hash_pin(pin: str) -> str:
    salt = secrets.token_hex(16)
    digest = _scrypt(pin, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt}${digest}"


def _scrypt(pin: str, salt: str, n: int, r: int, p: int) -> str:
    return hashlib.scrypt(
        pin.encode(), salt=salt.encode(), n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32
    ).hex()


def pin_matches(pin: str, stored: str) -> bool:
    scheme, _sep, rest = stored.partition("$")
    try:
        if scheme == "scrypt":
            n, r, p, salt, expected = rest.split("$")
            digest = _scrypt(pin, salt, int(n), int(r), int(p))
        elif scheme == _PBKDF2:
            iterations, salt, expected = rest.split("$")
            digest = hashlib.pbkdf2_hmac(
                "sha256", pin.encode(), salt.encode(), int(iterations)
            ).hex()
        else:
            return False
    except ValueError:
        return False
    return hmac.compare_digest(digest, expected)


def needs_rehash(stored: str) -> bool:
    """Whether a PIN hash is of an older kind or strength than ``hash_pin`` makes."""
    return not stored.startswith(f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}$")


class Operator(Base):
    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(
        str_enum(Role),
        default=Role.OPERATOR,
    )
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Wrong PINs in a row, and until when the account is locked after too many: on the
    # row, so that the lock holds on every PC of the centre.
    failed_pins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(default=None)

    def check_pin(self, pin: str) -> bool:
        return pin_matches(pin, self.pin_hash)

    def __repr__(self) -> str:
        return f"Operator({self.login!r})"
