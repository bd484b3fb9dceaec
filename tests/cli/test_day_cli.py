"""``day close`` through the real command line: the counts and the seal on stdout, the
PDF in the data folder (or where --pdf says), the slip on the printer, a printer
failure that keeps the PDF (status 7), and refusals that change nothing."""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

from tests.helpers.cli import assert_refused, dump, run
from tests.helpers.printer_listener import closed_port, fake_printer

SUPERVISOR = {"CONQ_PIN": "5555"}  # gulnara, the demo centre's supervisor
EXIT_NOT_PRINTED, EXIT_NOTHING_TO_CLOSE = 7, 9


def _busy_day(url: str) -> None:
    for service in ("PASSPORT", "PASSPORT", "CIVIL"):
        assert run("--db", url, "ticket", "issue", service).returncode == 0


def test_close_the_day_and_verify_its_seal_later(centre_db: str) -> None:
    _busy_day(centre_db)
    result = run(
        "--db", centre_db, "--json", "day", "close", "--operator", "gulnara", "--no-print",
        env=SUPERVISOR,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert (answer["issued"], answer["served"], answer["no_shows"]) == (3, 0, 0)
    assert answer["closed_by"]["login"] == "gulnara"
    assert answer["print"] == {"printer": "none", "printed": False, "error": None}
    # By default the PDF goes to the data folder, one file per close.
    pdf = Path(answer["pdf"])
    data = Path(os.environ["CONQ_DATA_DIR"])
    assert pdf.parent == data / "seals"
    assert pdf.name == f"seal-{answer['day']}-{answer['seq']}.pdf"
    text = PdfReader(pdf).pages[0].extract_text()
    assert f"Last event: {answer['seq']}" in text
    payload = answer["seal"]
    assert payload == f"conq-seal:1:{payload.split(':')[2]}:{answer['seq']}:{answer['hash']}"
    # The day goes on; the seal still holds.
    _busy_day(centre_db)
    verified = run("--db", centre_db, "audit", "verify", "--seal", payload)
    assert verified.returncode == 0, verified.stderr
    assert f"seal of event {answer['seq']} holds" in verified.stdout


def test_the_slip_is_printed_and_the_text_says_where_everything_went(
    centre_db: str, tmp_path: Path
) -> None:
    _busy_day(centre_db)
    out = tmp_path / "seal.pdf"
    with fake_printer() as device:
        result = run(
            "--db", centre_db, "--printer", device.uri,
            "day", "close", "--operator", "gulnara", "--pdf", str(out),
            env=SUPERVISOR,
        )  # fmt: skip
        job = device.wait_for_job()
    assert result.returncode == 0, result.stderr
    assert b"\x1dv0" in job  # the slip as a raster image, like the tickets
    lines = result.stdout.splitlines()
    assert "3 tickets issued, 0 served, 0 no-shows" in lines[0]
    assert lines[1].startswith("Seal (event ") and "conq-seal:1:" in lines[1]
    assert lines[2] == f"Seal written to {out}."
    assert lines[3] == f"Printed on {device.uri}."
    assert out.read_bytes().startswith(b"%PDF")


def test_a_dead_printer_keeps_the_pdf_and_says_so(centre_db: str, tmp_path: Path) -> None:
    _busy_day(centre_db)
    out = tmp_path / "seal.pdf"
    dead = f"tcp://127.0.0.1:{closed_port()}"
    result = run(
        "--db", centre_db, "--printer", dead,
        "day", "close", "--operator", "gulnara", "--pdf", str(out),
        env=SUPERVISOR,
    )  # fmt: skip
    assert_refused(result, EXIT_NOT_PRINTED, "127.0.0.1")
    assert "conq-seal:1:" in result.stdout and "NOT printed" in result.stdout
    assert out.read_bytes().startswith(b"%PDF")


def test_refusals_change_nothing(centre_db: str, tmp_path: Path) -> None:
    _busy_day(centre_db)
    before = dump(centre_db)
    # An operator may not close the day.
    result = run(
        "--db", centre_db, "day", "close", "--operator", "aibek", "--no-print",
        env={"CONQ_PIN": "1111"},
    )  # fmt: skip
    assert_refused(result, 3, "supervisor")
    # A day without events.
    result = run(
        "--db", centre_db, "day", "close", "--day", "2020-01-01", "--operator", "gulnara",
        "--no-print", env=SUPERVISOR,
    )  # fmt: skip
    assert_refused(result, EXIT_NOTHING_TO_CLOSE, "2020-01-01")
    # A day to come.
    later = (date.today() + timedelta(days=3)).isoformat()
    result = run(
        "--db", centre_db, "day", "close", "--day", later, "--operator", "gulnara",
        "--no-print", env=SUPERVISOR,
    )  # fmt: skip
    assert_refused(result, 2, later)
    # A PDF that would replace a file: refused before the day is closed.
    taken = tmp_path / "taken.pdf"
    taken.write_bytes(b"keep me")
    result = run(
        "--db", centre_db, "day", "close", "--operator", "gulnara", "--pdf", str(taken),
        env=SUPERVISOR,
    )  # fmt: skip
    assert_refused(result, 2, "already exists")
    assert taken.read_bytes() == b"keep me"
    # A PDF that could not be written: refused before the day is closed, too.
    result = run(
        "--db", centre_db, "day", "close", "--operator", "gulnara",
        "--pdf", str(taken / "seal.pdf"), env=SUPERVISOR,
    )  # fmt: skip
    assert_refused(result, 6, "Cannot write")
    assert dump(centre_db) == before
