"""Compile the Qt Linguist files resources/i18n/*.ts to the .qm files the windows load:

    python scripts/compile_translations.py [--force] [--source DIR] [--output DIR]

Uses lrelease from the PySide6 installed with this Python. A .qm is rebuilt only when it
is missing or older than its .ts, so running this on every start of a script is cheap.
scripts/venv.sh runs it after each install; a build of the program runs it before
packaging. Exits with status 1 and says why if lrelease is missing or fails.

Standalone on purpose (no conq_desktop import): a build can run it before installing.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "i18n"
EXE = ".exe" if os.name == "nt" else ""


class CompileError(Exception):
    pass


def find_lrelease() -> Path:
    """lrelease of the PySide6 beside this Python: the binary inside the PySide6 package,
    else the pyside6-lrelease launcher in the same bin/ or Scripts/ folder."""
    spec = importlib.util.find_spec("PySide6")
    candidates = []
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            candidates.append(Path(folder) / f"lrelease{EXE}")
    candidates.append(Path(sys.executable).parent / f"pyside6-lrelease{EXE}")
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    on_path = shutil.which("pyside6-lrelease")
    if on_path:
        return Path(on_path)
    raise CompileError(
        "lrelease not found: install PySide6 into this Python "
        f"({sys.executable} -m pip install PySide6-Essentials); looked at "
        + ", ".join(str(c) for c in candidates)
    )


def stale(ts: Path, qm: Path) -> bool:
    return not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime


def compile_translations(
    source: Path = TRANSLATIONS, output: Path | None = None, force: bool = False
) -> list[Path]:
    """Compile every ``*.ts`` in ``source`` to ``output`` (default: beside it).
    Returns the .qm files written; raises CompileError on any failure."""
    output = output or source
    sources = sorted(source.glob("*.ts"))
    if not sources:
        raise CompileError(f"no .ts files in {source}")
    todo = [ts for ts in sources if force or stale(ts, output / f"{ts.stem}.qm")]
    if not todo:
        return []
    lrelease = find_lrelease()
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in todo:
        qm = output / f"{ts.stem}.qm"
        result = subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        problems = (result.stderr + result.stdout).strip()
        if result.returncode != 0 or not qm.exists() or problems:
            # Warnings count too: the file needs fixing. No .qm is left behind, so the
            # next run tries again instead of taking a half-good file as up to date.
            qm.unlink(missing_ok=True)
            raise CompileError(
                f"lrelease failed on {ts} (exit {result.returncode}): {problems or 'no output'}"
            )
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=TRANSLATIONS, help="folder of .ts files")
    parser.add_argument("--output", type=Path, help="folder for the .qm files (default: same)")
    parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
    args = parser.parse_args(argv)
    try:
        written = compile_translations(args.source, args.output, args.force)
    except (CompileError, OSError) as exc:
        print(f"compile_translations: error: {exc}", file=sys.stderr)
        return 1
    for qm in written:
        print(f"compile_translations: wrote {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
