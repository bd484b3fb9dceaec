"""The booking settings on the Centre page (docs/bookings.md, "Settings"): one whole
number each, in the range a centre file allows, saved with the centre's other settings
(``accounts.change_settings``, journalled as ``settings_changed``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QSpinBox

# The ranges a centre file is checked against: one table, so the form cannot offer a
# value that saving would refuse.
from conq_desktop.engine.centre_file import _WHOLE_SETTINGS as RANGES
from conq_desktop.engine.settings import DEFAULTS
from conq_desktop.views.admin import texts
from conq_desktop.views.admin.widgets import Words

# Each setting, its caption, and what it means beyond the caption (if that needs saying).
FIELDS: tuple[tuple[str, str, str | None], ...] = (
    ("booking_slot_minutes", texts.BOOKING_SLOT_MINUTES, None),
    ("booking_capacity", texts.BOOKING_CAPACITY, None),
    ("booking_horizon_days", texts.BOOKING_HORIZON_DAYS, None),
    ("booking_walk_in_share", texts.BOOKING_WALK_IN_SHARE, texts.BOOKING_WALK_IN_SHARE_NOTE),
    ("booking_early_minutes", texts.BOOKING_EARLY_MINUTES, None),
    ("booking_late_minutes", texts.BOOKING_LATE_MINUTES, None),
    ("booking_call_every", texts.BOOKING_CALL_EVERY, texts.BOOKING_CALL_EVERY_NOTE),
    ("booking_purge_days", texts.BOOKING_PURGE_DAYS, texts.BOOKING_PURGE_DAYS_NOTE),
)


class BookingFields:
    """A spin box for each booking setting, laid into the Centre page's grid."""

    def __init__(self, words: Words, edited: Callable[..., None]) -> None:
        self.words = words
        self.boxes: dict[str, QSpinBox] = {}
        for key, _caption, note in FIELDS:
            box = QSpinBox()
            box.setRange(*RANGES[key])
            box.setMinimumWidth(100)
            box.valueChanged.connect(edited)
            if note is not None:
                words.describe(box, note)
            self.boxes[key] = box

    def lay_out(self, grid: QGridLayout, row: int) -> int:
        """Under a heading from ``row`` on (caption, box, and a note where there is
        one); the next free row."""
        grid.addWidget(self.words.label(texts.BOOKINGS, name="heading"), row, 0, 1, 2)
        row += 1
        for key, caption, note in FIELDS:
            box = self.boxes[key]
            grid.addWidget(self.words.label(caption, box), row, 0)
            grid.addWidget(box, row, 1, Qt.AlignmentFlag.AlignLeft)
            row += 1
            if note is not None:
                grid.addWidget(self.words.label(note, name="note"), row, 1)
                row += 1
        return row

    def fill(self, values: dict[str, str]) -> None:
        for key, box in self.boxes.items():
            box.setValue(int(values.get(key) or DEFAULTS[key]))

    def values(self) -> dict[str, str]:
        return {key: str(box.value()) for key, box in self.boxes.items()}
