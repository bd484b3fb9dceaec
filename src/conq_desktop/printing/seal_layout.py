"""What the day's seal says on paper, in one language for the labels (the staff's) and
the centre's name in both public ones: the thermal slip (as a ``TicketLayout``, so it
goes through the tickets' own ESC/POS renderer) and the A4 PDF read the same lines
from here, so the two never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from conq_desktop.engine.day_close import DaySeal
from conq_desktop.i18n import PUBLIC_LANGUAGES, _, translate
from conq_desktop.printing.layout import (
    Block,
    QrBlock,
    RuleBlock,
    Size,
    TextBlock,
    TicketLayout,
)

# Four hex digits a group, four groups a line: a 64-digit hash in four lines that fit
# 58 mm paper even in text mode (32 columns), and that a person compares group by group.
GROUP = 4
GROUPS_PER_LINE = 4

TITLE = _("Closing of the day {day}")
ISSUED = _("Tickets issued")
SERVED = _("Visitors served")
NO_SHOWS = _("No-shows")
OUT_OF_ORDER = _("Calls out of order")
WITH_REASON = _("of them with a reason")
LAST_EVENT = _("Last event")
HASH = _("Hash of the history (SHA-256)")
CLOSED_AT = _("Closed at")
CLOSED_BY = _("Closed by")
SIGNATURE = _("Head of centre (name, signature)")
VERIFY = _("To check: conq-desktop audit verify --seal followed by the text of the QR code.")


@dataclass(frozen=True)
class SealLine:
    label: str
    value: str


def hash_lines(digest: str) -> list[str]:
    """``digest`` in groups of four digits, four groups to a line."""
    groups = [digest[start : start + GROUP] for start in range(0, len(digest), GROUP)]
    return [
        " ".join(groups[start : start + GROUPS_PER_LINE])
        for start in range(0, len(groups), GROUPS_PER_LINE)
    ]


def centre_names(sealed: DaySeal) -> list[str]:
    """The centre's name in Kyrgyz and Russian (each once, if they are the same)."""
    names: list[str] = []
    for lang in PUBLIC_LANGUAGES:
        name = sealed.centre_names.get(lang, "")
        if name and name not in names:
            names.append(name)
    return names


def title(sealed: DaySeal, lang: str) -> str:
    return translate(TITLE, lang, day=sealed.day.strftime("%d.%m.%Y"))


def closed_at(sealed: DaySeal) -> str:
    local = sealed.closed_at.astimezone(ZoneInfo(sealed.timezone))
    return f"{local.strftime('%d.%m.%Y %H:%M:%S')} ({sealed.timezone})"


def count_lines(sealed: DaySeal, lang: str) -> list[SealLine]:
    def t(message: str) -> str:
        return translate(message, lang)

    return [
        SealLine(t(ISSUED), str(sealed.issued)),
        SealLine(t(SERVED), str(sealed.served)),
        SealLine(t(NO_SHOWS), str(sealed.no_shows)),
        SealLine(
            t(OUT_OF_ORDER),
            f"{sealed.out_of_order} ({t(WITH_REASON)}: {sealed.out_of_order_with_reason})",
        ),
    ]


def closing_lines(sealed: DaySeal, lang: str) -> list[SealLine]:
    return [
        SealLine(translate(CLOSED_AT, lang), closed_at(sealed)),
        SealLine(translate(CLOSED_BY, lang), f"{sealed.closed_by_name} ({sealed.closed_by_login})"),
    ]


def build_seal_layout(sealed: DaySeal, lang: str) -> TicketLayout:
    """The slip for the thermal printer: the same blocks a ticket is made of."""
    blocks: list[Block] = [TextBlock(name, Size.SMALL, bold=True) for name in centre_names(sealed)]
    blocks.append(TextBlock(title(sealed, lang), Size.NORMAL, bold=True))
    blocks.append(RuleBlock())
    blocks += [TextBlock(f"{line.label}: {line.value}") for line in count_lines(sealed, lang)]
    blocks.append(RuleBlock())
    blocks.append(TextBlock(f"{translate(LAST_EVENT, lang)}: {sealed.seal.seq}", bold=True))
    blocks.append(TextBlock(translate(HASH, lang), Size.SMALL))
    blocks += [TextBlock(line, Size.SMALL) for line in hash_lines(sealed.seal.hash)]
    blocks.append(QrBlock(sealed.seal.payload))
    blocks += [
        TextBlock(f"{line.label}: {line.value}", Size.SMALL) for line in closing_lines(sealed, lang)
    ]
    blocks.append(RuleBlock())
    blocks.append(TextBlock(translate(SIGNATURE, lang), Size.SMALL))
    # Room to sign above the line, on a slip that has no margins of its own.
    blocks += [TextBlock(" ", Size.LARGE), TextBlock("_" * 24)]
    return TicketLayout(number=f"seal-{sealed.seal.seq}", blocks=blocks)
