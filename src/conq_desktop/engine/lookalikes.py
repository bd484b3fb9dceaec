"""What a person types for a ticket number or a booking code, compared the way they see it.

A Latin "A" and a Cyrillic "А" cannot be told apart on the hall display, a ticket or a
booking slip, and which one a keyboard gives depends on its layout. So every lookup of
something typed folds both sides here: the ticket numbers (``ticket_lookup.py``), the
booking codes (``bookings.find_booking``, used by check-in and by cancelling or moving a
booking) and the rule that no two services have prefixes that look the same
(``centre_file.py``, ``administration.py``). Written once, so the three never disagree.
The rules are in docs/queue-rules.md ("Typing a ticket number"). No database here.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Cyrillic capitals and the Latin ones they look like (Kyrgyz Ү is Latin Y; І, Ј and Ѕ
# are in the Cyrillic block, and someone will copy them from somewhere).
_CYRILLIC = "АВСЕНІЈКМОРЅТХҮ"
_LATIN = "ABCEHIJKMOPSTXY"
_TO_LATIN = str.maketrans(_CYRILLIC, _LATIN)
# Russian У is typed for a Latin Y on a Russian keyboard. Only where the text can hold
# no Cyrillic letter (a booking code): a prefix may hold У and Ү, two letters apart.
_RUSSIAN_Y = str.maketrans("У", "Y")
# The same keys on a Russian (ЙЦУКЕН) layout as on a Latin one: a keyboard-wedge
# scanner sends key presses, which the PC turns into Cyrillic while its layout is
# Russian. Digits are the same on both.
_RUSSIAN_KEYS = str.maketrans("ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ", "QWERTYUIOPASDFGHJKLZXCVBNM")
# The dashes a keyboard or a copied text gives: hyphen-minus, hyphens, figure dash,
# en and em dashes, horizontal bar, minus, small and full-width hyphen-minus.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
# A ticket number as typed: letters, then digits, with spaces and one dash or none
# between them ("А-002", "a 2", "А2").
_TICKET = re.compile(rf"\s*([^\W\d_]+)\s*(?:[{_DASHES}]\s*)?([0-9]+)\s*")
# More digits than any day's sequence has (the database's integers end at 2**31 - 1).
_DIGITS_MAX = 9


def fold(text: str) -> str:
    """``text`` in capitals with each Cyrillic letter that looks like a Latin one made
    Latin: two texts that read the same fold to the same."""
    return text.upper().translate(_TO_LATIN)


def _parts(text: str) -> tuple[str, int] | None:
    """The letters and the sequence of a typed ticket number; None if it is not one."""
    match = _TICKET.fullmatch(text)
    if match is None:
        return None
    digits = match[2].lstrip("0")  # sequences start at 1
    if not digits or len(digits) > _DIGITS_MAX:
        return None
    return match[1], int(digits)


class TicketKey(NamedTuple):
    """A ticket number as compared: the folded letters and the sequence."""

    letters: str
    sequence: int


def ticket_key(text: str) -> TicketKey | None:
    """What ``text`` names as a ticket number, the same for every way of typing it:
    "А-002", "a-2", "A 002", "а2" and "А–0002" all give ("A", 2). None when ``text`` is
    not letters followed by digits (a number alone, "002", names no ticket: every
    service has one)."""
    parts = _parts(text)
    if parts is None:
        return None
    letters, sequence = parts
    return TicketKey(fold(letters), sequence)


def same_ticket(typed: str, number: str) -> bool:
    """Whether ``typed`` names the ticket ``number``."""
    key = ticket_key(typed)
    return key is not None and key == ticket_key(number)


def written_number(text: str) -> str:
    """A typed ticket number written as tickets show it, keeping its letters: "б3" or
    "Б - 003" → "Б-003"; anything else trimmed, as typed."""
    parts = _parts(text)
    if parts is None:
        return text.strip()
    letters, sequence = parts
    return f"{letters.upper()}-{sequence:03d}"


def code_spellings(typed: str) -> list[str]:
    """The booking codes ``typed`` may stand for: as typed (in capitals, without spaces
    and dashes), with look-alike Cyrillic letters made Latin, and as the same keys on a
    Latin layout; the first one a booking has wins."""
    plain = "".join(char for char in typed if not char.isspace() and char not in _DASHES).upper()
    found: list[str] = []
    for code in (plain, fold(plain).translate(_RUSSIAN_Y), plain.translate(_RUSSIAN_KEYS)):
        if code and code not in found:
            found.append(code)
    return found
