"""The command line where the world is unkind: an output nobody reads, numbers too large
for the database, no terminal to ask a PIN at, a full disk, bytes that are not text.
Whatever happens, the answer is an exit status and one line, never a traceback."""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError as SAOperationalError

from conq_desktop.cli import main as cli_main
from conq_desktop.cli.prompt import NO_TERMINAL, NOT_TEXT, NOT_TYPED, read_pin
from conq_desktop.cli.render import GuardedOutput
from conq_desktop.disk import (
    ALMOST_FULL_BYTES,
    DATABASE_NOT_WRITTEN,
    DiskFull,
    disk_full_error,
    is_disk_full,
)
from conq_desktop.engine import QueueEngine
from conq_desktop.errors import ConfigError, NotFound, UsageError
from conq_desktop.models import MAX_WINDOW_NUMBER
from conq_desktop.views import app as views_app
from tests.helpers.cli import dump, run
from tests.helpers.printer_listener import closed_port

EXIT_USAGE, EXIT_NOT_FOUND, EXIT_CONFIG, EXIT_NOT_PRINTED = 2, 5, 6, 7
HUGE = str(10**23)
POSIX = sys.platform != "win32"
SQLITE_FULL, SQLITE_BUSY, SQLITE_IOERR_WRITE = 13, 5, 778

RECEPTIONIST = ("--operator", "bakyt", "--pin", "6666")


def conq(
    *args: str | bytes,
    stdout: int | None = subprocess.PIPE,
    stdin: int | None = subprocess.DEVNULL,
    env: dict[str, str] | None = None,
    close_stdin: bool = False,
) -> subprocess.CompletedProcess[str]:
    """The real command with its streams as a script or a service would have them."""
    # A PIN in the developer's own environment must not answer for the test.
    environ = {key: value for key, value in os.environ.items() if key != "CONQ_PIN"}
    environ |= env or {}
    result = subprocess.run(
        [sys.executable, "-m", "conq_desktop", *args],
        stdin=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=environ,
        timeout=60,
        # Started with no stdin at all, as from a service manager.
        preexec_fn=(lambda: os.close(0)) if close_stdin else None,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8", "replace") if result.stdout is not None else "",
        result.stderr.decode("utf-8", "replace"),
    )


def conq_into_closed_pipe(*args: str) -> subprocess.CompletedProcess[str]:
    """The command with stdout on a pipe whose reader has already gone: its first write
    that reaches the pipe fails with EPIPE, every time, with no timing involved."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return conq(*args, stdout=write_end)
    finally:
        os.close(write_end)


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr and "internal error" not in stderr
    return lines[0]


def waiting(url: str) -> dict[str, int]:
    status = json.loads(run("--db", url, "--json", "status").stdout)
    return {queue["service"]["code"]: queue["waiting"] for queue in status["services"]}


# ---------------------------------------------------------------------- closed output


def test_an_issued_ticket_into_a_closed_pipe_is_still_a_success(centre_db: str) -> None:
    result = conq_into_closed_pipe("--db", centre_db, "ticket", "issue", "PASSPORT")
    assert result.returncode == 0
    assert result.stderr == ""  # not even Python's "Exception ignored … BrokenPipeError"
    assert waiting(centre_db)["PASSPORT"] == 1
    assert run("--db", centre_db, "ticket", "show", "А-001").returncode == 0
    assert run("--db", centre_db, "ticket", "show", "А-002").returncode == EXIT_NOT_FOUND


@pytest.mark.parametrize(
    "args",
    [
        ("--json", "status"),
        ("--json", "ticket", "issue", "PENSION"),
        ("db", "info"),
        ("--help",),
    ],
)
def test_every_output_into_a_closed_pipe_keeps_its_status(centre_db: str, args: tuple) -> None:
    result = conq_into_closed_pipe("--db", centre_db, *args)
    assert (result.returncode, result.stderr) == (0, "")


def test_a_refusal_into_a_closed_pipe_keeps_its_status_and_message(centre_db: str) -> None:
    before = dump(centre_db)
    result = conq_into_closed_pipe("--db", centre_db, "--json", "ticket", "issue", "NOSUCH")
    assert result.returncode == EXIT_NOT_FOUND
    assert "Unknown service" in one_line(result.stderr)
    assert dump(centre_db) == before


def test_a_ticket_not_printed_into_a_closed_pipe_is_still_status_7(centre_db: str) -> None:
    dead = f"tcp://127.0.0.1:{closed_port()}"
    result = conq_into_closed_pipe(
        "--db", centre_db, "--printer", dead, "ticket", "issue", "PENSION", "--print"
    )
    assert result.returncode == EXIT_NOT_PRINTED
    assert "unreachable" in one_line(result.stderr)
    assert waiting(centre_db)["PENSION"] == 1


def test_the_guard_drops_output_after_the_reader_left_and_silences_the_descriptor() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)
    stream = open(write_end, "w", encoding="utf-8", buffering=1)  # noqa: SIM115 - closed below
    guard = GuardedOutput(stream)
    try:
        assert guard.write("А-001\n") == len("А-001\n")
        assert isinstance(guard.lost, BrokenPipeError)
        guard.write("more\n")
        guard.flush()
        # What was buffered goes to the null device at exit, not to a broken pipe.
        assert os.path.samestat(os.fstat(write_end), os.stat(os.devnull))
    finally:
        stream.close()


def test_the_guard_escapes_what_the_encoding_cannot_hold() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1251")  # a redirected file on a Russian PC
    guard = GuardedOutput(stream)
    guard.write("Нургүл \udcff\n")
    stream.flush()
    assert raw.getvalue().decode("cp1251") == "Нург\\u04afл \\udcff\n"
    assert guard.lost is None


def test_other_output_errors_are_not_hidden() -> None:
    class Failing(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(errno.EIO, "I/O error")

    with pytest.raises(OSError, match="I/O error"):
        GuardedOutput(Failing()).write("x")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_output_to_a_full_disk_says_so_and_the_ticket_stays_issued(centre_db: str) -> None:
    with open("/dev/full", "wb") as full:
        result = conq("--db", centre_db, "ticket", "issue", "PASSPORT", stdout=full.fileno())
    assert result.returncode == EXIT_CONFIG
    assert one_line(result.stderr) == (
        "conq-desktop: The disk is full: the output could not be written. "
        "Free some space and try again."
    )
    assert waiting(centre_db)["PASSPORT"] == 1


# ---------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    "args",
    [
        ("ticket", "next", "--window", HUGE),
        ("window", "sign-in", "--window", f"-{HUGE}", "--operator", "aibek", "--pin", "1111"),
    ],
)
def test_a_window_number_too_large_for_the_database_is_no_window(
    centre_db: str, args: tuple[str, ...]
) -> None:
    assert run("--db", centre_db, "ticket", "issue", "PASSPORT").returncode == 0
    before = dump(centre_db)
    result = conq("--db", centre_db, *args)
    assert result.returncode == EXIT_NOT_FOUND
    number = args[args.index("--window") + 1]
    assert one_line(result.stderr) == f"conq-desktop: There is no window {int(number)}."
    assert dump(centre_db) == before


def test_every_window_command_refuses_numbers_out_of_range(
    centre_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("--db", centre_db, "ticket", "issue", "PASSPORT").returncode == 0
    before = dump(centre_db)
    verbs = [
        ("ticket", "next"),
        ("ticket", "start"),
        ("ticket", "finish", "--number", "А-001"),
        ("ticket", "redirect", "--to", "PENSION"),
        ("ticket", "call", "А-001", "--reason", "veteran"),
        ("window", "sign-in", "--operator", "aibek", "--pin", "1111"),
        ("window", "pause"),
        ("window", "sign-out"),
    ]
    for number in (HUGE, f"-{HUGE}", "0", "-1", str(MAX_WINDOW_NUMBER + 1), str(2**63)):
        for verb in verbs:
            status = cli_main.main(["--db", centre_db, *verb, "--window", number])
            err = capsys.readouterr().err
            assert (status, err) == (
                EXIT_NOT_FOUND,
                f"conq-desktop: There is no window {int(number)}.\n",
            ), verb
    assert dump(centre_db) == before


def test_the_highest_window_number_is_a_window(tmp_path: Path) -> None:
    centre = tmp_path / "centre.toml"
    centre.write_text(
        '[[services]]\ncode = "ONE"\nprefix = "A"\n'
        'name = { ky = "Бир", ru = "Один", en = "One" }\n\n'
        f'[[windows]]\nnumber = {MAX_WINDOW_NUMBER}\nservices = ["ONE"]\n\n'
        '[[operators]]\nlogin = "solo"\nname = "Solo"\npin = "4321"\n',
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 'edge.sqlite3'}"
    assert run("--db", url, "setup", "--from", str(centre)).returncode == 0
    as_solo = ("--operator", "solo", "--pin", "4321")
    window = ("--window", str(MAX_WINDOW_NUMBER))
    assert run("--db", url, "window", "sign-in", *window, *as_solo).returncode == 0
    result = run("--db", url, "ticket", "next", *window)
    # The window is there; nobody is waiting yet.
    assert result.returncode == 4, result.stderr
    assert (
        one_line(result.stderr)
        == f"conq-desktop: Nobody is waiting for window {MAX_WINDOW_NUMBER}."
    )


def test_the_engine_refuses_out_of_range_windows_on_every_backend(engine: QueueEngine) -> None:
    # On PostgreSQL 10**23 would otherwise fail as an integer out of range, on SQLite
    # as an OverflowError in the driver: the windows call the engine directly.
    for number in (10**23, -(10**23), 0, MAX_WINDOW_NUMBER + 1):
        with pytest.raises(NotFound, match="There is no window"):
            engine.call_next(number)
        with pytest.raises(NotFound, match="There is no window"):
            engine.current_ticket(number)


def test_quit_after_must_be_a_number_of_seconds_a_timer_can_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_window(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a window was opened")

    monkeypatch.setattr(views_app, "Opener", no_window)
    url = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    for verb in (["display"], ["kiosk"], ["start"], ["operator", "--window", "1"]):
        for seconds in ("nan", "inf", "-inf", "-1", "1e300", "2147484", "soon"):
            with pytest.raises(SystemExit) as refused:
                cli_main.main(["--db", url, *verb, f"--quit-after={seconds}"])
            assert refused.value.code == EXIT_USAGE
            last = capsys.readouterr().err.strip().splitlines()[-1]
            assert "--quit-after" in last and repr(seconds) in last
    assert not (tmp_path / "q.sqlite3").exists()  # refused before anything was opened


def test_quit_after_in_range_is_accepted() -> None:
    parser = cli_main.build_parser()
    for seconds in ("0", "0.5", "2147483"):
        assert parser.parse_args(["kiosk", "--quit-after", seconds]).quit_after == float(seconds)


def test_huge_priority_is_refused_by_the_queue_rules(centre_db: str) -> None:
    before = dump(centre_db)
    result = conq("--db", centre_db, "ticket", "issue", "PASSPORT", "--priority", HUGE)
    assert result.returncode == 3
    assert "Unknown priority class" in one_line(result.stderr)
    assert dump(centre_db) == before


@pytest.mark.parametrize(
    "args",
    [
        ("ticket", "call", "А-001", "--window=1", "--reason=--"),
        ("ticket", "next", "--window=--"),
        ("ticket", "cancel", "А-001", "--operator", "bakyt", "--reason=--"),
    ],
)
def test_a_double_dash_as_an_option_value_is_a_usage_error(
    centre_db: str, args: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    # Found by test_cli_fuzz.py: Python 3.11's argparse made the value an empty list.
    before = dump(centre_db)
    with pytest.raises(SystemExit) as refused:
        cli_main.main(["--db", centre_db, *args])
    assert refused.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert "'--' is not a value" in err.strip().splitlines()[-1] and "Traceback" not in err
    assert dump(centre_db) == before


# ---------------------------------------------------------------------- bytes, not text


@pytest.mark.skipif(not POSIX, reason="Windows passes the command line as text")
@pytest.mark.parametrize(
    "args",
    [
        ("ticket", "show", b"\xff"),
        ("ticket", "issue", b"PASS\xffPORT"),
        ("ticket", "cancel", "А-001", "--operator", "bakyt", "--reason", b"\xc3"),
        ("window", "sign-in", "--window", "1", "--operator", b"\xff", "--pin", "1111"),
    ],
)
def test_arguments_that_are_not_text_are_a_usage_error(centre_db: str, args: tuple) -> None:
    before = dump(centre_db)
    result = conq("--db", centre_db, *args)
    assert result.returncode == EXIT_USAGE
    assert "not valid text" in result.stderr.strip().splitlines()[-1]
    assert "Traceback" not in result.stderr
    assert dump(centre_db) == before


@pytest.mark.skipif(not POSIX, reason="Windows passes the command line as text")
def test_a_file_name_may_be_any_bytes(centre_db: str, tmp_path: Path) -> None:
    assert run("--db", centre_db, "ticket", "issue", "PASSPORT").returncode == 0
    out = os.fsencode(tmp_path) + b"/\xff.pdf"
    result = conq("--db", centre_db, "ticket", "pdf", "А-001", "--out", out, *RECEPTIONIST)
    assert result.returncode == 0, result.stderr
    assert os.path.exists(out)


# ---------------------------------------------------------------------- PIN


@pytest.mark.parametrize(
    "close_stdin",
    [
        False,
        pytest.param(
            True,
            marks=pytest.mark.skipif(not POSIX, reason="a process without stdin is a POSIX notion"),
        ),
    ],
)
def test_sign_in_without_a_pin_or_a_terminal_says_how_to_give_it(
    centre_db: str, close_stdin: bool
) -> None:
    before = dump(centre_db)
    result = conq(
        "--db",
        centre_db,
        "window",
        "sign-in",
        "--window",
        "1",
        "--operator",
        "aibek",
        close_stdin=close_stdin,
    )
    assert result.returncode == EXIT_USAGE
    assert one_line(result.stderr) == (
        "conq-desktop: There is no terminal to type the PIN in: give it with --pin or in "
        "the CONQ_PIN environment variable."
    )
    assert dump(centre_db) == before


def test_sign_in_takes_the_pin_from_the_environment(centre_db: str) -> None:
    result = conq(
        "--db",
        centre_db,
        "window",
        "sign-in",
        "--window",
        "1",
        "--operator",
        "aibek",
        env={"CONQ_PIN": "1111"},
    )
    assert result.returncode == 0, result.stderr
    assert "aibek signed in at window 1." in result.stdout


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_read_pin_prefers_the_option_then_the_environment() -> None:
    def never(prompt: str) -> str:
        raise AssertionError("asked although the PIN was given")

    assert read_pin("1234", environ={"CONQ_PIN": "9999"}, ask=never) == "1234"
    assert read_pin(None, environ={"CONQ_PIN": "9999"}, ask=never) == "9999"
    assert read_pin(None, environ={"X_PIN": "5555"}, variable="X_PIN", ask=never) == "5555"


def test_read_pin_asks_at_a_terminal() -> None:
    prompts: list[str] = []

    def typed(prompt: str) -> str:
        prompts.append(prompt)
        return "2222"

    assert read_pin(stdin=FakeTerminal(), environ={}, ask=typed) == "2222"
    assert prompts == ["PIN: "]


@pytest.mark.parametrize("stdin", [None, io.StringIO("1111\n"), "closed"])
def test_read_pin_refuses_without_a_terminal(stdin: Any) -> None:
    if stdin == "closed":
        stdin = io.StringIO()
        stdin.close()

    def never(prompt: str) -> str:
        raise AssertionError("asked with nobody to answer")

    with pytest.raises(UsageError) as refused:
        read_pin(stdin=stdin, environ={}, ask=never, option="--admin-pin", variable="ADMIN")
    assert refused.value.exit_code == EXIT_USAGE
    assert refused.value.template == NO_TERMINAL
    assert "--admin-pin" in str(refused.value) and "ADMIN" in str(refused.value)


def test_read_pin_refuses_an_ended_input_and_undecodable_text() -> None:
    def end_of_input(prompt: str) -> str:
        raise EOFError

    with pytest.raises(UsageError) as ended:
        read_pin(stdin=FakeTerminal(), environ={}, ask=end_of_input)
    assert ended.value.template == NOT_TYPED
    with pytest.raises(UsageError) as garbled:
        read_pin(None, environ={"CONQ_PIN": "11\udcff1"})
    assert garbled.value.template == NOT_TEXT


# ---------------------------------------------------------------------- full disk


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "The disk is full: /dev/full could not be written. Free some space"),
        ("ru", "Диск заполнен"),
        ("ky", "Диск толуп калды"),
    ],
)
def test_a_pdf_onto_a_full_disk_says_the_disk_is_full(
    centre_db: str, lang: str, words: str
) -> None:
    assert run("--db", centre_db, "ticket", "issue", "PASSPORT").returncode == 0
    result = conq(
        "--db", centre_db, "--lang", lang, "ticket", "pdf", "А-001", "--out", "/dev/full",
        *RECEPTIONIST,
    )  # fmt: skip
    assert result.returncode == EXIT_CONFIG
    assert words in one_line(result.stderr)


def sqlite_error(message: str, code: int | None) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    if code is not None:  # as sqlite3 sets them on errors from the library (3.11+)
        error.sqlite_errorcode = code  # type: ignore[attr-defined]
        error.sqlite_errorname = {13: "SQLITE_FULL", 5: "SQLITE_BUSY"}.get(  # type: ignore[attr-defined]
            code, "SQLITE_IOERR_WRITE"
        )
    return error


@pytest.fixture
def no_free_space(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    usage = shutil.disk_usage(".")
    monkeypatch.setattr(
        "conq_desktop.disk.shutil.disk_usage",
        lambda folder: usage._replace(free=ALMOST_FULL_BYTES - 1),
    )
    yield


def test_sqlite_full_is_a_full_disk() -> None:
    assert is_disk_full(sqlite_error("database or disk is full", SQLITE_FULL))
    assert is_disk_full(sqlite_error("database or disk is full", None))  # no code: the text
    assert not is_disk_full(sqlite_error("database is locked", SQLITE_BUSY))
    assert not is_disk_full(sqlite_error("no such table: x", 1))


def test_an_sqlite_io_error_is_a_full_disk_only_without_free_space(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    io_error = sqlite_error("disk I/O error", SQLITE_IOERR_WRITE)
    assert not is_disk_full(io_error, tmp_path)  # the test machine has room
    assert not is_disk_full(io_error)  # nowhere to look
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(
        "conq_desktop.disk.shutil.disk_usage",
        lambda folder: usage._replace(free=ALMOST_FULL_BYTES - 1),
    )
    assert is_disk_full(io_error, tmp_path)
    assert is_disk_full(sqlite_error("disk I/O error", None), tmp_path)
    assert not is_disk_full(sqlite_error("database is locked", SQLITE_BUSY), tmp_path)


def test_os_errors_of_a_full_disk() -> None:
    assert is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert is_disk_full(OSError(errno.EDQUOT, "Disk quota exceeded"))
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))
    assert not is_disk_full(ValueError("disk is full"))

    class PostgresError(Exception):
        sqlstate = "53100"

    assert is_disk_full(PostgresError("could not extend file"))


def test_a_full_disk_is_found_behind_the_error_that_reports_it(tmp_path: Path) -> None:
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError:
            raise ConfigError("Cannot write {path}", path="x") from None
    except ConfigError as error:
        wrapped = disk_full_error(error, path=tmp_path / "ticket.pdf")
    assert isinstance(wrapped, DiskFull) and wrapped.exit_code == EXIT_CONFIG
    assert str(tmp_path / "ticket.pdf") in wrapped.message("en")

    database = tmp_path / "queue.sqlite3"
    driver = SAOperationalError("INSERT …", {}, sqlite_error("database or disk is full", 13))
    found = disk_full_error(driver, database=database)
    assert found is not None and found.template == DATABASE_NOT_WRITTEN
    assert found.params == {"path": str(database)}
    assert disk_full_error(ConfigError("Broken centre file")) is None
    assert disk_full_error(sqlite_error("disk I/O error", SQLITE_IOERR_WRITE)) is None


@pytest.mark.parametrize(
    ("error", "needs_no_space"),
    [
        (sqlite_error("database or disk is full", SQLITE_FULL), False),
        (sqlite_error("disk I/O error", SQLITE_IOERR_WRITE), True),
    ],
)
def test_the_command_says_the_database_disk_is_full(
    centre_db: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    request: pytest.FixtureRequest,
    error: sqlite3.OperationalError,
    needs_no_space: bool,
) -> None:
    if needs_no_space:
        request.getfixturevalue("no_free_space")

    def issue(self: QueueEngine, code: str, priority: int = 0, **_options: object) -> None:
        raise SAOperationalError("INSERT INTO tickets …", {}, error)

    monkeypatch.setattr(QueueEngine, "issue", issue)
    status = cli_main.main(["--db", centre_db, "--json", "ticket", "issue", "PASSPORT"])
    captured = capsys.readouterr()
    assert status == EXIT_CONFIG
    database = centre_db.removeprefix("sqlite:///")
    assert one_line(captured.err) == (
        f"conq-desktop: The disk is full: the database {database} could not be written. "
        "Free some space and try again."
    )
    assert json.loads(captured.out)["error"]["type"] == "DiskFull"


def test_an_io_error_with_room_on_the_disk_is_not_called_full(
    centre_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def issue(self: QueueEngine, code: str, priority: int = 0, **_options: object) -> None:
        raise SAOperationalError("INSERT …", {}, sqlite_error("disk I/O error", 778))

    monkeypatch.setattr(QueueEngine, "issue", issue)
    status = cli_main.main(["--db", centre_db, "ticket", "issue", "PASSPORT"])
    assert status == EXIT_CONFIG
    line = one_line(capsys.readouterr().err)
    assert "disk I/O error" in line and "full" not in line


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_a_log_on_a_full_disk_is_one_line_not_a_logging_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    logs = tmp_path / "data" / "logs"
    logs.mkdir(parents=True)
    (logs / "conq-desktop.log").symlink_to("/dev/full")

    def bug(self: QueueEngine) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(QueueEngine, "status", bug)
    status = cli_main.main(["--db", f"sqlite:///{tmp_path / 'x.sqlite3'}", "status"])
    err = capsys.readouterr().err
    assert status == 1  # the forced bug stays a bug
    assert err.strip().splitlines() == [
        "conq-desktop: internal error: RuntimeError: a bug (no log file could be written)"
    ]
