"""Every window writes ``logs/output.log`` in the data folder, on every system: one line
naming what was started, the warnings, and why a start failed; the console keeps what
it showed. A problem waiting cannot fix (a bad address) still ends the window command
at once with its documented status; a server that does not answer is waited for in a
window (tests/views/waiting), given up here with ``--quit-after``."""

from __future__ import annotations

import time
from pathlib import Path

from conq_desktop.log_file import OUTPUT_LOG
from tests.helpers.cli import assert_refused, run
from tests.helpers.pgserver import _free_port

EXIT_CONFIG = 6
SCREEN = {"QT_QPA_PLATFORM": "offscreen"}
PASSWORD = "s3cret-Pa55"


def output_log(tmp_path: Path) -> str:
    # CONQ_DATA_DIR is tmp_path / "data" in every test (tests/conftest.py).
    return (tmp_path / "data" / "logs" / OUTPUT_LOG).read_text(encoding="utf-8")


def test_a_failed_start_of_a_window_is_in_the_output_log(tmp_path: Path) -> None:
    url = f"postgresql://queue:{PASSWORD}@127.0.0.1:abc/queue"  # a port that is no number
    started = time.monotonic()
    result = run("--db", url, "display", "--screen", "1", env=SCREEN)
    assert time.monotonic() - started < 30  # nothing waited for
    assert_refused(result, EXIT_CONFIG, "not valid")
    log = output_log(tmp_path)
    assert "started: --db … display --screen 1" in log
    said = result.stderr.strip().removeprefix("conq-desktop: ")
    # The console says it as given; the file, which outlives it, without the password.
    assert said.replace(PASSWORD, "***") in log
    assert "(status 6)" in log and "waiting" not in log
    assert PASSWORD not in log


def test_a_config_error_is_in_the_output_log(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text('databse = "sqlite:///x"\n', encoding="utf-8")
    result = run("kiosk", env=SCREEN)
    assert_refused(result, EXIT_CONFIG, "databse")
    assert "unknown setting “databse”" in output_log(tmp_path)


def test_a_server_that_does_not_answer_is_waited_for_then_given_up(tmp_path: Path) -> None:
    url = f"postgresql://queue:{PASSWORD}@127.0.0.1:{_free_port()}/queue"
    result = run(
        "--db",
        url,
        "operator",
        "--window",
        "1",
        "--quit-after",
        "2",
        env={**SCREEN, "CONQ_LANG": "en"},
    )
    assert result.returncode == EXIT_CONFIG, result.stderr
    assert "Traceback" not in result.stderr
    # The console shows what it showed before: the warning, then the one-line error.
    assert "the database does not answer; waiting for it" in result.stderr
    assert (
        result.stderr.strip().splitlines()[-1].startswith("conq-desktop: Cannot open the database")
    )
    log = output_log(tmp_path)
    assert f"database postgresql://queue:***@127.0.0.1:{url.rsplit(':', 1)[1].split('/')[0]}" in log
    assert "WARNING conq_desktop.views.waiting.wait: the database does not answer" in log
    assert "Connection refused" in log and "(status 6)" in log
    assert PASSWORD not in log


def test_a_command_without_a_window_writes_no_output_log(tmp_path: Path) -> None:
    url = f"postgresql://queue@127.0.0.1:{_free_port()}/queue"
    result = run("--db", url, "status", env=SCREEN)
    assert_refused(result, EXIT_CONFIG, "Cannot open the database")
    assert not (tmp_path / "data" / "logs" / OUTPUT_LOG).exists()
