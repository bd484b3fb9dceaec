"""``booking reschedule`` and ``booking slip`` through the real command line: a booking
moves with its code; the slip goes to the printer and into a PDF; refusals are one line
with their exit status and change nothing."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from tests.helpers.cli import assert_refused, dump, run
from tests.helpers.printer_listener import closed_port, fake_printer

RECEPTION = {"CONQ_PIN": "6666"}  # bakyt, the demo centre's receptionist
EXIT_USAGE, EXIT_REFUSED, EXIT_NOT_FOUND, EXIT_NOT_PRINTED = 2, 3, 5, 7
# The commands run on the real clock: tomorrow, centre time, is within the horizon.
TOMORROW = datetime.now(ZoneInfo("Asia/Bishkek")).date() + timedelta(days=1)
LATER = (TOMORROW + timedelta(days=1)).isoformat()
QR_STORE = b"\x1d(k"


def _add(url: str, time: str = "09:00") -> dict:
    added = run(
        "--db", url, "--json", "booking", "add", "--service", "PASSPORT",
        "--day", TOMORROW.isoformat(), "--time", time, "--operator", "bakyt", env=RECEPTION,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    return json.loads(added.stdout)


def _reschedule(url: str, code: str, day: str, time: str, *more: str, env: dict | None = None):
    return run(
        "--db", url, *more, "booking", "reschedule", code, "--day", day, "--time", time,
        "--operator", "bakyt", env=env or RECEPTION,
    )  # fmt: skip


def test_a_booking_moves_with_its_code(centre_db: str) -> None:
    booking = _add(centre_db)
    moved = _reschedule(centre_db, booking["code"].lower(), LATER, "10:30", "--json")
    assert moved.returncode == 0, moved.stderr
    after = json.loads(moved.stdout)
    assert (after["code"], after["day"], after["time"]) == (booking["code"], LATER, "10:30")
    assert after["status"] == "booked"
    listed = json.loads(run("--db", centre_db, "--json", "booking", "list", "--day", LATER).stdout)
    assert [(b["code"], b["time"]) for b in listed["bookings"]] == [(booking["code"], "10:30")]
    said = _reschedule(centre_db, booking["code"], LATER, "11:00")
    assert said.returncode == 0, said.stderr
    assert said.stdout.strip() == (
        f"Booking {booking['code']} moved to {LATER} at 11:00 (PASSPORT)."
    )


def test_reschedule_refusals_change_nothing(centre_db: str) -> None:
    code = _add(centre_db)["code"]
    before = dump(centre_db)
    day = TOMORROW.isoformat()
    assert_refused(_reschedule(centre_db, code, day, "09:00"), EXIT_REFUSED, code)
    assert_refused(_reschedule(centre_db, "ZZZZZZ", day, "10:00"), EXIT_NOT_FOUND, "ZZZZZZ")
    # Mistyped values: argparse's usage and one error line, status 2.
    for bad in (_reschedule(centre_db, code, day, "25:00"),
                _reschedule(centre_db, code, "2026-13-01", "10:00")):  # fmt: skip
        assert bad.returncode == EXIT_USAGE, bad.stderr
        assert "Traceback" not in bad.stderr
    assert_refused(_reschedule(centre_db, code, day, "10:07"), EXIT_REFUSED)  # not a slot
    operator = run(
        "--db", centre_db, "booking", "reschedule", code, "--day", day, "--time", "10:00",
        "--operator", "aibek", env={"CONQ_PIN": "1111"},
    )  # fmt: skip
    assert_refused(operator, EXIT_REFUSED, "receptionist")
    assert dump(centre_db) == before


def test_the_slip_as_a_pdf_in_the_visitors_language(centre_db: str, tmp_path: Path) -> None:
    code = _add(centre_db)["code"]
    path = tmp_path / "slip.pdf"
    written = run("--db", centre_db, "booking", "slip", code, "--pdf", str(path), "--no-print")
    assert written.returncode == 0, written.stderr
    assert written.stdout.strip() == f"Slip of {code} written to {path}."
    text = PdfReader(path).pages[0].extract_text()
    # Kyrgyz unless asked otherwise: the centre's first kiosk language.
    assert code in text and "Паспорт жана ID-карта" in text
    assert TOMORROW.strftime("%d.%m.%Y") in text and "09:00" in text
    russian = run(
        "--db", centre_db, "--json", "booking", "slip", code, "--pdf", str(path), "--no-print",
        "--lang", "ru",
    )  # fmt: skip
    assert russian.returncode == 0, russian.stderr
    assert json.loads(russian.stdout)["lang"] == "ru"
    assert "Паспорт и ID-карта" in PdfReader(path).pages[0].extract_text()


def test_the_slip_on_the_ticket_printer(centre_db: str, tmp_path: Path) -> None:
    code = _add(centre_db)["code"]
    with fake_printer() as device:
        printed = run(
            "--db", centre_db, "--printer", device.uri, "--json", "booking", "slip", code,
        )  # fmt: skip
        job = device.wait_for_job()
    assert printed.returncode == 0, printed.stderr
    out = json.loads(printed.stdout)
    assert out["print"] == {"printer": device.uri, "printed": True, "error": None}
    assert out["code"] == code and out["pdf"] is None
    # The tickets' renderer: initialised, the slip as an image, cut.
    assert job.index(b"\x1b@") < job.index(b"\x1dv0") < job.rindex(b"\x1dV")

    # A dead printer: status 7, one line, and the PDF asked for is written all the same.
    path = tmp_path / "slip.pdf"
    dead = run(
        "--db", centre_db, "--printer", f"tcp://127.0.0.1:{closed_port()}", "booking", "slip",
        code, "--pdf", str(path),
    )  # fmt: skip
    assert_refused(dead, EXIT_NOT_PRINTED)
    assert f"The slip of {code} was NOT printed." in dead.stdout
    assert code in PdfReader(path).pages[0].extract_text()


def test_slip_refusals(centre_db: str) -> None:
    code = _add(centre_db)["code"]
    assert_refused(
        run("--db", centre_db, "booking", "slip", code, "--no-print"), EXIT_USAGE, "--pdf"
    )
    assert_refused(
        run("--db", centre_db, "booking", "slip", "ZZZZZZ", "--no-print", "--pdf", "x.pdf"),
        EXIT_NOT_FOUND,
        "ZZZZZZ",
    )
    cancelled = run("--db", centre_db, "booking", "cancel", code, "--operator", "bakyt",
                    env=RECEPTION)  # fmt: skip
    assert cancelled.returncode == 0, cancelled.stderr
    assert_refused(
        run("--db", centre_db, "booking", "slip", code, "--no-print", "--pdf", "x.pdf"),
        EXIT_REFUSED,
        "cancelled",
    )
