"""The kiosk's print bookkeeping: which jobs are reprints, and what the card and the
banner say about each outcome. The outcomes come from the spooler (``close()`` waits
for it) or are made up where only the bookkeeping matters."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from conq_desktop.engine import QueueEngine
from conq_desktop.printing.printer_config import PrinterConfig
from conq_desktop.printing.service import PrintOutcome, TicketPrinter
from conq_desktop.views.kiosk.banner import Banner
from conq_desktop.views.kiosk.printing import TROUBLE_SECONDS, PrintJobs, Report
from tests.helpers.printer_listener import closed_port

PRINTER = "tcp://127.0.0.1:9100"


class Kiosk:
    """A banner and the print jobs of one kiosk, with the outcomes the spooler reported."""

    def __init__(self, engine: QueueEngine, printer: str, receptionist: bool) -> None:
        config = PrinterConfig.from_values(printer, {"timeout": 2})
        self.banner = Banner("en")
        self.outcomes: list[PrintOutcome] = []
        self.crashes: list[str] = []
        self.jobs = PrintJobs(
            TicketPrinter(engine, config),
            self.banner,
            receptionist=receptionist,
            on_done=self.outcomes.append,
            on_crash=self.crashes.append,
        )


MakeKiosk = Callable[..., Kiosk]


@pytest.fixture
def make_kiosk(qtbot: QtBot, sqlite_engine: QueueEngine) -> Iterator[MakeKiosk]:
    made: list[Kiosk] = []

    def make(printer: str = PRINTER, receptionist: bool = False) -> Kiosk:
        kiosk = Kiosk(sqlite_engine, printer, receptionist)
        qtbot.addWidget(kiosk.banner)
        made.append(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.jobs.close()


def note(report: Report) -> str | None:
    return report.note("en") if report.note else None


def test_without_a_printer_nothing_is_submitted(
    make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    kiosk = make_kiosk("none")
    assert not kiosk.jobs.enabled
    said = kiosk.jobs.issue(sqlite_engine.issue("PASSPORT"))
    assert said("en") == "Please remember your number."
    kiosk.jobs.close()  # waits for the spooler
    assert kiosk.outcomes == []


def test_a_reprint_counts_as_a_copy_until_its_outcome(
    make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    kiosk = make_kiosk("none")
    issued = sqlite_engine.issue("PASSPORT")
    kiosk.jobs.submit(issued, copy=True)
    assert kiosk.jobs.copies == ["А-001"]
    kiosk.jobs.close()
    [outcome] = kiosk.outcomes
    assert outcome.number == "А-001" and outcome.skipped

    # A copy never speaks to the card, even while the card shows that number.
    report = kiosk.jobs.printed(outcome, showing=True)
    assert report == Report(copy=True)
    assert kiosk.jobs.copies == []
    # The next outcome of that number is the ticket itself again.
    assert not kiosk.jobs.printed(outcome, showing=True).copy
    assert kiosk.crashes == []


def test_a_submitted_job_after_closing_is_dropped(
    make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    kiosk = make_kiosk("none")
    kiosk.jobs.close()
    kiosk.jobs.submit(sqlite_engine.issue("PASSPORT"), copy=True)
    assert kiosk.jobs.copies == []


def test_a_printed_ticket_asks_the_visitor_to_take_it(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    report = kiosk.jobs.printed(PrintOutcome("А-001", PRINTER), showing=True)
    assert (report.copy, note(report), report.hold) == (False, "Please take your ticket.", None)
    assert kiosk.banner.isHidden()
    # Nothing to say on a card that has moved on.
    assert kiosk.jobs.printed(PrintOutcome("А-001", PRINTER), showing=False) == Report()


def test_a_printed_copy_says_so_on_the_banner(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    kiosk.jobs.copies.append("А-001")
    kiosk.jobs.printed(PrintOutcome("А-001", PRINTER), showing=False)
    assert kiosk.banner.text() == "Ticket А-001 was printed again."
    assert kiosk.banner.property("kind") == "info"


def test_printer_trouble_keeps_the_number_valid(
    make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    kiosk = make_kiosk(f"tcp://127.0.0.1:{closed_port()}")
    said = kiosk.jobs.issue(sqlite_engine.issue("PASSPORT"))
    assert said("en") == "Printing your ticket…"
    kiosk.jobs.close()
    [outcome] = kiosk.outcomes
    assert not outcome.printed

    report = kiosk.jobs.printed(outcome, showing=True)
    assert note(report) == "Your number А-001 is valid."
    assert report.hold == TROUBLE_SECONDS
    assert "Ticket А-001 was not printed." in kiosk.banner.text()
    assert "unreachable" in kiosk.banner.text()  # the reason
    assert "Check the printer" not in kiosk.banner.text()  # a visitor cannot
    assert kiosk.banner.timer.interval() == int(TROUBLE_SECONDS * 1000)

    # Later visitors are warned until a ticket prints again.
    kiosk.banner.hush()
    assert "The ticket printer is not working." in kiosk.banner.text()
    kiosk.jobs.printed(PrintOutcome("А-002", PRINTER), showing=True)
    assert kiosk.banner.isHidden()


def test_a_crashed_job_is_said_like_printer_trouble(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(receptionist=True)
    kiosk.jobs.copies.append("А-001")
    report = kiosk.jobs.crashed("А-001", showing=False)
    assert report == Report(copy=True)
    assert "Ticket А-001 was not printed." in kiosk.banner.text()
    assert "Something went wrong. Please ask at the reception." in kiosk.banner.text()
    assert "Check the printer, then reprint the ticket." in kiosk.banner.text()

    shown = kiosk.jobs.crashed("А-002", showing=True)
    assert (note(shown), shown.hold) == ("Your number А-002 is valid.", TROUBLE_SECONDS)
