"""Built program figures: size of the folder and cold start of the built executable.

* size: every file under ``dist/conq-desktop`` (links not followed), in MiB, the number
  of files, and the largest parts, to see where trimming would pay.
* cold start: wall time from starting a new process of the built ``conq-desktop`` to its
  exit, median of ``--runs`` (5): ``--version`` (Python and the command line only) and
  ``display --windowed --quit-after 0.01`` (Qt, fonts, translations, Qt Multimedia, the
  database) on a demo-centre database, offscreen. Each run is a new process; the files
  stay in the page cache between runs unless ``--drop-caches`` (Linux, root) empties it
  before each run, as after a reboot.

    .venv/bin/python bench/installer_bench.py [--dist DIR] [--build] [--runs 5]
        [--drop-caches] [--json]

``--build`` builds the folder first (into ``--dist``'s parent), and also times that.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "build_installer.spec"
DEFAULT_DIST = REPO / "dist" / "conq-desktop"
MIB = 1024 * 1024


def build(dist: Path) -> float:
    """Build into ``dist`` (…/conq-desktop); returns the seconds it took."""
    work = Path(tempfile.mkdtemp(prefix="conq-installer-work-"))
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(dist.parent),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        check=True,
        timeout=1800,
    )
    return time.perf_counter() - started


def folder_size(dist: Path) -> dict[str, Any]:
    sizes: dict[str, int] = {}
    for path in dist.rglob("*"):
        if path.is_file() and not path.is_symlink():
            sizes[path.relative_to(dist).as_posix()] = path.stat().st_size
    parts: Counter[str] = Counter()
    for name, size in sizes.items():
        parts[_part(name)] += size
    return {
        "mib": sum(sizes.values()) / MIB,
        "files": len(sizes),
        "parts_mib": {name: size / MIB for name, size in parts.most_common(8)},
    }


def _part(name: str) -> str:
    """The group a file counts to: an executable, a package or a library folder."""
    parts = name.split("/")
    if len(parts) == 1:
        return parts[0]
    if parts[1] == "PySide6" and len(parts) > 3 and parts[2] == "Qt":
        return "/".join(parts[1:4])  # PySide6/Qt/lib, PySide6/Qt/plugins, ...
    if len(parts) == 2:
        return "(libraries beside Python)"
    return parts[1]


def environment(folder: Path) -> dict[str, str]:
    keep = ("PATH", "HOME", "LANG", "USER", "XDG_RUNTIME_DIR")
    return {
        **{name: os.environ[name] for name in keep if name in os.environ},
        "QT_QPA_PLATFORM": "offscreen",
        "CONQ_DATA_DIR": str(folder / "data"),
        "CONQ_CONFIG": str(folder / "config.toml"),
        "CONQ_LANG": "en",
    }


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def start_times(
    command: list[str], env: dict[str, str], cwd: Path, runs: int, cold: bool
) -> list[float]:
    times = []
    for _ in range(runs):
        if cold:
            drop_caches()
        started = time.perf_counter()
        result = subprocess.run(
            command, env=env, cwd=cwd, capture_output=True, text=True, timeout=300, check=False
        )
        times.append(time.perf_counter() - started)
        if result.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed ({result.returncode}): {result.stderr}")
    return times


def summary(times: list[float]) -> dict[str, float]:
    return {"median_s": statistics.median(times), "min_s": min(times), "max_s": max(times)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=DEFAULT_DIST, help="the built folder")
    parser.add_argument("--build", action="store_true", help="build it first")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--drop-caches", action="store_true", help="empty the page cache before each run"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    dist = args.dist.resolve()
    report: dict[str, Any] = {"dist": str(dist)}
    if args.build:
        report["build_s"] = build(dist)
    program = dist / ("conq-desktop.exe" if os.name == "nt" else "conq-desktop")
    if not program.is_file():
        parser.error(f"{program} not found: run bash scripts/build_installer.sh, or use --build")
    report["size"] = folder_size(dist)

    with tempfile.TemporaryDirectory(prefix="conq-installer-bench-") as temp:
        folder = Path(temp)
        env = environment(folder)
        url = f"sqlite:///{(folder / 'demo.sqlite3').as_posix()}"
        centre = dist / "_internal" / "resources" / "demo-centre.toml"
        subprocess.run(
            [str(program), "--db", url, "setup", "--from", str(centre), "--always-open"],
            env=env,
            cwd=folder,
            check=True,
            capture_output=True,
            timeout=300,
        )
        report["version"] = summary(
            start_times([str(program), "--version"], env, folder, args.runs, args.drop_caches)
        )
        display = [str(program), "--db", url, "display", "--windowed", "--quit-after", "0.01"]
        report["display"] = summary(start_times(display, env, folder, args.runs, args.drop_caches))
    report["runs"] = args.runs
    report["page_cache"] = "dropped before each run" if args.drop_caches else "warm"

    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    size = report["size"]
    print(f"built folder: {dist}")
    if "build_s" in report:
        print(f"  build                 {report['build_s']:7.1f} s")
    print(f"  size                  {size['mib']:7.1f} MiB in {size['files']} files")
    for name, mib in size["parts_mib"].items():
        print(f"    {name:<34} {mib:6.1f} MiB")
    print(f"cold start, median of {args.runs} (page cache {report['page_cache']}):")
    for label, key in (("--version", "version"), ("display, offscreen", "display")):
        r = report[key]
        print(
            f"  {label:<20} {r['median_s']:6.2f} s   (min {r['min_s']:.2f}, max {r['max_s']:.2f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
