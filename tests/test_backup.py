"""Backups in-process (conq_desktop.backup): a copy taken while four operator processes
work holds everything committed before it began; a restore checks its file before it
touches anything and sets the replaced database aside; the daily copy and its
retention; PostgreSQL through pg_dump and pg_restore, the password never shown."""

from __future__ import annotations

import io
import logging
import multiprocessing
import os
import shutil
import sqlite3
import stat
import subprocess
import time
from collections.abc import Callable
from contextlib import suppress
from datetime import date, datetime, timedelta
from multiprocessing.synchronize import Barrier, Event
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from conq_desktop import backup
from conq_desktop.backup import (
    BackupPolicy,
    BackupRefused,
    backup_database,
    check_backup,
    daily_backup,
    restore_backup,
    start_daily_backup,
)
from conq_desktop.cli import main as cli_main
from conq_desktop.cli.backup_commands import start_automatic_backup
from conq_desktop.cli.commands import Context
from conq_desktop.config import Settings, load_config_file, write_config_file
from conq_desktop.db import SCHEMA_HEAD, Upgrade, create_db_engine, current_revision
from conq_desktop.db import open_database as open_db
from conq_desktop.demo import demo_database_path
from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.errors import ConfigError, DatabaseError, NotFound, NothingToCall
from tests.conftest import TUESDAY_MORNING, demo_database, fresh_pg_database
from tests.helpers.cli import dump

RELEASES = Path(__file__).parent / "fixtures" / "releases"
TODAY = date(2026, 11, 24)
PASSWORD = "Sup3r-s3cret-pw"  # the test server accepts any ("trust")

# Window → operator, PIN and the service they issue for (each under its daily limit).
OPERATORS = {
    1: ("aibek", "1111", "PASSPORT"),
    2: ("nurgul", "2222", "PASSPORT"),
    3: ("elena", "3333", "CIVIL"),
    4: ("ulan", "4444", "PROPERTY"),
}
WARM_UP = 10  # tickets each window commits before the backup begins
MOST = 75  # tickets a window issues at the most: PASSPORT's 200 a day hold two windows


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def ticket_ids(path: Path) -> set[int]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT id FROM tickets")}


def integrity(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]


def file_of(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


# ---------------------------------------------------------------------- a busy centre


def issue_and_call(
    url: str, window: int, now_iso: str, begin: Barrier, stop: Event
) -> list[tuple[int, float, float]]:
    """One operator PC in its own process: issue a ticket, call the next and let it go,
    over and over. Each ticket with the monotonic time (the same clock in every process)
    before the issue began and after it was committed."""
    login, pin, service = OPERATORS[window]
    db = open_db(url, upgrade=Upgrade.NEVER)
    engine = QueueEngine(db, FixedClock(datetime.fromisoformat(now_iso)))
    engine.sign_in(window, login, pin)
    committed: list[tuple[int, float, float]] = []
    try:
        while len(committed) < MOST:
            last = stop.is_set()  # one more ticket, begun after the backup ended
            begun = time.monotonic()
            ticket = engine.issue(service).ticket
            committed.append((ticket.id, begun, time.monotonic()))
            with suppress(NothingToCall):  # the other windows were quicker
                engine.no_show(window, number=engine.call_next(window).number)
            if last:
                break
            if len(committed) == WARM_UP:
                begin.wait(timeout=120)
    finally:
        db.dispose()
    return committed


def test_a_backup_taken_while_four_windows_work_holds_all_committed_before_it(
    sqlite_url: str, sqlite_engine: QueueEngine, tmp_path: Path
) -> None:
    context = multiprocessing.get_context("spawn")
    manager = context.Manager()
    begin, stop = manager.Barrier(len(OPERATORS) + 1), manager.Event()
    with context.Pool(len(OPERATORS)) as pool:
        work = pool.starmap_async(
            issue_and_call,
            [(sqlite_url, w, TUESDAY_MORNING.isoformat(), begin, stop) for w in OPERATORS],
        )
        begin.wait(timeout=120)  # every window has committed its first tickets
        began = time.monotonic()
        copy = backup_database(sqlite_url, tmp_path / "busy.sqlite3")
        ended = time.monotonic()
        stop.set()
        committed = [ticket for window in work.get(timeout=300) for ticket in window]

    assert integrity(copy.path) == ["ok"]
    before = {ticket for ticket, _begun, done in committed if done < began}
    after = {ticket for ticket, begun, _done in committed if begun > ended}
    assert len(before) >= WARM_UP * len(OPERATORS)
    assert after, "the windows went on working after the backup"
    in_copy = ticket_ids(copy.path)
    assert before <= in_copy
    assert not after & in_copy

    restored = restore_backup(sqlite_url, check_backup(sqlite_url, copy.path), tmp_path / "aside")
    live = file_of(sqlite_url)
    assert integrity(live) == ["ok"]
    assert before <= ticket_ids(live) == in_copy
    assert restored.previous is not None
    assert ticket_ids(restored.previous) == {ticket for ticket, _b, _d in committed}


# ---------------------------------------------------------------------- on demand


def test_a_backup_is_owner_only_whole_and_never_overwrites_without_force(
    sqlite_url: str, sqlite_engine: QueueEngine, tmp_path: Path
) -> None:
    sqlite_engine.issue("PASSPORT")
    out = tmp_path / "copy.sqlite3"
    copy = backup_database(sqlite_url, out)
    assert copy.size == out.stat().st_size > 0
    assert mode(out) == 0o600
    assert dump(f"sqlite:///{out}") == dump(sqlite_url)
    # One file on its own: no write-ahead log beside it.
    assert sqlite3.connect(out).execute("PRAGMA journal_mode").fetchone() == ("delete",)
    old = out.read_bytes()

    sqlite_engine.issue("PASSPORT")
    with pytest.raises(BackupRefused, match="already exists"):
        backup_database(sqlite_url, out)
    assert out.read_bytes() == old
    backup_database(sqlite_url, out, force=True)
    assert dump(f"sqlite:///{out}") == dump(sqlite_url)
    assert sorted(path.name for path in tmp_path.iterdir() if "copy" in path.name) == [
        "copy.sqlite3"
    ]  # no partial file left behind


def test_a_backup_of_a_missing_database_or_into_a_missing_folder_is_one_clear_error(
    sqlite_url: str, sqlite_engine: QueueEngine, tmp_path: Path
) -> None:
    with pytest.raises(DatabaseError, match="There is no database"):
        backup_database(f"sqlite:///{tmp_path}/none.sqlite3", tmp_path / "b.sqlite3")
    with pytest.raises(ConfigError, match="Cannot write"):
        backup_database(sqlite_url, tmp_path / "no" / "such" / "b.sqlite3")


def test_restore_brings_the_old_state_back_and_keeps_the_replaced_one(
    sqlite_url: str, sqlite_engine: QueueEngine, tmp_path: Path
) -> None:
    sqlite_engine.issue("PASSPORT")
    copy = backup_database(sqlite_url, tmp_path / "morning.sqlite3")
    state = dump(sqlite_url)
    sqlite_engine.issue("CIVIL")
    replaced = dump(sqlite_url)

    # A window's engine stays open across the restore, as on a working PC.
    restored = restore_backup(sqlite_url, check_backup(sqlite_url, copy.path), tmp_path / "aside")

    assert dump(sqlite_url) == state
    assert restored.previous is not None and restored.previous.parent == tmp_path / "aside"
    assert dump(f"sqlite:///{restored.previous}") == replaced
    assert mode(restored.previous) == 0o600 and mode(tmp_path / "aside") == 0o700
    assert [ticket.number for ticket in sqlite_engine.waiting()] == ["А-001"]
    assert sqlite_engine.issue("PASSPORT").ticket.number == "А-002"


def test_an_older_backup_is_upgraded_after_the_restore(
    sqlite_url: str, sqlite_engine: QueueEngine
) -> None:
    release = sorted(RELEASES.glob("conq-*.sqlite3"))[0]  # in WAL mode, as it was left
    checked = check_backup(sqlite_url, release)
    assert checked.revision != SCHEMA_HEAD
    restore_backup(sqlite_url, checked, file_of(sqlite_url).parent / "aside")
    engine = create_db_engine(sqlite_url, create=False)
    assert current_revision(engine) == SCHEMA_HEAD
    engine.dispose()
    # Checking and copying it left nothing beside it.
    assert sorted(path.name for path in RELEASES.glob(f"{release.name}*")) == [release.name]


def test_a_restore_onto_a_new_data_folder_needs_nothing_set_aside(
    sqlite_url: str, sqlite_engine: QueueEngine, tmp_path: Path
) -> None:
    copy = backup_database(sqlite_url, tmp_path / "b.sqlite3")
    fresh = f"sqlite:///{tmp_path}/new/conq.sqlite3"
    restored = restore_backup(fresh, check_backup(fresh, copy.path), tmp_path / "aside")
    assert restored.previous is None
    assert dump(fresh) == dump(sqlite_url)
    assert mode(tmp_path / "new" / "conq.sqlite3") == 0o600


def text_file(path: Path, good: Path) -> Path:
    path.write_bytes(b"hello\n" * 100)
    return path


def foreign(path: Path, good: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text)")
    return path


def damaged(path: Path, good: Path) -> Path:
    data = bytearray(good.read_bytes())
    data[4096 * 2 : 4096 * 3] = b"\xff" * 4096  # a page of the tables' b-trees
    path.write_bytes(bytes(data))
    return path


def without_tickets(path: Path, good: Path) -> Path:
    shutil.copy(good, path)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("DROP TABLE ticket_events")
        connection.execute("DROP TABLE tickets")
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (text_file, "not an SQLite database"),
        (foreign, "not a conq-desktop database (no schema version)"),
        (damaged, "cannot be restored: it "),
        (without_tickets, "lacks the tables ticket_events, tickets"),
    ],
    ids=["text", "foreign", "damaged", "no-tickets"],
)
def test_restore_refuses_a_file_that_is_not_a_whole_conq_database(
    sqlite_url: str,
    sqlite_engine: QueueEngine,
    tmp_path: Path,
    make: Callable[[Path, Path], Path],
    reason: str,
) -> None:
    good = backup_database(sqlite_url, tmp_path / "good.sqlite3").path
    bad = make(tmp_path / "bad.sqlite3", good)
    live = file_of(sqlite_url)
    before = live.read_bytes()
    with pytest.raises(DatabaseError) as refused:
        check_backup(sqlite_url, tmp_path / "bad.sqlite3")
    assert str(bad) in str(refused.value) and reason in str(refused.value)
    assert live.read_bytes() == before


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "status"), [("n", 3), ("", 3), ("ооба", 0), ("Да", 0)])
def test_a_terminal_is_asked_before_a_restore(
    sqlite_url: str,
    sqlite_engine: QueueEngine,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    answer: str,
    status: int,
) -> None:
    copy = backup_database(sqlite_url, tmp_path / "b.sqlite3")
    sqlite_engine.issue("PASSPORT")
    before = dump(sqlite_url)
    asked: list[str] = []
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or answer)

    code = cli_main.main(["--db", sqlite_url, "db", "restore", str(copy.path)])

    assert code == status, capsys.readouterr().err
    assert len(asked) == 1 and "[y/N]" in asked[0] and str(copy.path) in asked[0]
    if status:
        assert "Nothing was changed." in capsys.readouterr().err
        assert dump(sqlite_url) == before
    else:
        assert dump(sqlite_url) == dump(f"sqlite:///{copy.path}")


def test_restore_of_a_missing_file_is_not_found(sqlite_url: str, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="There is no backup file"):
        check_backup(sqlite_url, tmp_path / "nothing.sqlite3")


# ---------------------------------------------------------------------- daily


def test_the_daily_backup_is_taken_once_a_day(
    sqlite_url: str, sqlite_engine: QueueEngine, tmp_path: Path
) -> None:
    policy = BackupPolicy(tmp_path / "backups")
    first = daily_backup(sqlite_url, policy, TODAY)
    assert first == tmp_path / "backups" / "conq-2026-11-24.sqlite3"
    assert mode(first) == 0o600 and mode(first.parent) == 0o700
    taken = first.read_bytes()

    sqlite_engine.issue("PASSPORT")
    assert daily_backup(sqlite_url, policy, TODAY) is None
    assert first.read_bytes() == taken
    tomorrow = daily_backup(sqlite_url, policy, TODAY + timedelta(days=1))
    assert tomorrow is not None and tomorrow.name == "conq-2026-11-25.sqlite3"
    assert dump(f"sqlite:///{tomorrow}") == dump(sqlite_url) != dump(f"sqlite:///{first}")


def test_retention_deletes_only_old_daily_copies(
    sqlite_url: str, sqlite_engine: QueueEngine, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    old = [f"conq-{TODAY - timedelta(days=days)}.sqlite3" for days in (14, 15, 400)]
    kept = [f"conq-{TODAY - timedelta(days=days)}.sqlite3" for days in (1, 13)]
    others = [
        "conq-2020-01-01.sqlite3.bak",
        "conq-2020-01-01.sqlite3-wal",
        "xconq-2020-01-01.sqlite3",
        "Conq-2020-01-01.sqlite3",
        "conq-2020-1-1.sqlite3",
        "conq-2020-02-30.sqlite3",
        "before-restore-20200101-000000.sqlite3",
        "notes.txt",
    ]
    for name in old + kept + others:
        (folder / name).write_bytes(b"x")
    (folder / "conq-2020-03-01.sqlite3").mkdir()
    outside = tmp_path / "precious"
    outside.write_bytes(b"keep me")
    (folder / "conq-2020-03-02.sqlite3").symlink_to(outside)

    assert daily_backup(sqlite_url, BackupPolicy(folder, keep_days=14), TODAY) is not None

    left = sorted(path.name for path in folder.iterdir())
    expected = [*kept, *others, "conq-2020-03-01.sqlite3", "conq-2020-03-02.sqlite3"]
    assert left == sorted([*expected, f"conq-{TODAY}.sqlite3"])
    assert outside.read_bytes() == b"keep me"


def test_nothing_is_pruned_when_the_copy_fails(sqlite_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / "conq-2020-01-01.sqlite3"
    old.write_bytes(b"x")
    missing = f"sqlite:///{tmp_path}/gone.sqlite3"  # no database: nothing copied
    assert daily_backup(missing, BackupPolicy(folder), TODAY) is None
    assert old.exists()


def write_config(text: str) -> None:
    Path(os.environ["CONQ_CONFIG"]).write_text(text, encoding="utf-8")


def test_a_failing_daily_backup_logs_one_warning_and_raises_nothing(
    sqlite_url: str, sqlite_engine: QueueEngine, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    write_config(f'[backup]\nfolder = "{blocked.as_posix()}"\n')
    with caplog.at_level(logging.WARNING, logger="conq_desktop.backup"):
        thread = start_daily_backup(sqlite_url, today=TODAY)
        assert thread is not None and thread.daemon
        thread.join(timeout=60)
    assert [record.levelname for record in caplog.records] == ["WARNING"]
    assert "automatic backup" in caplog.text and str(blocked) in caplog.text


def test_a_bad_backup_setting_stops_only_the_automatic_backup(
    sqlite_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    write_config("[backup]\nkeep_days = 0\n")
    with caplog.at_level(logging.WARNING, logger="conq_desktop.backup"):
        assert start_daily_backup(sqlite_url, today=TODAY) is None
    assert len(caplog.records) == 1 and "backup.keep_days" in caplog.text


def test_the_backup_settings(tmp_path: Path) -> None:
    write_config('[backup]\nfolder = "~/queue-copies"\nkeep_days = 30\n')
    assert BackupPolicy.from_config() == BackupPolicy(Path.home() / "queue-copies", 30)
    write_config('[backup]\nfolder = "copies"\n')
    assert BackupPolicy.from_config() == BackupPolicy(tmp_path / "data" / "copies", 14)
    write_config("")
    assert BackupPolicy.from_config().folder == tmp_path / "data" / "backups"
    for wrong, said in (
        ("keep = 3", "unknown setting “backup.keep”"),
        ('keep_days = "3"', "“backup.keep_days” must be a whole number"),
        ('folder = " "', "“backup.folder” is empty"),
    ):
        write_config(f"[backup]\n{wrong}\n")
        with pytest.raises(ConfigError, match=said):
            load_config_file()
    written = write_config_file({"backup": {"folder": "D:/copies", "keep_days": 7}})
    assert load_config_file(written)["backup"] == {"folder": "D:/copies", "keep_days": 7}


def test_a_window_copies_the_centre_but_not_the_demo_or_an_empty_database(
    sqlite_url: str, sqlite_engine: QueueEngine, tmp_path: Path
) -> None:
    folder = tmp_path / "data" / "backups"
    empty = f"sqlite:///{tmp_path}/empty.sqlite3"
    demo = f"sqlite:///{demo_database_path()}"
    for url in (demo, empty):
        open_db(url).dispose()
        context = Context(settings=Settings.resolve(db=url))
        thread = start_automatic_backup(context)
        if thread is not None:
            thread.join(timeout=60)
        context.close()
        assert not folder.exists(), url

    context = Context(settings=Settings.resolve(db=sqlite_url))
    thread = start_automatic_backup(context)
    assert thread is not None
    thread.join(timeout=60)
    context.close()
    assert [path.name for path in folder.iterdir()] == [f"conq-{date.today()}.sqlite3"]


# ---------------------------------------------------------------------- PostgreSQL


def server_rows(url: str) -> dict[str, list[str]]:
    """Every row of every table, each table's rows sorted whole (``dump`` orders by the
    first column only, and a restore may lay out rows of equal first columns anew)."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return {
                name: sorted(map(repr, connection.execute(text(f'SELECT * FROM "{name}"'))))
                for name in inspect(connection).get_table_names()
            }
    finally:
        engine.dispose()


def with_password(url: str) -> str:
    return make_url(url).set(password=PASSWORD).render_as_string(hide_password=False)


def test_the_password_goes_in_the_environment_not_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[list[str], dict[str, str]]] = []

    def fake_run(argv: list[str], **options: object) -> subprocess.CompletedProcess[str]:
        calls.append((argv, options["env"]))  # type: ignore[arg-type]
        return subprocess.CompletedProcess(argv, 0, "", "")

    monkeypatch.setattr(backup.subprocess, "run", fake_run)
    monkeypatch.setattr(backup, "pg_tool", lambda name: f"/bin/{name}")
    url = f"postgresql://queue:{PASSWORD}@192.0.2.1:5433/queue"
    backup_database(url, tmp_path / "queue.dump")
    [(argv, environment)] = calls
    assert argv[:2] == ["/bin/pg_dump", "--dbname=postgresql://queue@192.0.2.1:5433/queue"]
    assert "--format=custom" in argv
    assert not any(PASSWORD in part for part in argv)
    assert environment["PGPASSWORD"] == PASSWORD


def test_a_failing_pg_dump_never_shows_the_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(argv: list[str], **options: object) -> subprocess.CompletedProcess[str]:
        said = f'pg_dump: error: password "{PASSWORD}" for user "queue" was refused\n\nhint\n'
        return subprocess.CompletedProcess(argv, 1, "", said)

    monkeypatch.setattr(backup.subprocess, "run", failing)
    monkeypatch.setattr(backup, "pg_tool", lambda name: f"/bin/{name}")
    with pytest.raises(DatabaseError) as failed:
        backup_database(f"postgresql://queue:{PASSWORD}@localhost/queue", tmp_path / "q.dump")
    message = str(failed.value)
    assert PASSWORD not in message and "\n" not in message
    assert message.startswith('pg_dump failed: pg_dump: error: password "***"')
    assert not list(tmp_path.iterdir())  # nothing half-written stands as the backup


def test_a_missing_pg_dump_is_one_line_and_status_6(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(backup.shutil, "which", lambda name, path=None: None)
    monkeypatch.setattr(backup, "PG_BIN_FOLDERS", ())
    url = f"postgresql://queue:{PASSWORD}@localhost/queue"
    status = cli_main.main(["--db", url, "db", "backup", "--out", str(tmp_path / "q.dump")])
    captured = capsys.readouterr()
    assert status == 6
    assert captured.err.strip().splitlines() == [
        "conq-desktop: pg_dump was not found: install the PostgreSQL client tools and put "
        "them on PATH."
    ]
    assert PASSWORD not in captured.out + captured.err


@pytest.mark.postgres
def test_postgres_backup_and_restore_round_trip(pg_server_url: str, tmp_path: Path) -> None:
    url = with_password(fresh_pg_database(pg_server_url))
    db = demo_database(url)
    engine = QueueEngine(db, FixedClock(TUESDAY_MORNING))
    engine.issue("PASSPORT")
    state = server_rows(url)
    copy = backup_database(url, tmp_path / "queue.dump")
    assert mode(copy.path) == 0o600 and copy.size > 0
    engine.issue("CIVIL")
    replaced = server_rows(url)

    checked = check_backup(url, copy.path)
    assert checked.revision == SCHEMA_HEAD
    restored = restore_backup(url, checked, tmp_path / "aside")

    assert server_rows(url) == state
    assert engine.issue("PASSPORT").ticket.number == "А-002"  # the sequences came back too
    assert restored.previous is not None and restored.previous.suffix == ".dump"
    other = with_password(fresh_pg_database(pg_server_url))
    restore_backup(other, check_backup(other, restored.previous), tmp_path / "aside")
    assert server_rows(other) == replaced
    db.dispose()


@pytest.mark.postgres
def test_postgres_restore_refuses_what_is_not_a_conq_dump(
    pg_server_url: str, sqlite_url: str, sqlite_engine: QueueEngine, tmp_path: Path
) -> None:
    url = with_password(fresh_pg_database(pg_server_url))
    demo_database(url).dispose()
    before = dump(url)
    sqlite_copy = backup_database(sqlite_url, tmp_path / "a.sqlite3").path
    empty = fresh_pg_database(pg_server_url)
    foreign_dump = backup_database(empty, tmp_path / "empty.dump").path
    for file, reason in (
        (sqlite_copy, "it is not a PostgreSQL backup"),
        (foreign_dump, "it is not a conq-desktop database"),
    ):
        with pytest.raises(DatabaseError, match=reason):
            check_backup(url, file)
    assert dump(url) == before
