"""Copies of the queue database, and putting one back.

Three ways in: ``db backup --out FILE`` and ``db restore FILE`` (cli/backup_commands.py),
and the copy a window takes of a one-PC (SQLite) database once a day.

SQLite copies go through SQLite's online backup API on connections of their own, as
``db.backup_sqlite`` does before an upgrade: one step copies one consistent state, the
write-ahead log included, while the windows keep issuing and calling. A restore copies
*into* the live file through the same API, so a process that holds it open sees the
whole old state or the whole restored one, never a half-written file. PostgreSQL goes
through ``pg_dump`` and ``pg_restore``, with the password in their environment.

A backup is not a queue change: nothing here goes through the engine's writers or the
history. A restore checks the file before it touches anything, and first copies the
database it replaces aside, so that it can be undone.
"""

from __future__ import annotations

import atexit
import glob
import logging
import os
import re
import secrets
import shutil
import sqlite3
import subprocess
import threading
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import cast

from sqlalchemy.engine import URL

from conq_desktop.config import CONFIG_FILE, config_path, data_dir, load_config_file
from conq_desktop.db import (
    BUSY_TIMEOUT_MS,
    Upgrade,
    check_revision,
    copy_sqlite,
    create_db_engine,
    create_private_file,
    location,
    open_database,
    sqlite_file,
)
from conq_desktop.errors import (
    CANNOT_WRITE,
    ConfigError,
    ConqError,
    DatabaseError,
    NotFound,
    one_line,
    os_errors_as,
)
from conq_desktop.i18n import Message, _

log = logging.getLogger(__name__)

DEFAULT_KEEP_DAYS = 14
BACKUP_FOLDER = "backups"  # in the data folder, unless [backup] folder says otherwise
# The daily copies, and the only files retention ever deletes.
DAILY_NAME = re.compile(r"conq-(\d{4}-\d{2}-\d{2})\.sqlite3")

# The tables of the first schema (0001). Every later schema keeps them, so a backup of
# any revision this program can open has them all.
CONQ_TABLES = frozenset(
    {
        "daily_counters",
        "operators",
        "service_point_services",
        "service_points",
        "services",
        "settings",
        "ticket_events",
        "tickets",
    }
)
SCHEMA_TABLE = "alembic_version"

# Where PostgreSQL's installers put the client tools when they are not on PATH.
PG_BIN_FOLDERS = (
    "/usr/lib/postgresql/*/bin",
    "C:/Program Files/PostgreSQL/*/bin",
    "/Applications/Postgres.app/Contents/Versions/*/bin",
    "/opt/homebrew/opt/libpq/bin",
)

ALREADY_THERE = _("{path} already exists: choose another file, or add --force to overwrite it.")
CANNOT_RESTORE = _("{path} cannot be restored: {reason}")
NOT_CONQ = _("it is not a conq-desktop database (no schema version)")
NOT_A_DUMP = _("it is not a PostgreSQL backup (pg_dump --format=custom)")


class BackupRefused(ConqError):
    """The backup would overwrite a file that is already there (exit status 3)."""


@dataclass(frozen=True)
class Copy:
    """A backup that was written."""

    path: Path
    size: int


@dataclass(frozen=True)
class CheckedBackup:
    """A file found fit to restore: a conq-desktop database of a schema this program
    opens (older ones are upgraded after the restore)."""

    path: Path
    revision: str


@dataclass(frozen=True)
class Restored:
    source: Path
    revision: str  # the backup's schema; the database is now at the program's
    previous: Path | None  # the copy of the replaced database (None: there was none)


# ---------------------------------------------------------------------- on demand


def backup_database(url: str, out: Path, *, force: bool = False) -> Copy:
    """Copy the database at ``url`` to ``out``, owner-only. An existing ``out`` is
    refused unless ``force``; it is replaced only once the new copy is whole."""
    where = _where(url)
    if not force and (out.exists() or out.is_symlink()):
        raise BackupRefused(ALREADY_THERE, path=str(out))
    if isinstance(where, Path):
        if not where.is_file():
            raise DatabaseError(_("There is no database at {path}."), path=str(where))
        with closing(_open_live(where)) as source:
            _publish(out, lambda partial: _copy_sqlite(source, partial, out), force=force)
    else:
        _publish(out, lambda partial: _pg_dump(where, partial), force=force)
    return Copy(out, out.stat().st_size)


def check_backup(url: str, file: Path) -> CheckedBackup:
    """Whether ``file`` can replace the database at ``url``, decided before anything
    is touched: DatabaseError naming the reason if it cannot."""
    where = _where(url)
    if not file.is_file():
        raise NotFound(_("There is no backup file {path}."), path=str(file))
    if isinstance(where, Path) and where.exists() and where.samefile(file):
        raise ConqError(_("{path} is the database itself, not a backup of it."), path=str(file))
    try:
        revision = _sqlite_revision(file) if isinstance(where, Path) else _dump_revision(file)
        check_revision(revision)
    except DatabaseError as problem:
        reason = Message(problem.template, **problem.params)
        raise DatabaseError(CANNOT_RESTORE, path=str(file), reason=reason) from None
    except _Unfit as unfit:
        raise DatabaseError(CANNOT_RESTORE, path=str(file), reason=unfit.reason) from None
    return CheckedBackup(file, revision)


def restore_backup(url: str, backup: CheckedBackup, aside: Path) -> Restored:
    """Put ``backup`` in place of the database at ``url``, after copying that one into
    the folder ``aside``; an older schema is then upgraded in place."""
    where = _where(url)
    previous = _set_aside(url, where, aside)
    if isinstance(where, Path):
        _restore_sqlite(url, where, backup.path)
    else:
        _pg_restore(where, backup.path)
    # A backup of an older schema is brought up to this program's at once, as
    # ``db upgrade`` would: restoring is an administrator's act, like upgrading, and
    # the windows that open next must find a schema they can use.
    open_database(url, upgrade=Upgrade.ALWAYS).dispose()
    return Restored(backup.path, backup.revision, previous)


def _where(url: str) -> Path | URL:
    """The SQLite file or the PostgreSQL server of ``url``; ConfigError for an address
    that is neither (or whose driver is missing)."""
    file = sqlite_file(url)
    if file is not None:
        return file
    engine = create_db_engine(url, create=False)
    engine.dispose()
    if engine.dialect.name != "postgresql":
        raise ConfigError(
            _("Only a database file or a PostgreSQL server can be backed up, not {url}."),
            url=location(url) or engine.url.render_as_string(hide_password=True),
        )
    return engine.url


def _set_aside(url: str, where: Path | URL, folder: Path) -> Path | None:
    if isinstance(where, Path) and not where.is_file():
        return None  # a PC restoring onto a new, empty data folder
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = ".sqlite3" if isinstance(where, Path) else ".dump"
    ensure_folder(folder)
    target = folder / f"before-restore-{stamp}{suffix}"
    # Two restores within a second (a first one undone at once) must not refuse the
    # second for want of a name: the copy of what it replaces matters most then.
    extra = 1
    while target.exists():
        extra += 1
        target = folder / f"before-restore-{stamp}-{extra}{suffix}"
    return backup_database(url, target).path


# ---------------------------------------------------------------------- files


def ensure_folder(folder: Path) -> None:
    """The backups' folder, created owner-only (they hold PIN hashes and the history);
    one that exists keeps the permissions it has."""
    with os_errors_as(_("Cannot create the folder {folder}: {reason}"), folder=str(folder)):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def _publish(out: Path, write: Callable[[Path], None], *, force: bool) -> None:
    """Have ``write`` fill a private file beside ``out``, then put it in place in one
    step: a copy that fails half-way never stands as ``out``, and ``force`` keeps the
    old copy until the new one is whole."""
    partial = out.with_name(f".{out.name}.{secrets.token_hex(4)}.partial")
    with os_errors_as(CANNOT_WRITE, path=str(out)):
        create_private_file(partial)
    # The daily copy runs in a daemon thread, stopped where it stands when the window
    # closes: the interpreter removes its partial file on the way out.
    atexit.register(partial.unlink, missing_ok=True)
    try:
        write(partial)
        with os_errors_as(CANNOT_WRITE, path=str(out)):
            _put_in_place(partial, out, force=force)
    finally:
        partial.unlink(missing_ok=True)
        atexit.unregister(partial.unlink)


def _put_in_place(partial: Path, out: Path, *, force: bool) -> None:
    if force:
        os.replace(partial, out)
        return
    try:
        # A hard link fails if ``out`` appeared meanwhile (another window's daily copy).
        os.link(partial, out)
    except FileExistsError:
        raise BackupRefused(ALREADY_THERE, path=str(out)) from None
    except OSError:  # a file system without hard links (FAT on a USB stick)
        if out.exists():
            raise BackupRefused(ALREADY_THERE, path=str(out)) from None
        os.replace(partial, out)


# ---------------------------------------------------------------------- SQLite


def _open_live(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)


def _open_read_only(path: Path) -> sqlite3.Connection:
    """Read-only: a file that is not what it should be is never written to. A file on
    its own is opened as immutable, or SQLite would leave an empty -wal and -shm beside
    a WAL-mode copy (or fail on a read-only medium); with its -wal beside it, SQLite
    must read that too."""
    wal = path.with_name(f"{path.name}-wal")
    options = "mode=ro" if wal.exists() else "immutable=1"
    return sqlite3.connect(f"{path.absolute().as_uri()}?{options}", uri=True)


def _copy_sqlite(source: sqlite3.Connection, target: Path, out: Path) -> None:
    """All of ``source`` into the file ``target`` (the backup ``out`` to be)."""
    try:
        copy_sqlite(source, target)
    except sqlite3.Error as exc:
        raise DatabaseError(
            _("The backup {path} failed: {reason}"), path=str(out), reason=one_line(str(exc))
        ) from exc


class _Unfit(Exception):
    """Why a file cannot be restored, as a message for the user."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason.template)
        self.reason = reason


def _sqlite_revision(file: Path) -> str:
    try:
        with closing(_open_read_only(file)) as connection:
            return _schema_of(connection)
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise _Unfit(Message(_("it is not an SQLite database"))) from None
        detail = one_line(str(exc))
        raise _Unfit(Message(_("it cannot be read ({detail})"), detail=detail)) from None


def _schema_of(connection: sqlite3.Connection) -> str:
    """The revision of a conq-desktop database that SQLite finds whole."""
    problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    if problems != ["ok"]:
        detail = one_line(" ".join(problems[:3]))
        raise _Unfit(Message(_("it is damaged ({detail})"), detail=detail))
    names = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    tables = {row[0] for row in names}
    revision = None
    if SCHEMA_TABLE in tables:
        revision = connection.execute(f"SELECT version_num FROM {SCHEMA_TABLE}").fetchone()
    if revision is None:
        raise _Unfit(Message(NOT_CONQ))
    _require_tables(tables)
    return str(revision[0])


def _require_tables(tables: set[str]) -> None:
    missing = sorted(CONQ_TABLES - tables)
    if missing:
        raise _Unfit(
            Message(
                _("it is not a conq-desktop database (it lacks the tables {tables})"),
                tables=", ".join(missing),
            )
        )


def _restore_sqlite(url: str, live: Path, file: Path) -> None:
    create_db_engine(url).dispose()  # a missing file and folder are created owner-only
    try:
        with closing(_open_read_only(file)) as source, closing(_open_live(live)) as target:
            # One step, one write transaction: open windows see the old state or the
            # restored one; a failure leaves the old one.
            source.backup(target)
    except sqlite3.Error as exc:
        raise DatabaseError(
            _("Restoring {path} failed: {reason}"), path=str(file), reason=one_line(str(exc))
        ) from exc


# ---------------------------------------------------------------------- PostgreSQL


def _pg_dump(server: URL, target: Path) -> None:
    _pg_run("pg_dump", ["--format=custom", f"--file={target}"], server)


def _pg_restore(server: URL, file: Path) -> None:
    # One transaction: a restore that fails leaves the database as it was.
    options = ["--clean", "--if-exists", "--no-owner", "--single-transaction"]
    _pg_run("pg_restore", [*options, str(file)], server)


def _dump_revision(file: Path) -> str:
    try:
        listing = _pg_run("pg_restore", ["--list", str(file)])
    except DatabaseError:
        raise _Unfit(Message(NOT_A_DUMP)) from None
    tables = set(re.findall(r"^\d+; \d+ \d+ TABLE (?!DATA )\S+ (\S+) ", listing, re.MULTILINE))
    if SCHEMA_TABLE not in tables:
        raise _Unfit(Message(NOT_CONQ))
    _require_tables(tables)
    rows = _pg_run("pg_restore", ["--data-only", f"--table={SCHEMA_TABLE}", "--file=-", str(file)])
    # COPY public.alembic_version (version_num) FROM stdin;  then the rows, then "\."
    found = re.search(r"^COPY \S+ \(version_num\) FROM stdin;\n([^\n\\]+)\n", rows, re.MULTILINE)
    if found is None:
        raise _Unfit(Message(NOT_CONQ))
    return found.group(1).strip()


def _pg_run(tool: str, arguments: list[str], server: URL | None = None) -> str:
    """Run a PostgreSQL client tool; its output. The password goes in its environment
    (PGPASSWORD), never on the command line, which every user of the PC can read, and
    never into a message."""
    environment = dict(os.environ)
    password = str(server.password) if server is not None and server.password else None
    if server is not None:
        arguments = [f"--dbname={_without_password(server)}", *arguments]
        if password:
            environment["PGPASSWORD"] = password
    result = subprocess.run(
        [pg_tool(tool), *arguments],
        capture_output=True,
        encoding="utf-8",
        errors="replace",
        env=environment,
        check=False,
    )
    if result.returncode != 0:
        reason = one_line(result.stderr) or f"exit status {result.returncode}"
        if password:
            reason = reason.replace(password, "***")
        raise DatabaseError(_("{tool} failed: {reason}"), tool=tool, reason=reason)
    return result.stdout


def _without_password(server: URL) -> str:
    # URL.set(password=None) would keep the password: None there means "unchanged".
    address = URL.create(
        "postgresql",
        username=server.username,
        host=server.host,
        port=server.port,
        database=server.database,
        query=server.query,
    )
    return address.render_as_string(hide_password=False)


def pg_tool(name: str) -> str:
    """The path of a PostgreSQL client tool: on PATH, else the newest installed."""
    found = shutil.which(name)
    if found:
        return found
    folders = sorted(
        (Path(folder) for pattern in PG_BIN_FOLDERS for folder in glob.glob(pattern)),
        key=lambda folder: [int(part) for part in re.findall(r"\d+", str(folder))],
        reverse=True,
    )
    for folder in folders:
        found = shutil.which(name, path=str(folder))
        if found:
            return found
    raise ConfigError(
        _("{tool} was not found: install the PostgreSQL client tools and put them on PATH."),
        tool=name,
    )


# ---------------------------------------------------------------------- daily


@dataclass(frozen=True)
class BackupPolicy:
    """Where the automatic copies (and the copies a restore sets aside) go, and for how
    many days they are kept: the config file's ``[backup]`` table."""

    folder: Path
    keep_days: int = DEFAULT_KEEP_DAYS

    @classmethod
    def from_config(cls) -> BackupPolicy:
        table = cast(dict[str, object], load_config_file().get("backup", {}))
        folder = Path(cast(str, table.get("folder", BACKUP_FOLDER))).expanduser()
        keep_days = cast(int, table.get("keep_days", DEFAULT_KEEP_DAYS))
        if keep_days < 1:
            # Zero would delete the copy just taken.
            raise ConfigError(
                _("{file}: {problem}"),
                file=Message(CONFIG_FILE, path=str(config_path())),
                problem=Message(
                    _("“{key}” must be {kind}"),
                    key="backup.keep_days",
                    kind=Message(_("a whole number, 1 or more")),
                ),
            )
        return cls(data_dir() / folder, keep_days)  # an absolute folder stays as it is


def daily_backup(url: str, policy: BackupPolicy, today: date) -> Path | None:
    """Today's copy of an SQLite database, unless there is one already; then the copies
    past ``keep_days`` go. None when nothing was copied."""
    source = sqlite_file(url)
    if source is None or not source.is_file():
        return None  # a server is backed up on the server
    target = policy.folder / f"conq-{today.isoformat()}.sqlite3"
    if target.exists():
        return None
    ensure_folder(policy.folder)
    try:
        backup_database(url, target)
    except BackupRefused:
        return None  # another window of this PC took it meanwhile
    # Only after a good copy: failing copies must not wear the old ones away.
    prune(policy.folder, policy.keep_days, today)
    return target


def prune(folder: Path, keep_days: int, today: date) -> list[Path]:
    """Delete the daily copies older than ``keep_days`` days (today's counts as the
    first); nothing else in ``folder``, whatever its name."""
    oldest_kept = today - timedelta(days=keep_days - 1)
    removed = []
    for entry in folder.iterdir():
        day = _daily_date(entry.name)
        if day is None or day >= oldest_kept or entry.is_symlink() or not entry.is_file():
            continue
        entry.unlink()
        removed.append(entry)
    return removed


def _daily_date(name: str) -> date | None:
    found = DAILY_NAME.fullmatch(name)
    if found is None:
        return None
    try:
        return date.fromisoformat(found.group(1))
    except ValueError:  # conq-2026-13-45.sqlite3 is not one of ours
        return None


def start_daily_backup(
    url: str, *, wanted: Callable[[], bool] | None = None, today: date | None = None
) -> threading.Thread | None:
    """Take today's copy in a daemon thread, so that the window does not wait for it,
    if ``wanted`` (asked in that thread) says so. The settings are read here, in the
    caller's environment."""
    try:
        policy = BackupPolicy.from_config()
    except ConqError as error:
        _warn(url, error)
        return None
    thread = threading.Thread(
        target=_daily_quietly,
        args=(url, policy, today or date.today(), wanted),
        name="daily-backup",
        daemon=True,
    )
    thread.start()
    return thread


def _daily_quietly(
    url: str, policy: BackupPolicy, today: date, wanted: Callable[[], bool] | None
) -> None:
    try:
        if wanted is None or wanted():
            daily_backup(url, policy, today)
    except Exception as error:  # a failed copy must never stop a window: one warning
        _warn(url, error)


def _warn(url: str, error: Exception) -> None:
    log.warning("the automatic backup of %s failed: %s", location(url) or "?", error)
