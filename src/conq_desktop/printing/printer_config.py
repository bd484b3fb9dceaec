"""The ticket printer of this PC: one URI plus a few options.

    tcp://HOST[:9100]          network printer (raw port 9100)
    usb://VID:PID              USB printer spoken to directly (extra: usb)
    serial://DEVICE?baudrate=N serial printer (extra: serial)
    file:PATH                  a device file such as /dev/usb/lp0, or any file
    cups://QUEUE               a CUPS queue in raw mode (extra: cups)
    win32://PRINTER NAME       a Windows printer queue (extra: win32)
    none                       no printer: tickets are shown on screen only

Set like the database: ``--printer URI``, ``CONQ_PRINTER``, or ``[printer]`` in the
config file. See docs/printing.md.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urlsplit

from conq_desktop.errors import ConfigError
from conq_desktop.i18n import _

DEFAULT_TCP_PORT = 9100
CP866_PAGE = 17  # Epson's number for PC866; most clones follow it
# Dots across the printable width at the usual 203 dpi.
PAPER_DOTS = {58: 384, 80: 576}


class PrintMode(enum.StrEnum):
    IMAGE = "image"  # the ticket as a raster image: every letter survives
    TEXT = "text"  # ESC/POS text in a code page: faster on slow serial links


class Scheme(enum.StrEnum):
    TCP = "tcp"
    USB = "usb"
    SERIAL = "serial"
    FILE = "file"
    CUPS = "cups"
    WIN32 = "win32"
    NONE = "none"


@dataclass(frozen=True)
class PrinterTarget:
    scheme: Scheme
    address: str = ""
    port: int = 0
    options: dict[str, str] = field(default_factory=dict)

    def describe(self) -> str:
        if self.scheme == Scheme.TCP:
            return f"tcp://{self.address}:{self.port}"
        if self.scheme == Scheme.NONE:
            return "none"
        if self.scheme == Scheme.FILE:
            return f"file:{self.address}"
        return f"{self.scheme.value}://{self.address}"


def parse_printer_uri(uri: str) -> PrinterTarget:
    text = uri.strip()
    if text.lower() in ("", "none"):
        return PrinterTarget(Scheme.NONE)
    if text.startswith("file:"):
        path = text.removeprefix("file:").removeprefix("//")
        if not path:
            raise _bad(uri)
        return PrinterTarget(Scheme.FILE, unquote(path))
    parts = urlsplit(text)
    try:
        scheme = Scheme(parts.scheme.lower())
    except ValueError:
        raise _bad(uri) from None
    options = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    if scheme == Scheme.TCP:
        try:
            port = parts.port or DEFAULT_TCP_PORT
        except ValueError:
            raise _bad(uri) from None
        if not parts.hostname:
            raise _bad(uri)
        return PrinterTarget(scheme, parts.hostname, port, options)
    if scheme == Scheme.USB:
        vendor, _sep, product = parts.netloc.partition(":")
        try:
            int(vendor, 16), int(product, 16)
        except ValueError:
            raise _bad(uri) from None
        return PrinterTarget(scheme, f"{vendor}:{product}", options=options)
    address = unquote(parts.netloc + parts.path)
    if not address:
        raise _bad(uri)
    return PrinterTarget(scheme, address, options=options)


def _bad(uri: str) -> ConfigError:
    return ConfigError(
        _(
            "The printer address is not valid: {uri}. Use tcp://HOST:9100, usb://VID:PID, "
            "serial://DEVICE, file:PATH, cups://QUEUE, win32://NAME or none."
        ),
        uri=uri,
    )


@dataclass(frozen=True)
class PrinterConfig:
    target: PrinterTarget = field(default_factory=lambda: PrinterTarget(Scheme.NONE))
    paper_mm: int = 80
    mode: PrintMode = PrintMode.IMAGE
    # A python-escpos profile name (e.g. "TM-T20II"); it says whether the printer can
    # cut and how wide an image it accepts.
    profile: str = "default"
    # Text mode only: "cp866" (Russian, Kyrgyz letters lose their marks) or "rk1048:N"
    # where N is the printer's code page number for RK1048 (has ң ө ү).
    text_codepage: str = "cp866"
    timeout: float = 5.0

    @classmethod
    def from_values(cls, uri: str | None, values: dict[str, object]) -> PrinterConfig:
        paper = values.get("paper_width", 80)
        if paper not in PAPER_DOTS:
            raise ConfigError(_("Paper width must be 58 or 80 mm, not {value}."), value=paper)
        try:
            mode = PrintMode(str(values.get("mode", PrintMode.IMAGE.value)))
        except ValueError:
            raise ConfigError(
                _("Print mode must be image or text, not {value}."), value=values.get("mode")
            ) from None
        timeout = values.get("timeout", 5.0)
        if (
            not isinstance(timeout, int | float)
            or isinstance(timeout, bool)
            or not 0 < timeout <= 60
        ):
            raise ConfigError(_("The printer timeout must be between 0 and 60 seconds."))
        codepage = str(values.get("text_codepage", "cp866"))
        parse_codepage(codepage)  # a bad one is refused now, not at the first ticket
        return cls(
            target=parse_printer_uri(uri or str(values.get("uri", "none"))),
            paper_mm=int(paper),  # type: ignore[call-overload]
            mode=mode,
            profile=str(values.get("profile", "default")),
            text_codepage=codepage,
            timeout=float(timeout),
        )


def parse_codepage(setting: str) -> tuple[str, int]:
    """The text mode's code page setting as (Python encoding, the printer's page number):
    ``cp866[:N]`` or ``rk1048:N``, N a byte (0-255), as ESC t takes it."""
    name, _sep, number = setting.lower().partition(":")
    if name == "cp866" and not number:
        return "cp866", CP866_PAGE
    if name in ("cp866", "rk1048") and number.isascii() and number.isdigit():
        page = int(number)
        if page <= 255:
            return ("cp866" if name == "cp866" else "kz1048"), page
    raise ConfigError(
        _(
            "Text code page must be cp866 or rk1048:N (N: the printer's number for it), "
            "not {value}."
        ),
        value=setting,
    )
