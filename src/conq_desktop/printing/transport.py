"""Sending bytes to the printer, within a time limit, with a reason when it fails.

Every failure becomes a ``PrintError`` whose message says what a receptionist can do
about it ("printer unreachable", "paper out", "did not answer within 5 s"). A device
call that may block for ever (a USB or serial write to a jammed printer) runs in a
daemon thread that is abandoned at the time limit, so the caller always gets an answer.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path

from conq_desktop.errors import ConqError
from conq_desktop.i18n import _
from conq_desktop.printing.printer_config import PrinterTarget, Scheme

# DLE EOT 4: "paper roll sensor status". The answer has bits 5 and 6 set at paper end.
PAPER_STATUS_QUERY = b"\x10\x04\x04"
PAPER_END_BITS = 0x60
STATUS_WAIT = 0.15
SEND_BUFFER = 8192
# Printers that stayed silent once are not asked again in this process: the question
# would cost every later ticket the wait.
_SILENT: set[str] = set()


class PrintError(ConqError):
    """The ticket is issued, but did not reach paper."""

    exit_code = 7


class NoPrinter(PrintError):
    """No printer is configured; not a fault."""


def send(target: PrinterTarget, data: bytes, timeout: float) -> None:
    if target.scheme == Scheme.NONE:
        raise NoPrinter(_("No printer is set up; the ticket is shown on screen only."))
    if target.scheme == Scheme.TCP:
        _send_tcp(target, data, timeout)
        return
    _with_deadline(lambda: _send_device(target, data), target, timeout)


def _send_tcp(target: PrinterTarget, data: bytes, timeout: float) -> None:
    where = target.describe()
    deadline = time.monotonic() + timeout
    try:
        with _connect(target, timeout) as conn:
            if where not in _SILENT:
                _check_paper(conn, where)
            conn.settimeout(max(0.1, deadline - time.monotonic()))
            conn.sendall(data)
    except PrintError:
        raise
    except TimeoutError:
        raise PrintError(
            _("The printer {printer} did not answer within {seconds} s."),
            printer=where,
            seconds=f"{timeout:g}",
        ) from None
    except OSError as exc:
        raise PrintError(
            _("The printer {printer} is unreachable: {reason}"),
            printer=where,
            reason=exc.strerror or str(exc),
        ) from None


def _connect(target: PrinterTarget, timeout: float) -> socket.socket:
    """Connect with a small send buffer: otherwise the kernel swallows a whole ticket
    and a printer that has stopped reading looks like one that printed."""
    error: OSError | None = None
    for family, kind, proto, _name, address in socket.getaddrinfo(
        target.address, target.port, type=socket.SOCK_STREAM
    ):
        conn = socket.socket(family, kind, proto)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER)
        conn.settimeout(timeout)
        try:
            conn.connect(address)
            return conn
        except OSError as exc:
            conn.close()
            error = exc
    raise error or OSError("no address")


def _check_paper(conn: socket.socket, where: str) -> None:
    """Ask a network printer whether it has paper. Printers that do not answer status
    queries (or listeners that are not printers) are given the ticket anyway."""
    conn.settimeout(STATUS_WAIT)
    try:
        conn.sendall(PAPER_STATUS_QUERY)
        answer = conn.recv(1)
    except TimeoutError:
        _SILENT.add(where)
        return
    if answer and answer[0] & PAPER_END_BITS == PAPER_END_BITS:
        raise PrintError(_("The printer {printer} is out of paper."), printer=where)


def _send_device(target: PrinterTarget, data: bytes) -> None:
    if target.scheme == Scheme.FILE:
        try:
            with Path(target.address).open("ab") as device:
                device.write(data)
        except OSError as exc:
            raise PrintError(
                _("Cannot write to the printer {printer}: {reason}"),
                printer=target.describe(),
                reason=exc.strerror or str(exc),
            ) from None
        return
    printer = _escpos_device(target)
    try:
        printer.open()
        printer._raw(data)
    except PrintError:
        raise
    except Exception as exc:  # each python-escpos backend raises its own types
        raise PrintError(
            _("The printer {printer} is unreachable: {reason}"),
            printer=target.describe(),
            reason=str(exc),
        ) from None
    finally:
        # Closing a device that never opened raises too; the first error is the one to tell.
        with contextlib.suppress(Exception):
            printer.close()


def _escpos_device(target: PrinterTarget):  # type: ignore[no-untyped-def]
    """The python-escpos class for the scheme, constructed only when its library is
    installed (constructing it without one raises, and again when it is collected)."""
    from conq_desktop.printing.escpos_setup import printer as backends

    options = target.options
    kind, make = {
        Scheme.USB: (backends.Usb, lambda: backends.Usb(*_usb_ids(target), timeout=0)),
        Scheme.SERIAL: (
            backends.Serial,
            lambda: backends.Serial(
                target.address, baudrate=int(options.get("baudrate", 9600)), timeout=1
            ),
        ),
        Scheme.CUPS: (backends.CupsPrinter, lambda: backends.CupsPrinter(target.address)),
        Scheme.WIN32: (backends.Win32Raw, lambda: backends.Win32Raw(target.address)),
    }[target.scheme]
    if not kind.is_usable():
        raise PrintError(
            _("Printing to {printer} needs an extra package: pip install conq-desktop[{extra}]"),
            printer=target.describe(),
            extra=target.scheme.value,
        )
    return make()


def _usb_ids(target: PrinterTarget) -> tuple[int, int]:
    vendor, product = target.address.split(":")
    return int(vendor, 16), int(product, 16)


def _with_deadline(action: Callable[[], None], target: PrinterTarget, timeout: float) -> None:
    failure: list[BaseException] = []

    def run() -> None:
        try:
            action()
        except BaseException as exc:  # handed to the waiting thread
            failure.append(exc)

    worker = threading.Thread(target=run, name=f"print-{target.scheme.value}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise PrintError(
            _("The printer {printer} did not answer within {seconds} s."),
            printer=target.describe(),
            seconds=f"{timeout:g}",
        )
    if failure:
        raise failure[0]
