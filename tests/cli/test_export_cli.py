"""``conq-desktop export``: the centre as a centre file that loads back unchanged."""

from __future__ import annotations

import tomllib
from pathlib import Path

from tests.helpers.cli import ok_json, run

EXIT_USAGE = 2


def test_export_loads_back_without_a_change_and_holds_no_pins(
    centre_db: str, tmp_path: Path
) -> None:
    out = tmp_path / "centre.toml"
    assert ok_json("--db", centre_db, "export", "--out", str(out)) == {"path": str(out)}
    data = tomllib.loads(out.read_text(encoding="utf-8"))
    assert [item["login"] for item in data["operators"]][:2] == ["aibek", "nurgul"]
    assert not any("pin" in item for item in data["operators"])
    # The demo was loaded always open: every day is written out as all day.
    assert data["services"][0]["week"]["sun"] == "00:00-24:00"
    plan = ok_json("--db", centre_db, "setup", "--from", str(out), "--dry-run")
    assert plan["changes"] == []


def test_an_existing_file_is_kept_unless_forced(centre_db: str, tmp_path: Path) -> None:
    out = tmp_path / "centre.toml"
    out.write_text("# the file with the PINs\n", encoding="utf-8")
    result = run("--db", centre_db, "export", "--out", str(out))
    assert result.returncode == EXIT_USAGE
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "# the file with the PINs\n"
    assert run("--db", centre_db, "export", "--out", str(out), "--force").returncode == 0
    assert "[[services]]" in out.read_text(encoding="utf-8")
