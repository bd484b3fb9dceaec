"""Command-line verbs that print: issue with --print, reprint, test page, PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conq_desktop.cli.commands import Context
from conq_desktop.engine import IssuedTicket
from conq_desktop.errors import ConfigError, NotAllowed
from conq_desktop.i18n import _
from conq_desktop.models import Priority

if TYPE_CHECKING:
    from conq_desktop.printing.service import PrintOutcome, TicketPrinter


class PrintedResult:
    """An issued ticket plus how its printing went; a failed print sets the exit status."""

    def __init__(self, issued: IssuedTicket, outcome: PrintOutcome, sample: bool = False) -> None:
        self.issued = issued
        self.outcome = outcome
        self.sample = sample  # a test page: not in the queue, nothing to reprint

    def as_text(self) -> str:
        from conq_desktop.cli.render import issued as issued_text
        from conq_desktop.i18n import translate

        if self.outcome.printed:
            line = translate(_("Printed on {printer}."), printer=self.outcome.printer)
        elif self.outcome.skipped:
            line = self.outcome.error.message() if self.outcome.error else ""
        elif self.sample:
            line = translate(_("The test ticket was NOT printed."))
        else:
            line = translate(
                _(
                    "NOT printed; the ticket is valid. Reprint it: "
                    "ticket reprint {number} --operator LOGIN"
                ),
                number=self.issued.ticket.number,
            )
        return f"{issued_text(self.issued)}\n{line}"

    def as_json(self) -> dict[str, Any]:
        from conq_desktop.engine.snapshots import to_json

        return {
            **to_json(self.issued),
            "print": {
                "printer": self.outcome.printer,
                "printed": self.outcome.printed,
                "error": self.outcome.error.message() if self.outcome.error else None,
            },
        }


def _printer(ctx: Context) -> TicketPrinter:
    # Imported on use: python-escpos and Pillow would add ~0.3 s to every command.
    from conq_desktop.printing.service import TicketPrinter

    return TicketPrinter(ctx.engine, ctx.settings.printer_config())


def _finish(ctx: Context, issued: IssuedTicket, outcome: PrintOutcome, sample: bool = False) -> int:
    ctx.emit(PrintedResult(issued, outcome, sample))
    if outcome.error is not None and not outcome.skipped:
        print(f"conq-desktop: {outcome.error.message()}", file=sys.stderr)
        return outcome.error.exit_code
    return 0


PRIORITY_NEEDS_OPERATOR = _(
    "A priority ticket is issued by a receptionist, a supervisor or an administrator: "
    "add --operator LOGIN and their PIN."
)


def ticket_issue(args: argparse.Namespace, ctx: Context) -> Any:
    printer = _printer(ctx) if args.print else None  # a bad printer setting refuses early
    if args.priority == Priority.PRIORITY and not args.operator:
        raise NotAllowed(PRIORITY_NEEDS_OPERATOR)
    # The engine checks the role; the issued event names whoever gave --operator.
    issued = ctx.engine.issue(args.service, priority=args.priority, actor=ctx.actor(args))
    if printer is None:
        return issued
    return _finish(ctx, issued, printer.print_issued(issued))


def ticket_reprint(args: argparse.Namespace, ctx: Context) -> Any:
    """A copy of today's ticket: a receptionist's (supervisor's, administrator's) act,
    kept in the history before it is printed."""
    printer = _printer(ctx)  # a bad printer setting refuses before anything is kept
    issued = ctx.engine.reprint(args.number, actor=ctx.actor(args))
    return _finish(ctx, issued, printer.print_issued(issued, copy=True))


def ticket_pdf(args: argparse.Namespace, ctx: Context) -> Any:
    from conq_desktop.printing.layout import build_layout
    from conq_desktop.printing.pdf import render_pdf

    # A PDF of a ticket is a copy of it, as a reprint is: the same role, the same event.
    issued = ctx.engine.reprint(args.number, actor=ctx.actor(args))
    layout = build_layout(issued, ctx.engine.settings)
    out = Path(args.out)
    try:
        out.write_bytes(render_pdf(layout, width_mm=ctx.settings.printer_config().paper_mm))
    except OSError as exc:
        from conq_desktop.disk import disk_full_error

        raise disk_full_error(exc, path=out) or ConfigError(
            _("Cannot write {path}: {reason}"), path=str(out), reason=exc.strerror or str(exc)
        ) from None
    from conq_desktop.cli.render import Note

    return Note(_("Ticket {number} written to {path}."), number=issued.ticket.number, path=str(out))


def print_test(args: argparse.Namespace, ctx: Context) -> Any:
    """Print a sample ticket that is not in the queue, to check the printer."""
    from conq_desktop.printing.sample import sample_ticket

    printer = _printer(ctx)
    sample = sample_ticket(ctx.engine)
    outcome = printer.print_issued(sample, record=False)
    return _finish(ctx, sample, outcome, sample=True)
