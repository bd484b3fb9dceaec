"""``day close``: the day's counts journalled and its seal put on paper (the command
line's side of ``engine/day_close.py`` and ``printing/seal_print.py``).

A supervisor's or administrator's act (``--operator`` and their PIN). Everything that
can refuse is checked before the day is closed (the PDF's file, the printer setting,
the PIN); once closed, the seal is kept even if the paper fails: the PDF is written
before the printer is tried, the seal's payload is always on stdout, and a failure is
one line on stderr with its exit status (7 not printed, 6 the PDF not written).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conq_desktop.cli.commands import Context
from conq_desktop.config import data_dir
from conq_desktop.errors import CANNOT_WRITE, UsageError, os_errors_as
from conq_desktop.i18n import _, current_language, translate

if TYPE_CHECKING:
    import argparse

    from conq_desktop.printing.seal_print import SealOutput

FILE_THERE = _("{path} already exists: choose another file for the seal.")
CLOSED = _(
    "Day {day} closed: {issued} tickets issued, {served} served, {no_shows} no-shows, "
    "{out_of_order} calls out of order ({with_reason} with a reason)."
)
SEAL_LINE = _("Seal (event {seq}): {payload}")
PDF_WRITTEN = _("Seal written to {path}.")
PRINTED = _("Printed on {printer}.")
NOT_PRINTED = _("The seal was NOT printed.")
NO_PRINTER = _("No printer is set up: the seal is on paper only as the PDF.")
NOT_ASKED = _("Not printed (--no-print).")


def day_close(args: argparse.Namespace, ctx: Context) -> Any:
    # Imported on use: reportlab, python-escpos and Pillow slow every other command.
    from conq_desktop.printing.seal_print import deliver_seal, seal_file

    pdf = Path(args.pdf) if args.pdf else None
    if pdf is not None:
        if not args.pdf.strip():
            raise UsageError(_("“{key}” is empty"), key="--pdf")
        _probe(pdf)
    printer = None if args.no_print else ctx.settings.printer_config()  # a bad setting refuses
    actor = ctx.actor(args)
    sealed = ctx.engine.close_day(args.day, actor=actor)
    out = deliver_seal(
        sealed,
        pdf=pdf or seal_file(data_dir(), sealed),
        printer=printer,
        lang=current_language(),
    )
    ctx.emit(DayClosed(out, asked_to_print=not args.no_print))
    failure = out.failure
    if failure is None:
        return 0
    print(f"conq-desktop: {failure.message()}", file=sys.stderr)
    return failure.exit_code


def _probe(path: Path) -> None:
    """Refuse a PDF file that could not be written before the day is closed: one that
    exists (never replaced), a name too long, a folder that is a file or read-only.
    Creating it and taking it away again is the one test that asks the system."""
    with os_errors_as(CANNOT_WRITE, path=str(path)):
        if path.exists() or path.is_symlink():
            raise UsageError(FILE_THERE, path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("xb"):
            pass
        path.unlink()


@dataclass(frozen=True)
class DayClosed:
    out: SealOutput
    asked_to_print: bool

    def as_text(self) -> str:
        sealed = self.out.sealed
        lines = [
            translate(
                CLOSED,
                day=sealed.day.isoformat(),
                issued=sealed.issued,
                served=sealed.served,
                no_shows=sealed.no_shows,
                out_of_order=sealed.out_of_order,
                with_reason=sealed.out_of_order_with_reason,
            ),
            translate(SEAL_LINE, seq=sealed.seal.seq, payload=sealed.seal.payload),
        ]
        if self.out.pdf is not None:
            lines.append(translate(PDF_WRITTEN, path=str(self.out.pdf)))
        if self.out.printed:
            lines.append(translate(PRINTED, printer=self.out.printer))
        elif self.out.print_error is not None:
            lines.append(translate(NOT_PRINTED))
        elif self.asked_to_print:
            lines.append(translate(NO_PRINTER))
        else:
            lines.append(translate(NOT_ASKED))
        return "\n".join(lines)

    def as_json(self) -> dict[str, Any]:
        out = self.out
        return {
            **out.sealed.as_json(),
            "pdf": str(out.pdf) if out.pdf is not None else None,
            "pdf_error": out.pdf_error.message() if out.pdf_error else None,
            "print": {
                "printer": out.printer,
                "printed": out.printed,
                "error": out.print_error.message() if out.print_error else None,
            },
        }
