"""USB printers (pyusb and its libusb-1.0 library), and printer connections whose
library the program lacks: each failure says what to do, in the user's language, never
pyusb's "No backend available" nor, in the built program, "pip install"."""

from __future__ import annotations

import errno
import sys
from pathlib import Path

import pytest

from conq_desktop.printing import transport
from conq_desktop.printing.printer_config import parse_printer_uri
from conq_desktop.printing.transport import PrintError

usb_core = pytest.importorskip("usb.core")
libusb1 = pytest.importorskip("usb.backend.libusb1")

# No such device on any PC we test on (the example printer).
ABSENT = "usb://0x0416:0x5011"


def failure(uri: str) -> str:
    with pytest.raises(PrintError) as caught:
        transport.send(parse_printer_uri(uri), b"\x1b@", timeout=10)
    return caught.value.message("en")


def test_no_printer_on_the_usb_bus_is_named_as_such() -> None:
    if libusb1.get_backend() is None:
        pytest.skip("no libusb-1.0 here (Debian/Ubuntu: libusb-1.0-0)")
    message = failure(ABSENT)
    assert message.startswith(f"No USB printer {ABSENT} is connected to this PC.")
    assert "lsusb" in message


def test_a_device_that_is_not_found_is_no_printer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transport, "_usb_backend", lambda: object())
    monkeypatch.setattr(usb_core, "find", lambda **_ids: None)
    assert failure("usb://04b8:0e15").startswith("No USB printer usb://04b8:0e15 is connected")


def test_without_libusb_the_library_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(libusb1, "get_backend", lambda find_library=None: None)
    message = failure(ABSENT)
    assert "needs the libusb library" in message and "libusb-1.0-0" in message
    assert "No backend available" not in message and "pip install" not in message


def test_pyusb_finding_no_backend_itself_is_explained_too() -> None:
    target = parse_printer_uri(ABSENT)
    message = transport._device_error(target, usb_core.NoBackendError("No backend available"))
    assert "needs the libusb library" in message.message("en")


def test_access_denied_points_at_the_udev_rule() -> None:
    denied = usb_core.USBError("Access denied (insufficient permissions)", -3, errno.EACCES)
    try:
        try:
            raise denied
        except usb_core.USBError:
            raise RuntimeError("Unable to open USB printer") from None
    except RuntimeError as wrapped:  # python-escpos wraps it as its DeviceNotFoundError
        message = transport._device_error(parse_printer_uri(ABSENT), wrapped).message("ru")
    assert "udev" in message and ABSENT in message


def test_the_built_program_uses_its_own_libusb(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / transport.BUNDLED_LIBUSB).write_bytes(b"")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    asked: list[str | None] = []

    def get_backend(find_library=None):  # type: ignore[no-untyped-def]
        asked.append(find_library and find_library("usb-1.0"))
        return "backend"

    monkeypatch.setattr(libusb1, "get_backend", get_backend)
    assert transport._usb_backend() == "backend"
    assert asked == [str(tmp_path / transport.BUNDLED_LIBUSB)]


@pytest.mark.parametrize(("uri", "words"), [("cups://Kiosk", "no CUPS support")])
def test_the_built_program_never_says_pip_install(
    monkeypatch: pytest.MonkeyPatch, uri: str, words: str
) -> None:
    from conq_desktop.printing.escpos_setup import printer as backends

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(backends.CupsPrinter, "is_usable", staticmethod(lambda: False))
    message = failure(uri)
    assert words in message and "tcp://HOST:9100" in message and "usb://VID:PID" in message
    assert "pip" not in message


def test_the_built_program_without_a_connection_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from conq_desktop.printing.escpos_setup import printer as backends

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(backends.Serial, "is_usable", staticmethod(lambda: False))
    message = failure("serial:///dev/ttyUSB9")
    assert "it was made without serial:// printing" in message
    assert "pip" not in message
