"""Every service window in one grid: number and name, state, operator, current ticket
and for how long."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel

from conq_desktop.engine import QueueStatus
from conq_desktop.i18n import _, translate
from conq_desktop.views.common.theme import restyle, set_font
from conq_desktop.views.supervisor import texts

HEADINGS = (_("Window"), _("State"), _("Operator"), _("Ticket"), _("For"))
COLUMNS = ("name", "state", "operator", "ticket", "time")


class WindowsGrid(QFrame):
    def __init__(self, lang: str) -> None:
        super().__init__(objectName="windows")
        self.lang = lang
        self.grid = QGridLayout(self)
        self.headings = [QLabel(translate(text, lang), objectName="heading") for text in HEADINGS]
        for column, label in enumerate(self.headings):
            self.grid.addWidget(label, 0, column)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(2, 3)
        # window number -> its labels, in the order of COLUMNS, and since when it runs
        self.rows: dict[int, dict[str, QLabel]] = {}
        self.since: dict[int, datetime | None] = {}
        self.scale = 1.0
        self.status: QueueStatus | None = None  # the last shown, to show in another language

    def set_language(self, lang: str) -> None:
        self.lang = lang
        for label, text in zip(self.headings, HEADINGS, strict=True):
            label.setText(translate(text, lang))
        if self.status is not None:
            self.show_status(self.status)

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        for label in self.headings:
            set_font(label, 20 * scale, bold=True)
        for labels in self.rows.values():
            for name, label in labels.items():
                set_font(label, 24 * scale, bold=name == "ticket")

    def show_status(self, status: QueueStatus) -> None:
        self.status = status
        numbers = [window.number for window in status.windows]
        if numbers != list(self.rows):
            for labels in self.rows.values():
                for label in labels.values():
                    label.deleteLater()
            self.rows = {}
            for row, number in enumerate(numbers, start=1):
                labels = {name: QLabel(objectName=name) for name in COLUMNS}
                for column, label in enumerate(labels.values()):
                    self.grid.addWidget(label, row, column)
                self.rows[number] = labels
            self.grid.setRowStretch(len(numbers) + 1, 1)
            self.set_scale(self.scale)
        for window in status.windows:
            labels = self.rows[window.number]
            labels["name"].setText(f"{window.number}  {window.name}")
            state = texts.window_state(window)
            labels["state"].setText(translate(state, self.lang))
            restyle(labels["state"], state=state.replace(" ", "_"))
            labels["operator"].setText(window.operator_name or "—")
            labels["ticket"].setText(window.current.number if window.current else "—")
            self.since[window.number] = texts.running_since(window)

    def tick(self, now: datetime) -> None:
        """The running times, from the timestamps already read."""
        for number, labels in self.rows.items():
            labels["time"].setText(texts.elapsed(self.since.get(number), now))
