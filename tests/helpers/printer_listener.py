"""A TCP listener on 127.0.0.1 that stands in for a network thermal printer: it keeps
every byte it receives and can answer the paper status query like a real printer."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

PAPER_STATUS_QUERY = b"\x10\x04\x04"
PAPER_PRESENT = 0x12  # fixed bits only
PAPER_OUT = 0x72  # fixed bits + "paper end" bits 5 and 6


@dataclass
class FakePrinter:
    port: int
    # None: never answers status queries (like many cheap printers).
    status_answer: int | None = PAPER_PRESENT
    jobs: list[bytes] = field(default_factory=list)
    received: threading.Event = field(default_factory=threading.Event)

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def wait_for_job(self, timeout: float = 10) -> bytes:
        assert self.received.wait(timeout), "the printer received nothing"
        return self.jobs[-1]


@contextmanager
def fake_printer(status_answer: int | None = PAPER_PRESENT) -> Iterator[FakePrinter]:
    server = socket.create_server(("127.0.0.1", 0))
    printer = FakePrinter(port=server.getsockname()[1], status_answer=status_answer)
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.05)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(5)
                data = b""
                while chunk := conn.recv(65536):
                    data += chunk
                    if data.endswith(PAPER_STATUS_QUERY) and printer.status_answer is not None:
                        conn.sendall(bytes([printer.status_answer]))
            printer.jobs.append(data)
            printer.received.set()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield printer
    finally:
        stop.set()
        thread.join(timeout=5)
        server.close()


@contextmanager
def stalled_printer() -> Iterator[str]:
    """Accepts the connection and never reads: the sender's buffers fill and it waits."""
    server = socket.create_server(("127.0.0.1", 0))
    server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1024)
    held: list[socket.socket] = []
    stop = threading.Event()

    def hold() -> None:
        server.settimeout(0.05)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
                held.append(conn)
            except TimeoutError:
                continue

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    try:
        yield f"tcp://127.0.0.1:{server.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=5)
        for conn in held:
            conn.close()
        server.close()


def closed_port() -> int:
    """A port on 127.0.0.1 nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
