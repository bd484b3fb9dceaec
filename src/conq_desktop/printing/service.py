"""Printing tickets: render, send within the time limit, record the outcome.

A printer problem never costs a visitor their place: the ticket is issued before
printing starts, a failure is reported with its reason and kept in the history
(``print_failed``), and ``reprint`` prints the same ticket again without issuing a new
one. ``PrintSpooler`` runs all of it on one background thread, in order, so a window's
GUI thread never waits for a printer.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from conq_desktop.engine import IssuedTicket, QueueEngine
from conq_desktop.engine.auth import Actor
from conq_desktop.printing.escpos_render import render_escpos
from conq_desktop.printing.layout import build_layout
from conq_desktop.printing.printer_config import PrinterConfig, Scheme
from conq_desktop.printing.transport import NoPrinter, PrintError, send


@dataclass(frozen=True)
class PrintOutcome:
    number: str
    printer: str
    error: PrintError | None = None
    render_ms: float = 0.0
    send_ms: float = 0.0

    @property
    def printed(self) -> bool:
        return self.error is None

    @property
    def skipped(self) -> bool:
        """No printer is configured: nothing failed."""
        return isinstance(self.error, NoPrinter)


class TicketPrinter:
    def __init__(self, engine: QueueEngine, config: PrinterConfig) -> None:
        self.engine = engine
        self.config = config

    def render(self, issued: IssuedTicket, *, copy: bool = False) -> bytes:
        return render_escpos(build_layout(issued, self.engine.settings, copy=copy), self.config)

    def print_issued(
        self, issued: IssuedTicket, *, copy: bool = False, record: bool = True
    ) -> PrintOutcome:
        """Print one ticket; returns the outcome instead of raising for printer trouble.
        ``record=False`` is for test pages, which are no ticket of the queue."""
        target = self.config.target
        started = time.perf_counter()
        data = self.render(issued, copy=copy)
        rendered = time.perf_counter()
        error: PrintError | None = None
        try:
            send(target, data, self.config.timeout)
        except PrintError as exc:
            error = exc
        finished = time.perf_counter()
        if record and target.scheme != Scheme.NONE:
            self.engine.record_print(
                issued.ticket, target.describe(), error.message("en") if error else None, copy=copy
            )
        return PrintOutcome(
            number=issued.ticket.number,
            printer=target.describe(),
            error=error,
            render_ms=(rendered - started) * 1000,
            send_ms=(finished - rendered) * 1000,
        )

    def reprint(self, number: str, actor: Actor | None) -> PrintOutcome:
        """Print today's ticket ``number`` again, marked as a copy, for ``actor`` (a
        receptionist or above: the engine checks and journals it); issues nothing."""
        return self.print_issued(self.engine.reprint(number, actor=actor), copy=True)


class PrintSpooler:
    """Prints on one background thread, in the order asked, and reports each outcome."""

    def __init__(
        self, printer: TicketPrinter, on_done: Callable[[PrintOutcome], None] | None = None
    ) -> None:
        self.printer = printer
        self.on_done = on_done
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ticket-printer")

    def submit(self, issued: IssuedTicket, *, copy: bool = False) -> Future[PrintOutcome]:
        future = self._pool.submit(self.printer.print_issued, issued, copy=copy)
        if self.on_done is not None:
            callback = self.on_done
            future.add_done_callback(lambda done: callback(done.result()))
        return future

    def close(self) -> None:
        self._pool.shutdown(wait=True)
