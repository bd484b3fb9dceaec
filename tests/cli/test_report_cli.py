"""``conq-desktop report fairness``: the order of service as CSV or PDF, and the
refusals (a period backwards, an existing or unwritable file)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from conq_desktop.db import open_database
from conq_desktop.engine import QueueEngine
from tests.helpers.cli import assert_refused, dump, run

EXIT_USAGE, EXIT_CONFIG = 2, 6
REASON = "Ардагер: ң ө ү"


@pytest.fixture
def skipped_day(staffed_db: str) -> tuple[str, date]:
    """Three passport tickets; the third called first, out of order, with a Kyrgyz
    reason; the first by ``call_next``."""
    db = open_database(staffed_db)
    try:
        engine = QueueEngine(db)
        for _ in range(3):
            engine.issue("PASSPORT")
        engine.call_specific(1, "А-003", REASON)
        engine.start(1)
        engine.finish(1)
        engine.call_next(1)
        today = engine.today()
    finally:
        db.dispose()
    return staffed_db, today


def _report(
    url: str, first: date, last: date, out: Path, *extra: str
) -> subprocess.CompletedProcess[str]:
    return run(
        "--db", url, "report", "fairness", "--from", first.isoformat(),
        "--to", last.isoformat(), "--out", str(out), *extra,
    )  # fmt: skip


def test_csv_lists_the_call_out_of_order_with_its_reason(
    skipped_day: tuple[str, date], tmp_path: Path
) -> None:
    url, today = skipped_day
    out = tmp_path / "fairness.csv"
    result = _report(url, today, today, out, "--json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["format"] == "csv" and not answer["empty"]
    assert [call["number"] for call in answer["out_of_order"]] == ["А-003"]
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0].startswith("Fairness report: Bishkek Public Service Centre No. 1")
    start = rows.index(["Calls out of order"])
    assert rows[start + 1][:3] == ["Time", "Ticket", "Service"]
    call = rows[start + 2]
    # The service as staff call it, in the report's language (the code is for scripts).
    assert call[1:4] == ["А-003", "Passport and ID card", "1"]
    assert answer["out_of_order"][0]["service"] == "PASSPORT"
    assert REASON in call and call[-2:] == ["2", "А-001, А-002"]
    operators = rows.index(["Calls per operator"])
    aibek = rows[operators + 2]
    assert aibek[0].endswith("(aibek)") and aibek[1:] == ["2", "1"]  # two calls, one skipping


def test_pdf_in_kyrgyz_has_the_title_the_tables_and_page_numbers(
    skipped_day: tuple[str, date], tmp_path: Path
) -> None:
    url, today = skipped_day
    out = tmp_path / "fairness.pdf"
    result = _report(url, today, today, out, "--lang", "ky")
    assert result.returncode == 0, result.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Бишкек ш. №1 Калкты тейлөө борбору" in text
    assert "Кезектен тышкары чакыруулар" in text and "1-бет, бардыгы 1" in text
    assert "А-003" in text and REASON in text
    assert today.isoformat() in text


def test_a_day_without_events_gives_an_empty_valid_report(staffed_db: str, tmp_path: Path) -> None:
    day = date(2020, 1, 1)
    for kind in ("pdf", "csv"):
        out = tmp_path / f"empty.{kind}"
        result = _report(staffed_db, day, day, out, "--format", kind)
        assert result.returncode == 0, result.stderr
        assert "Nothing happened" in result.stdout
        if kind == "pdf":
            assert "Nothing happened" in PdfReader(out).pages[0].extract_text()
        else:
            assert "Nothing happened" in out.read_text(encoding="utf-8-sig")


def test_a_period_that_ends_before_it_begins_is_refused(staffed_db: str, tmp_path: Path) -> None:
    out = tmp_path / "fairness.pdf"
    day = date(2026, 11, 24)
    result = _report(staffed_db, day, day - timedelta(days=1), out)
    assert_refused(result, EXIT_USAGE, "--to 2026-11-23", "--from 2026-11-24")
    assert not out.exists()


def test_a_day_that_is_not_a_day_is_refused(staffed_db: str, tmp_path: Path) -> None:
    out = tmp_path / "fairness.pdf"
    result = run(
        "--db", staffed_db, "report", "fairness", "--from", "24.11.2026",
        "--to", "2026-11-24", "--out", str(out),
    )  # fmt: skip
    assert result.returncode == EXIT_USAGE and "YYYY-MM-DD" in result.stderr
    assert not out.exists()


def test_an_existing_file_is_kept_unless_forced(
    skipped_day: tuple[str, date], tmp_path: Path
) -> None:
    url, today = skipped_day
    out = tmp_path / "fairness.csv"
    out.write_text("keep me\n", encoding="utf-8")
    before = dump(url)
    result = _report(url, today, today, out)
    assert_refused(result, EXIT_USAGE, "already exists", "--force")
    assert out.read_text(encoding="utf-8") == "keep me\n"
    assert _report(url, today, today, out, "--force").returncode == 0
    assert "А-003" in out.read_text(encoding="utf-8-sig")
    assert dump(url) == before  # a report reads, it never writes


def test_an_unwritable_file_is_refused(staffed_db: str, tmp_path: Path) -> None:
    for out in (tmp_path / "no such folder" / "fairness.pdf", tmp_path):
        result = _report(staffed_db, date(2026, 11, 24), date(2026, 11, 24), out, "--force")
        assert_refused(result, EXIT_CONFIG, "Cannot write", str(out))
    assert not (tmp_path / "no such folder").exists()
