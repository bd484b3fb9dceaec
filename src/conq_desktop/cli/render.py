"""Printing engine results for people (aligned text) or for scripts (JSON)."""

from __future__ import annotations

import errno
import json
import os
import sys
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from conq_desktop.engine.snapshots import IssuedTicket, QueueStatus, TicketInfo
from conq_desktop.i18n import Message, _, current_language, translate


class Note(Message):
    """A sentence to print as the result of a command."""


# Output that cannot be written: the reader went away (``conq-desktop … | head -1``) or
# the file it is redirected to is on a full disk. Windows reports a pipe whose reader
# has closed as EINVAL.
_LOST_OUTPUT = frozenset(
    {errno.EPIPE, errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
    | ({errno.EINVAL} if sys.platform == "win32" else set())
)


class GuardedOutput:
    """``sys.stdout`` or ``sys.stderr`` while a command runs.

    Output that can no longer be written must not turn a done action into a failure: a
    script that retried ``ticket issue`` after its pipe closed would issue a duplicate.
    Once a write fails that way the rest of the output is dropped, and ``lost`` tells
    why. Text the stream's encoding cannot hold (Kyrgyz letters in a file redirected on
    a Windows PC, undecodable bytes from the command line) is written escaped instead.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.lost: OSError | None = None

    def write(self, text: str) -> int:
        if self.lost is None:
            try:
                try:
                    self.stream.write(text)
                except UnicodeEncodeError:
                    encoding = getattr(self.stream, "encoding", None) or "utf-8"
                    self.stream.write(
                        text.encode(encoding, "backslashreplace").decode(encoding, "replace")
                    )
            except OSError as exc:
                self._give_up(exc)
        return len(text)

    def flush(self) -> None:
        if self.lost is None:
            try:
                self.stream.flush()
            except OSError as exc:
                self._give_up(exc)

    def __getattr__(self, name: str) -> Any:  # isatty, fileno, encoding, …
        return getattr(self.stream, name)

    def _give_up(self, exc: OSError) -> None:
        if exc.errno not in _LOST_OUTPUT:
            raise exc
        self.lost = exc
        # What is still buffered is flushed again when the interpreter exits; aimed at
        # the null device it goes nowhere, instead of ending the run with a traceback
        # ("Exception ignored … BrokenPipeError") and status 120.
        try:
            descriptor = self.stream.fileno()
            devnull = os.open(os.devnull, os.O_WRONLY)
        except (AttributeError, OSError, ValueError):  # no descriptor: a test's capture
            return
        try:
            os.dup2(devnull, descriptor)
        except OSError:
            pass
        finally:
            os.close(devnull)


def print_json(data: Any) -> None:
    if isinstance(data, Note):
        data = {"message": data.translate(), **data.params}
    print(json.dumps(data, ensure_ascii=False, indent=2))


def text(result: Any) -> str:
    if isinstance(result, Note):
        return result.translate()
    if isinstance(result, IssuedTicket):
        return issued(result)
    if isinstance(result, TicketInfo):
        return ticket_line(result)
    if isinstance(result, QueueStatus):
        return status(result)
    if isinstance(result, dict):
        width = max(len(key) for key in result)
        return "\n".join(f"{key:<{width}}  {value}" for key, value in result.items())
    return str(result)


def ticket_line(ticket: TicketInfo) -> str:
    lang = current_language()
    where = translate(_("window {window}"), window=ticket.window) if ticket.window else ""
    parts = [
        ticket.number,
        translate(_STATUS_NAMES[ticket.status]),
        ticket.service.name(lang),
        where,
    ]
    return "  ".join(part for part in parts if part)


def issued(result: IssuedTicket) -> str:
    # The ticket's own words: no wait promised while nobody serves the service.
    from conq_desktop.printing.layout import wait_lines

    return "\n".join([ticket_line(result.ticket), *wait_lines(result, current_language())])


def status(state: QueueStatus) -> str:
    lang = current_language()
    lines = [
        translate(
            _("Queue on {day}, {time}"),
            day=state.day.isoformat(),
            time=state.at.astimezone(ZoneInfo(state.timezone)).strftime("%H:%M"),
        )
    ]
    header = (
        translate(_("Service")),
        translate(_("Waiting")),
        translate(_("Longest wait")),
        translate(_("Open")),
    )
    rows = [
        (
            f"{queue.service.prefix}  {queue.service.name(lang)}",
            str(queue.waiting),
            translate(_("{minutes} min"), minutes=queue.longest_wait_minutes)
            if queue.waiting
            else "–",
            str(queue.open_windows),
        )
        for queue in state.services
    ]
    lines += _table(header, rows)
    lines.append("")
    header = (
        translate(_("Window")),
        translate(_("State")),
        translate(_("Operator")),
        translate(_("Ticket")),
    )
    rows = [
        (
            str(window.number),
            translate(_WINDOW_STATES[window.state]),
            window.operator_name or "–",
            f"{window.current.number} {translate(_STATUS_NAMES[window.current.status])}"
            if window.current
            else "–",
        )
        for window in state.windows
    ]
    lines += _table(header, rows)
    return "\n".join(lines)


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]


_STATUS_NAMES = {
    "waiting": _("waiting"),
    "called": _("called"),
    "serving": _("being served"),
    "done": _("done"),
    "no_show": _("did not come"),
    "cancelled": _("cancelled"),
    "expired": _("expired"),
}
_WINDOW_STATES = {"closed": _("closed"), "open": _("open"), "paused": _("on a break")}
