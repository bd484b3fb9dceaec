"""One window of a centre, run as its own OS process by the fault tests, so that it can
be killed with SIGKILL or lose its server like a real PC.

    python -m tests.faults.worker operator URL LOG --window N --login L --pin P
    python -m tests.faults.worker kiosk URL LOG --service A

An operator calls the next ticket, starts and finishes it, again and again; a kiosk
issues tickets. A ``ConqError`` is what a window shows and survives: it is counted and
logged and the loop goes on. Anything else escaping is logged as a crash and ends the
process with status 3. The loop ends when the file STOP (``--stop-file``) appears, or
after ``--operations`` successes.

Every outcome is one JSON line in LOG with its wall-clock time, written and flushed at
once, so that a test can tell what a process did even after killing it:
``{"t": …, "ok": true, "op": "call", "number": "A-007"}``.

``--hold-before-commit K``: at the K-th commit of a writing transaction the process
writes "held" to the file ``--hold-file`` and sleeps, its transaction open and all its
statements sent, for the test to kill it right there. The hook is a SQLAlchemy event
installed by this script on the engine it opened; the product has no such hook.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Connection, event

from conq_desktop.db import Database, Upgrade, open_database
from conq_desktop.engine import QueueEngine
from conq_desktop.errors import ConqError, DatabaseError, NothingToCall
from conq_desktop.models import TicketStatus

# Between two operations: a person at a window is not a busy loop, and the tests share
# two CPUs with other work.
PAUSE = 0.005
# After a failure: a window's panel shows the error and the operator presses again.
RETRY_PAUSE = 0.05
WRITES = ("INSERT", "UPDATE", "DELETE")


class Log:
    def __init__(self, path: Path) -> None:
        self.file: TextIO = path.open("a", encoding="utf-8", buffering=1)

    def write(self, **fields: Any) -> None:
        self.file.write(json.dumps({"t": time.time(), "pid": os.getpid(), **fields}) + "\n")
        self.file.flush()


def hold_before_commit(db: Database, nth: int, hold_file: Path) -> None:
    """Block in the ``nth`` commit of a transaction that wrote, before the COMMIT is sent."""
    commits = 0

    @event.listens_for(db.engine, "before_cursor_execute")
    def note_write(
        conn: Connection,
        cursor: Any,
        statement: str,
        parameters: Any,
        context: Any,
        executemany: bool,
    ) -> None:
        text = statement.lstrip().upper()
        # A write may also hide in a common table expression: WITH … UPDATE ….
        if text.startswith(WRITES) or (text.startswith("WITH") and any(w in text for w in WRITES)):
            conn.info["wrote"] = True

    @event.listens_for(db.engine, "commit")
    def hold(conn: Connection) -> None:
        nonlocal commits
        if not conn.info.pop("wrote", False):
            return
        commits += 1
        if commits == nth:
            hold_file.write_text("held")
            time.sleep(600)  # the test kills us here

    @event.listens_for(db.engine, "rollback")
    def forget(conn: Connection) -> None:
        conn.info.pop("wrote", None)


def operator_step(engine: QueueEngine, window: int) -> tuple[str, str]:
    """One move at the window, from the state the database says it is in: a process
    that was killed, or an operation whose outcome it never heard, resumes where the
    window really is."""
    current = engine.current_ticket(window)
    if current is None:
        ticket = engine.call_next(window)
        return "call", ticket.number
    if current.status == TicketStatus.CALLED:
        return "start", engine.start(window, number=current.number).number
    return "finish", engine.finish(window, number=current.number).number


def run(args: argparse.Namespace) -> int:
    log = Log(Path(args.log))
    stop = Path(args.stop_file) if args.stop_file else None
    db = open_database(args.url, upgrade=Upgrade.NEVER)
    if args.hold_before_commit:
        hold_before_commit(db, args.hold_before_commit, Path(args.hold_file))
    engine = QueueEngine(db)
    failures = done = 0
    try:
        if args.role == "operator":
            while True:  # signing in is the first thing a window does, and may fail too
                try:
                    engine.sign_in(args.window, args.login, args.pin)
                    log.write(ok=True, op="sign_in", window=args.window)
                    break
                except ConqError as exc:
                    failures += 1
                    log.write(
                        ok=False,
                        op="sign_in",
                        error=type(exc).__name__,
                        database=isinstance(exc, DatabaseError),
                        msg=str(exc),
                    )
                    time.sleep(RETRY_PAUSE)
        log.write(event="ready", role=args.role)
        while not (stop is not None and stop.exists()):
            if args.operations and done >= args.operations:
                break
            try:
                if args.role == "operator":
                    op, number = operator_step(engine, args.window)
                else:
                    op, number = "issue", engine.issue(args.service).ticket.number
            except NothingToCall:
                # Nobody waiting is an answer from the database, not a failure.
                log.write(ok=True, op="empty")
                time.sleep(RETRY_PAUSE)
                continue
            except ConqError as exc:
                failures += 1
                log.write(
                    ok=False,
                    op=args.role,
                    error=type(exc).__name__,
                    database=isinstance(exc, DatabaseError),
                    msg=str(exc),
                )
                time.sleep(RETRY_PAUSE)
                continue
            done += 1
            log.write(ok=True, op=op, number=number, window=args.window)
            time.sleep(PAUSE)
    except Exception as exc:  # not a ConqError: the window would have crashed
        traceback.print_exc()  # whole, in the worker's stderr file
        log.write(
            event="crash",
            error=f"{type(exc).__module__}.{type(exc).__name__}",
            msg=str(exc)[:500],
            # The program's own frames: where it let the error through.
            trace="".join(
                traceback.format_list(
                    [
                        f
                        for f in traceback.extract_tb(exc.__traceback__)
                        if "conq_desktop" in f.filename
                    ]
                )
            )[-3000:],
        )
        return 3
    finally:
        db.dispose()
    log.write(event="stopped", failures=failures, done=done)
    return 0


def serve_forks() -> int:
    """The launcher the tests start once (``python -m tests.faults.worker --launcher``):
    with everything imported, it forks a worker for each JSON line on stdin
    (``{"argv": […], "output": FILE, "exit_file": FILE}``) and answers with its pid.

    Starting Python and importing the program costs seconds of CPU per process on a
    loaded machine; a fork costs milliseconds, and the test that kills and restarts
    windows dozens of times stays short. Each worker is still a process of its own,
    killed with a real SIGKILL. When a worker ends the launcher writes its exit status
    (a number, or "killed") to its exit file; when stdin closes it kills those left.
    """
    import random
    import select
    import signal

    with contextlib.suppress(ImportError):  # imported once here, not in every worker
        import psycopg  # noqa: F401
        import sqlalchemy.dialects.postgresql.psycopg  # noqa: F401

    children: dict[int, str] = {}

    def reap() -> None:
        while children:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            exit_file = children.pop(pid, None)
            if exit_file:
                code = os.waitstatus_to_exitcode(status)
                Path(exit_file).write_text("killed" if code < 0 else str(code))

    while True:
        ready, _w, _x = select.select([sys.stdin], [], [], 0.02)
        reap()
        if not ready:
            continue
        line = sys.stdin.readline()
        if not line:
            break
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:  # the worker
            code = 1
            try:
                random.seed()  # not the launcher's sequence in every worker
                out = os.open(request["output"], os.O_WRONLY | os.O_CREAT | os.O_APPEND)
                os.dup2(out, 1)
                os.dup2(out, 2)
                null = os.open(os.devnull, os.O_RDONLY)
                os.dup2(null, 0)
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                code = main(request["argv"])
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        children[pid] = request["exit_file"]
        sys.stdout.write(f"{pid}\n")
        sys.stdout.flush()
    for pid in list(children):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while children and time.monotonic() < deadline:
        reap()
        time.sleep(0.02)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.faults.worker")
    parser.add_argument("role", choices=["operator", "kiosk"])
    parser.add_argument("url")
    parser.add_argument("log")
    parser.add_argument("--window", type=int, default=0)
    parser.add_argument("--login", default="")
    parser.add_argument("--pin", default="")
    parser.add_argument("--service", default="A")
    parser.add_argument("--stop-file", default="")
    parser.add_argument("--operations", type=int, default=0)
    parser.add_argument("--hold-before-commit", type=int, default=0)
    parser.add_argument("--hold-file", default="")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(serve_forks() if sys.argv[1:] == ["--launcher"] else main())
