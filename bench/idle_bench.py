"""What an idle window costs: CPU time of the hall display, the kiosk and the operator
panel while nothing happens, and the call-to-screen latency that must not suffer for it.

* idle CPU: each window runs as a real program (``conq-desktop display|kiosk|operator``,
  offscreen Qt) on a fresh demo database in a data folder of its own. After
  ``--settle`` seconds (start-up, first reads) its CPU time (utime + stime from
  ``/proc/PID/stat``) is taken over ``--seconds`` seconds of wall time and printed as
  % of one core. The windows run one after the other, so that none pays for another.
  Measured from outside the process: what an operating system's task manager shows.
* latency: ``bench/display_bench.py``'s call-to-screen run on SQLite (``--calls``), the
  figure that a slower wake-up would spoil.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/idle_bench.py \
        [--seconds 60] [--settle 10] [--calls 100] [--windows display,kiosk,operator] [--json]

The figures are of a shared machine: other processes' load makes them noisy, so run
it more than once and compare medians.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from conq_desktop.db import open_database  # noqa: E402
from conq_desktop.engine.centre_file import parse_centre_file  # noqa: E402
from conq_desktop.engine.centre_load import load_centre  # noqa: E402

TARGET_PERCENT = 0.3  # of one core, per idle window

# The windows as the demo starts them (windowed: the kiosk is then not locked).
WINDOWS: dict[str, list[str]] = {
    "display": ["display", "--windowed"],
    "kiosk": ["kiosk", "--windowed"],
    "operator": ["operator", "--window", "1"],
}


def demo_database(folder: Path) -> str:
    url = f"sqlite:///{folder / 'queue.sqlite3'}"
    db = open_database(url)
    load_centre(db, parse_centre_file(REPO / "resources" / "demo-centre.toml"), always_open=True)
    db.dispose()
    return url


def cpu_seconds(pid: int) -> float:
    """utime + stime of ``pid`` (all its threads), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
    # After the ")" closing the command name: state is field 0, utime 11, stime 12.
    ticks = int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def idle_cpu(name: str, seconds: float, settle: float) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix=f"conq-idle-{name}-"))
    url = demo_database(folder)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CONQ_DATA_DIR": str(folder / "data"),
        "CONQ_CONFIG": str(folder / "config.toml"),
        "CONQ_DB": url,
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "conq_desktop", "--db", url, *WINDOWS[name]],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(settle)  # a bench, not a test: start-up and first reads are over
        if process.poll() is not None:
            raise RuntimeError(f"{name} ended early: {process.stderr.read()}")  # type: ignore[union-attr]
        before, started = cpu_seconds(process.pid), time.monotonic()
        time.sleep(seconds)
        after, ended = cpu_seconds(process.pid), time.monotonic()
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    wall = ended - started
    return {"cpu_s": after - before, "wall_s": wall, "percent": 100 * (after - before) / wall}


def latency(calls: int) -> dict[str, Any]:
    """display_bench's SQLite run, in a process of its own (a Qt application of its own)."""
    script = (
        "import json, sys; sys.path.insert(0, 'bench'); import display_bench as b; "
        f"print(json.dumps(b.run_display(b.fresh_url('sqlite', None), {calls}, 0.05, False)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if result.returncode != 0:
        raise RuntimeError(f"the latency run failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--settle", type=float, default=10.0)
    parser.add_argument("--calls", type=int, default=100, help="0: no latency run")
    parser.add_argument("--windows", default=",".join(WINDOWS))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results: dict[str, Any] = {"idle": {}}
    for name in args.windows.split(","):
        results["idle"][name] = idle_cpu(name, args.seconds, args.settle)
    if args.calls:
        results["latency_sqlite"] = latency(args.calls)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"idle CPU over {args.seconds:.0f} s (after {args.settle:.0f} s to settle)")
    for name, figures in results["idle"].items():
        print(
            f"  {name:<10} {figures['percent']:5.2f} % of a core"
            f"   ({figures['cpu_s']:.2f} s CPU in {figures['wall_s']:.1f} s,"
            f" target <= {TARGET_PERCENT})"
        )
    if args.calls:
        r = results["latency_sqlite"]
        print(
            f"call_next committed -> number shown (SQLite, another process):"
            f" median {r['median_ms']:.1f} ms   p95 {r['p95_ms']:.1f} ms"
            f"   ({r['seen']}/{r['calls']} calls)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
