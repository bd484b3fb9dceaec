"""The kiosk's print jobs, and what the screen says about each one.

Printing never decides whether a visitor has a place: the ticket exists before its job
is submitted. Jobs run in order on the spooler's thread; each outcome (or a crash of
the job) comes back to the GUI thread and becomes a note on the visitor's card, a
banner, and while the printer fails a standing banner that warns later visitors.
A reprint ("copy") speaks only through the banner: its visitor has left the screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from html import escape

from conq_desktop.engine import IssuedTicket
from conq_desktop.i18n import _, translate
from conq_desktop.printing.printer_config import Scheme
from conq_desktop.printing.service import PrintOutcome, PrintSpooler, TicketPrinter
from conq_desktop.views.common.operation import SOMETHING_WRONG, Text
from conq_desktop.views.kiosk.banner import Banner, quiet

log = logging.getLogger(__name__)

TROUBLE_SECONDS = 15.0  # the number stays this long when the ticket did not print

PRINTING = _("Printing your ticket…")
TAKE_IT = _("Please take your ticket.")
REMEMBER_IT = _("Please remember your number.")


@dataclass(frozen=True)
class Report:
    """What the window does about one finished job, besides the banner."""

    copy: bool = False  # a reprint is over: another may be asked for
    note: Text | None = None  # for the visitor's card, which shows this ticket
    hold: float | None = None  # the card stays at least this many seconds


class PrintJobs:
    """Submits tickets to the spooler and turns their outcomes into what to say.

    ``on_done`` and ``on_crash`` are called on the printer thread: they must hand the
    outcome (a ``PrintOutcome``, or the number of a job that crashed) to the GUI
    thread, which then calls ``printed`` or ``crashed``.
    """

    def __init__(
        self,
        printer: TicketPrinter,
        banner: Banner,
        *,
        receptionist: bool,
        on_done: Callable[[PrintOutcome], None],
        on_crash: Callable[[str], None],
    ) -> None:
        self.enabled = printer.config.target.scheme != Scheme.NONE
        self.spooler = PrintSpooler(printer, on_done=on_done)
        self.banner = banner
        self.receptionist = receptionist  # who can check the printer and reprint
        self.copies: list[str] = []  # numbers of the reprints under way
        self.closed = False
        self._on_crash = on_crash

    def issue(self, issued: IssuedTicket) -> Text:
        """A new ticket goes to the printer, if there is one; returns what its card says
        until the outcome is known."""
        if not self.enabled:
            return _said(REMEMBER_IT)
        self.submit(issued)
        return _said(PRINTING)

    def submit(self, issued: IssuedTicket, *, copy: bool = False) -> None:
        if self.closed:  # the spooler is shut down
            return
        number = issued.ticket.number
        if copy:
            self.copies.append(number)
        future = self.spooler.submit(issued, copy=copy)

        def crashed(done: Future[PrintOutcome]) -> None:  # on the printer thread
            if done.exception() is not None:
                log.error("printing %s failed", number, exc_info=done.exception())
                self._on_crash(number)

        future.add_done_callback(crashed)

    def close(self) -> None:
        """No more jobs; a ticket being printed still reaches the printer."""
        self.closed = True
        self.spooler.close()

    def printed(self, outcome: PrintOutcome, showing: bool) -> Report:
        """On the GUI thread, for every ticket printed or not; ``showing``: the
        visitor's card shows this number."""
        copy = self._settle(outcome.number)
        showing = showing and not copy
        if outcome.printed:
            self.banner.clear("printer")
            if copy:
                number = outcome.number
                self.banner.say(
                    "info",
                    lambda lang: translate(
                        _("Ticket {number} was printed again."), lang, number=number
                    ),
                )
            return Report(copy, _said(TAKE_IT) if showing else None)
        if outcome.skipped or outcome.error is None:
            return Report(copy, _said(REMEMBER_IT) if showing else None)
        log.warning("ticket %s not printed: %s", outcome.number, outcome.error.message("en"))
        return self._trouble(outcome.number, outcome.error.message, copy, showing)

    def crashed(self, number: str, showing: bool) -> Report:
        """The job of ``number`` broke down (a bug): said like a printer failure."""
        copy = self._settle(number)
        return self._trouble(number, _said(SOMETHING_WRONG), copy, showing and not copy)

    def _settle(self, number: str) -> bool:
        """Whether the finished job of ``number`` was a reprint."""
        if number in self.copies:
            self.copies.remove(number)
            return True
        return False

    def _trouble(self, number: str, reason: Text, copy: bool, showing: bool) -> Report:
        def now(lang: str) -> str:
            lines = [
                quiet(
                    translate(_("Ticket {number} was not printed."), lang, number=number),
                    reason(lang),
                ),
                escape(
                    translate(_("The number on the screen is valid; please remember it."), lang)
                ),
            ]
            if self.receptionist:
                lines.append(
                    escape(translate(_("Check the printer, then reprint the ticket."), lang))
                )
            return "<br>".join(lines)

        def standing(lang: str) -> str:
            return (
                quiet(translate(_("The ticket printer is not working."), lang), reason(lang))
                + "<br>"
                + escape(translate(_("Your number will be shown on the screen."), lang))
            )

        self.banner.stand("printer", "warning", standing, rich=True)
        self.banner.say("warning", now, TROUBLE_SECONDS, rich=True)
        if not showing:
            return Report(copy)

        def valid(lang: str) -> str:
            return translate(_("Your number {number} is valid."), lang, number=number)

        return Report(copy, valid, TROUBLE_SECONDS)


def _said(message: str) -> Text:
    """A fixed ``message`` in the language asked for."""
    return lambda lang: translate(message, lang)
