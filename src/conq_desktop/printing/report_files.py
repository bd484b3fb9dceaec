"""A report's tables as a CSV file, and any report written whole or not at all: the
one way the command line and the Reports window write the fairness and queue reports
(and the day's seal its PDF)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from conq_desktop.errors import CANNOT_WRITE, os_errors_as


class Table(Protocol):
    """One titled table of a report (``fairness_sections.Section``,
    ``report_sections.Section``)."""

    title: str
    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str


def tables_csv(heading: Iterable[str], tables: Iterable[Table]) -> bytes:
    """The ``heading`` lines, then the tables one after the other, each under its title
    (its note instead of an empty one), in UTF-8 with a byte order mark: Excel then
    reads Kyrgyz letters right."""
    out = io.StringIO()
    writer = csv.writer(out)
    for line in heading:
        writer.writerow([line])
    for table in tables:
        writer.writerow([])
        writer.writerow([table.title])
        if table.rows:
            writer.writerow(table.headings)
            writer.writerows(table.rows)
        else:
            writer.writerow([table.note])
    return out.getvalue().encode("utf-8-sig")


def write_whole(path: Path, content: bytes, *, replace: bool) -> None:
    """``content`` into ``path``; a write that fails half-way leaves no file behind.
    Without ``replace`` an existing file is refused: a report must not silently take
    another file's place (the window's file dialog asks first, and replaces)."""
    created = False
    try:
        with (
            os_errors_as(CANNOT_WRITE, path=str(path)),
            path.open("wb" if replace else "xb") as file,
        ):
            created = True
            file.write(content)
    except Exception:
        if created:
            path.unlink(missing_ok=True)
        raise
