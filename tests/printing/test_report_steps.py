"""A report computed step by step (printing/report_steps.py, the Reports window's work)
gives exactly the figures of ``report_sections.collect`` (the ``report`` command's),
says its progress after each step, and stops between two steps when cancelled."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from conq_desktop.db import Database
from conq_desktop.errors import NotFound, UsageError
from conq_desktop.printing.report_sections import REPORT_KINDS
from conq_desktop.printing.report_steps import (
    ReportCancelled,
    ReportRequest,
    collect,
    compute_report,
    render_report,
    report_steps,
    write_report,
)
from tests.conftest import demo_database
from tests.engine.test_metrics import simulate_month

FIRST, LAST = date(2026, 10, 1), date(2026, 10, 10)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    url = f"sqlite:///{tmp_path_factory.mktemp('steps') / 'queue.sqlite3'}"
    database = demo_database(url)
    simulate_month(database, FIRST, LAST)
    yield database
    database.dispose()


@pytest.mark.parametrize("kind", REPORT_KINDS)
def test_each_kind_gives_the_figures_of_the_report_command(db: Database, kind: str) -> None:
    last = FIRST if kind == "daily" else LAST
    moves: list[tuple[int, int]] = []
    data = compute_report(db, ReportRequest(kind, FIRST, last), lambda *done: moves.append(done))
    assert data == collect(db, kind, FIRST, last)
    total = len(report_steps(db, ReportRequest(kind, FIRST, last)))
    assert moves == [(done, total) for done in range(total + 1)]
    assert total >= 2


def test_one_service_and_an_empty_period(db: Database) -> None:
    request = ReportRequest("waits", FIRST, LAST, ("CIVIL",))
    assert compute_report(db, request) == collect(db, "waits", FIRST, LAST, ["CIVIL"])
    empty = compute_report(db, ReportRequest("period", date(2026, 12, 1), date(2026, 12, 2)))
    assert empty.is_empty and empty.services == [] and empty.days == []


def test_cancelled_between_two_steps(db: Database) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2  # after the second step

    moves: list[tuple[int, int]] = []
    with pytest.raises(ReportCancelled) as raised:
        compute_report(
            db, ReportRequest("daily", FIRST, FIRST), lambda *d: moves.append(d), cancelled
        )
    assert moves[-1][0] == 2 and moves[-1][1] > 2  # stopped before the third of more
    assert raised.value.message("en") == "Cancelled"


def test_the_commands_refusals_come_first(db: Database) -> None:
    with pytest.raises(UsageError, match="ends before it begins"):
        compute_report(db, ReportRequest("period", LAST, FIRST))
    with pytest.raises(UsageError, match="one day"):
        compute_report(db, ReportRequest("daily", FIRST, LAST))
    with pytest.raises(NotFound, match="NOPE"):
        compute_report(db, ReportRequest("period", FIRST, LAST, ("NOPE",)))


def test_a_file_that_cannot_be_written_leaves_nothing(db: Database, tmp_path: Path) -> None:
    data = collect(db, "period", FIRST, LAST)
    content = render_report(data, "ru", "csv")
    write_report(tmp_path / "report.csv", content)
    assert (tmp_path / "report.csv").read_bytes() == content
    assert render_report(data, "en", "pdf").startswith(b"%PDF")
    with pytest.raises(Exception, match="Cannot write"):
        write_report(tmp_path / "missing" / "report.csv", content)
    assert not (tmp_path / "missing").exists()
