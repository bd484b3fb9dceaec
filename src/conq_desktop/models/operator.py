"""Operators: the staff who sign in at a window."""

from __future__ import annotations

import enum
import hashlib
import hmac
import secrets

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from conq_desktop.models.base import Base, str_enum

_PIN_ITERATIONS = 120_000


class Role(enum.StrEnum):
    OPERATOR = "operator"
    RECEPTIONIST = "receptionist"
    ADMIN = "admin"


def hash_pin(pin: str) -> str:
    salt = secrets.token_hex(8)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt.encode(), _PIN_ITERATIONS)
    return f"pbkdf2_sha256${_PIN_ITERATIONS}${salt}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, expected = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt.encode(), int(iterations))
    return hmac.compare_digest(digest.hex(), expected)


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

    def check_pin(self, pin: str) -> bool:
        return pin_matches(pin, self.pin_hash)

    def __repr__(self) -> str:
        return f"Operator({self.login!r})"
