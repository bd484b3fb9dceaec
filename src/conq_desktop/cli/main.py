"""The ``conq-desktop`` command: parses arguments and turns every failure into one clear
line and an exit status. It imports no Qt, so scripted calls start fast; the windows
are imported only by the commands that open them.

Exit status: 0 success, 1 internal error (details in the log file), 2 bad usage,
3 refused by the queue rules, 4 nobody waiting, 5 not found, 6 configuration or database
(a full disk too), 7 issued (or sealed) but not printed, 8 the history does not verify,
9 a day to close has no events (``db init``: 2 for an SQLite address, 3 for a database
that already holds a centre, 6 for a server it cannot reach). Output
nobody reads any more (a closed pipe) changes none of them.

Without a command the program prints its help in a terminal; started from the desktop
(a double-click, a shortcut: see ``desktop.started_from_desktop``) it opens the
start window instead. Either way the database is created on this first run, and while
it has no centre the program says what to do next.
"""

from __future__ import annotations

import argparse
import enum
import json
import logging
import math
import sys
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from conq_desktop import __version__, desktop, log_file
from conq_desktop.cli import (
    audit_commands,
    backup_commands,
    booking_commands,
    commands,
    day_commands,
    phone_commands,
    plan_commands,
    print_commands,
    window_commands,
)
from conq_desktop.cli.prompt import is_text
from conq_desktop.cli.render import GuardedOutput
from conq_desktop.cli.report_commands import (
    REPORT_FORMATS,
    add_queue_reports,
    parse_day,
    report_fairness,
)
from conq_desktop.config import Settings, data_dir
from conq_desktop.db import Upgrade, location
from conq_desktop.disk import OUTPUT_NOT_WRITTEN, DiskFull, disk_full_error, is_disk_full
from conq_desktop.errors import ConqError, DatabaseError, one_line
from conq_desktop.i18n import LANGUAGES, _, set_language, translate

log = logging.getLogger("conq_desktop")

EXIT_INTERNAL = 1

# ``--quit-after`` ends the event loop through a Qt timer, which counts milliseconds in
# a 32-bit integer: about 24 days.
MAX_QUIT_AFTER = (2**31 - 1) // 1000

# Options that name files or addresses: on Linux a file name may be any bytes, so these
# may hold text that is not valid in the system's encoding. Every other text is written
# to the database and must be.
_PATH_OPTIONS = frozenset({"db", "centre_file", "out", "printer", "pdf"})

Handler = Callable[[argparse.Namespace, "commands.Context"], Any]


class OutputLog(enum.Enum):
    """Whether a command writes the output log (conq_desktop.log_file)."""

    NONE = "none"
    WITH_CONSOLE = "with console"  # the log's records on the console as before, too
    FILE_ONLY = "file only"  # the command puts them on the console itself


def _common_options() -> argparse.ArgumentParser:
    # Accepted before and after the command word; SUPPRESS keeps a later default from
    # overwriting an earlier value.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", default=argparse.SUPPRESS, help="database URL (sqlite:///… or postgresql://…)"
    )
    common.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of messages"
    )
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    common.add_argument(
        "--printer",
        default=argparse.SUPPRESS,
        metavar="URI",
        help="ticket printer (tcp://HOST:9100, …)",
    )
    return common


def _tile(text: str) -> tuple[int, int]:
    """ "N/M": tile N (from 0) of M on the main screen."""
    index, _slash, count = text.partition("/")
    try:
        tile = int(index), int(count)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a tile: {text!r}") from None
    if not 0 <= tile[0] < tile[1] <= 9:
        raise argparse.ArgumentTypeError(f"not a tile: {text!r}")
    return tile


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    # nan and inf parse as floats too, and would never end (or overflow) the timer.
    if not (math.isfinite(value) and 0 <= value <= MAX_QUIT_AFTER):
        raise argparse.ArgumentTypeError(f"must be from 0 to {MAX_QUIT_AFTER} seconds: {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="conq-desktop",
        description="Electronic queue for public service centres.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"conq-desktop {__version__}")
    verbs = parser.add_subparsers(dest="command", metavar="COMMAND")

    def verb(group: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = group.add_parser(name, parents=[common], help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    db = verbs.add_parser("db", help="database maintenance").add_subparsers(
        dest="db_command", required=True
    )
    verb(
        db, "upgrade", commands.db_upgrade, "create or upgrade the database schema in place"
    ).set_defaults(upgrade=Upgrade.ALWAYS)
    db_init = verb(
        db,
        "init",
        commands.db_init,
        "prepare an empty PostgreSQL database: the schema, then the centre file if given",
    )
    db_init.add_argument(
        "--from", dest="centre_file", metavar="FILE", help="centre TOML file to load once ready"
    )
    verb(
        db, "info", commands.db_info, "show the database address, schema and contents"
    ).set_defaults(share_ok=True)
    db_backup = verb(
        db, "backup", backup_commands.db_backup, "copy the database to a file, windows open or not"
    )
    db_backup.add_argument("--out", required=True, metavar="FILE", help="the backup file")
    db_backup.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    # Copying the database off a network share must stay possible (see netshare.py).
    db_backup.set_defaults(share_ok=True)
    db_restore = verb(
        db,
        "restore",
        backup_commands.db_restore,
        "replace the database with a backup (the current one is copied aside first)",
    )
    db_restore.add_argument("file", metavar="FILE", help="a file made by db backup")
    db_restore.add_argument("--yes", action="store_true", help="restore without asking to confirm")

    audit = verbs.add_parser(
        "audit", help="the hash-chained history: verify it, seal it"
    ).add_subparsers(dest="audit_command", required=True)
    verify = verb(
        audit,
        "verify",
        audit_commands.audit_verify,
        "check that no event of the history was changed, removed, inserted or reordered",
    )
    verify.add_argument("--from", dest="from_day", type=parse_day, metavar="DAY", help="first day")
    verify.add_argument("--to", dest="to_day", type=parse_day, metavar="DAY", help="last day")
    verify.add_argument(
        "--seal", metavar="PAYLOAD", help="a seal from “audit seal”: prove nothing was rewritten"
    )
    verb(audit, "seal", audit_commands.audit_seal, "print the seal of the history as it ends now")

    day = verbs.add_parser("day", help="closing the day with its printed seal").add_subparsers(
        dest="day_command", required=True
    )
    close = verb(
        day,
        "close",
        day_commands.day_close,
        "journal the day's counts and print its seal, for the head of centre to sign",
    )
    close.add_argument(
        "--day", type=parse_day, metavar="DAY", help="YYYY-MM-DD (default: today, centre time)"
    )
    close.add_argument(
        "--operator", required=True, metavar="LOGIN", help="the supervisor or administrator"
    )
    close.add_argument("--pin", help="their PIN (else CONQ_PIN, else asked for)")
    close.add_argument(
        "--pdf", metavar="FILE", help="the seal's PDF (default: in the data folder, seals/)"
    )
    close.add_argument("--no-print", action="store_true", help="only the PDF, not the printer")

    booking_commands.add_booking_commands(verbs, verb, parse_day)

    setup = verb(
        verbs, "setup", commands.setup, "load services, windows and operators from a centre file"
    )
    setup.add_argument(
        "--from", dest="centre_file", required=True, metavar="FILE", help="centre TOML file"
    )
    setup.add_argument(
        "--always-open", action="store_true", help="ignore opening hours (demo, testing)"
    )
    setup.add_argument(
        "--dry-run", action="store_true", help="only list what loading the file would change"
    )
    setup.add_argument(
        "--replace",
        action="store_true",
        help="load the file over the centre the database already holds",
    )
    setup.add_argument("--admin", metavar="LOGIN", help="the administrator who replaces the centre")
    setup.add_argument("--pin", help="the administrator's PIN (else CONQ_PIN, else asked for)")
    setup.add_argument(
        "--reset-pin",
        action="append",
        metavar="LOGIN",
        help="set this operator's PIN from the file (others keep theirs); repeatable",
    )
    setup.add_argument("--yes", action="store_true", help="replace without asking to confirm")

    export = verb(
        verbs,
        "export",
        backup_commands.centre_export,
        "write the centre as a centre file, without PINs (setup --from loads it back)",
    )
    export.add_argument("--out", required=True, metavar="FILE", help="the centre file to write")
    export.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    export.set_defaults(share_ok=True)

    report = verbs.add_parser("report", help="reports over days").add_subparsers(
        dest="report_command", required=True
    )
    fairness = verb(
        report,
        "fairness",
        report_fairness,
        "the order of service over days: calls out of order with their reasons (read-only)",
    )
    fairness.add_argument("--from", dest="first", required=True, type=parse_day, metavar="DAY")
    fairness.add_argument("--to", dest="last", required=True, type=parse_day, metavar="DAY")
    fairness.add_argument(
        "--format", choices=REPORT_FORMATS, help="pdf or csv (default: from FILE's name)"
    )
    fairness.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    fairness.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    add_queue_reports(report, verb)  # daily, period, operators, hourly, waits

    planner = verb(
        verbs, "plan", plan_commands.plan, "windows needed each hour of a weekday, from the history"
    )
    plan_commands.add_plan_arguments(planner, parse_day)
    verb(verbs, "status", commands.status, "queue per service and each window's current ticket")
    demo = verb(
        verbs, "demo", window_commands.demo, "run the demo centre on a fresh embedded database"
    )
    demo.add_argument("--no-windows", action="store_true", help="only print the demo queue")
    display = verb(verbs, "display", window_commands.display, "the hall display, full screen")
    display.add_argument("--screen", type=int, default=None, help="monitor number, 0 = main")
    display.add_argument("--windowed", action="store_true", help="a normal window instead")
    display.add_argument("--ticker", default="", help="a running text line at the bottom")
    display.add_argument("--quit-after", type=_seconds, default=0, help=argparse.SUPPRESS)
    display.add_argument("--print-calls", action="store_true", help=argparse.SUPPRESS)
    display.add_argument("--tile", type=_tile, default=None, help=argparse.SUPPRESS)
    operator = verb(
        verbs, "operator", window_commands.operator, "the operator panel of one service window"
    )
    operator.add_argument("--window", type=int, required=True, help="the service window number")
    operator.add_argument("--operator", metavar="LOGIN", help="fill in the operator's login")
    operator.add_argument("--quit-after", type=_seconds, default=0, help=argparse.SUPPRESS)
    # The demo's: where the panel opens, and the demo centre's PIN shown on it.
    operator.add_argument("--tile", type=_tile, default=None, help=argparse.SUPPRESS)
    operator.add_argument("--demo-pin", default="", help=argparse.SUPPRESS)
    # The staff windows that take nothing but the common options.
    staff_windows: list[argparse.ArgumentParser] = []
    for name, handler, help_text in (
        (
            "supervisor",
            window_commands.supervisor,
            "the supervisor view: every window and service live, stop issuing, move waiting",
        ),
        (
            "admin",
            window_commands.admin,
            "the administration window: services, windows, staff and the centre's settings",
        ),
        (
            "reports",
            window_commands.reports,
            "the Reports window: a period's figures and charts on screen, exported (read-only)",
        ),
        (
            "bookings",
            window_commands.bookings,
            "the Bookings window: book, find, cancel and move bookings, print their slips",
        ),
    ):
        window = verb(verbs, name, handler, help_text)
        window.add_argument("--quit-after", type=_seconds, default=0, help=argparse.SUPPRESS)
        window.set_defaults(upgrade=Upgrade.EMBEDDED)  # as every window below
        staff_windows.append(window)
    notifier = verb(
        verbs,
        "notifier",
        phone_commands.notifier,
        "the Telegram notifier: visitors follow their ticket on their phone (no window)",
    )
    notifier.add_argument(
        "--verbose", action="store_true", help="log every request (the token hidden)"
    )
    # It prints its own log on stderr (phone_commands); the file gets the warnings.
    notifier.set_defaults(output_log=OutputLog.FILE_ONLY)
    kiosk = verb(verbs, "kiosk", window_commands.kiosk, "the ticket kiosk, full screen and locked")
    kiosk.add_argument(
        "--receptionist", action="store_true", help="staff desk: priority tickets and reprints"
    )
    kiosk.add_argument("--windowed", action="store_true", help="a normal window, not locked")
    kiosk.add_argument("--quit-after", type=_seconds, default=0, help=argparse.SUPPRESS)
    kiosk.add_argument("--tile", type=_tile, default=None, help=argparse.SUPPRESS)
    start = verb(
        verbs,
        "start",
        window_commands.start,
        "the start window: load a centre file or open the demo, then a kiosk, display or panel",
    )
    start.add_argument("--quit-after", type=_seconds, default=0, help=argparse.SUPPRESS)
    # A window on a one-PC database is that PC's only program: it upgrades the schema.
    for window_verb in (display, operator, kiosk, start):
        window_verb.set_defaults(upgrade=Upgrade.EMBEDDED)
    # Every window writes the output log: nobody may be reading its console.
    for window_verb in (display, operator, kiosk, start, demo, *staff_windows):
        window_verb.set_defaults(output_log=OutputLog.WITH_CONSOLE)

    ticket = verbs.add_parser("ticket", help="issue and handle tickets").add_subparsers(
        dest="ticket_command", required=True
    )
    issue = verb(ticket, "issue", print_commands.ticket_issue, "issue a ticket for a service")
    issue.add_argument("service", metavar="SERVICE", help="service code, e.g. PASSPORT")
    issue.add_argument(
        "--priority", type=int, default=0, help="priority class (0 normal, 1 priority)"
    )
    issue.add_argument("--print", action="store_true", help="print it on the ticket printer")
    issue.add_argument(
        "--operator",
        metavar="LOGIN",
        help="the receptionist, supervisor or administrator who issues a priority ticket",
    )
    issue.add_argument("--pin", help="their PIN (else CONQ_PIN, else asked for)")
    reprint = verb(ticket, "reprint", print_commands.ticket_reprint, "print today's ticket again")
    reprint.add_argument("number", metavar="NUMBER")
    reprint.add_argument(
        "--operator",
        required=True,
        metavar="LOGIN",
        help="the receptionist, supervisor or administrator who reprints it",
    )
    reprint.add_argument("--pin", help="their PIN (else CONQ_PIN, else asked for)")
    pdf = verb(ticket, "pdf", print_commands.ticket_pdf, "write today's ticket as a PDF copy")
    pdf.add_argument("number", metavar="NUMBER")
    pdf.add_argument("--out", required=True, metavar="FILE")
    pdf.add_argument(
        "--operator",
        required=True,
        metavar="LOGIN",
        help="the receptionist, supervisor or administrator who makes the copy",
    )
    pdf.add_argument("--pin", help="their PIN (else CONQ_PIN, else asked for)")

    # Moves at a window: by the operator signed in there. With --operator the command
    # checks their PIN and that they are the one signed in; without it, it acts for the
    # window's signed-in session.
    acting: list[argparse.ArgumentParser] = []
    next_call = verb(ticket, "next", commands.ticket_next, "call the next ticket to a window")
    next_call.add_argument("--window", type=int, required=True)
    acting.append(next_call)
    call = verb(
        ticket, "call", commands.ticket_call, "call one ticket out of order (needs a reason)"
    )
    call.add_argument("number", metavar="NUMBER")
    call.add_argument("--window", type=int, required=True)
    call.add_argument("--reason", required=True)
    acting.append(call)

    for name, action in commands.WINDOW_TRANSITIONS.items():
        sub = verb(
            ticket, name, commands.ticket_transition(action), f"{name} the window's current ticket"
        )
        sub.add_argument("--window", type=int, required=True)
        sub.add_argument(
            "--number", help="the ticket the window is expected to hold (guards stale screens)"
        )
        acting.append(sub)

    redirect = verb(
        ticket, "redirect", commands.ticket_redirect, "send the current ticket to another service"
    )
    redirect.add_argument("--window", type=int, required=True)
    redirect.add_argument("--to", dest="to_service", required=True, metavar="SERVICE")
    redirect.add_argument("--number")
    acting.append(redirect)

    cancel = verb(ticket, "cancel", commands.ticket_cancel, "withdraw a waiting ticket")
    cancel.add_argument("number", metavar="NUMBER")
    cancel.add_argument("--reason", default="")
    cancel.add_argument(
        "--operator",
        required=True,
        metavar="LOGIN",
        help="the receptionist, supervisor or administrator who withdraws it",
    )
    cancel.add_argument("--pin", help="their PIN (else CONQ_PIN, else asked for)")

    verb(ticket, "show", commands.ticket_show, "show one of today's tickets").add_argument(
        "number", metavar="NUMBER"
    )

    printing = verbs.add_parser("print", help="the ticket printer").add_subparsers(
        dest="print_command", required=True
    )
    verb(
        printing, "test", print_commands.print_test, "print a sample ticket and report the outcome"
    )

    service = verbs.add_parser("service", help="a supervisor's services").add_subparsers(
        dest="service_command", required=True
    )
    supervised = [
        verb(service, "close", commands.service_issuing(False), "stop issuing a service"),
        verb(service, "open", commands.service_issuing(True), "resume issuing a service"),
    ]
    move = verb(
        service, "move", commands.service_move, "send a service's waiting tickets to another"
    )
    move.add_argument("--to", dest="to_service", required=True, metavar="SERVICE")
    supervised.append(move)
    for sub in supervised:
        sub.add_argument("service", metavar="SERVICE", help="service code, e.g. PASSPORT")
        sub.add_argument(
            "--operator", required=True, metavar="LOGIN", help="the supervisor or administrator"
        )
        sub.add_argument("--pin", help="their PIN (else CONQ_PIN, else asked for)")

    window = verbs.add_parser("window", help="operators at windows").add_subparsers(
        dest="window_command", required=True
    )
    sign_in = verb(window, "sign-in", commands.window_sign_in, "sign an operator in at a window")
    sign_in.add_argument("--window", type=int, required=True)
    sign_in.add_argument("--operator", required=True, metavar="LOGIN")
    sign_in.add_argument("--pin", help="PIN (else CONQ_PIN, else asked for)")
    for name in ("sign-out", "pause", "resume"):
        action = verb(window, name, commands.window_action(name), f"{name} a window")
        action.add_argument("--window", type=int, required=True)
        acting.append(action)
    for sub in acting:
        sub.add_argument(
            "--operator", metavar="LOGIN", help="who acts (else the window's signed-in operator)"
        )
        sub.add_argument("--pin", help="their PIN (else CONQ_PIN, else asked for)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit status; usage errors, ``--help`` and
    ``--version`` end it with ``SystemExit`` as argparse does."""
    out, err = _guard("stdout"), _guard("stderr")
    try:
        status = _run(argv)
        if out is not None:
            out.flush()  # here, not at exit, so that a lost output is known in time
            if status == 0 and out.lost is not None and is_disk_full(out.lost):
                status = _report(DiskFull(OUTPUT_NOT_WRITTEN), as_json=False)
        return status
    finally:
        for name, guard in (("stdout", out), ("stderr", err)):
            if guard is not None:
                guard.flush()
                if getattr(sys, name) is guard:
                    setattr(sys, name, guard.stream)


def _guard(name: str) -> GuardedOutput | None:
    stream = getattr(sys, name)
    if stream is None:  # no console (pythonw): print() already writes nowhere
        return None
    guard = GuardedOutput(stream)
    setattr(sys, name, guard)
    return guard


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    for name, value in vars(args).items():
        if value == []:
            # Python 3.11's argparse turns "--reason=--" into an empty list instead of
            # refusing it (a repeatable option's list is never empty).
            parser.error(f"'--' is not a value for {name.replace('_', '-')}")
        if isinstance(value, str) and name not in _PATH_OPTIONS and not is_text(value):
            # Bytes that are not text in the system's encoding arrive as lone surrogates,
            # which the database cannot store.
            parser.error(f"not valid text in the system's encoding: {value!r}")
    for name, default in (("db", None), ("lang", None), ("json", False), ("printer", None)):
        if not hasattr(args, name):
            setattr(args, name, default)
    if not hasattr(args, "handler"):
        if desktop.started_from_desktop():
            args.handler, args.quit_after, args.from_desktop = window_commands.start, 0, True
            args.upgrade, args.output_log = Upgrade.EMBEDDED, OutputLog.WITH_CONSOLE
        else:
            parser.print_help()
            args.handler = commands.first_run_check

    output_log = getattr(args, "output_log", OutputLog.NONE)
    if output_log is OutputLog.NONE:
        return _run_command(args)
    if output_log is OutputLog.WITH_CONSOLE and getattr(args, "no_windows", False):
        return _run_command(args)  # ``demo --no-windows`` only prints
    with log_file.logging_to_file(console=output_log is OutputLog.WITH_CONSOLE):
        return _run_command(args, _shown_command(sys.argv[1:] if argv is None else argv))


def _run_command(args: argparse.Namespace, logged_as: str | None = None) -> int:
    """``args``'s command, its failure told as one line and an exit status. With
    ``logged_as`` the output log is open, and gets a line naming the command first."""
    context: commands.Context | None = None
    try:
        settings = Settings.resolve(
            db=args.db,
            language=args.lang,
            printer=args.printer,
            share_ok=getattr(args, "share_ok", False),
        )
        set_language(settings.language)
        if logged_as is not None:
            log_file.note(
                "conq-desktop %s started: %s; database %s",
                __version__,
                logged_as,
                location(settings.db_url) or "?",
            )
        context = commands.Context(
            settings=settings,
            as_json=args.json,
            upgrade=getattr(args, "upgrade", Upgrade.NEVER),
        )
        result = args.handler(args, context)
        if isinstance(result, int):  # the handler printed its result and chose the status
            return result
        if result is not None:
            context.emit(result)
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        error = _disk_full(exc, context) or _for_people(exc)
        if error is not None:
            return _report(error, args.json)
        # A bug: say so in one line, keep the details in the log.
        where = _log_exception(exc)
        label = translate(_("internal error"))
        line = f"{label}: {type(exc).__name__}: {exc} ({where})"
        log_file.note("%s", line, level=logging.ERROR)
        print(f"conq-desktop: {line}", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        if context is not None:
            context.close()


def _for_people(exc: Exception) -> ConqError | None:
    """The error as a message for the user; None for a bug."""
    if isinstance(exc, ConqError):
        return exc
    if isinstance(exc, OperationalError):
        return DatabaseError(
            _("The database could not be used: {reason}"), reason=one_line(str(exc.orig))
        )
    if isinstance(exc, SQLAlchemyError):
        return DatabaseError(_("Database error: {reason}"), reason=str(exc).splitlines()[0])
    return None


def _disk_full(exc: BaseException, context: commands.Context | None) -> DiskFull | None:
    """``exc`` told as "the disk is full" when it, or what caused it, says so."""
    try:
        database = location(context.settings.db_url) if context else None
        return disk_full_error(exc, database=database)
    except Exception as failure:  # telling a full disk apart must not add a failure of its own
        _log_exception(failure)
        return None


def _report(error: ConqError, as_json: bool) -> int:
    try:
        message = error.message()
    except Exception as exc:  # a broken translation must not hide the error itself
        _log_exception(exc)
        message = f"{error.template} {error.params}"
    if as_json:
        print(
            json.dumps(
                {"error": {"type": type(error).__name__, "message": message}}, ensure_ascii=False
            )
        )
    print(f"conq-desktop: {message}", file=sys.stderr)
    log_file.note("%s (status %d)", message, error.exit_code, level=logging.ERROR)
    return error.exit_code


def _shown_command(argv: Sequence[str]) -> str:
    """The command line as typed, its database address left out: it may hold the
    server's password (the log names the database without it)."""
    shown: list[str] = []
    hide_next = False
    for word in argv:
        if hide_next:
            shown.append("…")
        elif word.startswith("--db="):
            shown.append("--db=…")
        else:
            shown.append(word)
        hide_next = word == "--db"
    return " ".join(shown) or "(start window)"


class _LogFile(logging.FileHandler):
    def handleError(self, record: logging.LogRecord) -> None:
        # logging would print its own traceback on stderr (a full disk, say); the caller
        # says in one line that no log could be written instead.
        raise


def _log_exception(exc: BaseException) -> str:
    try:
        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "conq-desktop.log"
        handler = _LogFile(path, encoding="utf-8", errors="backslashreplace")
        try:
            handler.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
            )
            log.addHandler(handler)
            # Into this file alone: the console and the output log get one line.
            log.propagate = False
            log.error("unhandled error", exc_info=exc)
        finally:
            log.propagate = True
            log.removeHandler(handler)
            handler.close()
        return str(path)
    except Exception:  # the log is a help: failing to write it must not hide the error
        return "no log file could be written"
