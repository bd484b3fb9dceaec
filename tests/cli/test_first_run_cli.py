"""The first run on the command line: a bare ``conq-desktop`` creates the database and,
while it has no centre, says in Kyrgyz, Russian and English what to do; ``status``
says the same without spoiling its JSON; started from the desktop it opens the start
window instead of printing help."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conq_desktop import desktop
from conq_desktop.cli import main as cli_main
from conq_desktop.cli import window_commands
from conq_desktop.desktop import gui_possible, started_from_desktop
from conq_desktop.guidance import NO_CENTRE
from conq_desktop.i18n import LANGUAGES, translate
from conq_desktop.resources import resource_path
from tests.helpers.cli import run

# The help test must not open a window on a developer's desktop: offscreen is never
# "started from the desktop".
NO_SCREEN = {"QT_QPA_PLATFORM": "offscreen"}


def assert_guidance(text: str, database: Path) -> None:
    for lang in LANGUAGES:
        assert translate(NO_CENTRE, lang) in text
    assert "Маалымат базасы / База данных / Database: " + str(database) in text
    assert "conq-desktop setup --from centre.toml" in text
    assert "conq-desktop demo" in text
    assert str(resource_path("demo-centre.toml")) in text


def test_a_bare_command_creates_the_database_and_says_what_to_do(tmp_path: Path) -> None:
    database = tmp_path / "data" / "conq.sqlite3"
    assert not database.exists()
    result = run(env=NO_SCREEN)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: conq-desktop")
    assert "start" in result.stdout
    assert database.is_file()
    assert_guidance(result.stderr, database)
    assert "Traceback" not in result.stderr


def test_a_bare_command_with_a_centre_only_prints_the_help(centre_db: str) -> None:
    result = run("--db", centre_db, env=NO_SCREEN)
    assert result.returncode == 0
    assert result.stdout.startswith("usage: conq-desktop")
    assert result.stderr == ""


def test_a_bare_command_reports_a_database_it_cannot_open(tmp_path: Path) -> None:
    result = run("--db", "mysql://localhost/queue", env=NO_SCREEN)
    assert result.stdout.startswith("usage: conq-desktop")
    assert result.returncode == 6
    assert "Unsupported database" in result.stderr


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_status_without_a_centre_adds_the_guidance(tmp_path: Path, lang: str) -> None:
    database = tmp_path / "fresh.sqlite3"
    result = run("--db", f"sqlite:///{database}", "--lang", lang, "status")
    assert result.returncode == 0, result.stderr
    assert translate("Service", lang) in result.stdout.splitlines()[1]  # the usual table
    assert_guidance(result.stderr, database)


def test_status_json_without_a_centre_stays_json(tmp_path: Path) -> None:
    database = tmp_path / "fresh.sqlite3"
    result = run("--db", f"sqlite:///{database}", "--json", "status")
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stdout)
    assert state["services"] == [] and state["windows"] == []
    assert_guidance(result.stderr, database)


def test_status_with_a_centre_says_nothing_more(centre_db: str) -> None:
    result = run("--db", centre_db, "status")
    assert result.returncode == 0
    assert result.stderr == ""


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="a screen is always possible")
def test_the_operator_command_without_a_screen_or_centre(tmp_path: Path) -> None:
    """No window can open: the usual "no window" status 5, with the guidance."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    command = ("--db", f"sqlite:///{tmp_path / 'x.sqlite3'}", "operator", "--window", "3")
    result = subprocess.run(
        [sys.executable, "-m", "conq_desktop", *command],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 5
    assert "There is no window 3." in result.stderr
    assert translate(NO_CENTRE, "ky") in result.stderr


def test_started_from_the_desktop_a_bare_command_opens_the_start_window(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    started: list[float] = []
    monkeypatch.setattr(desktop, "started_from_desktop", lambda: True)
    monkeypatch.setattr(window_commands, "start", lambda args, ctx: started.append(args.quit_after))
    assert cli_main.main([]) == 0
    assert started == [0]
    assert "usage" not in capsys.readouterr().out


# ---------------------------------------------------------------------- the rule


class Stream(io.StringIO):
    def __init__(self, terminal: bool) -> None:
        super().__init__()
        self.terminal = terminal

    def isatty(self) -> bool:
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return self.terminal


DESKTOP = {"DISPLAY": ":0"}


@pytest.mark.parametrize(
    ("stdin", "stdout", "environ", "platform", "expected"),
    [
        # Typed in a terminal, also with the output piped or the input redirected.
        (Stream(True), Stream(True), DESKTOP, "linux", False),
        (Stream(True), Stream(False), DESKTOP, "linux", False),
        (Stream(False), Stream(True), DESKTOP, "linux", False),
        # A desktop shortcut or file manager: no terminal at all.
        (Stream(False), Stream(False), DESKTOP, "linux", True),
        (Stream(False), Stream(False), {"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        # A windowed build or pythonw on Windows: no streams at all.
        (None, None, {}, "win32", True),
        # No screen: a service, cron, a remote shell.
        (Stream(False), Stream(False), {}, "linux", False),
        # A screen nobody sees (tests).
        (Stream(False), Stream(False), {**DESKTOP, "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ],
)
def test_when_a_bare_command_counts_as_started_from_the_desktop(
    stdin: Stream | None,
    stdout: Stream | None,
    environ: dict[str, str],
    platform: str,
    expected: bool,
) -> None:
    assert started_from_desktop(stdin, stdout, environ, platform) is expected


def test_a_closed_stream_is_no_terminal() -> None:
    closed = Stream(True)
    closed.close()
    assert started_from_desktop(closed, None, DESKTOP, "linux") is True


def test_when_a_window_can_open() -> None:
    assert gui_possible({}, "win32") and gui_possible({}, "darwin")
    assert gui_possible({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert gui_possible(DESKTOP, "linux")
    assert not gui_possible({}, "linux")


def test_a_start_from_the_desktop_shows_why_it_cannot_open_the_database(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After a double-click nobody reads stderr: the problem gets a message box."""
    from conq_desktop.views import first_run

    shown: list[str] = []
    monkeypatch.setattr(desktop, "started_from_desktop", lambda: True)
    monkeypatch.setattr(first_run, "show_problem", lambda error: shown.append(error.message("ru")))
    assert cli_main.main(["--db", "mysql://localhost/queue"]) == 6
    assert shown == [
        "База данных mysql не поддерживается: используйте sqlite:/// или postgresql://"
    ]


def test_start_typed_in_a_terminal_reports_on_stderr_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from conq_desktop.views import first_run

    monkeypatch.setattr(first_run, "show_problem", lambda error: pytest.fail("a message box"))
    assert cli_main.main(["--db", "mysql://localhost/queue", "start"]) == 6
    assert "Unsupported database" in capsys.readouterr().err
