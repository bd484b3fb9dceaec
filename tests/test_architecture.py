"""The queue engine and the headless command line stay free of Qt: they must run on a
server, in a test, or in a script, and start fast."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "conq_desktop"
HEADLESS = [
    "conq_desktop.engine",
    "conq_desktop.cli.main",
    "conq_desktop.db",
    "conq_desktop.models",
    "conq_desktop.config",
    "conq_desktop.i18n",
]


@pytest.mark.parametrize("module", HEADLESS)
def test_headless_modules_import_no_qt(module: str) -> None:
    probe = (
        f"import sys, {module}; print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_cli_call_runs_without_loading_qt(tmp_path: Path) -> None:
    probe = (
        "import sys; from conq_desktop.cli.main import main; "
        f"rc = main(['--db', 'sqlite:///{tmp_path.as_posix()}/x.sqlite3', 'status']); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT', rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "NOQT 0", result.stderr


def test_qt_is_imported_only_under_views() -> None:
    offenders = [
        path.relative_to(SRC).as_posix()
        for path in SRC.rglob("*.py")
        if "views" not in path.relative_to(SRC).parts
        and any(
            line.lstrip().startswith(("import PySide6", "from PySide6"))
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []
