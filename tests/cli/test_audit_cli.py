"""``audit verify`` and ``audit seal`` through the real command line: read-only, no PIN,
a clear message and status 8 for a broken history, status 2 for a bad seal."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from tests.helpers.cli import assert_refused, dump, ok_json, run

RELEASES = Path(__file__).parents[1] / "fixtures" / "releases"
EXIT_BROKEN = 8


def _queue(url: str) -> None:
    for _ in range(3):
        assert run("--db", url, "ticket", "issue", "PASSPORT").returncode == 0


def test_an_untouched_history_verifies(centre_db: str) -> None:
    _queue(centre_db)
    before = dump(centre_db)
    result = run("--db", centre_db, "audit", "verify")
    assert result.returncode == 0, result.stderr
    assert "intact: 4 events checked" in result.stdout
    report = ok_json("--db", centre_db, "audit", "verify")
    assert report["intact"] and report["checked"] == 4 and report["last_seq"] == 4
    assert report["problem"] is None
    assert dump(centre_db) == before


def test_an_edited_event_is_named_with_status_8(centre_db: str) -> None:
    _queue(centre_db)
    connection = sqlite3.connect(centre_db.removeprefix("sqlite:///"))
    connection.execute("UPDATE ticket_events SET kind = 'cancelled' WHERE seq = 3")
    connection.commit()
    connection.close()
    result = run("--db", centre_db, "audit", "verify")
    assert_refused(result, EXIT_BROKEN, "event 3", "edited")
    assert result.stdout == ""
    result = run("--db", centre_db, "audit", "verify", "--json")
    assert result.returncode == EXIT_BROKEN
    report = json.loads(result.stdout)
    assert report["intact"] is False
    assert report["problem"]["seq"] == 3 and report["problem"]["kind"] == "edited"


def test_messages_in_the_users_language(centre_db: str) -> None:
    _queue(centre_db)
    connection = sqlite3.connect(centre_db.removeprefix("sqlite:///"))
    connection.execute("DELETE FROM ticket_events WHERE seq = 2")
    connection.commit()
    connection.close()
    english = run("--db", centre_db, "audit", "verify")
    russian = run("--db", centre_db, "--lang", "ru", "audit", "verify")
    assert_refused(english, EXIT_BROKEN, "event 2", "deleted")
    assert_refused(russian, EXIT_BROKEN, "2")
    assert russian.stderr != english.stderr


def test_seal_and_verify_with_it(centre_db: str) -> None:
    _queue(centre_db)
    seal = run("--db", centre_db, "audit", "seal")
    assert seal.returncode == 0, seal.stderr
    payload = seal.stdout.strip()
    assert payload.startswith("conq-seal:1:") and payload.split(":")[3] == "4"
    assert ok_json("--db", centre_db, "audit", "seal")["payload"] == payload
    _queue(centre_db)
    result = run("--db", centre_db, "audit", "verify", "--seal", payload)
    assert result.returncode == 0, result.stderr
    assert "seal of event 4 holds" in result.stdout


def test_bad_seals_change_nothing(centre_db: str) -> None:
    _queue(centre_db)
    payload = run("--db", centre_db, "audit", "seal").stdout.strip()
    prefix, version, centre, seq, digest = payload.split(":")
    before = dump(centre_db)
    other = ":".join((prefix, version, "f" * 32, seq, digest))
    assert_refused(run("--db", centre_db, "audit", "verify", "--seal", other), 2, "another centre")
    assert_refused(
        run("--db", centre_db, "audit", "verify", "--seal", payload[:-10]), 2, "not a seal"
    )
    beyond = ":".join((prefix, version, centre, "99", digest))
    assert_refused(run("--db", centre_db, "audit", "verify", "--seal", beyond), EXIT_BROKEN, "99")
    assert dump(centre_db) == before


def test_days_without_events(centre_db: str) -> None:
    report = ok_json(
        "--db", centre_db, "audit", "verify", "--from", "2020-01-01", "--to", "2020-01-02"
    )
    assert report["intact"] and report["in_range"] == 0
    result = run("--db", centre_db, "audit", "verify", "--from", "2020-01-01", "--to", "2020-01-01")
    assert result.returncode == 0 and "no events on 2020-01-01" in result.stdout
    result = run("--db", centre_db, "audit", "verify", "--from", "yesterday")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_an_old_database_is_told_to_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(RELEASES / "conq-0.1.0.sqlite3", path)
    url = f"sqlite:///{path}"
    original = path.read_bytes()
    assert_refused(run("--db", url, "audit", "verify"), 6, "db upgrade")
    assert path.read_bytes() == original
    assert run("--db", url, "db", "upgrade").returncode == 0
    report = ok_json("--db", url, "audit", "verify")
    assert report["intact"] and report["checked"] > 10
