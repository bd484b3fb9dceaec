"""No command may destroy or quietly take over a centre's data: the demo only touches
its own database, and loading a centre file over a centre is an administrator's act
that keeps every PIN it was not asked to change. Through the real command line, on
SQLite (byte for byte) and PostgreSQL (row for row)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from conq_desktop.db import open_database
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.centre_file import parse_centre_file
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.models.operator import pin_matches
from tests.conftest import DEMO_CENTRE, fresh_pg_database
from tests.helpers.cli import assert_refused, dump, ok_json, run

EXIT_USAGE, EXIT_REFUSED = 2, 3
ADMIN_PIN = "5555"


def _production_file(folder: Path) -> Path:
    """The centre's own file: the demo's centres and people, but PINs of its own."""
    content = DEMO_CENTRE.read_text(encoding="utf-8")
    content = content.replace('pin = "9999"', f'pin = "{ADMIN_PIN}"')
    content = content.replace('pin = "1111"', 'pin = "1212"')
    path = folder / "centre.toml"
    path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def production(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A centre's working database: its centre loaded, tickets issued and called."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'centre.sqlite3'}"
    else:
        url = fresh_pg_database(request.getfixturevalue("pg_server_url"))
    # Built in this process: only the commands under test need to run as the program.
    db = open_database(url)
    load_centre(db, parse_centre_file(_production_file(tmp_path)), always_open=True)
    engine = QueueEngine(db)
    for _ in range(3):
        engine.issue("PASSPORT")
    engine.sign_in(1, "aibek", "1212")  # the centre's own PIN
    engine.call_next(1)
    db.dispose()
    return url


def _snapshot(url: str) -> object:
    if url.startswith("sqlite:///"):
        return Path(url.removeprefix("sqlite:///")).read_bytes(), dump(url)
    return dump(url)


def _pin_accepted(url: str, login: str, pin: str) -> bool:
    engine = _engine(url)
    with engine.connect() as connection:
        stored = connection.execute(
            text("SELECT pin_hash FROM operators WHERE login = :login"), {"login": login}
        ).scalar_one()
    engine.dispose()
    return pin_matches(pin, stored)


# ------------------------------------------------------------------------- demo


def test_demo_refuses_any_other_database(production: str, tmp_path: Path) -> None:
    before = _snapshot(production)
    result = run("--db", production, "demo", "--no-windows")
    assert_refused(result, EXIT_USAGE, "demo runs only on its own database")
    assert _snapshot(production) == before
    assert not (tmp_path / "data" / "demo.sqlite3").exists()


def test_demo_ignores_the_configured_database(production: str, tmp_path: Path) -> None:
    before = _snapshot(production)
    state = json.loads(run("demo", "--json", env={"CONQ_DB": production}).stdout)
    assert sum(queue["waiting"] for queue in state["services"]) > 0
    assert _snapshot(production) == before
    assert (tmp_path / "data" / "demo.sqlite3").exists()


def test_demo_accepts_its_own_database_named_explicitly(tmp_path: Path) -> None:
    own = tmp_path / "data" / "demo.sqlite3"
    state = ok_json("--db", f"sqlite:///{own}", "demo")
    assert state["windows"] and own.exists()


# ------------------------------------------------------------------------- setup


def test_first_load_is_journalled(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    assert run("--db", url, "setup", "--from", str(DEMO_CENTRE)).returncode == 0
    events = _centre_events(url)
    assert len(events) == 1
    operator_id, details = events[0]
    assert operator_id is None and details["replaced"] is False
    assert details["source"] == "command line"
    added = {(change["what"], change["key"]) for change in details["changes"]}
    assert ("operator", "admin") in added and ("service", "PASSPORT") in added
    assert "pin" not in json.dumps(details).lower().replace("pin_", "")


@pytest.mark.parametrize(
    ("extra", "code", "words"),
    [
        ((), EXIT_REFUSED, "--replace"),
        # Nobody at a terminal to confirm.
        (("--replace", "--admin", "admin", "--pin", ADMIN_PIN), EXIT_USAGE, "--yes"),
        (("--replace", "--yes"), EXIT_REFUSED, "needs an administrator"),
        (("--replace", "--yes", "--admin", "admin", "--pin", "0000"), EXIT_REFUSED, "Wrong"),
        # An operator's own PIN does not make them an administrator.
        (("--replace", "--yes", "--admin", "nurgul", "--pin", "2222"), EXIT_REFUSED, "Wrong"),
        (("--replace", "--yes", "--admin", "admin"), EXIT_USAGE, "CONQ_PIN"),
    ],
)
def test_loading_over_a_centre_is_refused_without_an_administrator(
    production: str, extra: tuple[str, ...], code: int, words: str
) -> None:
    before = _snapshot(production)
    result = run("--db", production, "setup", "--from", str(DEMO_CENTRE), *extra)
    assert_refused(result, code, words)
    assert _snapshot(production) == before


def test_dry_run_lists_the_changes_and_changes_nothing(production: str) -> None:
    before = _snapshot(production)
    result = ok_json("--db", production, "setup", "--from", str(DEMO_CENTRE), "--dry-run")
    assert result["applied"] is False and result["replaced"] is True
    # Same centre, other opening hours (the production file was loaded always open).
    fields = {(change["key"], change["field"]) for change in result["changes"]}
    assert ("PASSPORT", "week") in fields
    assert not any(change["field"] == "pin" for change in result["changes"])
    assert _snapshot(production) == before


def test_an_administrator_replaces_the_centre_and_no_pin_changes(production: str) -> None:
    # The published demo file, loaded over the real centre: its PINs (admin 9999,
    # aibek 1111) must not become the centre's.
    result = ok_json(
        "--db", production, "setup", "--from", str(DEMO_CENTRE),
        "--replace", "--yes", "--admin", "admin", "--pin", ADMIN_PIN,
    )  # fmt: skip
    assert result["applied"] and result["replaced"]
    assert _pin_accepted(production, "admin", ADMIN_PIN)
    assert not _pin_accepted(production, "admin", "9999")
    assert _pin_accepted(production, "aibek", "1212")
    assert not _pin_accepted(production, "aibek", "1111")

    operator_id, details = _centre_events(production)[-1]
    assert operator_id == _operator_id(production, "admin")
    assert details["replaced"] is True
    assert {"PASSPORT", "week"} <= {
        value for change in details["changes"] for value in (change["key"], change["field"])
    }


def test_reset_pin_changes_only_the_named_operator(production: str) -> None:
    result = ok_json(
        "--db", production, "setup", "--from", str(DEMO_CENTRE), "--replace", "--yes",
        "--admin", "admin", "--pin", ADMIN_PIN, "--reset-pin", "ulan",
    )  # fmt: skip
    pin_changes = [change for change in result["changes"] if change["field"] == "pin"]
    assert [change["key"] for change in pin_changes] == ["ulan"]
    assert all(change["old"] == change["new"] == "***" for change in pin_changes)
    assert _pin_accepted(production, "ulan", "4444")
    assert _pin_accepted(production, "admin", ADMIN_PIN)


def test_reset_pin_must_name_someone_in_the_file(production: str) -> None:
    before = _snapshot(production)
    result = run(
        "--db", production, "setup", "--from", str(DEMO_CENTRE), "--replace", "--yes",
        "--admin", "admin", "--pin", ADMIN_PIN, "--reset-pin", "nobody",
    )  # fmt: skip
    assert_refused(result, 6, "nobody")
    assert _snapshot(production) == before


# ------------------------------------------------------------------------- helpers


def _engine(url: str):  # type: ignore[no-untyped-def]
    return create_engine(url)


def _centre_events(url: str) -> list[tuple[int | None, dict]]:
    engine = _engine(url)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT operator_id, details FROM ticket_events "
                "WHERE kind = 'centre_loaded' ORDER BY id"
            )
        ).all()
    engine.dispose()
    return [
        (operator_id, details if isinstance(details, dict) else json.loads(details))
        for operator_id, details in rows
    ]


def _operator_id(url: str, login: str) -> int:
    engine = _engine(url)
    with engine.connect() as connection:
        found = connection.execute(
            text("SELECT id FROM operators WHERE login = :login"), {"login": login}
        ).scalar_one()
    engine.dispose()
    return found


def test_demo_with_a_file_for_a_data_folder_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    result = run("demo", "--no-windows", env={"CONQ_DATA_DIR": str(blocker)})
    assert_refused(result, 6, "data folder")
    assert blocker.read_text(encoding="utf-8") == ""
