"""``booking import`` and ``booking purge`` through the real command line: a CSV and an
ICS file imported, the same file again changes nothing, bad rows each on a line of
stderr with exit status 3 and nothing imported, broken and missing files (2 and 5),
Kyrgyz names kept, and who may."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.helpers.cli import assert_refused, dump, run

RECEPTION = {"CONQ_PIN": "6666"}  # bakyt, the demo centre's receptionist
SUPERVISOR = {"CONQ_PIN": "5555"}  # gulnara
EXIT_USAGE, EXIT_REFUSED, EXIT_NOT_FOUND = 2, 3, 5
# The commands run on the real clock, in a centre open at all hours.
TODAY = datetime.now(ZoneInfo("Asia/Bishkek")).date()
TOMORROW = (TODAY + timedelta(days=1)).isoformat()
YESTERDAY = (TODAY - timedelta(days=1)).isoformat()
NAME = "Айгүл Өмүрбекова"


def import_file(
    url: str, path: Path, *more: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return run("--db", url, "booking", "import", str(path), "--operator", "bakyt", *more,
               env=env or RECEPTION)  # fmt: skip


def listed(url: str) -> list[dict[str, object]]:
    result = run("--db", url, "--json", "booking", "list", "--day", TOMORROW)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["bookings"]


@pytest.fixture
def portal_csv(tmp_path: Path) -> Path:
    path = tmp_path / "tunduk.csv"
    path.write_text(
        "code;service;date;time;ref;name;phone\n"
        f"tk4455;PASSPORT;{TOMORROW};09:00;T-1;{NAME};+996555000111\n"
        f"TK7788;CIVIL;{TOMORROW};09:30;T-2;;\n",
        encoding="utf-8-sig",
    )
    return path


def test_a_csv_file_is_imported_once(centre_db: str, portal_csv: Path) -> None:
    first = import_file(centre_db, portal_csv, "--portal", "tunduk")
    assert first.returncode == 0, first.stderr
    assert "2 new" in first.stdout
    bookings = {b["code"]: b for b in listed(centre_db)}
    assert set(bookings) == {"TK4455", "TK7788"}
    assert bookings["TK4455"]["name"] == NAME and bookings["TK4455"]["source"] == "import"

    before = dump(centre_db)
    again = import_file(centre_db, portal_csv, "--portal", "tunduk", "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == {
        "added": 0,
        "moved": 0,
        "cancelled": 0,
        "unchanged": 2,
        "warnings": [],
    }
    assert dump(centre_db) == before


def test_an_ics_file_is_imported(centre_db: str, tmp_path: Path) -> None:
    day = TOMORROW.replace("-", "")
    path = tmp_path / "earlyone.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Earlyone//EN\r\n"
        f"BEGIN:VEVENT\r\nUID:e-1\r\nDTSTART:{day}T100000\r\n"
        "SUMMARY:Code: EA1234\r\nX-SERVICE:PASSPORT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    result = import_file(centre_db, path, "--portal", "earlyone", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["added"] == 1
    [booking] = listed(centre_db)
    assert (booking["code"], booking["time"], booking["service"]) == ("EA1234", "10:00", "PASSPORT")


def test_bad_rows_are_listed_and_nothing_is_imported(centre_db: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "code,service,date,time\n"
        f"GOOD01,PASSPORT,{TOMORROW},09:00\n"
        f"GOOD02,NOPE,{TOMORROW},09:00\n"
        f"GOOD03,PASSPORT,{YESTERDAY},09:00\n"
        f"GOOD04,PASSPORT,{TOMORROW},25:00\n",
        encoding="utf-8",
    )
    before = dump(centre_db)
    result = import_file(centre_db, path)
    assert result.returncode == EXIT_REFUSED, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("conq-desktop: Nothing was imported: 3 rows")
    assert [line.split(":")[1].strip() for line in lines[1:]] == ["line 3", "line 4", "line 5"]
    assert "NOPE" in lines[1] and YESTERDAY in lines[2] and "25:00" in lines[3]
    assert "Traceback" not in result.stderr
    assert dump(centre_db) == before

    as_json = import_file(centre_db, path, "--json")
    problems = json.loads(as_json.stdout)["problems"]
    assert [problem["line"] for problem in problems] == [3, 4, 5]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("garbage.csv", bytes(range(256))),
        ("headless.csv", b"GOOD01,PASSPORT,2026-12-01,09:00\n"),
        ("cut.ics", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:2026"),
    ],
)
def test_a_broken_file_is_refused(
    centre_db: str, tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = dump(centre_db)
    assert_refused(import_file(centre_db, path), EXIT_USAGE, name)
    assert dump(centre_db) == before


def test_a_missing_file_and_an_operator_are_refused(centre_db: str, portal_csv: Path) -> None:
    before = dump(centre_db)
    assert_refused(
        import_file(centre_db, portal_csv.with_name("nowhere.csv")),
        EXIT_NOT_FOUND,
        "nowhere.csv",
    )
    operator = run("--db", centre_db, "booking", "import", str(portal_csv), "--operator", "aibek",
                   env={"CONQ_PIN": "1111"})  # fmt: skip
    assert_refused(operator, EXIT_REFUSED, "receptionist")
    assert dump(centre_db) == before


def test_purge(centre_db: str, portal_csv: Path) -> None:
    assert import_file(centre_db, portal_csv).returncode == 0
    refused = run("--db", centre_db, "booking", "purge", "--operator", "bakyt", env=RECEPTION)
    assert_refused(refused, EXIT_REFUSED, "supervisor")
    # Tomorrow's bookings are kept: nothing to purge.
    purged = run("--db", centre_db, "--json", "booking", "purge", "--days", "0",
                 "--operator", "gulnara", env=SUPERVISOR)  # fmt: skip
    assert purged.returncode == 0, purged.stderr
    assert json.loads(purged.stdout)["erased"] == 0
    assert listed(centre_db)[0]["name"] == NAME
    text = run("--db", centre_db, "booking", "purge", "--operator", "gulnara", env=SUPERVISOR)
    assert text.returncode == 0 and "0 bookings" in text.stdout, text.stderr
