"""The QR codes the program draws, as one matrix of modules for every renderer.

One encoder setting for tickets, booking slips, seals and the screens (the kiosk's
issued page, the hall display): the ``qrcode`` library with medium error correction,
no border (each renderer adds its own quiet zone) and a fixed mask. The fixed mask
skips trying all eight for the "best" one: 13 of a ticket's 20 ms of rendering, for a
code any phone camera reads either way.
"""

from __future__ import annotations

from functools import cache

import qrcode

Matrix = tuple[tuple[bool, ...], ...]


@cache
def qr_matrix(payload: str) -> Matrix:
    """The modules of ``payload``'s QR code, row by row, True for a dark one."""
    code = qrcode.QRCode(
        border=0, error_correction=qrcode.constants.ERROR_CORRECT_M, mask_pattern=0
    )
    code.add_data(payload)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())
