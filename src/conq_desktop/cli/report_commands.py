"""``report fairness``: the order of service over local days, as a PDF or a CSV file.

Read-only (no PIN): it reads the history through ``engine.fairness`` and writes one
file. A bad period, an existing file (without ``--force``) or a file that cannot be
written is refused with one line and nothing is written.
"""

from __future__ import annotations

import argparse
import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from conq_desktop import backup
from conq_desktop.cli.commands import Context
from conq_desktop.engine.fairness import FairnessReport, fairness_report
from conq_desktop.errors import UsageError, os_errors_as
from conq_desktop.i18n import _, current_language, translate
from conq_desktop.printing.fairness_sections import (
    empty_note,
    report_period,
    report_sections,
    report_title,
)

REPORT_FORMATS = ("pdf", "csv")


def parse_day(text: str) -> date:
    """A day as YYYY-MM-DD (argparse's type for --from and --to)."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day (YYYY-MM-DD): {text!r}") from None


def report_fairness(args: argparse.Namespace, ctx: Context) -> FairnessWritten:
    first, last = args.first, args.last
    if last < first:
        raise UsageError(
            _("The period ends before it begins: --to {last} is before --from {first}."),
            first=first.isoformat(),
            last=last.isoformat(),
        )
    if not args.out.strip():
        raise UsageError(_("“{key}” is empty"), key="--out")
    path = Path(args.out)
    kind = args.format or ("csv" if path.suffix.lower() == ".csv" else "pdf")
    with os_errors_as(backup.CANNOT_WRITE, path=str(path)):  # a name too long, say
        there = path.exists() or path.is_symlink()
    if there and not args.force:
        raise UsageError(backup.ALREADY_THERE, path=str(path))
    report = fairness_report(ctx.db(), first, last)
    lang = current_language()
    if kind == "csv":
        data = fairness_csv(report, lang)
    else:
        # reportlab only when a PDF is asked for: every other command starts faster.
        from conq_desktop.printing.fairness_pdf import render_fairness_pdf

        data = render_fairness_pdf(report, lang)
    _write(path, data, force=args.force)
    return FairnessWritten(path, kind, report)


def fairness_csv(report: FairnessReport, lang: str) -> bytes:
    """The report's tables one after the other, each under its title, in UTF-8 with a
    byte order mark (Excel then reads Kyrgyz letters right)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([report_title(report, lang)])
    writer.writerow([report_period(report, lang)])
    note = empty_note(report, lang)
    if note:
        writer.writerow([note])
    for section in report_sections(report, lang):
        writer.writerow([])
        writer.writerow([section.title])
        if section.rows:
            writer.writerow(section.headings)
            writer.writerows(section.rows)
        else:
            writer.writerow([section.note])
    return out.getvalue().encode("utf-8-sig")


def _write(path: Path, data: bytes, *, force: bool) -> None:
    """``data`` into ``path``; a write that fails half-way leaves no file behind."""
    created = False
    try:
        # "x" unless --force: a report must not silently replace another file.
        with (
            os_errors_as(backup.CANNOT_WRITE, path=str(path)),
            path.open("wb" if force else "xb") as file,
        ):
            created = True
            file.write(data)
    except Exception:
        if created:
            path.unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class FairnessWritten:
    path: Path
    format: str
    report: FairnessReport

    def as_text(self) -> str:
        lines = [
            translate(
                _("Fairness report written to {path}: {count} calls out of order."),
                path=str(self.path),
                count=len(self.report.out_of_order),
            )
        ]
        note = empty_note(self.report, current_language())
        if note:
            lines.append(note)
        return "\n".join(lines)

    def as_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "format": self.format,
            "empty": self.report.is_empty,
            **self.report.as_json(),
        }
