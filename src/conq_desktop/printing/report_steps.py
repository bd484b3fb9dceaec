"""A queue report computed step by step, for a window that shows its progress and can
stop it: one step per ``engine.metrics`` query, the same queries
``report_sections.collect`` makes, so the window's tables (``report_sections``) are
those of the CSV, PDF and XLSX files. Between steps the caller's ``cancelled()`` is
asked; a cancelled report raises ``ReportCancelled`` and gives nothing half.

Also the report as file contents (``render_report``) and its safe writing
(``write_report``): what the Reports window's Export… does. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from conq_desktop.db import Database
from conq_desktop.engine import metrics
from conq_desktop.errors import ConqError, UsageError
from conq_desktop.i18n import _
from conq_desktop.printing.report_files import tables_csv, write_whole
from conq_desktop.printing.report_sections import (
    _NEEDS,
    REPORT_KINDS,
    ReportData,
    report_period,
    report_sections,
    report_title,
)

CANCELLED = _("Cancelled")
ENDS_BEFORE = _("The period ends before it begins: --to {last} is before --from {first}.")
ONE_DAY = _("A daily report is one day: give --day DAY only.")

# The figures each part of ``ReportData`` comes from, in the order they are read.
_PARTS: tuple[tuple[str, Callable[..., list[Any]]], ...] = (
    ("services", metrics.by_service),
    ("days", metrics.by_day),
    ("windows", metrics.by_window),
    ("operators", metrics.by_operator),
    ("hours", metrics.by_hour),
    ("load", metrics.hourly_load),
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ReportCancelled(ConqError):
    """The report was stopped between two steps: nothing of it is shown."""

    def __init__(self) -> None:
        super().__init__(CANCELLED)


@dataclass(frozen=True)
class ReportRequest:
    """What a report is asked for: its kind, its days and its services (empty: all)."""

    kind: str
    first: date
    last: date
    services: tuple[str, ...] = ()

    def check(self) -> None:
        """The same refusals as the ``report`` command's, before any reading."""
        if self.kind not in REPORT_KINDS:
            raise ValueError(f"unknown report kind: {self.kind!r}")  # a bug, not a person's
        if self.last < self.first:
            raise UsageError(ENDS_BEFORE, first=self.first.isoformat(), last=self.last.isoformat())
        if self.kind == "daily" and self.last != self.first:
            raise UsageError(ONE_DAY)


@dataclass(frozen=True)
class Step:
    """One unit of work: ``run(data)`` returns the report's figures so far, extended."""

    name: str
    run: Callable[[dict[str, Any]], None]


def report_steps(db: Database, request: ReportRequest) -> list[Step]:
    """The steps of ``request``: the summary first (it refuses an unknown service),
    then one step per query its kind needs. The figures collect in a dict that
    ``finish`` turns into ``ReportData``."""
    first, last, codes = request.first, request.last, list(request.services)

    def summary(data: dict[str, Any]) -> None:
        data["summary"] = metrics.summary(db, first, last, codes)

    steps = [Step("summary", summary)]
    needs = _NEEDS[request.kind]
    for part, function in _PARTS:
        if part not in needs:
            continue

        def read(data: dict[str, Any], part: str = part, function: Any = function) -> None:
            # An empty period needs no more queries: it shows no table.
            if not data["summary"].is_empty:
                data[part] = function(db, first, last, codes)

        steps.append(Step(part, read))
    return steps


def finish(request: ReportRequest, data: dict[str, Any]) -> ReportData:
    """The figures the steps read, as the report's data (``collect``'s result)."""
    summary: metrics.Summary = data["summary"]
    waits = list(summary.waits) if "waits" in _NEEDS[request.kind] else []
    parts = {part: data.get(part, []) for part, _function in _PARTS}
    if summary.is_empty:
        return ReportData(request.kind, summary)
    return ReportData(kind=request.kind, summary=summary, waits=waits, **parts)


def run_steps(
    steps: Iterable[Step],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> dict[str, Any]:
    """Run ``steps`` in order; ``progress(done, total)`` after each, ``cancelled()``
    asked before each and after the last (``ReportCancelled`` then)."""
    steps = list(steps)
    data: dict[str, Any] = {}
    total = len(steps)
    if progress is not None:
        progress(0, total)
    for done, step in enumerate(steps, start=1):
        if cancelled is not None and cancelled():
            raise ReportCancelled
        step.run(data)
        if progress is not None:
            progress(done, total)
    if cancelled is not None and cancelled():
        raise ReportCancelled
    return data


def compute_report(
    db: Database,
    request: ReportRequest,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReportData:
    """``request``'s figures, step by step (the same as ``report_sections.collect``)."""
    request.check()
    return finish(request, run_steps(report_steps(db, request), progress, cancelled))


# ---------------------------------------------------------------- the file

REPORT_FILE_FORMATS = ("pdf", "csv", "xlsx")


def report_csv(data: ReportData, lang: str) -> bytes:
    """The report's tables as CSV (``report --format csv``)."""
    heading = (report_title(data, lang), report_period(data, lang))
    return tables_csv(heading, report_sections(data, lang))


def render_report(data: ReportData, lang: str, fmt: str) -> bytes:
    """The report as a file of format ``fmt`` (pdf, csv, xlsx: the last needs openpyxl)."""
    if fmt == "csv":
        return report_csv(data, lang)
    if fmt == "xlsx":
        from conq_desktop.printing.report_xlsx import render_report_xlsx

        return render_report_xlsx(data, lang)
    from conq_desktop.printing.report_pdf import render_report_pdf

    return render_report_pdf(data, lang)


def write_report(path: Path, content: bytes) -> None:
    """``content`` into ``path``, replacing it (the file dialog asked), whole or not at
    all."""
    write_whole(path, content, replace=True)


def collect(
    db: Database, kind: str, first: date, last: date, services: Iterable[str] | None = None
) -> ReportData:
    """The figures report ``kind`` shows, all at once (the command line's way): an
    unknown service is refused first, an empty period gives an empty report."""
    return compute_report(db, ReportRequest(kind, first, last, tuple(services or ())))
