"""Opening the database: engine set-up per backend, sessions, schema upgrades.

SQLite is the embedded default. It runs in WAL mode so the hall display can read while
an operator writes, and every writing transaction starts with ``BEGIN IMMEDIATE``: the
write lock is taken up front, so two processes can never both read "the next ticket is
A-015" and then both claim it. Read-only work (``read_session``) starts a plain deferred
transaction and never blocks writers.
"""

from __future__ import annotations

import enum
import json
import logging
import os
import random
import secrets
import select
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    DisconnectionError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker

from conq_desktop.errors import ConfigError, DatabaseError, one_line, os_errors_as
from conq_desktop.i18n import _

log = logging.getLogger(__name__)

# The newest migration this program knows. Checked against Alembic's own head by a test,
# so start-up can compare revisions without importing Alembic (which costs ~100 ms).
SCHEMA_HEAD = "0009"
# PostgreSQL's advisory lock that writers take in turn (migrations use 7410001).
WRITER_LOCK = 7410002

KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009")

_READ_ONLY = "conq_read_only"
BUSY_TIMEOUT_MS = 10_000
# JSON columns (an event's details) are written in the journal's canonical encoding
# (journal.canonical_event: sorted keys, no spaces, letters as they are), so that
# verifying the history hashes the stored text as it is instead of decoding and
# encoding every event again.
JSON_TEXT = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode
_LOCK_RETRY_FIRST = 0.0002
_LOCK_RETRY_LONGEST = 0.002

T = TypeVar("T")

_WRITER_TURN = text("SELECT pg_advisory_xact_lock(:key)")
# The same turn with the BEGIN, as one simple query: one round trip instead of two.
_BEGIN_TURN = f"BEGIN; SELECT pg_advisory_xact_lock({WRITER_LOCK})"
# A window's move (the transactions that begin with a ``Lead``) runs the queue's few hot
# statements, whose best plan is the same whatever their values (the indexes on status,
# day and service): planned once per connection (psycopg prepares what a connection
# runs often), not on every press. PostgreSQL's own choice would plan them afresh for
# their first executions after each preparing, misled by statistics that do not know
# today's tickets yet.
_GENERIC_PLANS = "SET LOCAL plan_cache_mode = force_generic_plan"
# Where ``write_session`` leaves its request id for the journal (engine/journal.py).
REQUEST_ID = "conq_request_id"
# Where ``write_session`` leaves the row of its ``Lead`` read.
LEAD_ROW = "conq_lead_row"
_FIND_REQUEST = text("SELECT 1 FROM ticket_events WHERE request_id = :request_id")
# How long the look after an unanswered COMMIT waits for the lost transaction to end.
READ_BACK_WAIT_MS = 5000

NOTHING_DONE = _("The connection to the database was lost; nothing was done. Try again.")
UNREACHABLE = _("The database cannot be reached right now: {reason}")
DONE_UNREAD = _(
    "Ticket {number} was issued, but the database cannot be read right now to show its "
    "place. Keep the number {number} and ask at the reception."
)
# How long ``read_after_commit`` waits for a server that went away right after a COMMIT.
AFTER_COMMIT_WAIT = 10.0
AFTER_COMMIT_FIRST_PAUSE = 0.1
OUTCOME_UNKNOWN = _(
    "The connection to the database was lost while saving, and whether it was saved is "
    "not known yet. Look at the queue before trying again."
)


class ConnectionLost(DatabaseError):
    """The connection broke during a change, which was surely not made."""


class OutcomeUnknown(DatabaseError):
    """The connection broke during COMMIT and the change could not be looked for yet."""


class DoneUnread(DatabaseError):
    """A change was committed, but what it made could not be read back to show."""


class Unreachable(DatabaseError):
    """A read found the database server gone (stopped, restarting, connection cut)."""


class NotAnswering(DatabaseError):
    """Opening found the database server not answering (not started yet, restarting,
    out of reach): what a window waits out, unlike a bad address or schema."""


# How often a program waiting out ``NotAnswering`` asks again (the windows' waiting
# screen, the notifier).
RETRY_SECONDS = 5


def _unreachable(exc: DBAPIError, dialect: str) -> bool:
    """Whether ``exc`` means the server cannot be reached, not a fault of the statement:
    a connection found dead, or on PostgreSQL any operational error (connection
    refused, the server shutting down). SQLite's own operational errors (a locked or
    unreadable file) are not this."""
    return exc.connection_invalidated or (
        dialect == "postgresql" and isinstance(exc, OperationalError)
    )


@dataclass
class Database:
    """An open database: one engine plus session factories for writing and reading."""

    engine: Engine

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def __post_init__(self) -> None:
        self._write = sessionmaker(self.engine, expire_on_commit=False)
        self._read = sessionmaker(
            self.engine.execution_options(**{_READ_ONLY: True}), expire_on_commit=False
        )

    @contextmanager
    def write_session(self, lead: Lead | None = None) -> Iterator[Session]:
        """A transaction that will change data: committed on success, rolled back on any error.

        Writers take turns, on PostgreSQL as SQLite's BEGIN IMMEDIATE makes them: every
        change ends with an event appended to the one hash chain (engine/journal.py),
        whose head is locked until commit. Were the turn taken only there, a writer
        already holding a ticket's row could wait for the head while the head's holder
        waits for that row: a deadlock. Taken first, before any row, it cannot be.

        A lost connection never loses a change silently nor makes one twice
        (docs/architecture.md, "Connection loss"): the transaction carries a random
        request id, which the journal writes on its first event. Lost before COMMIT was
        sent, nothing was done (``ConnectionLost``); lost during or right after COMMIT,
        the request id is looked for on a fresh connection: found, the change stands and
        the block's results are returned as if nothing had happened; not found,
        ``ConnectionLost``; the look itself failing, ``OutcomeUnknown``. A connection
        found dead before anything was sent is replaced once, silently.

        ``lead``: the transaction's first read, sent with the turn on PostgreSQL; its
        row waits in ``session.info[LEAD_ROW]``."""
        request_id = secrets.token_hex(16)
        session = self._write()
        try:
            self._take_turn(session, lead)
            session.info[REQUEST_ID] = request_id
            try:
                yield session
                session.flush()
            except DBAPIError as exc:
                if exc.connection_invalidated:
                    raise ConnectionLost(NOTHING_DONE) from exc
                raise
            try:
                session.commit()
            except DBAPIError as exc:
                # OperationalError too: a COMMIT that failed on a live connection was
                # rolled back, and the look below says so all the same.
                if not (exc.connection_invalidated or isinstance(exc, OperationalError)):
                    raise
                session.close()
                if not self._written(request_id):
                    raise ConnectionLost(NOTHING_DONE) from exc
                log.warning("the commit of %s went unanswered but was made", request_id)
        finally:
            session.close()

    def _take_turn(self, session: Session, lead: Lead | None = None) -> None:
        """Begin ``session``'s transaction with the writer's turn. A pooled connection
        the server dropped (a restart, ``pg_terminate_backend``) fails here, before any
        change was sent: the pool is emptied and the turn taken once more on a new one."""
        for attempt in range(2):
            try:
                connection = session.connection()
                if self.dialect == "postgresql":
                    row = _begin_turn(connection, lead)
                    if lead is not None:
                        session.info[LEAD_ROW] = row
                return
            except DBAPIError as exc:
                session.rollback()
                if not _unreachable(exc, self.dialect):
                    raise
                if attempt or not exc.connection_invalidated:
                    # A server that refuses new connections (stopped, restarting)
                    # will not let a second try in either.
                    raise ConnectionLost(NOTHING_DONE) from exc

    def _written(self, request_id: str) -> bool:
        """Whether the transaction of ``request_id`` was committed, read on a fresh
        connection. On PostgreSQL after the writer's turn: its holder, the lost
        transaction itself until the server has finished it, is waited for (a while),
        so that the answer is final."""
        try:
            with self._read() as session, session.begin():
                if self.dialect == "postgresql":
                    session.execute(text(f"SET LOCAL lock_timeout = '{READ_BACK_WAIT_MS}ms'"))
                    session.execute(_WRITER_TURN, {"key": WRITER_LOCK})
                found = session.execute(_FIND_REQUEST, {"request_id": request_id}).first()
        except SQLAlchemyError as exc:
            raise OutcomeUnknown(OUTCOME_UNKNOWN) from exc
        return found is not None

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A read transaction. A server that cannot be reached is said as such
        (``DatabaseError``), for a window to show and try again, not as a driver's
        traceback."""
        try:
            with self._read() as session, session.begin():
                yield session
        except DBAPIError as exc:
            if not _unreachable(exc, self.dialect):
                raise
            raise Unreachable(UNREACHABLE, reason=one_line(str(exc.orig))) from exc

    def read(self, work: Callable[[Session], T]) -> T:
        """``work(session)`` in a read transaction, run once more on a new connection if
        the first one turns out dead (reading twice changes nothing)."""
        try:
            with self.read_session() as session:
                return work(session)
        except Unreachable as exc:
            cause = exc.__cause__
            if not (isinstance(cause, DBAPIError) and cause.connection_invalidated):
                raise
        with self.read_session() as session:
            return work(session)

    def read_after_commit(self, work: Callable[[Session], T], number: str) -> T:
        """``work(session)`` for what an issue just committed must show: ticket
        ``number`` with its place, for the kiosk to print. The ticket stands whatever
        happens here, so a server that vanished right after the COMMIT is waited for, a
        few seconds, rather than the visitor told "error" about a ticket they have;
        should it stay away, the error names the number (``DoneUnread``)."""
        pause = AFTER_COMMIT_FIRST_PAUSE
        deadline = time.monotonic() + AFTER_COMMIT_WAIT
        while True:
            try:
                return self.read(work)
            except Unreachable as exc:
                if time.monotonic() + pause > deadline:
                    raise DoneUnread(DONE_UNREAD, number=number) from exc
            time.sleep(pause)
            pause = min(pause * 2, 1.0)

    def dispose(self) -> None:
        self.engine.dispose()


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Let us issue BEGIN ourselves (pysqlite would otherwise defer it until the first
        # write, after our reads), see the module docstring.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL loses no committed data on an application crash, only
        # possibly the last transactions on power loss, and saves an fsync per ticket.
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        if connection.get_execution_options().get(_READ_ONLY):
            connection.exec_driver_sql("BEGIN")
        else:
            begin_immediate(connection.connection.dbapi_connection)


def _configure_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "checkout")
    def on_checkout(dbapi_connection, _record, _proxy) -> None:  # type: ignore[no-untyped-def]
        # Instead of the pool's pre-ping, a round trip before every transaction: an idle
        # connection has nothing to read unless the server has closed it (a restart,
        # ``pg_terminate_backend``: its last words or the end of the stream), which
        # costs no round trip to see. The pool then opens a new one, so that the next
        # press after a restart works. (A connection that dies silently, a cable
        # pulled, fails its first statement: ``write_session`` takes its turn again
        # on a new one, ``Database.read`` reads again.)
        if dbapi_connection.closed or dbapi_connection.broken:
            raise DisconnectionError("the connection is closed")
        if select.select([dbapi_connection.fileno()], [], [], 0)[0]:
            raise DisconnectionError("the server closed the connection")

    @event.listens_for(engine, "checkin")
    def on_checkin(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Back from a writer's turn (``_begin_turn``), rolled back or committed by now:
        # the next user of the connection gets psycopg's own BEGIN again.
        if (
            dbapi_connection is not None
            and dbapi_connection.autocommit
            and not dbapi_connection.closed
            and not dbapi_connection.broken
        ):
            dbapi_connection.autocommit = False


@dataclass(frozen=True)
class Lead:
    """A write transaction's first read, sent in the same round trip as its BEGIN and
    the writer's turn on PostgreSQL (``Database.write_session``). ``sql``: the SELECT
    with its values written in (the round trip is one simple query, which takes no
    parameters); ``decode``: the row as the driver gives it, to what the caller reads."""

    sql: str
    decode: Callable[[tuple[object, ...]], object]


def _begin_turn(connection: Connection, lead: Lead | None) -> object:
    """Begin a PostgreSQL transaction with the writer's turn, and ``lead``'s read, in
    one round trip; ``lead``'s row.

    psycopg sends its own BEGIN, alone, before a transaction's first statement: half a
    millisecond on every change, and as much again for the first read. In autocommit
    mode it sends none, and our BEGIN goes with the turn and the read as one simple
    query; psycopg's commit and rollback look at the server's transaction status, not
    at the mode, so they end the transaction as usual. The pool's checkin
    (``_configure_postgresql``) puts the mode back before anyone else gets the
    connection."""
    from psycopg.pq import TransactionStatus

    raw = connection.connection.driver_connection
    if raw is None or raw.pgconn.transaction_status != TransactionStatus.IDLE:
        # Already in a transaction (cannot be today): take the turn in it.
        connection.execute(_WRITER_TURN, {"key": WRITER_LOCK})
        return None if lead is None else lead.decode(_one(connection, lead.sql))
    raw.autocommit = True
    if lead is None:
        connection.exec_driver_sql(_BEGIN_TURN, execution_options={"no_parameters": True})
        return None
    return lead.decode(_one(connection, f"{_BEGIN_TURN}; {_GENERIC_PLANS}; {lead.sql}"))


def _one(connection: Connection, sql: str) -> tuple[object, ...]:
    """The one row of the last statement of ``sql`` (statements without parameters),
    run on the driver's own cursor: SQLAlchemy's result would see only the first
    statement's. A driver error becomes SQLAlchemy's, the connection invalidated when
    it is lost, as SQLAlchemy's own execution would make it."""
    dialect = connection.dialect
    raw = connection.connection.dbapi_connection
    assert raw is not None
    try:
        with raw.cursor() as cursor:
            cursor.execute(sql)
            while cursor.nextset():
                pass
            row = cursor.fetchone()
    except dialect.loaded_dbapi.Error as exc:
        lost = dialect.is_disconnect(exc, raw, None)
        if lost:
            connection.invalidate(exc)
        raise DBAPIError.instance(
            sql, None, exc, dialect.loaded_dbapi.Error, connection_invalidated=lost, dialect=dialect
        ) from exc
    assert row is not None, "a lead read returns one row"
    return tuple(row)


def begin_immediate(dbapi_connection: sqlite3.Connection) -> None:
    """Take SQLite's write lock, waiting in short, jittered steps.

    SQLite's own busy handler sleeps 1, 2, 5 … up to 100 ms between tries, while the
    process that just committed takes the lock straight back: with eight operator
    windows pressing "next" some waited seconds and a few hit the time-out. Trying
    again every fraction of a millisecond hands the lock over as soon as it is free.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    dbapi_connection.execute("PRAGMA busy_timeout = 0")
    try:
        ceiling = _LOCK_RETRY_FIRST
        while True:
            try:
                dbapi_connection.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if time.monotonic() >= deadline:
                    raise
            time.sleep(random.uniform(0, ceiling))
            ceiling = min(ceiling * 2, _LOCK_RETRY_LONGEST)
    finally:
        dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def create_db_engine(url: str, *, create: bool = True) -> Engine:
    """Create an engine for ``url`` or raise ConfigError with a message for the user.
    ``create`` False: a missing SQLite file is an error, not a new database."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise ConfigError(_("The database address is not valid: {url}"), url=url) from None
    try:
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                path = database_file(parsed.database)
                # SQLite itself would take "~" literally.
                parsed = parsed.set(database=str(path))
                if not create and not path.is_file():
                    raise DatabaseError(_("There is no database at {path}."), path=str(path))
                if create:
                    _ensure_folder(path.parent)
                    _create_database_file(path)
            engine = create_engine(
                parsed,
                connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
                json_serializer=JSON_TEXT,
            )
            _configure_sqlite(engine)
        elif parsed.get_backend_name() == "postgresql":
            if parsed.drivername == "postgresql":
                parsed = parsed.set(drivername="postgresql+psycopg")
            engine = create_engine(parsed, json_serializer=JSON_TEXT)
            _configure_postgresql(engine)
        else:
            raise ConfigError(
                _("Unsupported database {name}: use sqlite:/// or postgresql://"),
                name=parsed.get_backend_name(),
            )
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise ConfigError(
            _(
                "The database driver is not installed ({detail}). For PostgreSQL install "
                "conq-desktop[postgres]."
            ),
            detail=str(exc),
        ) from None
    return engine


def _create_database_file(path: Path) -> None:
    # SQLite gives its -wal and -shm files the database file's permissions.
    with os_errors_as(_("Cannot create the database file {path}: {reason}"), path=str(path)):
        create_private_file(path)


def _ensure_folder(folder: Path) -> None:
    # Owner-only, like the file: a folder the program creates is its own. One that
    # exists keeps its permissions.
    with os_errors_as(_("Cannot create the data folder {folder}: {reason}"), folder=str(folder)):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    # A name of its own: windows starting together (the demo starts four) each probe at
    # once, and with one shared name one process removed another's probe, which then
    # reported the folder as not writable.
    with os_errors_as(_("The data folder {folder} is not writable: {reason}"), folder=str(folder)):
        handle, probe = tempfile.mkstemp(prefix=".conq-write-test-", dir=folder)
        os.close(handle)
        os.unlink(probe)


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, None for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


class Upgrade(enum.StrEnum):
    """Who may upgrade an older schema while opening a database.

    On a shared server an upgrade locks out every PC still running the older program,
    so it is an explicit ``db upgrade``; a window on a one-PC (SQLite) database is that
    PC's only program and upgrades it on start.
    """

    NEVER = "never"  # an older schema is refused with the way to upgrade it
    EMBEDDED = "embedded"  # SQLite upgrades in place; a server is refused
    ALWAYS = "always"  # ``db upgrade``
    INSPECT = "inspect"  # as it is: nothing created, upgraded or refused (``db info``)


def open_database(url: str, *, upgrade: Upgrade = Upgrade.ALWAYS) -> Database:
    """Open ``url``. An empty database gets the schema; an older one is upgraded in place
    (after a backup copy of an SQLite file) when ``upgrade`` allows, else refused."""
    engine = create_db_engine(url, create=upgrade != Upgrade.INSPECT)
    try:
        revision = current_revision(engine)
    except OperationalError as exc:
        engine.dispose()
        # A server may answer later; an SQLite file that cannot be opened will not.
        error = NotAnswering if engine.dialect.name == "postgresql" else DatabaseError
        raise error(
            _("Cannot open the database {url}: {reason}"),
            url=engine.url.render_as_string(hide_password=True),
            reason=one_line(str(exc.orig)),
        ) from None
    if upgrade == Upgrade.INSPECT:
        return Database(engine)
    try:
        check_revision(revision)
        if revision is None:
            upgrade_schema(engine)
        elif revision != SCHEMA_HEAD:
            if upgrade == Upgrade.NEVER or (
                upgrade == Upgrade.EMBEDDED and engine.dialect.name != "sqlite"
            ):
                raise DatabaseError(
                    _(
                        "The database has schema {revision}; this program needs {head}. "
                        "Upgrade it once with “conq-desktop db upgrade” (on a shared server, "
                        "after every PC has the new program)."
                    ),
                    revision=revision,
                    head=SCHEMA_HEAD,
                )
            backup = backup_sqlite(engine, revision)
            if backup is not None:
                log.info("backed up %s to %s before upgrading", engine.url.database, backup)
            upgrade_schema(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine)


def check_revision(revision: str | None) -> None:
    """Refuse a database made by a newer program: its data may mean what we cannot know."""
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseError(
            _(
                "The database was made by a newer conq-desktop (schema {revision}); "
                "update this program."
            ),
            revision=revision,
        )


def upgrade_schema(engine: Engine) -> None:
    # Imported here: Alembic is only needed the rare time the schema changes.
    from conq_desktop.migrations import run_upgrade

    try:
        run_upgrade(engine)
    except SQLAlchemyError as exc:
        raise DatabaseError(
            _("Upgrading the database failed: {reason}"), reason=one_line(str(exc))
        ) from exc


def sqlite_file(url: str | URL) -> Path | None:
    """The file of an SQLite database URL, "~" expanded; None for a server, an
    in-memory database or an address that is not one. ConfigError for a "~nobody/"."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        return None
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    return database_file(database)


def location(url: str | URL) -> str | None:
    """Where a database is, for people: the SQLite file as an absolute path, or the
    server's address without its password; None for an address that is neither."""
    try:
        file = sqlite_file(url)
    except ConfigError:
        return None
    if file is not None:
        return str(file.absolute())
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    if parsed.get_backend_name() == "sqlite":
        return None
    return parsed.render_as_string(hide_password=True)


def database_file(database: str) -> Path:
    """The SQLite file a URL names, "~" expanded; a home folder that cannot be found
    (``~nobody/``) is a bad address, not a crash."""
    try:
        return Path(database).expanduser()
    except RuntimeError:
        raise ConfigError(
            _("The database address is not valid: {url}"), url=f"sqlite:///{database}"
        ) from None


def copy_sqlite(source: sqlite3.Connection, target: Path) -> None:
    """All of the database ``source`` into the file ``target``, consistent while other
    processes write: one step, so one read snapshot (in WAL mode writers are not held
    up by it). The copy is switched to a rollback journal, so that it is whole on its
    own, without -wal and -shm files beside it, and opens read-only."""
    with closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")


def backup_sqlite(engine: Engine, revision: str) -> Path | None:
    """Copy an SQLite file aside before migrating it, so a failed upgrade loses nothing.

    SQLite's own backup, on a connection of its own: it copies a consistent database,
    the write-ahead log included, while windows keep reading, and it never runs inside
    the engine's write transaction (a checkpoint there failed with "table is locked").
    """
    source = sqlite_file(engine.url)
    if source is None:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.name}.{revision}-{stamp}.bak")
    try:
        create_private_file(target)
        with closing(sqlite3.connect(source)) as reader:
            copy_sqlite(reader, target)
    except (OSError, sqlite3.Error) as exc:
        target.unlink(missing_ok=True)
        raise DatabaseError(
            _("The database was not upgraded: its backup copy {path} failed: {reason}"),
            path=str(target),
            reason=str(exc),
        ) from None
    return target


def create_private_file(path: Path) -> None:
    """Create ``path`` readable by its owner only, unless it exists: the database holds
    PIN hashes and the whole history. An existing file keeps the permissions its
    administrator gave it (a shared set-up; see docs/install.md)."""
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
