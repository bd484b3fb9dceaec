"""Sending bytes to the printer, within a time limit, with a reason when it fails.

Every failure becomes a ``PrintError`` whose message says what a receptionist can do
about it ("printer unreachable", "paper out", "did not answer within 5 s"). A device
call that may block for ever (a USB or serial write to a jammed printer) runs in a
daemon thread that is abandoned at the time limit, so the caller always gets an answer.

USB printers go through pyusb, which needs the libusb-1.0 shared library. The built
program carries its own copy (build_installer.spec puts it beside the program, in
``sys._MEIPASS``); pyusb is pointed at it, and at the system's libusb otherwise.
"""

from __future__ import annotations

import contextlib
import errno
import socket
import sys
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
# The libusb-1.0 library as the built program carries it (build_installer.spec).
BUNDLED_LIBUSB = {"win32": "libusb-1.0.dll", "darwin": "libusb-1.0.dylib"}.get(
    sys.platform, "libusb-1.0.so.0"
)
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
        raise _device_error(target, exc) from None
    finally:
        # Closing a device that never opened raises too; the first error is the one to tell.
        with contextlib.suppress(Exception):
            printer.close()


def _device_error(target: PrinterTarget, exc: Exception) -> PrintError:
    """What a receptionist is told when a printer device failed; python-escpos and its
    libraries say it in English, for a programmer (pyusb: "No backend available")."""
    if target.scheme == Scheme.USB:
        for cause in (exc, exc.__context__, exc.__cause__):
            if getattr(cause, "errno", None) == errno.EACCES:
                return PrintError(
                    _(
                        "This user may not use the USB printer {printer} (access denied). On "
                        "Linux a udev rule gives access: see USB printers in docs/install.md."
                    ),
                    printer=target.describe(),
                )
            if type(cause).__name__ == "NoBackendError":
                return _no_libusb(target)
    return PrintError(
        _("The printer {printer} is unreachable: {reason}"),
        printer=target.describe(),
        reason=str(exc),
    )


def _escpos_device(target: PrinterTarget):  # type: ignore[no-untyped-def]
    """The python-escpos class for the scheme, constructed only when its library is
    installed (constructing it without one raises, and again when it is collected)."""
    from conq_desktop.printing.escpos_setup import printer as backends

    options = target.options
    kind, make = {
        Scheme.USB: (backends.Usb, lambda: _usb_printer(backends.Usb, target)),
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
        raise _missing_package(target)
    return make()


def _missing_package(target: PrinterTarget) -> PrintError:
    """The printer connection's Python package is not installed. The built program
    cannot have one added, so it never tells anyone to run pip."""
    if not getattr(sys, "frozen", False):
        return PrintError(
            _("Printing to {printer} needs an extra package: pip install conq-desktop[{extra}]"),
            printer=target.describe(),
            extra=target.scheme.value,
        )
    if target.scheme == Scheme.CUPS:
        return PrintError(
            _(
                "This build of conq-desktop has no CUPS support, so it cannot print to "
                "{printer}. Connect the printer directly instead: a network printer as "
                "tcp://HOST:9100, or a USB printer as usb://VID:PID."
            ),
            printer=target.describe(),
        )
    return PrintError(
        _(
            "This build of conq-desktop cannot print to {printer}: it was made without "
            "{scheme}:// printing. Use a network printer (tcp://HOST:9100), or a build made "
            "with it."
        ),
        printer=target.describe(),
        scheme=target.scheme.value,
    )


def _no_libusb(target: PrinterTarget) -> PrintError:
    return PrintError(
        _(
            "Printing to {printer} needs the libusb library, which neither this program nor "
            "this PC has. Install libusb (Debian/Ubuntu: apt-get install libusb-1.0-0), or "
            "use a network printer (tcp://HOST:9100)."
        ),
        printer=target.describe(),
    )


def _usb_printer(kind, target: PrinterTarget):  # type: ignore[no-untyped-def]
    """python-escpos's USB printer, once the device is known to be there: a missing
    library and a missing printer each get their own message."""
    import usb.core

    vendor, product = _usb_ids(target)
    backend = _usb_backend()
    if backend is None:
        raise _no_libusb(target)
    try:
        found = usb.core.find(idVendor=vendor, idProduct=product, backend=backend)
    except usb.core.USBError as exc:
        raise _device_error(target, exc) from None
    if found is None:
        raise PrintError(
            _(
                "No USB printer {printer} is connected to this PC. Check that the printer is "
                "on, its cable plugged in and its VID:PID right (on Linux, lsusb lists the "
                "connected devices)."
            ),
            printer=target.describe(),
        )
    return kind(vendor, product, usb_args={"backend": backend}, timeout=0)


def _usb_backend():  # type: ignore[no-untyped-def]
    """pyusb's libusb-1.0 backend: the built program's own library first, then the
    system's. None when there is no libusb at all."""
    import usb.backend.libusb1 as libusb1

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        bundled = Path(bundle) / BUNDLED_LIBUSB
        if bundled.is_file():
            backend = libusb1.get_backend(find_library=lambda _name: str(bundled))
            if backend is not None:
                return backend
    return libusb1.get_backend()


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
