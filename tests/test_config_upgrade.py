"""config.toml carries the version of its layout; an older file is brought up to date
as it is read, step by step, and what the program writes reads back the same."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from conq_desktop import config
from conq_desktop.config import CONFIG_VERSION, load_config_file, write_config_file
from conq_desktop.errors import ConfigError


def test_a_file_from_before_versions_reads_as_the_current_layout(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('database = "sqlite:///q.sqlite3"\nlanguage = "ky"\n', encoding="utf-8")
    assert load_config_file(path) == {
        "version": CONFIG_VERSION,
        "database": "sqlite:///q.sqlite3",
        "language": "ky",
    }


def test_the_upgrade_steps_run_in_order_from_the_files_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A layout 3 program reading a layout 1 file runs the step to 2, then the one to 3
    (and not the one to 1)."""
    ran: list[int] = []

    def step(version: int) -> Callable[[dict[str, object]], dict[str, object]]:
        def upgrade(data: dict[str, object]) -> dict[str, object]:
            ran.append(version)
            if version == 2:  # e.g. a key renamed
                data["language"] = data.pop("lang")
            return data

        return upgrade

    monkeypatch.setattr(config, "CONFIG_VERSION", 3)
    monkeypatch.setattr(config, "_UPGRADES", {n: step(n) for n in (1, 2, 3)})
    path = tmp_path / "config.toml"
    path.write_text('version = 1\nlang = "ru"\n', encoding="utf-8")
    assert load_config_file(path) == {"version": 3, "language": "ru"}
    assert ran == [2, 3]


def test_what_is_written_reads_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "config.toml"
    data: dict[str, object] = {
        "database": 'postgresql://queue:p"ass@10.0.0.2/queue',
        "language": "ky",
        "printer": {"uri": "tcp://10.0.0.9:9100", "paper_width": 80, "timeout": 2.5},
    }
    path.parent.mkdir()
    path.write_text("# written by hand, readable by all\n", encoding="utf-8")
    path.chmod(0o644)
    write_config_file(data, path)
    assert path.read_text(encoding="utf-8").startswith(f"version = {CONFIG_VERSION}\n")
    if os.name == "posix":  # it holds the server's password: the owner's only
        assert path.stat().st_mode & 0o777 == 0o600
    assert load_config_file(path) == {**data, "version": CONFIG_VERSION}


def test_nothing_unknown_is_written(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    with pytest.raises(ConfigError) as refused:
        write_config_file({"databse": "sqlite:///x.sqlite3"}, path)
    assert "databse" in refused.value.message("en")
    assert not path.exists()
