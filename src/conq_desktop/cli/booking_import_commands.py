"""``booking import`` and ``booking purge``: the command line's side of
``engine/booking_import.py`` and ``engine/booking_purge.py`` (docs/booking-import.md).

Importing is a receptionist's, supervisor's or administrator's act, purging a
supervisor's or administrator's (``--operator`` and their PIN). An import with bad rows
imports nothing: every bad row is one line on stderr (``line N: why``) and the exit
status is 3; a file that cannot be read as CSV or iCalendar is 2, a missing file 5.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conq_desktop.cli import render
from conq_desktop.cli.commands import Context
from conq_desktop.i18n import _, translate

if TYPE_CHECKING:
    from conq_desktop.engine.booking_import import ImportReport
    from conq_desktop.engine.booking_purge import PurgeResult

IMPORTED = _(
    "Imported from {path}: {added} new, {moved} moved, {cancelled} cancelled, "
    "{unchanged} unchanged."
)
WARNING = _("warning: line {line}: {reason}")
PURGED = _(
    "Personal data erased from {erased} bookings of days before {before}; "
    "{expired} bookings nobody checked in marked expired."
)


def booking_import(args: argparse.Namespace, ctx: Context) -> Any:
    from conq_desktop.engine.booking_file import FileFormat
    from conq_desktop.engine.booking_import import ImportRefused, import_bookings

    path = Path(args.file)
    try:
        report = import_bookings(
            ctx.db(),
            path,
            ctx.actor(args),
            ctx.engine.clock,
            file_format=FileFormat(args.format) if args.format else None,
            portal=args.portal,
        )
    except ImportRefused as refused:
        # Every bad row on a line of its own, for the person who fixes the file.
        if ctx.as_json:
            render.print_json(
                {
                    "error": {"type": type(refused).__name__, "message": refused.message()},
                    "problems": [problem.as_json() for problem in refused.problems],
                }
            )
        for line in refused.message().splitlines():
            print(f"conq-desktop: {line}", file=sys.stderr)
        return refused.exit_code
    for warning in report.warnings:
        print(
            translate(WARNING, line=warning.line, reason=warning.reason.translate()),
            file=sys.stderr,
        )
    return Imported(str(path), report)


def booking_purge(args: argparse.Namespace, ctx: Context) -> Any:
    from conq_desktop.engine.booking_purge import purge_bookings

    return Purged(purge_bookings(ctx.db(), ctx.actor(args), ctx.engine.clock, days=args.days))


@dataclass(frozen=True)
class Imported:
    path: str
    report: ImportReport

    def as_text(self) -> str:
        report = self.report
        return translate(
            IMPORTED,
            path=self.path,
            added=report.added,
            moved=report.moved,
            cancelled=report.cancelled,
            unchanged=report.unchanged,
        )

    def as_json(self) -> dict[str, Any]:
        return self.report.as_json()


@dataclass(frozen=True)
class Purged:
    result: PurgeResult

    def as_text(self) -> str:
        result = self.result
        return translate(
            PURGED,
            erased=result.erased,
            before=result.before.isoformat(),
            expired=len(result.expired),
        )

    def as_json(self) -> dict[str, Any]:
        return self.result.as_json()


def _days(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of days: {text!r}") from None


def add_booking_import_commands(booking: Any, verb: Any) -> None:
    """``booking import`` and ``booking purge``, in the ``booking`` group's subparsers
    (cli/booking_commands.py's ``add_booking_commands`` calls this)."""
    imported = verb(
        booking,
        "import",
        booking_import,
        "import an online portal's bookings from a CSV or iCalendar file, all or nothing",
    )
    imported.add_argument("file", metavar="FILE", help="the portal's export (.csv or .ics)")
    imported.add_argument(
        "--format", choices=("csv", "ics"), help="the file's format (default: by its name)"
    )
    imported.add_argument(
        "--portal",
        default="online",
        metavar="NAME",
        help="which portal the file is from (default: online); a booking is known by "
        "the portal and its reference",
    )
    purge = verb(
        booking,
        "purge",
        booking_purge,
        "erase visitors' names, phones and ID digits from bookings of days long gone",
    )
    purge.add_argument(
        "--days",
        type=_days,
        metavar="N",
        help="keep the data of the last N days (default: the setting booking_purge_days)",
    )
    for sub, who in (
        (imported, "the receptionist, supervisor or administrator"),
        (purge, "the supervisor or administrator"),
    ):
        sub.add_argument("--operator", required=True, metavar="LOGIN", help=who)
        sub.add_argument("--pin", help="their PIN (else CONQ_PIN, else asked for)")
