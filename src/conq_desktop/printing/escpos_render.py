"""Turning a ticket layout into the ESC/POS byte stream a thermal printer expects.

python-escpos builds the commands into memory (its ``Dummy`` printer); the bytes are
then sent by ``transport`` with our own timeouts. Keeping the two apart means a slow or
dead printer can never hold up rendering, and the bytes can be checked in tests.
"""

from __future__ import annotations

from conq_desktop.errors import ConfigError
from conq_desktop.i18n import _
from conq_desktop.printing.escpos_setup import HW_INIT, Dummy, Profile, get_profile
from conq_desktop.printing.layout import QrBlock, RuleBlock, Size, TextBlock, TicketLayout
from conq_desktop.printing.printer_config import (
    PAPER_DOTS,
    PrinterConfig,
    PrintMode,
    parse_codepage,
)
from conq_desktop.printing.raster import render_image

ESC, GS = b"\x1b", b"\x1d"
# CP866 has no ң ө ү: print the nearest Russian letter rather than a question mark.
_CP866_FALLBACK = str.maketrans("ңөүҢӨҮ", "ноуНОУ")
_TEXT_COLUMNS = {58: 32, 80: 48}


def load_profile(name: str) -> Profile:
    try:
        return get_profile(name)
    except Exception:
        raise ConfigError(_("Unknown printer profile: {name}"), name=name) from None


def image_width(config: PrinterConfig, profile: Profile) -> int:
    """The paper's dots, narrowed to what the profile says the printer accepts: a wider
    image is refused by python-escpos and cut off by many printers."""
    dots = PAPER_DOTS[config.paper_mm]
    try:
        return min(dots, int(profile.profile_data["media"]["width"]["pixels"]))
    except (KeyError, TypeError, ValueError):
        return dots


def render_escpos(layout: TicketLayout, config: PrinterConfig) -> bytes:
    profile = load_profile(config.profile)
    printer = Dummy(profile=config.profile)
    printer._raw(HW_INIT)
    if config.mode == PrintMode.IMAGE:
        width = image_width(config, profile)
        # Tell this printer object its width (many profiles leave it "Unknown", which
        # makes python-escpos print a warning to stdout and skip its own width check).
        printer.profile.profile_data = {
            **printer.profile.profile_data,
            "media": {"width": {"pixels": width}, "dpi": 203},
        }
        printer.image(render_image(layout, width), impl="bitImageRaster")
    else:
        _text(printer, layout, config)
    _finish(printer, profile)
    return printer.output


def _text(printer: Dummy, layout: TicketLayout, config: PrinterConfig) -> None:
    encoding, page = parse_codepage(config.text_codepage)
    printer._raw(ESC + b"t" + bytes([page]))
    printer._raw(ESC + b"a\x01")  # centre
    columns = _TEXT_COLUMNS[config.paper_mm]
    for block in layout.blocks:
        if isinstance(block, TextBlock):
            # GS ! sets width and height multipliers (1-8) in its two nibbles.
            factor = {Size.SMALL: 1, Size.NORMAL: 1, Size.LARGE: 2, Size.NUMBER: 4}[block.size]
            printer._raw(GS + b"!" + bytes([(factor - 1) << 4 | (factor - 1)]))
            printer._raw(ESC + b"E" + (b"\x01" if block.bold else b"\x00"))
            text = block.text if encoding == "kz1048" else block.text.translate(_CP866_FALLBACK)
            printer._raw(text.encode(encoding, errors="replace") + b"\n")
        elif isinstance(block, RuleBlock):
            printer._raw(GS + b"!\x00" + b"-" * columns + b"\n")
        elif isinstance(block, QrBlock):
            printer._raw(GS + b"!\x00")
            printer.qr(block.payload, size=6, native=True)
    printer._raw(GS + b"!\x00" + ESC + b"E\x00")


def _finish(printer: Dummy, profile: Profile) -> None:
    if profile.supports("paperFullCut") or profile.supports("paperPartCut"):
        printer.cut()
    else:
        # No cutter: feed the ticket past the tear bar.
        printer._raw(ESC + b"d\x06")
