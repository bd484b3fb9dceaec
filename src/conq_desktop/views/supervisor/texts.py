"""What the supervisor view says about a window and a service, without Qt: the words
people use for a window's state, how long its ticket has run, a service's line."""

from __future__ import annotations

from datetime import datetime

from conq_desktop.engine import ServiceQueue
from conq_desktop.engine.snapshots import WindowInfo
from conq_desktop.i18n import _, translate

SERVING = _("serving")
CALLING = _("calling")
IDLE = _("idle")
ON_BREAK = _("on a break")
CLOSED = _("closed")

WAITING_LINE = _("{service}: {waiting} waiting, longest {minutes} min")
OVER_TARGET = _("over target ({target} min)")
NOT_ISSUING = _("not issuing")


def window_state(window: WindowInfo) -> str:
    """The state as people read it (a message to translate)."""
    if window.state == "closed":
        return CLOSED
    if window.state == "paused":
        return ON_BREAK
    if window.current is None:
        return IDLE
    return SERVING if window.current.status == "serving" else CALLING


def running_since(window: WindowInfo) -> datetime | None:
    """When the window's current step began: the call, or the start of service."""
    ticket = window.current
    if ticket is None:
        return None
    if ticket.status == "serving" and ticket.started_at is not None:
        return ticket.started_at
    return ticket.called_at


def elapsed(since: datetime | None, now: datetime) -> str:
    """``m:ss`` (``h:mm:ss`` past an hour) from ``since`` to ``now``; empty without one."""
    if since is None:
        return ""
    seconds = max(0, int((now - since).total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes}:{seconds:02d}"


def service_line(queue: ServiceQueue, lang: str) -> str:
    """One service at a glance; a breach and a closed service said in words too, on a
    line of their own (in Kyrgyz one line would not fit beside the windows)."""
    parts = [
        translate(
            WAITING_LINE,
            lang,
            service=queue.service.name(lang),
            waiting=queue.waiting,
            minutes=queue.longest_wait_minutes,
        )
    ]
    if queue.over_target:  # the rule: engine/rules.py, over_target
        parts.append(translate(OVER_TARGET, lang, target=queue.target_wait_minutes))
    if not queue.active:
        parts.append(translate(NOT_ISSUING, lang))
    return "\n".join(parts)
