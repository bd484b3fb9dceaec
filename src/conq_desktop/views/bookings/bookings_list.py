"""Finding bookings in the Bookings window: by a code the visitor reads out (Enter in the
field finds it), or a service's whole day, as a list to pick one from.

Only widgets and words here; the window reads (off the GUI thread) and hands the
bookings in. The visitor's name is shown in the list, for the receptionist who looks
someone up by name; it never goes on the slip.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from conq_desktop.engine.bookings import CODE_LENGTH, BookingInfo
from conq_desktop.i18n import translate
from conq_desktop.views.bookings import texts
from conq_desktop.views.common.wording import Wording


def status_text(booking: BookingInfo, lang: str) -> str:
    return translate(texts.STATUS_NAMES.get(booking.status.value, booking.status.value), lang)


class BookingsList(QWidget):
    """``picked`` tells which booking of the list was chosen."""

    picked = Signal(object)  # BookingInfo

    def __init__(
        self, wording: Wording, find: Callable[[], object], day_list: Callable[[], object]
    ) -> None:
        super().__init__()
        self.lang = "en"
        self.bookings: list[BookingInfo] = []
        self.code_edit = wording.edit(texts.CODE)
        # Codes are six characters; a little room for spaces pasted around one.
        self.code_edit.setMaxLength(CODE_LENGTH + 10)
        self.code_edit.returnPressed.connect(find)
        self.find_button = wording.button(texts.FIND, find)
        self.day_button = wording.button(texts.DAY_LIST, day_list)
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.list.currentItemChanged.connect(self._current_changed)

        row = QHBoxLayout()
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.find_button)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(6)
        grid.addLayout(row, 0, 0)
        grid.addWidget(self.day_button, 1, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(wording.caption(texts.LIST, self.list), 2, 0)
        grid.addWidget(self.list, 3, 0)
        grid.setRowStretch(3, 1)

    def code(self) -> str:
        return self.code_edit.text().strip()

    def show_bookings(self, bookings: list[BookingInfo], current: str | None = None) -> None:
        """List ``bookings``, the one with the code ``current`` selected if there."""
        self.bookings = bookings
        self.list.blockSignals(True)
        self.list.clear()
        for booking in bookings:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, booking.code)
            self.list.addItem(item)
            if booking.code == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.retranslate(self.lang)

    def replace(self, booking: BookingInfo) -> None:
        """Show a booking's new state (cancelled, moved) where it is listed."""
        self.bookings = [booking if b.code == booking.code else b for b in self.bookings]
        self.retranslate(self.lang)

    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        code = item.data(Qt.ItemDataRole.UserRole)
        booking = next((b for b in self.bookings if b.code == code), None)
        if booking is not None:
            self.picked.emit(booking)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        for row, booking in enumerate(self.bookings):
            self.list.item(row).setText(
                translate(
                    texts.LIST_ITEM,
                    lang,
                    time=booking.start.strftime("%H:%M"),
                    code=booking.code,
                    status=status_text(booking, lang),
                    name=booking.name or "",
                ).rstrip()
            )
