"""The layers of docs/architecture.md hold: what imports what (import-linter contracts
in pyproject.toml), Qt only in the windows, one writer of the history, and writing
transactions only in the engine."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src" / "conq_desktop"


def sources() -> list[tuple[str, ast.Module]]:
    return [
        (path.relative_to(SRC).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(SRC.rglob("*.py"))
    ]


def test_the_import_contracts_hold() -> None:
    """models → db → engine → printing/notify → views → cli, each only importing
    below; no Qt below the windows; no import cycle (pyproject.toml)."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower().replace("0 broken", "")


def test_a_cli_call_runs_without_loading_qt(tmp_path: Path) -> None:
    """The command line reaches Qt only inside the window commands, lazily."""
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
    """Also for modules the import contracts do not name yet."""
    offenders = [
        path
        for path, tree in sources()
        if not path.startswith("views/")
        for node in ast.walk(tree)
        if (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"))
        or (
            isinstance(node, ast.Import)
            and any(alias.name.startswith("PySide6") for alias in node.names)
        )
    ]
    assert offenders == []


def creates_an_event(node: ast.AST) -> bool:
    """``TicketEvent(...)``, ``insert(TicketEvent)``, ``TicketEvent.__table__.insert()``
    and the like: any use of the class other than reading it in a query."""
    if isinstance(node, ast.Call):
        callee = node.func
        if isinstance(callee, ast.Name) and callee.id == "TicketEvent":
            return True
        if isinstance(callee, ast.Name | ast.Attribute) and (
            getattr(callee, "id", None) == "insert" or getattr(callee, "attr", None) == "insert"
        ):
            return any(isinstance(arg, ast.Name) and arg.id == "TicketEvent" for arg in node.args)
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "__table__"
        and (isinstance(node.value, ast.Name) and node.value.id == "TicketEvent")
    )


def test_only_the_journal_writes_the_history() -> None:
    writers = sorted(
        {path for path, tree in sources() for node in ast.walk(tree) if creates_an_event(node)}
    )
    assert writers == ["engine/journal.py"]


def test_the_history_check_sees_a_second_writer() -> None:
    """The check above can fail: each way of writing an event is caught."""
    for code in (
        "session.add(TicketEvent(kind=kind))",
        "session.execute(insert(TicketEvent).values(kind=kind))",
        "session.execute(sqlite.insert(TicketEvent))",
        "session.execute(TicketEvent.__table__.insert())",
    ):
        assert any(creates_an_event(node) for node in ast.walk(ast.parse(code))), code
    assert not any(
        creates_an_event(node)
        for node in ast.walk(ast.parse("session.scalars(select(TicketEvent))"))
    )


def opens_a_writing_session(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "write_session"
    )


def test_only_the_engine_opens_a_writing_session() -> None:
    """The engine is the only writer: the windows, the command line and the printing
    ask it instead of writing themselves."""
    writers = sorted(
        {
            path
            for path, tree in sources()
            for node in ast.walk(tree)
            if opens_a_writing_session(node)
        }
    )
    assert writers, "the check finds nothing: has write_session been renamed?"
    assert [path for path in writers if not path.startswith("engine/")] == []
