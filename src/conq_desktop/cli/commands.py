"""What each command-line verb does: a thin layer over the queue engine."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, inspect, select, table
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from conq_desktop import __version__
from conq_desktop.cli import render
from conq_desktop.cli.prompt import ask_yes, read_pin, require_terminal
from conq_desktop.config import Settings
from conq_desktop.db import (
    SCHEMA_HEAD,
    Database,
    Upgrade,
    current_revision,
    open_database,
    sqlite_file,
)
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.auth import Actor
from conq_desktop.engine.centre_file import parse_centre_file
from conq_desktop.engine.centre_load import CentreLoad, load_centre
from conq_desktop.engine.centre_state import centre_state, database_location
from conq_desktop.engine.snapshots import to_json
from conq_desktop.errors import ConfigError, ConqError, DatabaseError, UsageError, one_line
from conq_desktop.guidance import first_run_guidance
from conq_desktop.i18n import _, translate
from conq_desktop.resources import resource_path


@dataclass
class Context:
    settings: Settings
    as_json: bool = False
    # Whether this command may upgrade an older schema (see db.Upgrade): only
    # ``db upgrade``, and a window on a one-PC database.
    upgrade: Upgrade = Upgrade.NEVER
    _db: Database | None = field(default=None, init=False)
    _engine: QueueEngine | None = field(default=None, init=False)

    def db(self, url: str | None = None) -> Database:
        if self._db is None:
            self._db = open_database(url or self.settings.db_url, upgrade=self.upgrade)
        return self._db

    @property
    def engine(self) -> QueueEngine:
        if self._engine is None:
            self._engine = QueueEngine(self.db())
        return self._engine

    def actor(self, args: argparse.Namespace) -> Actor | None:
        """Who acts, from ``--operator`` and their PIN (``--pin``, CONQ_PIN or a prompt
        that does not echo); None without ``--operator``: the command then acts for
        the window's signed-in session, where the engine allows that."""
        login = getattr(args, "operator", None)
        if not login:
            return None
        return self.engine.authenticate(login, read_pin(getattr(args, "pin", None)))

    def emit(self, result: Any) -> None:
        if self.as_json:
            render.print_json(result.as_json() if hasattr(result, "as_json") else to_json(result))
        else:
            print(result.as_text() if hasattr(result, "as_text") else render.text(result))

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


Handler = Callable[[argparse.Namespace, Context], Any]


# ---------------------------------------------------------------------- database


def db_upgrade(args: argparse.Namespace, ctx: Context) -> Any:
    db = ctx.db()
    return render.Note(
        _("Database {url} is at schema {revision}."), url=db.url, revision=SCHEMA_HEAD
    )


# How long ``db init`` waits for the server to answer before calling it unreachable:
# without a limit a PC that cannot reach it (a firewall that drops packets) would wait
# for the system's TCP time-out, minutes.
INIT_CONNECT_TIMEOUT = 10


def db_init(args: argparse.Namespace, ctx: Context) -> Any:
    """Prepare an empty PostgreSQL database for a centre of several PCs: the schema (the
    migrations ``db upgrade`` runs), then the centre file if given (as ``setup --from``
    loads it). Refused, with nothing changed: an SQLite address (exit 2: ``setup`` is
    its command), a server it cannot reach (6), a database that already holds a centre
    or another program's tables (3)."""
    url = ctx.settings.db_url
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise ConfigError(_("The database address is not valid: {url}"), url=url) from None
    if parsed.get_backend_name() != "postgresql":
        raise UsageError(
            _(
                "“db init” prepares a PostgreSQL server's database; an SQLite file needs "
                "none: load the centre with “conq-desktop setup --from FILE”."
            )
        )
    # Parse before touching the server: a broken file must change nothing there.
    spec = parse_centre_file(Path(args.centre_file)) if args.centre_file else None
    _require_empty(url)
    db = ctx.db()  # Upgrade.ALWAYS: creates the schema, or brings an empty one up to date
    load = load_centre(db, spec) if spec is not None else None
    state = centre_state(db)
    return InitReport(
        location=database_location(db),
        revision=SCHEMA_HEAD,
        services=state.services,
        windows=len(state.windows),
        operators=state.operators,
        loaded=load is not None,
    )


def _require_empty(url: str) -> None:
    """Refuse a server that does not answer and a database that holds anything but an
    empty schema of this program; reads only."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    host, port = parsed.host or "localhost", parsed.port or 5432
    try:
        probe = create_engine(parsed, connect_args={"connect_timeout": INIT_CONNECT_TIMEOUT})
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise ConfigError(
            _(
                "The database driver is not installed ({detail}). For PostgreSQL install "
                "conq-desktop[postgres]."
            ),
            detail=str(exc),
        ) from None
    try:
        with probe.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            services = (
                connection.execute(select(func.count()).select_from(table("services"))).scalar()
                if "services" in tables and "alembic_version" in tables
                else 0
            )
    except OperationalError as exc:
        raise DatabaseError(
            _(
                "Cannot reach the PostgreSQL server at {host}:{port} (database “{database}”): "
                "{reason}. Check that the server runs, that it listens on the network "
                "(listen_addresses), that pg_hba.conf lets this PC in, that the firewall "
                "lets port {port} through, and the user and password (docs/install.md, "
                "section 7)."
            ),
            host=host,
            port=port,
            database=parsed.database or "",
            reason=one_line(str(exc.orig)),
        ) from None
    finally:
        probe.dispose()
    where = parsed.render_as_string(hide_password=True)
    if services:
        raise ConqError(
            _(
                "The database {url} already holds a centre ({count} services); “db init” "
                "only prepares an empty one. To load a changed centre file over it use "
                "“conq-desktop setup --from FILE --replace --admin LOGIN”."
            ),
            url=where,
            count=services,
        )
    foreign = sorted(tables - _OWN_TABLES)
    if foreign and "alembic_version" not in tables:
        raise ConqError(
            _(
                "The database {url} is not empty: it holds tables of another program "
                "({tables}). Create an empty database for the queue (docs/install.md, "
                "section 7.2)."
            ),
            url=where,
            tables=", ".join(foreign[:5]) + (" …" if len(foreign) > 5 else ""),
        )


def _own_tables() -> frozenset[str]:
    from conq_desktop.models import Base

    return frozenset(Base.metadata.tables) | {"alembic_version"}


_OWN_TABLES = _own_tables()


@dataclass(frozen=True)
class InitReport:
    """What ``db init`` prepared, as the command prints it."""

    location: str
    revision: str
    services: int
    windows: int
    operators: int
    loaded: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "database": self.location,
            "schema": self.revision,
            "services": self.services,
            "windows": self.windows,
            "operators": self.operators,
        }

    def as_text(self) -> str:
        lines = [
            translate(
                _("Database {url} is ready at schema {revision}."),
                url=self.location,
                revision=self.revision,
            )
        ]
        if self.loaded:
            lines.append(
                translate(
                    _("Loaded {services} services, {windows} windows and {operators} operators."),
                    services=self.services,
                    windows=self.windows,
                    operators=self.operators,
                )
            )
        else:
            lines.append(
                translate(
                    _("Next, load the centre once: conq-desktop setup --from FILE (any one PC).")
                )
            )
        return "\n".join(lines)


def db_info(args: argparse.Namespace, ctx: Context) -> Any:
    """The database as it is: it is neither created nor upgraded here, so asking about
    a shared server never locks out the PCs still running the older program."""
    db = open_database(ctx.settings.db_url, upgrade=Upgrade.INSPECT)
    try:
        revision = current_revision(db.engine)
        with db.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            counts = {
                name: connection.execute(
                    select(func.count()).select_from(table(name_in_db))
                ).scalar_one()
                if name_in_db in tables
                else 0
                for name, name_in_db in _COUNTED_TABLES
            }
        info: dict[str, Any] = {
            "version": __version__,
            "database": db.url,
            "backend": db.dialect,
            "schema": revision,
            "program_schema": SCHEMA_HEAD,
            "upgrade_needed": revision != SCHEMA_HEAD,
        }
        if "settings" in tables:
            engine = QueueEngine(db)
            info |= {"timezone": engine.settings.timezone.key, "today": engine.today().isoformat()}
        return info | counts
    finally:
        db.dispose()


# What ``db info`` counts, by the name it shows and the table's name; plain SQL on the
# table names, so that it also counts in a database of an older schema.
_COUNTED_TABLES = (
    ("services", "services"),
    ("windows", "service_points"),
    ("operators", "operators"),
    ("tickets", "tickets"),
    ("events", "ticket_events"),
)


def setup(args: argparse.Namespace, ctx: Context) -> Any:
    """Load a centre file. Over a centre that is already there it is an administrator's
    act (``--replace``, an admin's PIN, a confirmation): see engine/centre_load.py."""
    # Parse before opening the database: a broken file must not even create one.
    spec = parse_centre_file(Path(args.centre_file))
    db = ctx.db()
    options: dict[str, Any] = {
        "always_open": args.always_open,
        "reset_pins": args.reset_pin or (),
    }
    if args.dry_run:
        return LoadReport(load_centre(db, spec, dry_run=True, **options))
    admin = None
    if args.admin:
        admin = (args.admin, read_pin(args.pin))
    if args.replace and not args.yes:
        plan = load_centre(db, spec, dry_run=True, **options)
        if plan.replaced:
            _confirm(plan)
    return LoadReport(load_centre(db, spec, replace=args.replace, admin=admin, **options))


def _confirm(plan: CentreLoad) -> None:
    """Show what replacing would change and ask; without a terminal, --yes must say it."""
    require_terminal(_("Replacing a centre asks to confirm: add --yes to confirm it."))
    print(LoadReport(plan).as_text(), file=sys.stderr)
    ask_yes(translate(_("Apply these changes? [y/N] ")))


@dataclass(frozen=True)
class LoadReport:
    """A centre load (or dry run) as the command prints it."""

    load: CentreLoad

    def as_json(self) -> dict[str, Any]:
        return {
            **self.load.counts(),
            "replaced": self.load.replaced,
            "applied": self.load.applied,
            "changes": [change.as_json() for change in self.load.changes],
        }

    def as_text(self) -> str:
        load = self.load
        if load.applied:
            lines = [
                translate(
                    _("Loaded {services} services, {windows} windows and {operators} operators."),
                    **load.counts(),
                )
            ]
        else:
            lines = [translate(_("Nothing was changed (dry run). Loading the file would:"))]
        if load.replaced or not load.applied:
            lines += [f"  {change.text()}" for change in load.changes]
            if not load.changes:
                lines.append(f"  {translate(_('change nothing'))}")
        return "\n".join(lines)


def status(args: argparse.Namespace, ctx: Context) -> Any:
    result = ctx.engine.status()
    if result.services:
        return result
    # No centre yet: the (empty) status as usual, then what to do next, on stderr so
    # that stdout stays what scripts parse.
    ctx.emit(result)
    print(first_run_guidance(database_location(ctx.db())), file=sys.stderr)
    return 0


# ---------------------------------------------------------------------- first run


def first_run_check(args: argparse.Namespace, ctx: Context) -> int:
    """After the help of a bare ``conq-desktop``: open (and so create) the database,
    and if it has no centre yet say what to do next."""
    state = centre_state(ctx.db())
    if not state.is_set_up:
        print(file=sys.stderr)
        print(first_run_guidance(state.location), file=sys.stderr)
    return 0


# ---------------------------------------------------------------------- tickets


def ticket_next(args: argparse.Namespace, ctx: Context) -> Any:
    return ctx.engine.call_next(args.window, actor=ctx.actor(args))


def ticket_call(args: argparse.Namespace, ctx: Context) -> Any:
    return ctx.engine.call_specific(args.window, args.number, args.reason, actor=ctx.actor(args))


# Command word → engine method for the actions on a window's current ticket.
WINDOW_TRANSITIONS = {
    "recall": "recall",
    "start": "start",
    "finish": "finish",
    "no-show": "no_show",
    "postpone": "postpone",
}


def ticket_transition(method: str) -> Handler:
    def handler(args: argparse.Namespace, ctx: Context) -> Any:
        return getattr(ctx.engine, method)(args.window, number=args.number, actor=ctx.actor(args))

    return handler


def ticket_redirect(args: argparse.Namespace, ctx: Context) -> Any:
    return ctx.engine.redirect(
        args.window, args.to_service, number=args.number, actor=ctx.actor(args)
    )


def ticket_cancel(args: argparse.Namespace, ctx: Context) -> Any:
    return ctx.engine.cancel(args.number, args.reason, actor=ctx.actor(args))


def ticket_show(args: argparse.Namespace, ctx: Context) -> Any:
    return ctx.engine.ticket(args.number)


# ---------------------------------------------------------------------- supervision


def service_issuing(issuing: bool) -> Handler:
    done = (
        _("Service “{service}” gives out numbers again.")
        if issuing
        else _("Service “{service}” gives out no more numbers; those waiting keep their place.")
    )

    def handler(args: argparse.Namespace, ctx: Context) -> Any:
        ctx.engine.set_issuing(args.service, issuing, actor=ctx.actor(args))
        return render.Note(done, service=args.service)

    return handler


def service_move(args: argparse.Namespace, ctx: Context) -> Any:
    moved = ctx.engine.move_waiting(args.service, args.to_service, actor=ctx.actor(args))
    return render.Note(
        _("{count} waiting tickets moved from “{source}” to “{target}”."),
        count=moved,
        source=args.service,
        target=args.to_service,
    )


# ---------------------------------------------------------------------- windows


def window_sign_in(args: argparse.Namespace, ctx: Context) -> Any:
    pin = read_pin(args.pin)
    ctx.engine.sign_in(args.window, args.operator, pin)
    return render.Note(
        _("{login} signed in at window {window}."), login=args.operator, window=args.window
    )


def window_action(name: str) -> Handler:
    method = name.replace("-", "_")
    done = {
        "sign-out": _("Window {window} is closed."),
        "pause": _("Window {window} is on a break."),
        "resume": _("Window {window} is open again."),
    }[name]

    def handler(args: argparse.Namespace, ctx: Context) -> Any:
        getattr(ctx.engine, method)(args.window, actor=ctx.actor(args))
        return render.Note(done, window=args.window)

    return handler


# ---------------------------------------------------------------------- demo


def demo_database(args: argparse.Namespace, ctx: Context) -> str:
    """A fresh embedded database with the demo centre and a morning's worth of activity,
    opened as ``ctx``'s database; its URL. The ``demo`` verb (cli/window_commands.py)
    then shows it.

    The demo deletes and refills its database, so it only ever runs on its own file in
    the data folder: pointed at any other database it refuses and touches nothing."""
    from conq_desktop.demo import demo_database_path, play_demo_morning

    path = demo_database_path()
    if args.db is not None and not _is_file_database(args.db, path):
        raise UsageError(
            _(
                "The demo runs only on its own database ({path}) and never touches "
                "another one: leave out --db."
            ),
            path=str(path),
        )
    try:
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    except OSError as exc:  # e.g. the data folder's path is a file
        raise ConfigError(
            _("Cannot create the data folder {folder}: {reason}"),
            folder=str(path.parent),
            reason=exc.strerror or str(exc),
        ) from None
    url = f"sqlite:///{path.as_posix()}"
    db = ctx.db(url)
    load_centre(db, parse_centre_file(resource_path("demo-centre.toml")), always_open=True)
    play_demo_morning(ctx.engine)
    return url


def _is_file_database(url: str, path: Path) -> bool:
    """Whether ``url`` is the SQLite database in ``path`` (however it is spelt)."""
    try:
        file = sqlite_file(url)
    except ConfigError:
        return False
    return file is not None and file.resolve() == path.resolve()
