"""The command line as a script would use it: real processes, JSON out, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.cli import assert_refused, dump, ok_json, run

EXIT_REFUSED, EXIT_EMPTY, EXIT_NOT_FOUND, EXIT_CONFIG = 3, 4, 5, 6


def test_a_visitor_from_kiosk_to_window(centre_db: str) -> None:
    sign_in = ("window", "sign-in", "--window", "1", "--operator", "aibek", "--pin", "1111")
    assert run("--db", centre_db, *sign_in).returncode == 0
    issued = ok_json("--db", centre_db, "ticket", "issue", "PASSPORT")
    assert issued["ticket"]["number"] == "А-001"
    assert issued["people_ahead"] == 0
    second = ok_json("--db", centre_db, "ticket", "issue", "PASSPORT")
    assert second["people_ahead"] == 1 and second["expected_wait_minutes"] > 0

    called = ok_json("ticket", "next", "--window", "1", "--db", centre_db)
    assert (called["number"], called["status"], called["window"]) == ("А-001", "called", 1)
    for verb, status in (("recall", "called"), ("start", "serving")):
        assert ok_json("--db", centre_db, "ticket", verb, "--window", "1")["status"] == status
    # Saying who acts: the PIN is checked, and it must be the window's operator.
    as_aibek = ("--operator", "aibek", "--pin", "1111")
    finished = ok_json("--db", centre_db, "ticket", "finish", "--window", "1", *as_aibek)
    assert finished["status"] == "done"

    assert run("--db", centre_db, *sign_in[:2], "--window", "2", "--operator", "nurgul",
               "--pin", "2222").returncode == 0  # fmt: skip
    ok_json("--db", centre_db, "ticket", "next", "--window", "2")
    redirected = ok_json(
        "--db", centre_db, "ticket", "redirect", "--window", "2", "--to", "PENSION"
    )
    assert (redirected["service"]["code"], redirected["redirected_from"]) == ("PENSION", "PASSPORT")

    status = ok_json("--db", centre_db, "status")
    waiting = {queue["service"]["code"]: queue["waiting"] for queue in status["services"]}
    assert waiting["PENSION"] == 1 and waiting["PASSPORT"] == 0


def test_text_output_speaks_the_chosen_language(centre_db: str) -> None:
    result = run("--db", centre_db, "--lang", "ky", "ticket", "issue", "PENSION")
    assert result.returncode == 0
    assert "Пенсия жана социалдык төлөмдөр" in result.stdout


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("ticket", "issue", "NOSUCH"), EXIT_NOT_FOUND, "Unknown service"),
        (("ticket", "next", "--window", "1"), EXIT_EMPTY, "Nobody is waiting"),
        (
            ("ticket", "next", "--window", "1", "--operator", "nurgul", "--pin", "2222"),
            EXIT_REFUSED,
            "not signed in at window 1",
        ),
        (
            ("ticket", "cancel", "А-001", "--operator", "aibek", "--pin", "1111"),
            EXIT_REFUSED,
            "may not do this",
        ),
        (("ticket", "next", "--window", "99"), EXIT_NOT_FOUND, "no window 99"),
        (("ticket", "finish", "--window", "1"), EXIT_REFUSED, "no current ticket"),
        (
            ("ticket", "call", "А-001", "--window", "1", "--reason", " "),
            EXIT_REFUSED,
            "needs a reason",
        ),
    ],
)
def test_refusals_are_one_line_and_change_nothing(
    staffed_db: str, args: tuple[str, ...], code: int, words: str
) -> None:
    centre_db = staffed_db
    before = dump(centre_db)
    result = run("--db", centre_db, *args)
    assert result.returncode == code
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert dump(centre_db) == before


def test_a_wrong_pin_is_refused_in_one_line(centre_db: str) -> None:
    """(It changes the account's count of wrong PINs: five lock it.)"""
    result = run(
        "--db", centre_db, "window", "sign-in", "--window", "1", "--operator", "aibek",
        "--pin", "0000",
    )  # fmt: skip
    assert_refused(result, EXIT_REFUSED, "Wrong operator or PIN")


def test_moves_at_a_window_nobody_is_signed_in_at_are_refused(centre_db: str) -> None:
    """The hole a new user found: calling for a window nobody had signed in at."""
    before = dump(centre_db)
    for args in (("ticket", "next", "--window", "1"), ("window", "pause", "--window", "1")):
        result = run("--db", centre_db, *args)
        assert_refused(result, EXIT_REFUSED, "Nobody is signed in at window 1")
    assert dump(centre_db) == before


def test_window_that_serves_nothing_is_refused(tmp_path: Path) -> None:
    # An operator signing in there would wait for a call that cannot come.
    centre = tmp_path / "centre.toml"
    centre.write_text(
        "[[windows]]\nnumber = 9\nservices = []\n\n"
        '[[operators]]\nlogin = "solo"\nname = "Solo"\npin = "4321"\n',
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    result = run("--db", url, "setup", "--from", str(centre))
    assert result.returncode == EXIT_CONFIG
    assert "windows #1: a window must serve at least one service" in result.stderr


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("not a url at all", "not valid"),
        ("mysql://localhost/queue", "Unsupported database"),
        ("postgresql://nobody@127.0.0.1:1/none", "Cannot open the database"),
        ("postgresql://nobody@127.0.0.1:abc/none", "not valid"),
    ],
)
def test_bad_database_address(url: str, words: str) -> None:
    result = run("--db", url, "status")
    assert result.returncode == EXIT_CONFIG
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_unwritable_data_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    # A data folder below a regular file can never be created, even by root.
    result = run("status", env={"CONQ_DATA_DIR": str(blocker / "data")})
    assert result.returncode == EXIT_CONFIG
    assert "data folder" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("[[services]\ncode = 'X'", "not valid TOML"),
        ("[[services]]\nprefix = 'X'\nname = {ky='a', ru='b', en='c'}", "“code” is missing"),
        ("[[services]]\ncode='X'\nprefix='X'\nname={ky='a', ru='b'}", "needs a “en” text"),
        ("[[services]]\ncode='X'\nprefix='X'\nname={ky='a',ru='b',en='c'}\nhours='9-5pm'", "hours"),
        ("[[windows]]\nnumber = 1\nservices = ['NOPE']", "unknown services: NOPE"),
        ("[centre]\ntimezone = 'Mars/Olympus'", "Unknown time zone"),
    ],
)
def test_malformed_centre_file_changes_nothing(
    centre_db: str, tmp_path: Path, content: str, words: str
) -> None:
    centre = tmp_path / "broken.toml"
    centre.write_text(content, encoding="utf-8")
    before = dump(centre_db)
    result = run("--db", centre_db, "setup", "--from", str(centre))
    assert result.returncode == EXIT_CONFIG, result.stderr
    assert words in result.stderr
    assert dump(centre_db) == before


def test_json_errors_are_machine_readable(centre_db: str) -> None:
    result = run("--db", centre_db, "--json", "ticket", "issue", "NOSUCH")
    assert json.loads(result.stdout)["error"]["type"] == "NotFound"


def test_db_upgrade_and_info(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    assert run("--db", url, "db", "upgrade").returncode == 0
    info = ok_json("--db", url, "db", "info")
    assert info["schema"] and info["tickets"] == 0 and info["timezone"] == "Asia/Bishkek"


def test_demo_prints_a_living_queue(tmp_path: Path) -> None:
    state = ok_json("demo")
    busy = [window for window in state["windows"] if window["current"]]
    assert len(busy) >= 3
    assert sum(queue["waiting"] for queue in state["services"]) > 0
    assert (tmp_path / "data" / "demo.sqlite3").exists()


def test_unknown_language_in_the_settings_is_a_configuration_error(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('language = "kg"\n', encoding="utf-8")
    for env in ({"CONQ_LANG": ""}, {"CONQ_LANG": "kg"}):
        result = run("status", env=env)
        assert result.returncode == 6, result.stderr
        assert "«kg»" in result.stderr or "“kg”" in result.stderr
        assert "Traceback" not in result.stderr and "internal" not in result.stderr.lower()


def test_a_window_without_a_screen_says_so(centre_db: str) -> None:
    before = dump(centre_db)
    no_screen = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    for verb in (("display",), ("kiosk",), ("start",)):
        result = run("--db", centre_db, *verb, env=no_screen)
        assert result.returncode == EXIT_CONFIG, result.stderr
        assert "no screen" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert dump(centre_db) == before


def test_a_home_folder_that_does_not_exist_is_a_bad_address() -> None:
    result = run("--db", "sqlite:///~nobody-here-at-all/q.sqlite3", "status")
    assert result.returncode == EXIT_CONFIG
    assert "not valid" in result.stderr and "Traceback" not in result.stderr


def test_a_supervisor_closes_a_service_and_moves_its_queue(centre_db: str) -> None:
    assert run("--db", centre_db, "ticket", "issue", "PENSION").returncode == 0
    as_gulnara = ("--operator", "gulnara", "--pin", "5555")
    moved = run("--db", centre_db, "service", "move", "PENSION", "--to", "CIVIL", *as_gulnara)
    assert moved.returncode == 0, moved.stderr
    assert "1 waiting tickets moved" in moved.stdout
    as_aibek = ("--operator", "aibek", "--pin", "1111")
    assert_refused(
        run("--db", centre_db, "service", "close", "CIVIL", *as_aibek), 3, "may not do this"
    )
    assert run("--db", centre_db, "service", "close", "CIVIL", *as_gulnara).returncode == 0
    assert_refused(run("--db", centre_db, "ticket", "issue", "CIVIL"), 3, "not offered")
