"""The notifier waits for a PostgreSQL server that does not answer yet, as the windows
do: asked again every few seconds and logged, until it answers or the notifier is
stopped; other problems still end it with status 6."""

from __future__ import annotations

import logging
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from conq_desktop.cli.phone_commands import wait_for_database
from conq_desktop.db import NotAnswering

REPO = Path(__file__).resolve().parents[2]


class Opening:
    """A context whose database answers at the ``answers_at``-th try."""

    def __init__(self, answers_at: int) -> None:
        self.answers_at, self.tries = answers_at, 0
        self.database = object()

    def db(self) -> Any:
        self.tries += 1
        if self.tries < self.answers_at:
            raise NotAnswering("connection refused")
        return self.database


def test_a_server_that_answers_at_the_third_try_is_used(caplog: pytest.LogCaptureFixture) -> None:
    opening = Opening(answers_at=3)
    with caplog.at_level(logging.WARNING):
        found = wait_for_database(opening, threading.Event(), every=0)  # type: ignore[arg-type]
    assert found is opening.database and opening.tries == 3
    said = [record.getMessage() for record in caplog.records]
    assert len(said) == 2
    assert "attempt 1: connection refused" in said[0] and "attempt 2" in said[1]


def test_stopping_while_waiting_opens_nothing() -> None:
    opening = Opening(answers_at=99)
    stop = threading.Event()
    stop.set()
    assert wait_for_database(opening, stop, every=60) is None  # type: ignore[arg-type]
    assert opening.tries == 1


def test_the_notifier_process_waits_and_ends_cleanly_on_sigterm() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql://conq@127.0.0.1:{port}/centre"
    environment = {**os.environ, "CONQ_TELEGRAM_TOKEN": "123:secret"}
    process = subprocess.Popen(
        [sys.executable, "-m", "conq_desktop", "--db", url, "notifier"],
        cwd=REPO,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    stream = process.stderr
    assert stream is not None

    def read() -> None:
        for line in stream:
            lines.put(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        first = lines.get(timeout=60)
        assert "the database does not answer (attempt 1" in first, first
        assert process.poll() is None  # still waiting, not ended with status 6
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    reader.join(timeout=10)
    assert process.returncode == 0


def test_the_notifier_run_in_process_leaves_no_log_handler_behind(tmp_path: Path) -> None:
    # A handler left on the root logger wrote later programs' logs to a stream closed
    # since ("--- Logging error ---" in the command-line fuzz test).
    from conq_desktop.cli import main as cli_main
    from tests.conftest import demo_database

    url = f"sqlite:///{tmp_path / 'queue.sqlite3'}"
    demo_database(url).dispose()
    root, httpx = logging.getLogger(), logging.getLogger("httpx")
    handlers, levels = list(root.handlers), (root.level, httpx.level)
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("CONQ_TELEGRAM_TOKEN", raising=False)
        assert cli_main.main(["--db", url, "notifier"]) == 6  # no token: configuration
    assert root.handlers == handlers and (root.level, httpx.level) == levels
