"""``report fairness``: the order of service over local days, as a PDF or a CSV file;
``report daily|period|operators|hourly|waits``: the queue's figures (engine/metrics.py,
docs/metrics.md) as a PDF, CSV or XLSX file.

Read-only (no PIN): it reads the history through ``engine.fairness`` and writes one
file. A bad period, an existing file (without ``--force``) or a file that cannot be
written is refused with one line and nothing is written.
"""

from __future__ import annotations

import argparse
import importlib.util
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from conq_desktop import backup
from conq_desktop.cli.commands import Context
from conq_desktop.engine.fairness import FairnessReport, fairness_report
from conq_desktop.errors import CANNOT_WRITE, ConfigError, ConqError, UsageError, os_errors_as
from conq_desktop.i18n import _, current_language, translate
from conq_desktop.printing.fairness_sections import (
    empty_note,
    report_period,
    report_sections,
    report_title,
)
from conq_desktop.printing.report_files import tables_csv, write_whole
from conq_desktop.printing.report_sections import REPORT_KINDS, ReportData
from conq_desktop.printing.report_steps import (
    ENDS_BEFORE,
    ReportRequest,
    compute_report,
    render_report,
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
        raise UsageError(ENDS_BEFORE, first=first.isoformat(), last=last.isoformat())
    path, kind = _output(args, {".csv": "csv"})
    report = fairness_report(ctx.db(), first, last)
    lang = current_language()
    if kind == "csv":
        data = fairness_csv(report, lang)
    else:
        # reportlab only when a PDF is asked for: every other command starts faster.
        from conq_desktop.printing.fairness_pdf import render_fairness_pdf

        data = render_fairness_pdf(report, lang)
    write_whole(path, data, replace=args.force)
    return FairnessWritten(path, kind, report)


def _output(args: argparse.Namespace, endings: dict[str, str]) -> tuple[Path, str]:
    """``--out`` and the format (``--format``, else the file's ending, else PDF), checked
    before any work: an empty name, or a file already there without ``--force``."""
    if not args.out.strip():
        raise UsageError(_("“{key}” is empty"), key="--out")
    path = Path(args.out)
    kind = args.format or endings.get(path.suffix.lower(), "pdf")
    with os_errors_as(CANNOT_WRITE, path=str(path)):  # a name too long, say
        there = path.exists() or path.is_symlink()
    if there and not args.force:
        raise UsageError(backup.ALREADY_THERE, path=str(path))
    return path, kind


def fairness_csv(report: FairnessReport, lang: str) -> bytes:
    """The report's tables as CSV, under its title, period and (empty period) note."""
    heading = [report_title(report, lang), report_period(report, lang)]
    heading += [note] if (note := empty_note(report, lang)) else []
    return tables_csv(heading, report_sections(report, lang))


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


# ---------------------------------------------------------------- the queue reports

QUEUE_FORMATS = ("pdf", "csv", "xlsx")
XLSX_MISSING = _(
    "Writing XLSX needs the openpyxl package: install the xlsx extra "
    '(pip install "conq-desktop[xlsx]"), or choose --format csv or pdf.'
)


class NothingToReport(ConqError):
    """The period has no ticket: no file is written (exit status 9, as a day to close
    without events)."""

    exit_code = 9


def add_queue_reports(group: Any, verb: Callable[..., argparse.ArgumentParser]) -> None:
    """The ``report daily|period|operators|hourly|waits`` commands, under ``report``
    (``verb`` is cli.main's: it adds the common options and the handler)."""
    helps = {
        "daily": "one day's figures: per service, window, operator and hour, and the waits",
        "period": "a period's figures per service and per day, and the waits",
        "operators": "calls, visitors served and time serving per operator and window",
        "hourly": "arrivals and mean waits by hour and weekday (heat maps)",
        "waits": "how long visitors waited, issue to first call, overall and per service",
    }
    for kind in REPORT_KINDS:
        sub = verb(group, kind, report_queue, f"{helps[kind]} (read-only)")
        sub.set_defaults(kind=kind)
        if kind == "daily":
            days = sub.add_mutually_exclusive_group(required=True)
            days.add_argument(
                "--day", dest="first", type=parse_day, metavar="DAY", help="the day (YYYY-MM-DD)"
            )
            days.add_argument(
                "--from", dest="first", type=parse_day, metavar="DAY", help="the same as --day"
            )
            sub.add_argument(
                "--to", dest="last", type=parse_day, metavar="DAY", help=argparse.SUPPRESS
            )
        else:
            sub.add_argument("--from", dest="first", required=True, type=parse_day, metavar="DAY")
            sub.add_argument("--to", dest="last", required=True, type=parse_day, metavar="DAY")
        sub.add_argument(
            "--service",
            dest="services",
            action="append",
            metavar="CODE",
            help="only this service (repeatable; default: every service)",
        )
        sub.add_argument(
            "--format", choices=QUEUE_FORMATS, help="pdf, csv or xlsx (default: from FILE's name)"
        )
        sub.add_argument("--out", required=True, metavar="FILE", help="the file to write")
        sub.add_argument("--force", action="store_true", help="overwrite FILE if it exists")


def report_queue(args: argparse.Namespace, ctx: Context) -> ReportWritten:
    first = args.first
    last = args.last if args.last is not None else first
    request = ReportRequest(args.kind, first, last, tuple(args.services or ()))
    request.check()  # the Reports window's refusals, in the same words
    path, kind = _output(args, {".csv": "csv", ".xlsx": "xlsx"})
    if kind == "xlsx" and not has_openpyxl():
        raise ConfigError(XLSX_MISSING)
    data = compute_report(ctx.db(), request)
    if data.is_empty:
        raise NothingToReport(
            _("No tickets were issued from {first} to {last}: there is nothing to report."),
            first=first.isoformat(),
            last=last.isoformat(),
        )
    content = render_report(data, current_language(), kind)
    write_whole(path, content, replace=args.force)
    return ReportWritten(path, kind, data)


def has_openpyxl() -> bool:
    """Whether the optional ``xlsx`` extra is installed (asked before any work)."""
    return importlib.util.find_spec("openpyxl") is not None


@dataclass(frozen=True)
class ReportWritten:
    path: Path
    format: str
    data: ReportData

    def as_text(self) -> str:
        return translate(_("Report written to {path}."), path=str(self.path))

    def as_json(self) -> dict[str, Any]:
        summary = self.data.summary
        totals = summary.totals
        return {
            "path": str(self.path),
            "format": self.format,
            "kind": self.data.kind,
            "from": summary.period.first.isoformat(),
            "to": summary.period.last.isoformat(),
            "timezone": summary.period.timezone,
            "services": list(summary.period.services),
            "totals": {
                **asdict(totals),
                "no_show_rate": totals.no_show_rate,
                "within_target_share": totals.within_target_share,
            },
            "median_wait_minutes": summary.median_wait_minutes,
            "p90_wait_minutes": summary.p90_wait_minutes,
        }
