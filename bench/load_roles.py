"""The processes of the busy-day load bench (bench/load_bench.py): operator PCs, kiosks
and hall displays, each a "spawn" process of its own with its own Database.

Each role gets a ``Role`` (picklable), prepares (opens the database, signs in, shows its
window), meets the others at the shared start barrier, works until ``stop`` is set, and
writes what it saw to ``<results>/<kind>-<index>.json``. Only public APIs are used
(QueueEngine methods, HallDisplay, LiveUpdates), so the bench keeps working while the
engine and the change notification are reworked underneath it.

Times that are compared across processes come from ``time.monotonic()``: on Linux that
is CLOCK_MONOTONIC, one clock for the whole machine.
"""

from __future__ import annotations

import ctypes
import json
import math
import os
import random
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conq_desktop.db import Database, Upgrade, open_database
from conq_desktop.engine import QueueEngine
from conq_desktop.errors import NothingToCall, QueueError

PIN = "2468"
BARRIER_TIMEOUT = 180.0  # a display on a loaded machine takes a while to come up
SIGMA = 0.4  # of the log-normal service time: a few long visits, most near the mean


@dataclass(frozen=True)
class Role:
    """What one process is to do; the same for every kind, the unused fields empty."""

    kind: str  # "operator", "kiosk" or "display"
    index: int  # the window number for an operator; 1.. for the others
    url: str
    results: str  # folder for the result file
    speed: float
    seed: int
    no_show: float = 0.0
    minutes: dict[str, float] = field(default_factory=dict)  # expected, by service code
    schedule: list[tuple[float, str]] = field(default_factory=list)  # (real s, code)


def login(window: int) -> str:
    return f"load{window}"


def peak_rss_mb() -> float:
    """The process's peak resident set (VmHWM), in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def die_with_parent() -> None:
    """Ask Linux to kill this process when the bench's main process dies, however it
    dies (a SIGKILL runs no ``finally``): no orphans left to load the shared machine."""
    if sys.platform.startswith("linux"):
        PR_SET_PDEATHSIG = 1
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    # Ctrl-C reaches the whole process group; the main process alone decides how to stop
    # (it sets ``stop``, then terminates whoever is left), so a child does not die
    # half-way through a ticket's moves.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run(role: Role, barrier: Any, stop: Any) -> None:
    """The entry point of every child: run the role, and always leave a result file."""
    die_with_parent()
    started = time.monotonic()
    result: dict[str, Any] = {"kind": role.kind, "index": role.index, "error": None}
    try:
        body = {"operator": operator, "kiosk": kiosk, "display": display}[role.kind]
        result.update(body(role, barrier, stop))
    except threading.BrokenBarrierError:  # another process failed first; it says why
        result["error"] = "BrokenBarrierError: another process failed to get ready"
    except Exception as exc:
        result["error"] = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        traceback.print_exc()
    result["peak_rss_mb"] = peak_rss_mb()
    result["lifetime_s"] = time.monotonic() - started
    path = Path(role.results) / f"{role.kind}-{role.index}.json"
    path.write_text(json.dumps(result), encoding="utf-8")
    if result["error"]:
        barrier.abort()  # after the file: the others must not wait for a process gone


def timed(samples: list[float], call: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    try:
        return call()
    finally:
        samples.append((time.perf_counter() - start) * 1000)


def open_db(url: str) -> Database:
    # The main process made the schema; a child never creates or upgrades one.
    return open_database(url, upgrade=Upgrade.NEVER)


# ------------------------------------------------------------------ operator


def service_seconds(rng: random.Random, expected_minutes: float, speed: float) -> float:
    """A log-normal service time whose mean is the service's expected minutes, scaled."""
    mu = math.log(expected_minutes) - SIGMA**2 / 2
    return rng.lognormvariate(mu, SIGMA) * 60 / speed


def operator(role: Role, barrier: Any, stop: Any) -> dict[str, Any]:
    """One operator PC at window ``role.index``: call the next ticket, wait for the
    visitor to walk up (or not: a no-show after three minutes), serve, finish, again;
    on an empty queue, wait a little and press "next" again, as a person would."""
    window, speed = role.index, role.speed
    rng = random.Random(role.seed * 1000 + window)
    db = open_db(role.url)
    engine = QueueEngine(db)
    engine.sign_in(window, login(window), PIN)
    engine.status()  # the first read pays for the connection and the settings
    call_ms: list[float] = []
    empty_ms: list[float] = []
    move_ms: list[float] = []
    # (ticket id, number, call committed at [monotonic], call_next ms)
    calls: list[tuple[int, str, float, float]] = []
    no_shows = 0
    barrier.wait(BARRIER_TIMEOUT)
    # The operators come to their windows over a few seconds, not in one stampede.
    stop.wait(rng.uniform(0.0, 3.0))
    try:
        while not stop.is_set():
            samples: list[float] = []
            try:
                ticket = timed(samples, lambda: engine.call_next(window))
            except NothingToCall:
                empty_ms += samples
                stop.wait(rng.uniform(1.0, 3.0))
                continue
            committed = time.monotonic()  # call_next returns after the commit
            call_ms += samples
            calls.append((ticket.id, ticket.number, committed, samples[0]))
            # The visitor reads the screen and walks up: half a minute to a minute and
            # a half; a no-show is marked after three. ``stop`` cuts the waits short so
            # the day ends with every called ticket finished.
            if rng.random() < role.no_show:
                stop.wait(3 * 60 / speed)
                timed(move_ms, lambda: engine.no_show(window))
                no_shows += 1
                continue
            stop.wait(rng.uniform(30, 90) / speed)
            timed(move_ms, lambda: engine.start(window))
            stop.wait(service_seconds(rng, role.minutes[ticket.service.code], speed))
            timed(move_ms, lambda: engine.finish(window))
    finally:
        db.dispose()
    return {
        "call_ms": call_ms,
        "empty_ms": empty_ms,
        "move_ms": move_ms,
        "calls": calls,
        "no_shows": no_shows,
    }


# ------------------------------------------------------------------ kiosk


def kiosk(role: Role, barrier: Any, stop: Any) -> dict[str, Any]:
    """One ticket kiosk: issue the tickets of ``role.schedule``, each at its time."""
    db = open_db(role.url)
    engine = QueueEngine(db)
    engine.status()
    issue_ms: list[float] = []
    issued: list[tuple[int, str]] = []
    refused: list[str] = []
    late = 0  # arrivals issued more than a second after their time: the kiosk lagged
    barrier.wait(BARRIER_TIMEOUT)
    start = time.monotonic()
    try:
        for offset, code in role.schedule:
            if stop.wait(max(0.0, start + offset - time.monotonic())):
                break
            late += time.monotonic() - (start + offset) > 1.0
            try:
                ticket = timed(issue_ms, lambda code=code: engine.issue(code)).ticket
            except QueueError as exc:  # counted; the verification expects none
                refused.append(f"{code}: {exc}")
                continue
            issued.append((ticket.id, ticket.number))
        # Done early: stay until the day ends, as a kiosk does (the main process takes a
        # child that exits before then for a crash).
        stop.wait()
    finally:
        db.dispose()
    return {"issue_ms": issue_ms, "issued": issued, "refused": refused, "late": late}


# ------------------------------------------------------------------ display


def display(role: Role, barrier: Any, stop: Any) -> dict[str, Any]:
    """A hall display, offscreen: the real window with its LiveUpdates, at 1920×1080.
    Each ticket number is stamped the first time Qt paints it, in the big number or in
    the table of recent calls (two calls inside one refresh put the older one straight
    into the table)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import shiboken6
    from PySide6.QtCore import QEvent, QObject, QTimer, QtMsgType, qInstallMessageHandler

    from conq_desktop.views.common.application import application
    from conq_desktop.views.common.live import LiveUpdates
    from conq_desktop.views.common.worker import EngineRunner
    from conq_desktop.views.display import HallDisplay

    def quiet(kind: QtMsgType, context: Any, message: str) -> None:
        # The offscreen platform warns on every resize of a window it cannot size.
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    db = open_db(role.url)
    app = application()
    live = LiveUpdates(db)
    window = HallDisplay(QueueEngine(db), live, EngineRunner())
    window.resize(1920, 1080)
    window.show()
    painted: dict[str, float] = {}

    class PaintWatch(QObject):
        """Stamps a label's text when a paint event reaches it: what the hall sees."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                text = watched.text()  # type: ignore[attr-defined]
                if text and text not in painted:
                    painted[text] = time.monotonic()
            return False

    watch = PaintWatch()
    labels = [window.current_number, *(row.number for row in window.history_rows)]
    for label in labels:
        label.installEventFilter(watch)
    ready = [False]
    window.ready.connect(lambda: ready.__setitem__(0, True))
    deadline = time.monotonic() + 60
    while not ready[0] and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
    painted.clear()  # "—" and whatever was on the screen before the day started
    barrier.wait(BARRIER_TIMEOUT)
    timer = QTimer(interval=50)
    timer.timeout.connect(lambda: app.quit() if stop.is_set() else None)
    timer.start()
    app.exec()
    timer.stop()
    live.stop()
    window.runner.wait()
    # Deleted here, on the GUI thread: left to the cycle collector it may be freed on a
    # pool thread, which Qt does not allow (display_bench.py found it crashing).
    rows = len(window.history.visible_rows())  # more calls at once than this are lost
    for label in labels:
        label.removeEventFilter(watch)
    shiboken6.delete(window)
    db.dispose()
    return {"painted": painted, "rows": rows}
