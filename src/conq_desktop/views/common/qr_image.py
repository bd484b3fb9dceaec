"""A QR code on screen (the kiosk's issued page, the hall display): the printed
ticket's own matrix (``printing.qr``), drawn dark on white with a quiet zone, every
module the same whole number of pixels, so a phone reads it off any background."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy

from conq_desktop.printing.qr import qr_matrix

QUIET_MODULES = 2  # white around the code: phones read 2 as well as the standard 4


def qr_pixmap(payload: str, side: int) -> QPixmap:
    """``payload``'s QR code at most ``side`` pixels square (quiet zone included),
    at least one pixel a module."""
    matrix = qr_matrix(payload)
    count = len(matrix) + 2 * QUIET_MODULES
    module = max(1, side // count)
    image = QImage(count * module, count * module, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        for row, cells in enumerate(matrix):
            for col, dark in enumerate(cells):
                if dark:
                    painter.fillRect(
                        QRect(
                            (col + QUIET_MODULES) * module,
                            (row + QUIET_MODULES) * module,
                            module,
                            module,
                        ),
                        Qt.GlobalColor.black,
                    )
    finally:
        painter.end()
    return QPixmap.fromImage(image)


class QrLabel(QLabel):
    """Shows one payload's QR code at a side set by the window (``set_side``); its
    accessible name is set by its owner (the visible line that goes with it)."""

    def __init__(self, object_name: str = "qr") -> None:
        super().__init__(objectName=object_name, alignment=Qt.AlignmentFlag.AlignCenter)
        self.payload = ""
        self.side = 160
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def show_payload(self, payload: str) -> None:
        if payload != self.payload:
            self.payload = payload
            self._draw()

    def set_side(self, side: int) -> None:
        if side != self.side:
            self.side = side
            self._draw()

    def _draw(self) -> None:
        if not self.payload:
            self.clear()
            self.setFixedSize(0, 0)
            return
        pixmap = qr_pixmap(self.payload, self.side)
        self.setPixmap(pixmap)
        self.setFixedSize(pixmap.size())
