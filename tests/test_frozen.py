"""Start-up of the built program: a windowed program on Windows has no stdout/stderr."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conq_desktop import frozen


def test_with_both_streams_nothing_changes(tmp_path: Path) -> None:
    out, err = sys.stdout, sys.stderr
    assert frozen.redirect_missing_streams(tmp_path) is None
    assert (sys.stdout, sys.stderr) == (out, err)
    assert not (tmp_path / frozen.OUTPUT_LOG).exists()


def test_missing_streams_go_to_the_output_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    path = frozen.redirect_missing_streams(tmp_path / "logs")
    assert path == tmp_path / "logs" / frozen.OUTPUT_LOG
    print("ready")
    print("Талон А-001", file=sys.stderr)
    sys.stdout.close()
    assert path.read_text(encoding="utf-8") == "ready\nТалон А-001\n"


def test_only_the_missing_stream_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = sys.stdout
    monkeypatch.setattr(sys, "stderr", None)
    frozen.redirect_missing_streams(tmp_path)
    assert sys.stdout is out
    print("warning", file=sys.stderr)
    sys.stderr.close()
    assert (tmp_path / frozen.OUTPUT_LOG).read_text(encoding="utf-8") == "warning\n"


def test_the_default_folder_is_logs_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONQ_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "stdout", None)
    path = frozen.redirect_missing_streams()
    sys.stdout.close()
    assert path == tmp_path / "data" / "logs" / frozen.OUTPUT_LOG


def test_a_large_log_is_moved_aside_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / frozen.OUTPUT_LOG
    old.write_bytes(b"x" * (frozen.OUTPUT_LOG_LIMIT + 1))
    monkeypatch.setattr(sys, "stdout", None)
    frozen.redirect_missing_streams(tmp_path)
    print("new")
    sys.stdout.close()
    assert old.read_text(encoding="utf-8") == "new\n"
    assert (tmp_path / f"{frozen.OUTPUT_LOG}.1").stat().st_size == frozen.OUTPUT_LOG_LIMIT + 1


def test_an_unwritable_folder_drops_the_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(sys, "stdout", None)
    assert frozen.redirect_missing_streams(blocker / "logs") is None
    print("lost, but no error")
    sys.stdout.close()


def test_main_runs_the_command_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["conq-desktop", "--version"])
    with pytest.raises(SystemExit) as exit_info:
        frozen.main()
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip().startswith("conq-desktop ")
