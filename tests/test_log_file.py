"""The output log (conq_desktop.log_file): the warnings of a window's run and its own
lines go to ``logs/output.log``, the console keeps what logging printed there, and the
windowed build's redirected stdout/stderr share the one file without a line twice."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from conq_desktop import frozen, log_file

log = logging.getLogger("conq_desktop.test")


def logs(tmp_path: Path) -> Path:
    return tmp_path / "data" / "logs"  # CONQ_DATA_DIR is tmp_path / "data" (conftest)


def test_warnings_go_to_the_file_and_stay_on_the_console(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with log_file.logging_to_file() as path:
        log.info("not this")
        log.warning("the printer is off")
        log_file.note("started %s; database %s", "display", "postgresql://q:pw@host/q")
    assert path == logs(tmp_path) / log_file.OUTPUT_LOG
    written = path.read_text(encoding="utf-8")
    assert "WARNING conq_desktop.test: the printer is off" in written
    assert "started display; database postgresql://q:***@host/q" in written
    assert "not this" not in written
    assert capsys.readouterr().err == "the printer is off\n"  # as logging's last resort
    assert logs(tmp_path).stat().st_mode & 0o777 == 0o700
    assert path.stat().st_mode & 0o777 == 0o600


def test_logging_is_left_as_it_was(tmp_path: Path) -> None:
    before = list(logging.getLogger().handlers)
    with log_file.logging_to_file():
        pass
    assert logging.getLogger().handlers == before
    log_file.note("outside: nowhere")  # no file, no last-resort line on stderr


def test_a_large_log_is_moved_aside_at_start(tmp_path: Path) -> None:
    folder = logs(tmp_path)
    folder.mkdir(parents=True)
    (folder / log_file.OUTPUT_LOG).write_bytes(b"x" * (log_file.OUTPUT_LOG_LIMIT + 1))
    with log_file.logging_to_file() as path:
        log.warning("new")
    assert path is not None
    assert path.read_text(encoding="utf-8").endswith("new\n")
    assert (folder / f"{log_file.OUTPUT_LOG}.1").stat().st_size == log_file.OUTPUT_LOG_LIMIT + 1


def test_the_windowed_build_shares_the_file_without_doubles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    path = frozen.redirect_missing_streams()
    with log_file.logging_to_file() as logged:
        assert logged == path
        log.warning("no audio output device")
        print("ready")
    sys.stdout.flush()
    lines = path.read_text(encoding="utf-8").splitlines()
    # Once, from the file's handler: the console is that same file.
    assert len(lines) == 2 and lines[0].endswith("conq_desktop.test: no audio output device")
    assert lines[1] == "ready"
    sys.stdout.close()


def test_no_log_folder_is_no_error(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file where the data folder should be")
    with log_file.logging_to_file() as path:
        log.warning("said on the console only")
    assert path is None
