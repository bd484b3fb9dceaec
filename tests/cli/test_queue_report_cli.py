"""``conq-desktop report daily|period|operators|hourly|waits``: every kind in every
format over a simulated month, and the refusals (an empty period, a period backwards,
an unknown service, an existing or unwritable file, XLSX without openpyxl), each with
its exit status and no file left behind."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from conq_desktop.cli import main as cli_main
from conq_desktop.cli import report_commands
from conq_desktop.db import open_database
from conq_desktop.engine import metrics
from conq_desktop.engine.centre_file import parse_centre_file
from conq_desktop.engine.centre_load import load_centre
from tests.conftest import DEMO_CENTRE
from tests.engine.test_metrics import FIRST, LAST, simulate_month
from tests.helpers import templates
from tests.helpers.cli import assert_refused, run

EXIT_USAGE, EXIT_CONFIG, EXIT_NOT_FOUND, EXIT_EMPTY = 2, 6, 5, 9
DAY = date(2026, 10, 14)  # a Wednesday of the month
KINDS = ("daily", "period", "operators", "hourly", "waits")
TITLES = {
    "daily": "Daily report",
    "period": "Period report",
    "operators": "Operators and windows",
    "hourly": "Arrivals and waits by hour",
    "waits": "Waits",
}


@pytest.fixture
def month_db(tmp_path: Path) -> str:
    """The simulated month of tests/engine/test_metrics.py, made once per test process."""
    url = f"sqlite:///{tmp_path / 'month.sqlite3'}"
    templates.sqlite_copy("metrics-month", _build, url)
    return url


def _build(url: str) -> None:
    db = open_database(url)
    try:
        load_centre(db, parse_centre_file(DEMO_CENTRE))
        simulate_month(db)
    finally:
        db.dispose()


def _report(url: str, kind: str, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    days = ["--day", DAY.isoformat()] if kind == "daily" else [
        "--from", FIRST.isoformat(), "--to", LAST.isoformat()]  # fmt: skip
    return run("--db", url, "report", kind, *days, "--out", str(out), *extra)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_in_every_format(month_db: str, kind: str, tmp_path: Path) -> None:
    db = open_database(month_db)
    try:
        first, last = (DAY, DAY) if kind == "daily" else (FIRST, LAST)
        issued = metrics.summary(db, first, last).totals.issued
    finally:
        db.dispose()
    for suffix in ("csv", "pdf", "xlsx"):
        out = tmp_path / f"{kind}.{suffix}"
        result = _report(month_db, kind, out, "--json")
        assert result.returncode == 0, result.stderr
        answer = json.loads(result.stdout)
        assert (answer["kind"], answer["format"]) == (kind, suffix)
        assert answer["totals"]["issued"] == issued > 0
        if suffix == "csv":
            raw = out.read_bytes()
            assert raw.startswith(b"\xef\xbb\xbf")
            rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
            assert rows[0][0].startswith(TITLES[kind] + ": Bishkek Public Service Centre No. 1")
            assert ["Tickets issued", str(issued)] in rows
        elif suffix == "pdf":
            text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
            assert TITLES[kind] in text and "Page 1 of" in text
        else:
            book = load_workbook(out)
            summary = book.worksheets[0]
            assert summary["A1"].value.startswith(TITLES[kind])
            values = {row[0]: row[1] for row in summary.iter_rows(min_row=5, values_only=True)}
            assert values["Tickets issued"] == issued  # a number, not text
            assert len(book.worksheets) > 1


def test_the_sections_of_each_kind(month_db: str, tmp_path: Path) -> None:
    expected = {
        "daily": ["Per service", "Arrivals per hour", "Per window", "Per operator",
                  "Waits, issue to first call"],
        "period": ["Per service", "Per day", "Waits, issue to first call"],
        "operators": ["Per operator", "Per window"],
        "hourly": ["Arrivals per hour on an average day", "Mean wait by hour of arrival, minutes"],
        "waits": ["Waits, issue to first call", "Waits per service"],
    }  # fmt: skip
    for kind in KINDS:
        out = tmp_path / f"{kind}.csv"
        assert _report(month_db, kind, out).returncode == 0
        rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
        titles = [rows[i + 1][0] for i, row in enumerate(rows[:-1]) if row == []]
        assert titles == ["Summary", *expected[kind]], kind


def test_a_service_filter_and_kyrgyz(month_db: str, tmp_path: Path) -> None:
    out = tmp_path / "waits.pdf"
    result = _report(month_db, "waits", out, "--service", "CIVIL", "--lang", "ky", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["services"] == ["CIVIL"]
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Бишкек ш. №1 Калкты тейлөө борбору" in text and "CIVIL" in text
    assert "PASSPORT" not in text


def test_an_empty_period_is_refused_and_writes_nothing(month_db: str, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    result = run(
        "--db", month_db, "report", "period", "--from", "2025-01-01", "--to", "2025-01-31",
        "--out", str(out),
    )  # fmt: skip
    assert_refused(result, EXIT_EMPTY, "No tickets", "2025-01-01", "2025-01-31")
    assert not out.exists()


def test_a_period_backwards_is_refused(month_db: str, tmp_path: Path) -> None:
    out = tmp_path / "period.csv"
    result = run(
        "--db", month_db, "report", "period", "--from", "2026-10-31", "--to", "2026-10-01",
        "--out", str(out),
    )  # fmt: skip
    assert_refused(result, EXIT_USAGE, "--to 2026-10-01", "--from 2026-10-31")
    assert not out.exists()


def test_a_daily_report_is_one_day(month_db: str, tmp_path: Path) -> None:
    out = tmp_path / "daily.csv"
    result = run(
        "--db", month_db, "report", "daily", "--from", "2026-10-01", "--to", "2026-10-02",
        "--out", str(out),
    )  # fmt: skip
    assert_refused(result, EXIT_USAGE, "--day")
    assert not out.exists()


def test_an_unknown_service_is_refused(month_db: str, tmp_path: Path) -> None:
    out = tmp_path / "period.xlsx"
    result = _report(month_db, "period", out, "--service", "PASSPORT", "--service", "VISA")
    assert_refused(result, EXIT_NOT_FOUND, "VISA")
    assert not out.exists()


def test_an_unwritable_file_is_refused(month_db: str, tmp_path: Path) -> None:
    out = tmp_path / "no such folder" / "hourly.pdf"
    result = _report(month_db, "hourly", out)
    assert_refused(result, EXIT_CONFIG, str(out))
    assert not out.parent.exists()


def test_an_existing_file_needs_force(month_db: str, tmp_path: Path) -> None:
    out = tmp_path / "waits.csv"
    out.write_text("keep me")
    assert_refused(_report(month_db, "waits", out), EXIT_USAGE, "--force")
    assert out.read_text() == "keep me"
    assert _report(month_db, "waits", out, "--force").returncode == 0
    assert out.read_text(encoding="utf-8-sig").startswith("Waits")


def test_xlsx_without_openpyxl_names_the_extra(
    month_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setattr(report_commands, "has_openpyxl", lambda: False)
    out = tmp_path / "period.xlsx"
    status = cli_main.main(
        ["--db", month_db, "report", "period", "--from", "2026-10-01", "--to", "2026-10-31",
         "--out", str(out)]
    )  # fmt: skip
    assert status == EXIT_CONFIG
    assert "conq-desktop[xlsx]" in capsys.readouterr().err
    assert not out.exists()
