"""The first page: "Choose a service" and one button per service, laid out to fill the
screen; at a receptionist's desk also the receptionist's sign-in, the priority toggle
and "reprint last ticket" (both off until a receptionist has signed in)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from conq_desktop.engine import ServiceQueue
from conq_desktop.engine.availability import ServiceAvailability
from conq_desktop.engine.snapshots import ServiceInfo
from conq_desktop.i18n import _, translate
from conq_desktop.models import Priority
from conq_desktop.views.common.theme import set_font
from conq_desktop.views.kiosk.reception_bar import ReceptionBar
from conq_desktop.views.kiosk.service_button import ServiceButton
from conq_desktop.views.kiosk.style import button, label


class ServicesPage(QWidget):
    """``chosen`` carries the code of the service a visitor tapped."""

    chosen = Signal(str)

    def __init__(self, *, receptionist: bool, printing: bool) -> None:
        super().__init__()
        self.receptionist = receptionist
        self.service_buttons: dict[str, ServiceButton] = {}
        self._unit = 720.0  # the window's size unit, for buttons made before a resize
        self.prompt = label("prompt")
        self.grid = QGridLayout()
        self.grid.setSpacing(22)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(22)
        layout.addWidget(self.prompt)
        layout.addLayout(self.grid, 1)

        self.reception = ReceptionBar()
        self.priority_toggle = button("action", checkable=True)
        self.reprint_button = button("action")
        self.last_label = QLabel(objectName="last")
        self.show_desk(may_prioritise=False, may_reprint=False)
        self.desk = QWidget()
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(20)
        actions.addWidget(self.priority_toggle)
        actions.addWidget(self.reprint_button)
        actions.addWidget(self.last_label, 1)
        desk = QVBoxLayout(self.desk)
        desk.setContentsMargins(0, 0, 0, 0)
        desk.setSpacing(12)
        desk.addWidget(self.reception)
        desk.addLayout(actions)
        self.desk.setVisible(receptionist)
        self.reprint_button.setVisible(printing)
        layout.addWidget(self.desk)

    def show_desk(self, *, may_prioritise: bool, may_reprint: bool) -> None:
        """Offer the priority toggle and the reprint only to whom the engine allows them
        (it keeps the last word); a toggle taken away is switched off."""
        self.priority_toggle.setEnabled(may_prioritise)
        if not may_prioritise:
            self.priority_toggle.setChecked(False)
        self.reprint_button.setEnabled(may_reprint)

    def priority(self) -> Priority:
        """The priority of the next ticket: only a receptionist gives priority tickets."""
        if self.receptionist and self.priority_toggle.isChecked():
            return Priority.PRIORITY
        return Priority.NORMAL

    def rebuild(self, services: list[ServiceInfo], *, portrait: bool) -> None:
        """One button per service, in as many columns as keep them large."""
        for old in self.service_buttons.values():
            self.grid.removeWidget(old)
            old.deleteLater()
        self.service_buttons = {}
        count = len(services)
        columns = (1 if count <= 5 else 2) if portrait else (1 if count <= 3 else 2)
        columns = 3 if count > 8 and not portrait else columns
        for index, service in enumerate(services):
            item = ServiceButton(service)
            item.set_sizes(self._unit)
            item.clicked.connect(lambda _checked=False, code=service.code: self.chosen.emit(code))
            row, column = divmod(index, columns)
            last_alone = index == count - 1 and column == 0 and columns > 1
            self.grid.addWidget(item, row, column, 1, columns if last_alone else 1)
            item.show()  # the page may be on screen already
            self.service_buttons[service.code] = item
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        rows = (count + columns - 1) // columns if count else 0
        for row in range(max(rows, self.grid.rowCount())):
            self.grid.setRowStretch(row, 1 if row < rows else 0)

    def show_states(
        self,
        queues: list[ServiceQueue],
        availability: dict[str, ServiceAvailability],
        lang: str,
    ) -> None:
        for queue in queues:
            item = self.service_buttons.get(queue.service.code)
            if item is not None:
                item.show_state(queue, availability.get(queue.service.code), lang)

    def retranslate(self, lang: str, last_number: str | None) -> None:
        self.prompt.setText(translate(_("Choose a service"), lang))
        self.priority_toggle.setText("★  " + translate(_("Priority ticket"), lang))
        self.reprint_button.setText(translate(_("Reprint last ticket"), lang))
        for item in (self.priority_toggle, self.reprint_button):
            item.setAccessibleName(item.text())
        self.reception.retranslate(lang)
        self.last_label.setText(
            translate(_("Last ticket: {number}"), lang, number=last_number) if last_number else ""
        )

    def set_sizes(self, unit: float) -> None:
        self._unit = unit
        set_font(self.prompt, unit / 26, bold=True)
        for item in self.service_buttons.values():
            item.set_sizes(unit)
        for widget in (self.priority_toggle, self.reprint_button):
            set_font(widget, unit / 40, bold=True)
        set_font(self.last_label, unit / 44)
        self.reception.set_sizes(unit)
