"""Printing from the command line, against a listener standing in for the printer."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from tests.helpers.cli import run
from tests.helpers.printer_listener import closed_port, fake_printer

EXIT_NOT_PRINTED = 7


def test_issue_and_print(centre_db: str) -> None:
    with fake_printer() as device:
        result = run(
            "--db",
            centre_db,
            "--printer",
            device.uri,
            "--json",
            "ticket",
            "issue",
            "PASSPORT",
            "--print",
        )
        job = device.wait_for_job()
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["ticket"]["number"] == "А-001"
    assert answer["print"] == {"printer": device.uri, "printed": True, "error": None}
    assert job.count(b"\x1b@") >= 1 and b"\x1dv0" in job


def test_failed_print_keeps_the_ticket_and_says_so(centre_db: str) -> None:
    dead = f"tcp://127.0.0.1:{closed_port()}"
    result = run("--db", centre_db, "--printer", dead, "ticket", "issue", "PENSION", "--print")
    assert result.returncode == EXIT_NOT_PRINTED
    assert "Г-001" in result.stdout and "NOT printed" in result.stdout
    assert "unreachable" in result.stderr and "Traceback" not in result.stderr
    shown = run("--db", centre_db, "--json", "ticket", "show", "Г-001")
    assert json.loads(shown.stdout)["status"] == "waiting"
    with fake_printer() as device:
        again = run(
            "--db",
            centre_db,
            "--printer",
            device.uri,
            "ticket",
            "reprint",
            "Г-001",
            "--operator",
            "bakyt",
            "--pin",
            "6666",
        )
        device.wait_for_job()
    assert again.returncode == 0, again.stderr
    status = json.loads(run("--db", centre_db, "--json", "status").stdout)
    assert sum(queue["waiting"] for queue in status["services"]) == 1


def test_print_test_page_issues_nothing(centre_db: str) -> None:
    with fake_printer() as device:
        result = run("--db", centre_db, "--printer", device.uri, "print", "test")
        device.wait_for_job()
    assert result.returncode == 0, result.stderr
    status = json.loads(run("--db", centre_db, "--json", "status").stdout)
    assert sum(queue["waiting"] for queue in status["services"]) == 0
    dead = run("--db", centre_db, "--printer", f"tcp://127.0.0.1:{closed_port()}", "print", "test")
    assert dead.returncode == EXIT_NOT_PRINTED and "unreachable" in dead.stderr
    # A sample is not in the queue: no "reprint" advice pointing at a ticket that is not there.
    assert "test ticket was NOT printed" in dead.stdout and "reprint" not in dead.stdout


def test_ticket_pdf(centre_db: str, tmp_path: Path) -> None:
    run("--db", centre_db, "ticket", "issue", "PROPERTY")
    out = tmp_path / "ticket.pdf"
    result = run("--db", centre_db, "ticket", "pdf", "В-001", "--out", str(out))
    assert result.returncode == 2 and "--operator" in result.stderr  # a copy needs a role
    assert not out.exists()
    result = run(
        "--db", centre_db, "ticket", "pdf", "В-001", "--out", str(out),
        "--operator", "bakyt", "--pin", "6666",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = PdfReader(out).pages[0].extract_text()
    assert "В-001" in text and "Кыймылсыз мүлк" in text


def test_bad_printer_setting_refuses_before_issuing(centre_db: str) -> None:
    result = run("--db", centre_db, "--printer", "lpt1", "ticket", "issue", "PASSPORT", "--print")
    assert result.returncode == 6 and "printer address is not valid" in result.stderr
    status = json.loads(run("--db", centre_db, "--json", "status").stdout)
    assert sum(queue["waiting"] for queue in status["services"]) == 0
