"""The ticket as a 1-bit image, exactly as wide as the printer's dots.

Rendering ourselves with the shipped DejaVu fonts is what makes ң ө ү print on any
ESC/POS printer: the printer only sees pixels, never a code page.
"""

from __future__ import annotations

from functools import cache

from PIL import Image, ImageDraw, ImageFont

from conq_desktop.printing.layout import QrBlock, RuleBlock, Size, TextBlock, TicketLayout
from conq_desktop.printing.qr import qr_matrix
from conq_desktop.resources import resource_path

# Pixel heights of the text sizes at 203 dpi (8 dots per mm) on an 80 mm ticket; a 58 mm
# ticket scales them down.
_PIXELS = {Size.SMALL: 22, Size.NORMAL: 28, Size.LARGE: 40, Size.NUMBER: 128}
_MARGIN = 8
_GAP = 6


@cache
def font(size: int, bold: bool) -> ImageFont.FreeTypeFont:
    name = "fonts/DejaVuSansCondensed-Bold.ttf" if bold else "fonts/DejaVuSans.ttf"
    return ImageFont.truetype(str(resource_path(name)), size)


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and face.getlength(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]


@cache
def _qr_image(payload: str, side: int) -> Image.Image:
    """The QR code (``printing.qr``) in whole dots per module, at most ``side`` wide."""
    matrix = qr_matrix(payload)
    modules = len(matrix)
    box = max(1, side // modules)
    image = Image.new("1", (modules, modules), 1)
    image.putdata([0 if dark else 1 for row in matrix for dark in row])
    return image.resize((modules * box, modules * box), Image.Resampling.NEAREST)


def render_image(layout: TicketLayout, width: int) -> Image.Image:
    """Draw the layout on a white strip ``width`` dots wide; returns a mode "1" image."""
    scale = width / 576
    inner = width - 2 * _MARGIN
    pieces: list[tuple[str, object, int]] = []  # (kind, payload, height)
    for block in layout.blocks:
        if isinstance(block, TextBlock):
            face = font(max(12, round(_PIXELS[block.size] * scale)), block.bold)
            # The ticket number must never wrap; shrink it until it fits instead.
            if block.size == Size.NUMBER:
                while face.getlength(block.text) > inner and face.size > 24:
                    face = font(face.size - 4, block.bold)
                lines = [block.text]
            else:
                lines = wrap(block.text, face, inner)
            ascent, descent = face.getmetrics()
            for line in lines:
                pieces.append(("text", (line, face), ascent + descent))
        elif isinstance(block, QrBlock):
            qr = _qr_image(block.payload, round(220 * scale))
            pieces.append(("qr", qr, qr.height))
        elif isinstance(block, RuleBlock):
            pieces.append(("rule", None, 3))
    height = 2 * _MARGIN + sum(h + _GAP for _, _, h in pieces)
    image = Image.new("1", (width, height), 1)
    draw = ImageDraw.Draw(image)
    y = _MARGIN
    for kind, payload, piece_height in pieces:
        if kind == "text":
            line, face = payload  # type: ignore[misc]
            x = (width - face.getlength(line)) / 2
            draw.text((x, y), line, font=face, fill=0)
        elif kind == "qr":
            qr: Image.Image = payload  # type: ignore[assignment]
            image.paste(qr, ((width - qr.width) // 2, y))
        else:
            draw.line((_MARGIN, y + 1, width - _MARGIN, y + 1), fill=0, width=2)
        y += piece_height + _GAP
    return image
