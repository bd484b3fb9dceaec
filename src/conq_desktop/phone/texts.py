"""What the bot writes, in the follower's language (Kyrgyz or Russian): every text is
marked with ``_()`` and rendered with ``translate(message, lang)`` (the translations
live in resources/i18n, docs/translations.md). Telegram's HTML: ``<b>`` for what
must stand out; whatever comes from the database is escaped."""

from __future__ import annotations

from html import escape

from conq_desktop.engine.phone import Follower, Happening, Place, Refusal
from conq_desktop.i18n import _, translate
from conq_desktop.models import EventKind, TicketStatus

TICKET = _("Ticket {number}: {service}")
AHEAD = _("People ahead of you: {ahead}.")
WAIT = _("Expected wait: about {minutes} min.")
NOBODY_SERVES = _("No window serves this service at the moment, so the wait cannot be told yet.")
FOLLOWING = _(
    "I will write when {limit} people are ahead of you and when you are called. "
    "/status: your place now; /stop: no more messages; /ky, /ru: the language."
)
NOW_CALLED = _("Your ticket is called: please go to window {window}.")
NOW_SERVING = _("You are being served at window {window}.")
UNKNOWN = _("No ticket has this code. Please scan the QR code on your ticket again.")
ENDED = _(
    "This ticket is no longer valid: it is from an earlier day or already finished. "
    "Please take a new ticket."
)
NO_CODE = _("Scan the QR code on your ticket to follow your turn here.")
NOTHING_FOLLOWED = _(
    "You are not following any ticket today. Scan the QR code on your ticket to follow it."
)
STOPPED = _("No more messages about your ticket. Scan its QR code again to follow it.")
LANGUAGE_SET = _("From now on I write in this language.")
HELP = _("/status: your place now; /stop: no more messages; /ky, /ru: the language.")

NEAR = _("Ticket {number}: {ahead} people ahead of you. Please come back to the hall.")
NEXT = _("Ticket {number}: you are next. Please come back to the hall.")
CALLED = _("Ticket {number}, please go to window {window}.")
RECALLED = _(
    "Ticket {number} is called again to window {window}. Please hurry, or your turn may be lost."
)
POSTPONED = _("Ticket {number} is back in the queue. I will write when your turn is near.")
REDIRECTED = _(
    "Ticket {number} is sent to “{service}”. You keep your number and your place in time; "
    "I will write when your turn is near."
)
EXPIRED = _("Ticket {number} has expired: its day is over. Please take a new ticket.")
NO_SHOW = _("Ticket {number} was called, but nobody came to the window.")
CANCELLED = _("Ticket {number} was withdrawn.")


def _t(message: str, lang: str, **params: object) -> str:
    """``message`` in ``lang``, its parameters escaped for Telegram's HTML."""
    return translate(
        message,
        lang,
        **{key: escape(str(value), quote=False) for key, value in params.items()},
    )


def place(found: Place, centre: str, ahead_limit: int, *, welcome: bool) -> str:
    """Where a followed ticket is now: its number and service, people ahead and the
    expected wait, or the window it is called to; ``welcome`` adds what the bot will do."""
    lang = found.language
    lines = [f"<b>{escape(centre, quote=False)}</b>"] if centre else []
    lines.append(_t(TICKET, lang, number=found.number, service=found.service(lang)))
    if found.status == TicketStatus.WAITING:
        lines.append(_t(AHEAD, lang, ahead=found.ahead))
        if found.wait_minutes is None:
            lines.append(_t(NOBODY_SERVES, lang))
        else:
            lines.append(_t(WAIT, lang, minutes=found.wait_minutes))
        if welcome:
            lines.append(_t(FOLLOWING, lang, limit=ahead_limit))
    elif found.status == TicketStatus.CALLED:
        lines.append(f"<b>{_t(NOW_CALLED, lang, window=found.window or '')}</b>")
    elif found.status == TicketStatus.SERVING:
        lines.append(_t(NOW_SERVING, lang, window=found.window or ""))
    return "\n".join(lines)


def refusal(reason: Refusal, lang: str) -> str:
    return _t(UNKNOWN if reason == Refusal.UNKNOWN else ENDED, lang)


def reply(message: str, lang: str) -> str:
    """One of the bot's plain answers (``NO_CODE``, ``STOPPED`` …) in ``lang``."""
    return _t(message, lang)


def near(follower: Follower, ahead: int) -> str:
    lang = follower.language
    if ahead == 0:
        return _t(NEXT, lang, number=follower.number)
    return _t(NEAR, lang, number=follower.number, ahead=ahead)


def happening(
    event: Happening, follower: Follower, services: dict[str, dict[str, str]]
) -> str | None:
    """The message for a journal event of a followed ticket; None for those that say
    nothing to the visitor (started, finished, printed …)."""
    lang, number = follower.language, follower.number
    window = event.window if event.window is not None else ""
    if event.kind == EventKind.CALLED:
        # As large as Telegram writes: bold, the window on a line of its own.
        return f"🔔 <b>{_t(CALLED, lang, number=number, window=window)}</b>\n<b>➡️ {window}</b>"
    if event.kind == EventKind.RECALLED:
        return f"🔔 <b>{_t(RECALLED, lang, number=number, window=window)}</b>"
    if event.kind == EventKind.POSTPONED:
        return _t(POSTPONED, lang, number=number)
    if event.kind == EventKind.REDIRECTED:
        names = services.get(str(event.details.get("to", "")), {})
        service = names.get(lang) or names.get("en") or str(event.details.get("to", ""))
        return _t(REDIRECTED, lang, number=number, service=service)
    if event.kind == EventKind.EXPIRED:
        return _t(EXPIRED, lang, number=number)
    if event.kind == EventKind.NO_SHOW:
        return _t(NO_SHOW, lang, number=number)
    if event.kind == EventKind.CANCELLED:
        return _t(CANCELLED, lang, number=number)
    return None
