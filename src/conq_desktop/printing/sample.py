"""A test ticket: a sample of the centre's first service, marked ТЕСТ, that is no
ticket of the queue. It checks a printer (the administration window's "Print test";
``conq-desktop print test`` prints the same) and is not kept in the history.
"""

from __future__ import annotations

from dataclasses import replace

from conq_desktop.engine import IssuedTicket, QueueEngine, TicketInfo
from conq_desktop.errors import ConfigError
from conq_desktop.i18n import _
from conq_desktop.printing.printer_config import PrinterConfig
from conq_desktop.printing.service import PrintOutcome, TicketPrinter

NO_CENTRE = _("Load a centre file first (conq-desktop setup --from FILE).")


def sample_ticket(engine: QueueEngine) -> IssuedTicket:
    """Ticket 000 of the centre's first service, its names marked ТЕСТ."""
    status = engine.status()
    if not status.services:
        raise ConfigError(NO_CENTRE)
    service = status.services[0].service
    names = {lang: f"{name} · ТЕСТ" for lang, name in service.names.items()}
    now = engine.clock.now()
    ticket = TicketInfo(
        id=0,
        public_id="test",
        number=f"{service.prefix}-000",
        service=replace(service, names=names),
        status="waiting",
        priority=0,
        day=engine.today(),
        issued_at=now,
        called_at=None,
        started_at=None,
        finished_at=None,
        window=None,
        operator=None,
        recall_count=0,
        postpone_count=0,
        redirected_from=None,
    )
    return IssuedTicket(ticket=ticket, people_ahead=0, expected_wait_minutes=0)


def print_test_ticket(engine: QueueEngine, config: PrinterConfig) -> PrintOutcome:
    """Print the sample ticket on the printer ``config`` names; the outcome says
    whether it got there (printer trouble is an outcome, not an error)."""
    return TicketPrinter(engine, config).print_issued(sample_ticket(engine), record=False)
