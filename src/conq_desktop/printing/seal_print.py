"""Putting the day's seal on paper: the PDF file, then the thermal printer.

The seal is already journalled when this runs (``engine/day_close.py``); what can
still go wrong is the paper. So neither step raises: the PDF is written first, whatever
the printer will do, and each failure comes back with its reason for the caller to say
(the command line on stderr with an exit status, the supervisor view on its message
line). The thermal slip goes through the tickets' own renderer and transport
(``escpos_render``, ``transport``): the same printer settings, the same time limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from conq_desktop.engine.day_close import DaySeal
from conq_desktop.errors import CANNOT_WRITE, ConqError, os_errors_as
from conq_desktop.printing.escpos_render import render_escpos
from conq_desktop.printing.printer_config import PrinterConfig, Scheme
from conq_desktop.printing.report_files import write_whole
from conq_desktop.printing.seal_layout import build_seal_layout
from conq_desktop.printing.seal_pdf import render_seal_pdf
from conq_desktop.printing.transport import send

SEALS_FOLDER = "seals"


@dataclass(frozen=True)
class SealOutput:
    """Where the seal went: the PDF (or why not), the printer (or why not)."""

    sealed: DaySeal
    pdf: Path | None
    pdf_error: ConqError | None
    printer: str  # as the settings name it; "none": not printed, nor asked to
    print_error: ConqError | None
    printed: bool

    @property
    def failure(self) -> ConqError | None:
        """The first thing that went wrong (no printer set up is nothing wrong)."""
        return self.pdf_error or self.print_error


def seal_file(folder: Path, sealed: DaySeal) -> Path:
    """The PDF's place in ``folder`` (the data folder's ``seals``): one file per close,
    so that closing a day again never replaces the first paper."""
    return folder / SEALS_FOLDER / f"seal-{sealed.day.isoformat()}-{sealed.seal.seq}.pdf"


def write_seal_pdf(sealed: DaySeal, path: Path, lang: str) -> None:
    """The PDF into ``path``, never over another file; nothing half-written is left."""
    data = render_seal_pdf(sealed, lang)
    with os_errors_as(CANNOT_WRITE, path=str(path)):
        path.parent.mkdir(parents=True, exist_ok=True)
    write_whole(path, data, replace=False)


def print_seal(sealed: DaySeal, config: PrinterConfig, lang: str) -> None:
    """The slip on the thermal printer; a ``PrintError`` (or a bad printer setting,
    ``ConfigError``) if it did not reach paper."""
    send(config.target, render_escpos(build_seal_layout(sealed, lang), config), config.timeout)


def deliver_seal(
    sealed: DaySeal, *, pdf: Path | None, printer: PrinterConfig | None, lang: str
) -> SealOutput:
    """Write the PDF (when ``pdf``) and print (when ``printer``), each whatever the
    other did."""
    pdf_error: ConqError | None = None
    if pdf is not None:
        try:
            write_seal_pdf(sealed, pdf, lang)
        except ConqError as error:
            pdf_error = error
    print_error: ConqError | None = None
    described = "none"
    # No printer set up is no failure: the PDF is the paper then.
    if printer is not None and printer.target.scheme != Scheme.NONE:
        described = printer.target.describe()
        try:
            print_seal(sealed, printer, lang)
        except ConqError as error:
            print_error = error
    return SealOutput(
        sealed=sealed,
        pdf=pdf if pdf is not None and pdf_error is None else None,
        pdf_error=pdf_error,
        printer=described,
        print_error=print_error,
        printed=described != "none" and print_error is None,
    )
