"""The slot picker of the Bookings window: a service, a day from today to the booking
horizon, and that day's slots with the places left in each.

Full slots stay in the list, greyed and not choosable, so the receptionist can say
"9:30 is full" rather than wonder where it went. The slots are read off the GUI thread
(``Bookings.free_slots``) whenever the service or the day changes, and again when the
window asks (after a booking, a cancel, a move, or a change made elsewhere); a read
that comes back after a newer one was asked for is dropped.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QListWidget, QListWidgetItem, QWidget

from conq_desktop.engine.admin_reads import ServiceRow
from conq_desktop.engine.bookings import Slot
from conq_desktop.i18n import translate
from conq_desktop.views.bookings import texts
from conq_desktop.views.common.operation import Operations, Text
from conq_desktop.views.common.wording import Wording

SLOT_ROLE = Qt.ItemDataRole.UserRole

# Reads a service's slots on a day (off the GUI thread).
ReadSlots = Callable[[str, date], list[Slot]]


class SlotPicker(QWidget):
    """Service, day and slot; ``chosen`` says a slot was picked (or none is)."""

    chosen = Signal()
    activated = Signal()  # Enter (or a double click) on a free slot: book it

    def __init__(
        self,
        ops: Operations,
        read_slots: ReadSlots,
        wording: Wording,
        refused: Callable[[Text, BaseException], None],
    ) -> None:
        super().__init__()
        self.ops = ops
        self.read_slots = read_slots
        self.refused = refused
        self.lang = "en"
        self.services: list[ServiceRow] = []
        self.days: list[date] = []
        self.slots: list[Slot] = []
        self._reads = itertools.count(1)
        self._read = 0  # the read whose answer the list shows

        self.service_combo = QComboBox()
        self.day_combo = QComboBox()
        self.slot_list = QListWidget()
        self.slot_list.setMinimumHeight(220)
        for widget in (self.service_combo, self.day_combo, self.slot_list):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.service_combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.day_combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.slot_list.currentItemChanged.connect(lambda *_items: self.chosen.emit())
        self.slot_list.itemActivated.connect(lambda _item: self.activated.emit())

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        grid.addWidget(wording.caption(texts.SERVICE, self.service_combo), 0, 0)
        grid.addWidget(self.service_combo, 1, 0)
        grid.addWidget(wording.caption(texts.DAY, self.day_combo), 2, 0)
        grid.addWidget(self.day_combo, 3, 0)
        grid.addWidget(wording.caption(texts.SLOTS, self.slot_list), 4, 0)
        grid.addWidget(self.slot_list, 5, 0)
        grid.setRowStretch(5, 1)

    # ------------------------------------------------------------------ filling in

    def set_choices(self, services: Sequence[ServiceRow], today: date, horizon: int) -> None:
        """The services and the days one may book (today counts as day 0); what was
        chosen stays chosen when it still can be."""
        days = [today + timedelta(days=offset) for offset in range(horizon + 1)]
        if (list(services), days) == (self.services, self.days):
            self.reload()  # only the places left may have changed: a combo left alone
            return  # keeps its popup open while the receptionist chooses
        service, day = self.service(), self.day()
        self.services, self.days = list(services), days
        for combo in (self.service_combo, self.day_combo):
            combo.blockSignals(True)
        self.service_combo.clear()
        for row in self.services:
            self.service_combo.addItem("", row.code)
        self.day_combo.clear()
        for one in days:
            # As text: a combo box finds Python objects by identity, not by value.
            self.day_combo.addItem("", one.isoformat())
        self._select(self.service_combo, service)
        self._select(self.day_combo, day.isoformat() if day is not None else None)
        for combo in (self.service_combo, self.day_combo):
            combo.blockSignals(False)
        self.retranslate(self.lang)
        self.reload()

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0 if combo.count() else -1)

    def choose(self, service: str | None = None, day: date | None = None) -> None:
        """Pick ``service`` and ``day`` (a booking's, to move it): the slots follow."""
        if service is not None and service != self.service():
            self._select(self.service_combo, service)
        listed = day is not None and self.day_combo.findData(day.isoformat()) >= 0
        if day is not None and listed and day != self.day():
            self._select(self.day_combo, day.isoformat())

    def choose_slot(self, start: time) -> bool:
        """Select the slot starting at ``start`` if it is listed and free."""
        for row in range(self.slot_list.count()):
            item = self.slot_list.item(row)
            if item.data(SLOT_ROLE) == start and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.slot_list.setCurrentItem(item)
                return True
        return False

    # ------------------------------------------------------------------ reading

    def service(self) -> str | None:
        code = self.service_combo.currentData()
        return str(code) if code is not None else None

    def day(self) -> date | None:
        day = self.day_combo.currentData()
        return date.fromisoformat(day) if isinstance(day, str) else None

    def slot(self) -> time | None:
        item = self.slot_list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        start = item.data(SLOT_ROLE)
        return start if isinstance(start, time) else None

    def reload(self) -> None:
        """Read the slots of the service and day chosen again, keeping the slot chosen."""
        service, day = self.service(), self.day()
        if service is None or day is None:
            self._show([], self._read)
            return
        read = self._read = next(self._reads)
        self.ops.op(lambda: self.read_slots(service, day)).success(
            lambda slots: self._show(slots, read)
        ).failure(self.refused).run(exclusive=False)

    def _show(self, slots: list[Slot], read: int) -> None:
        if read != self._read:
            return  # an older read: the service or day changed since
        kept = self.slot()
        self.slots = slots
        self.slot_list.blockSignals(True)
        self.slot_list.clear()
        for slot in slots:
            item = QListWidgetItem()
            item.setData(SLOT_ROLE, slot.start)
            if slot.left == 0:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.slot_list.addItem(item)
        if not slots:  # said in the list itself, where the eye (and the reader) looks
            empty = QListWidgetItem()
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.slot_list.addItem(empty)
        self.slot_list.blockSignals(False)
        self._say_slots()
        if kept is not None:
            self.choose_slot(kept)
        self.chosen.emit()

    # ------------------------------------------------------------------ words

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        for index, row in enumerate(self.services):
            self.service_combo.setItemText(index, row.name(lang))
        locale = QLocale(lang)
        for index in range(self.day_combo.count()):
            one = date.fromisoformat(self.day_combo.itemData(index))
            # The weekday in the window's language: "Wednesday 25.11.2026" tells a
            # receptionist at once whether it is the day the visitor means.
            text = locale.toString(QDate(one.year, one.month, one.day), "dddd dd.MM.yyyy")
            self.day_combo.setItemText(index, text)
        self._say_slots()

    def _say_slots(self) -> None:
        for row, slot in enumerate(self.slots):
            item = self.slot_list.item(row)
            clock = slot.start.strftime("%H:%M")
            if slot.left == 0:
                text = translate(texts.SLOT_FULL, self.lang, time=clock)
            else:
                text = translate(
                    texts.SLOT_ITEM, self.lang, time=clock, left=slot.left, capacity=slot.capacity
                )
            item.setText(text)
        if not self.slots and self.slot_list.count() == 1:
            self.slot_list.item(0).setText(translate(texts.NO_SLOTS, self.lang))
