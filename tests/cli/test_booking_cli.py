"""``booking slots|add|cancel|list`` through the real command line: slots with places
left, a booking and its code, cancelling, the list; refusals are one line with their
exit status and change nothing."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from conq_desktop.engine.bookings import CODE_ALPHABET
from tests.helpers.cli import assert_refused, dump, run

RECEPTION = {"CONQ_PIN": "6666"}  # bakyt, the demo centre's receptionist
EXIT_USAGE, EXIT_REFUSED, EXIT_NOT_FOUND = 2, 3, 5
# The commands run on the real clock: tomorrow, centre time, is within the horizon.
TOMORROW = (datetime.now(ZoneInfo("Asia/Bishkek")).date() + timedelta(days=1)).isoformat()


def _add(url: str, *more: str, env: dict[str, str] | None = None) -> object:
    return run(
        "--db", url, "--json", "booking", "add", "--service", "PASSPORT", "--day", TOMORROW,
        "--time", "09:00", "--operator", "bakyt", *more, env=env or RECEPTION,
    )  # fmt: skip


def test_book_list_and_cancel(centre_db: str) -> None:
    slots = run("--db", centre_db, "--json", "booking", "slots", "--service", "PASSPORT",
                "--day", TOMORROW)  # fmt: skip
    assert slots.returncode == 0, slots.stderr
    nine = next(s for s in json.loads(slots.stdout)["slots"] if s["time"] == "09:00")
    assert nine == {"time": "09:00", "capacity": 2, "booked": 0, "left": 2}

    added = _add(centre_db, "--name", "Aida", "--id-digits", "4321")
    assert added.returncode == 0, added.stderr
    booking = json.loads(added.stdout)
    assert set(booking["code"]) <= set(CODE_ALPHABET)
    assert (booking["service"], booking["day"], booking["time"]) == ("PASSPORT", TOMORROW, "09:00")
    assert (booking["name"], booking["id_digits"], booking["status"]) == ("Aida", "4321", "booked")

    listed = run("--db", centre_db, "booking", "list", "--day", TOMORROW)
    assert listed.returncode == 0, listed.stderr
    assert booking["code"] in listed.stdout and "Aida" in listed.stdout

    cancelled = run(
        "--db", centre_db, "booking", "cancel", booking["code"], "--operator", "bakyt",
        env=RECEPTION,
    )  # fmt: skip
    assert cancelled.returncode == 0, cancelled.stderr
    assert booking["code"] in cancelled.stdout
    listed = json.loads(
        run("--db", centre_db, "--json", "booking", "list", "--day", TOMORROW).stdout
    )
    assert [b["status"] for b in listed["bookings"]] == ["cancelled"]


def test_a_full_slot_is_refused_and_nothing_changes(centre_db: str) -> None:
    for _ in range(2):
        assert _add(centre_db).returncode == 0
    before = dump(centre_db)
    assert_refused(_add(centre_db), EXIT_REFUSED, "full")
    assert dump(centre_db) == before


def test_refusals(centre_db: str) -> None:
    before = dump(centre_db)
    # An operator may not book.
    assert_refused(
        run("--db", centre_db, "booking", "add", "--service", "PASSPORT", "--day", TOMORROW,
            "--time", "09:00", "--operator", "aibek", env={"CONQ_PIN": "1111"}),
        EXIT_REFUSED,
        "receptionist",
    )  # fmt: skip
    assert_refused(_add(centre_db, "--id-digits", "12ab"), EXIT_USAGE)
    assert_refused(
        run("--db", centre_db, "booking", "slots", "--service", "NOPE", "--day", TOMORROW),
        EXIT_NOT_FOUND,
        "NOPE",
    )
    assert_refused(
        run("--db", centre_db, "booking", "cancel", "ZZZZZZ", "--operator", "bakyt",
            env=RECEPTION),
        EXIT_NOT_FOUND,
        "ZZZZZZ",
    )  # fmt: skip
    far = (datetime.now(ZoneInfo("Asia/Bishkek")).date() + timedelta(days=40)).isoformat()
    assert_refused(
        run("--db", centre_db, "booking", "add", "--service", "PASSPORT", "--day", far,
            "--time", "09:00", "--operator", "bakyt", env=RECEPTION),
        EXIT_REFUSED,
        "14 days",
    )  # fmt: skip
    bad_time = run("--db", centre_db, "booking", "add", "--service", "PASSPORT", "--day",
                   TOMORROW, "--time", "9h", "--operator", "bakyt", env=RECEPTION)  # fmt: skip
    assert bad_time.returncode == EXIT_USAGE
    assert dump(centre_db) == before


def test_slots_as_text(centre_db: str) -> None:
    shown = run("--db", centre_db, "booking", "slots", "--service", "PASSPORT", "--day", TOMORROW)
    assert shown.returncode == 0, shown.stderr
    assert "09:00  2 of 2 free" in shown.stdout.splitlines()
    yesterday = (datetime.now(ZoneInfo("Asia/Bishkek")).date() - timedelta(days=1)).isoformat()
    past = run("--db", centre_db, "booking", "slots", "--service", "PASSPORT", "--day", yesterday)
    assert past.returncode == 0, past.stderr
    assert past.stdout.strip() == f"No slots to book for PASSPORT on {yesterday}."
    empty = run("--db", centre_db, "booking", "list", "--day", TOMORROW, "--service", "CIVIL")
    assert empty.stdout.strip() == f"No bookings on {TOMORROW}."
