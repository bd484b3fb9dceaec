"""A throw-away PostgreSQL server for the tests.

``throwaway_postgres()`` creates a cluster in a temp dir with ``initdb``, starts it with
``pg_ctl`` on 127.0.0.1 and a free port, yields its SQLAlchemy URL and then stops it and
removes the dir. Nothing is shared with a PostgreSQL that the machine may already run.

initdb and the server refuse to run as root, so under root (as in CI) the cluster
belongs to the ``postgres`` system user and every server command runs as that user
(``runuser``, or ``su`` where there is no ``runuser``); the database user is then
``postgres`` too. Otherwise everything runs as the current user.

The module is also a command, for scripts that want one server for a whole run::

    python -m tests.helpers.pgserver start --state-file FILE   # prints the URL
    python -m tests.helpers.pgserver stop --state-file FILE

``start`` leaves the server running in the background after it exits and writes what
``stop`` needs to FILE as JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import pwd
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

__all__ = [
    "PgServer",
    "PostgresUnavailable",
    "pause_server",
    "restart_server",
    "resume_server",
    "start_server",
    "stop_server",
    "terminate_backends",
    "throwaway_postgres",
]

SERVER_USER_FOR_ROOT = "postgres"
START_TIMEOUT = 60.0
START_ATTEMPTS = 3
SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "full_page_writes": "off",
    "synchronous_commit": "off",
    "max_connections": "200",
    "shared_buffers": "128MB",
    "log_min_messages": "warning",
    "timezone": "'UTC'",
}


class PostgresUnavailable(Exception):
    """No throw-away PostgreSQL can be started here; the message says why."""


@dataclass
class PgServer:
    url: str
    datadir: str  # the cluster's data directory (pg_ctl -D)
    basedir: str  # the temp dir holding it, the socket dir and the log; removed on stop
    pg_ctl: str
    run_as: str | None  # system user the server runs as; None: the current user
    port: int

    @property
    def log_file(self) -> Path:
        return Path(self.basedir) / "server.log"


# --- finding PostgreSQL ---------------------------------------------------------------


def _version_key(path: Path) -> tuple[int, ...]:
    """/usr/lib/postgresql/15/bin -> (15,); 9.6 -> (9, 6); unknown names sort first."""
    return tuple(int(part) for part in re.findall(r"\d+", path.parent.name)) or (-1,)


def _is_executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def find_pg_bindir() -> Path:
    """The directory holding both ``initdb`` and ``pg_ctl``: the one on PATH first, then
    the newest /usr/lib/postgresql/*/bin (Debian and Ubuntu keep them there)."""
    candidates: list[Path] = []
    on_path = shutil.which("initdb")
    if on_path:
        # Debian puts symlinks in /usr/local/bin or similar; use the real bin dir.
        candidates.append(Path(os.path.realpath(on_path)).parent)
    candidates.extend(
        sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version_key, reverse=True)
    )
    for bindir in candidates:
        if _is_executable(bindir / "initdb") and _is_executable(bindir / "pg_ctl"):
            return bindir
    raise PostgresUnavailable(
        "initdb and pg_ctl were found neither on PATH nor in /usr/lib/postgresql/*/bin; "
        "install the PostgreSQL server (Debian/Ubuntu: apt-get install postgresql)"
    )


# --- running commands, possibly as the postgres user ------------------------------------


def _server_user() -> tuple[str | None, str]:
    """(system user to run the server commands as, or None for ourselves; DB superuser)."""
    if os.geteuid() != 0:
        return None, pwd.getpwuid(os.geteuid()).pw_name
    try:
        pwd.getpwnam(SERVER_USER_FOR_ROOT)
    except KeyError:
        raise PostgresUnavailable(
            f"running as root, and there is no {SERVER_USER_FOR_ROOT!r} system user to run "
            "the server as (initdb refuses root); install the postgresql package, which "
            "creates it, or run the tests as an ordinary user"
        ) from None
    if not (shutil.which("runuser") or shutil.which("su")):
        raise PostgresUnavailable(
            "running as root, and neither runuser nor su is there to switch to the "
            f"{SERVER_USER_FOR_ROOT!r} user"
        )
    return SERVER_USER_FOR_ROOT, SERVER_USER_FOR_ROOT


def _as_user(cmd: Sequence[str], run_as: str | None) -> list[str]:
    if run_as is None:
        return list(cmd)
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", run_as, "--", *cmd]
    su = shutil.which("su") or "su"
    return [su, run_as, "-s", "/bin/sh", "-c", shlex.join(cmd)]


def _environment() -> dict[str, str]:
    # PG* variables of the caller (PGDATA, PGPORT, PGHOST...) must not leak into the
    # throw-away cluster, and the C locale keeps initdb away from missing locales.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"
    env["LANG"] = "C"
    return env


def _run(
    cmd: Sequence[str], run_as: str | None, cwd: str, timeout: float = 120.0
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _as_user(cmd, run_as),
        cwd=cwd,
        env=_environment(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _output(proc: subprocess.CompletedProcess[str]) -> str:
    return (proc.stdout + proc.stderr).strip()


def _log_tail(log_file: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log_file.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no server log)"


# --- starting and stopping ----------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _accepts_connections(url: str, port: int) -> bool:
    try:
        import psycopg  # only in the project's venv; a TCP check has to do elsewhere
    except ImportError:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1.0):
                return True
        except OSError:
            return False
    conninfo = url.replace("postgresql+psycopg://", "postgresql://", 1)
    try:
        with psycopg.connect(conninfo, connect_timeout=2) as conn:
            conn.execute("SELECT 1")
        return True
    except psycopg.Error:
        return False


def _wait_until_ready(server: PgServer, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _accepts_connections(server.url, server.port):
            return
        time.sleep(0.2)
    raise PostgresUnavailable(
        f"PostgreSQL on port {server.port} did not accept connections within "
        f"{timeout:.0f} s; server log:\n{_log_tail(server.log_file)}"
    )


def _make_basedir(run_as: str | None) -> Path:
    basedir = Path(tempfile.mkdtemp(prefix="conq-pg-"))
    (basedir / "socket").mkdir()
    (basedir / "server.log").touch()
    if run_as is not None:
        entry = pwd.getpwnam(run_as)
        for path in (basedir, basedir / "socket", basedir / "server.log"):
            os.chown(path, entry.pw_uid, entry.pw_gid)
        probe = _run(["test", "-w", str(basedir)], run_as, cwd="/")
        if probe.returncode != 0:
            shutil.rmtree(basedir, ignore_errors=True)
            raise PostgresUnavailable(
                f"the {run_as!r} user cannot write to {basedir}: a parent directory is "
                "closed to it; point TMPDIR to a directory it can reach, such as /tmp"
            )
    return basedir


def _write_settings(datadir: Path, port: int, socket_dir: Path) -> None:
    settings = {**SETTINGS, "port": str(port), "unix_socket_directories": f"'{socket_dir}'"}
    # postgresql.conf belongs to the server user; appending as root keeps its owner.
    with (datadir / "postgresql.conf").open("a") as conf:
        conf.write("\n# throw-away test server (tests/helpers/pgserver.py)\n")
        for key, value in settings.items():
            conf.write(f"{key} = {value}\n")


def start_server() -> PgServer:
    """Create and start a throw-away cluster; the caller must ``stop_server`` it."""
    bindir = find_pg_bindir()
    run_as, db_user = _server_user()
    initdb, pg_ctl = str(bindir / "initdb"), str(bindir / "pg_ctl")
    basedir = _make_basedir(run_as)
    datadir = basedir / "data"
    socket_dir = basedir / "socket"
    log_file = basedir / "server.log"
    cwd = str(basedir)
    try:
        proc = _run(
            [
                initdb,
                "-D",
                str(datadir),
                "-A",
                "trust",
                "-U",
                db_user,
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ],
            run_as,
            cwd,
        )
        if proc.returncode != 0:
            raise PostgresUnavailable(f"initdb failed ({proc.returncode}):\n{_output(proc)}")
        last_error = ""
        for _attempt in range(START_ATTEMPTS):
            # Another process may take the free port before the server binds it: retry.
            port = _free_port()
            _write_settings(datadir, port, socket_dir)
            server = PgServer(
                url=f"postgresql+psycopg://{db_user}@127.0.0.1:{port}/postgres",
                datadir=str(datadir),
                basedir=str(basedir),
                pg_ctl=pg_ctl,
                run_as=run_as,
                port=port,
            )
            proc = _run(
                [
                    pg_ctl,
                    "-D",
                    str(datadir),
                    "-l",
                    str(log_file),
                    "-w",
                    "-t",
                    str(int(START_TIMEOUT)),
                    "start",
                ],
                run_as,
                cwd,
                timeout=START_TIMEOUT + 30,
            )
            if proc.returncode == 0:
                _wait_until_ready(server, START_TIMEOUT)
                return server
            last_error = f"{_output(proc)}\nserver log:\n{_log_tail(log_file)}"
            _stop_cluster(pg_ctl, str(datadir), run_as, cwd)
        raise PostgresUnavailable(
            f"pg_ctl could not start PostgreSQL in {START_ATTEMPTS} attempts:\n{last_error}"
        )
    except BaseException:
        _stop_cluster(pg_ctl, str(datadir), run_as, cwd)
        shutil.rmtree(basedir, ignore_errors=True)
        raise


def _postmaster_pid(datadir: str) -> int | None:
    try:
        first_line = (Path(datadir) / "postmaster.pid").read_text().splitlines()[0]
        return int(first_line.strip())
    except (OSError, IndexError, ValueError):
        return None


def _stop_cluster(pg_ctl: str, datadir: str, run_as: str | None, cwd: str) -> None:
    """Stop the server if it runs; kill the postmaster if pg_ctl cannot."""
    if not (Path(datadir) / "postmaster.pid").exists():
        return
    with contextlib.suppress(subprocess.TimeoutExpired, OSError):
        proc = _run(
            [pg_ctl, "-D", datadir, "-m", "fast", "-w", "-t", "60", "stop"], run_as, cwd, timeout=90
        )
        if proc.returncode == 0:
            return
    pid = _postmaster_pid(datadir)
    if pid is None:
        return
    # SIGQUIT is PostgreSQL's immediate shutdown; SIGKILL if even that hangs.
    for sig, wait in ((signal.SIGQUIT, 10.0), (signal.SIGKILL, 5.0)):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return
        except PermissionError:
            break
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)
    print(f"warning: could not stop PostgreSQL (pid {pid}) in {datadir}", file=sys.stderr)


def stop_server(server: PgServer) -> None:
    """Stop the server (``pg_ctl stop -m fast``) and remove its temp dir."""
    cwd = server.basedir if Path(server.basedir).is_dir() else "/"
    _stop_cluster(server.pg_ctl, server.datadir, server.run_as, cwd)
    shutil.rmtree(server.basedir, ignore_errors=True)


def run_pg_ctl(server: PgServer, *args: str, timeout: float = START_TIMEOUT) -> None:
    """Run ``pg_ctl -D DATADIR ARGS…`` for ``server`` (as its system user), waiting for
    it to finish; PostgresUnavailable with the server log when it fails."""
    cmd = [server.pg_ctl, "-D", server.datadir, "-l", str(server.log_file), *args]
    proc = _run(cmd, server.run_as, server.basedir, timeout=timeout + 30)
    if proc.returncode != 0:
        raise PostgresUnavailable(
            f"pg_ctl {' '.join(args)} failed ({proc.returncode}): {_output(proc)}\n"
            f"server log:\n{_log_tail(server.log_file)}"
        )


def restart_server(server: PgServer, mode: str = "fast") -> None:
    """``pg_ctl restart -m MODE``: every connection is cut, the server comes back on the
    same port; returns once it accepts connections again. For the fault tests."""
    run_pg_ctl(server, "-m", mode, "-w", "-t", str(int(START_TIMEOUT)), "restart")
    _wait_until_ready(server, START_TIMEOUT)


def pause_server(server: PgServer, mode: str = "fast") -> None:
    """Stop the server but keep its cluster: ``resume_server`` starts it again."""
    run_pg_ctl(server, "-m", mode, "-w", "-t", str(int(START_TIMEOUT)), "stop")


def resume_server(server: PgServer) -> None:
    run_pg_ctl(server, "-w", "-t", str(int(START_TIMEOUT)), "start")
    _wait_until_ready(server, START_TIMEOUT)


def terminate_backends(server_url: str, database: str) -> int:
    """``pg_terminate_backend`` every connection to ``database`` but our own, as an
    administrator (or a failing network) would; how many were cut."""
    import psycopg  # the project's venv has it; only the fault tests call this

    conninfo = server_url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(conninfo, autocommit=True, connect_timeout=5) as conn:
        row = conn.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (database,),
        ).fetchone()
    return int(row[0]) if row else 0


@contextmanager
def throwaway_postgres() -> Iterator[str]:
    """Start a throw-away PostgreSQL, yield its SQLAlchemy URL
    (``postgresql+psycopg://USER@127.0.0.1:PORT/postgres``), then stop and remove it.
    Raises PostgresUnavailable, with the reason, when it cannot be started here."""
    server = start_server()
    try:
        yield server.url
    finally:
        stop_server(server)


# --- command line ---------------------------------------------------------------------------


def _cmd_start(state_file: Path) -> int:
    if state_file.exists():
        print(f"error: {state_file} exists: stop that server first", file=sys.stderr)
        return 1
    try:
        server = start_server()
    except PostgresUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    state = asdict(server)
    try:
        state_file.parent.mkdir(parents=True, exist_ok=True)
        state_file.write_text(json.dumps(state, indent=2) + "\n")
    except OSError:
        stop_server(server)
        raise
    print(server.url)
    return 0


def _cmd_stop(state_file: Path) -> int:
    try:
        state = json.loads(state_file.read_text())
    except FileNotFoundError:
        print(f"{state_file} does not exist: no server to stop", file=sys.stderr)
        return 0
    datadir = state["datadir"]
    server = PgServer(
        url=state["url"],
        datadir=datadir,
        basedir=state.get("basedir") or str(Path(datadir).parent),
        pg_ctl=state["pg_ctl"],
        run_as=state.get("run_as"),
        port=int(state.get("port", 0)),
    )
    stop_server(server)
    state_file.unlink(missing_ok=True)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.helpers.pgserver",
        description="Start or stop a throw-away PostgreSQL server for the tests.",
    )
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument(
        "--state-file",
        required=True,
        type=Path,
        help="JSON file that start writes and stop reads (url, datadir, pg_ctl, run_as)",
    )
    args = parser.parse_args(argv)
    if args.action == "start":
        return _cmd_start(args.state_file)
    return _cmd_stop(args.state_file)


if __name__ == "__main__":
    sys.exit(main())
