"""The first page: "Choose a service", one button per service, laid out to fill the
screen, and "I have a booking" under them (the check-in page); at a receptionist's desk
also the receptionist's sign-in, the priority toggle with who qualifies for a priority
ticket, and "reprint last ticket" (both off until a receptionist has signed in), with
"I have a booking" beside them: the desk's row has no height to spare for a large one.

Without a mouse: Tab reaches the services, the arrow keys move between them as they
are laid out, Enter or Space chooses one (``ServiceButton``); then "I have a booking";
``focus_chain`` is the page's Tab order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from conq_desktop.engine import ServiceQueue
from conq_desktop.engine.availability import ServiceAvailability
from conq_desktop.engine.snapshots import ServiceInfo
from conq_desktop.i18n import _, translate
from conq_desktop.models import Priority
from conq_desktop.views.common.theme import set_font
from conq_desktop.views.kiosk.reception_bar import ReceptionBar
from conq_desktop.views.kiosk.service_button import SMALLEST_WORDS, ServiceButton
from conq_desktop.views.kiosk.style import button, label

PRIORITY_TICKET = _("Priority ticket")
HAVE_BOOKING = _("I have a booking")
# Who is served first: said next to the toggle, so that it is not given on a whim.
WHO_QUALIFIES = _(
    "Priority: veterans, people with disabilities, pregnant women, parents with infants"
)


class ServicesPage(QWidget):
    """``chosen`` carries the code of the service a visitor tapped."""

    chosen = Signal(str)
    booking_asked = Signal()

    def __init__(self, *, receptionist: bool, printing: bool) -> None:
        super().__init__()
        self.receptionist = receptionist
        self.service_buttons: dict[str, ServiceButton] = {}
        self._unit = 720.0  # the window's size unit, for buttons made before a resize
        self._fitting = False
        # Once the layout has settled after a change of size or words: fit the words.
        self._fit_later = QTimer(self, singleShot=True, interval=0, timeout=self.fit)
        self.prompt = label("prompt")
        self.grid = QGridLayout()
        self.grid.setSpacing(22)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(22)
        layout.addWidget(self.prompt)
        layout.addLayout(self.grid, 1)
        # At a kiosk as wide as the services and as legible, lower, for it is not one
        # of them; at the desk one of the desk's buttons.
        self.booking_button = button("action" if receptionist else "booking")
        self.booking_button.clicked.connect(self.booking_asked.emit)
        if not receptionist:
            layout.addWidget(self.booking_button)

        self.reception = ReceptionBar()
        self.priority_toggle = button("action", checkable=True)
        self.priority_note = QLabel(objectName="priorityNote")
        self.priority_note.setWordWrap(True)
        self.reprint_button = button("action")
        for item in (self.priority_toggle, self.reprint_button, self.booking_button):
            item.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the desk's keyboard reaches them
            item.setAutoDefault(True)  # and Enter presses them, as Space does
        self.last_label = QLabel(objectName="last")
        self.last_label.setWordWrap(True)  # two lines rather than a window wider than the screen
        self.show_desk(may_prioritise=False, may_reprint=False)
        self.desk = QWidget()
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(20)
        actions.addWidget(self.priority_toggle)
        actions.addWidget(self.reprint_button)
        if receptionist:
            actions.addWidget(self.booking_button)
        actions.addWidget(self.last_label, 1)
        desk = QVBoxLayout(self.desk)
        desk.setContentsMargins(0, 0, 0, 0)
        desk.setSpacing(12)
        desk.addWidget(self.reception)
        desk.addLayout(actions)
        desk.addWidget(self.priority_note)  # under the toggle, the whole width: one line
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
            item.step.connect(lambda direction, item=item: self.move_focus(item, direction))
            item.resized.connect(self._fit_later.start)
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
        self.fit()

    def fit(self) -> None:
        """Make the services' words smaller (down to ``SMALLEST_WORDS``) while a button
        is too low to show them whole; as large as the window's size unit allows
        otherwise."""
        if self._fitting or not self.service_buttons:
            return
        self._fitting = True
        try:
            self.layout().activate()  # the buttons' sizes as they are about to be
            scale = 1.0
            while True:
                for item in self.service_buttons.values():
                    item.set_sizes(self._unit, scale)
                if scale <= SMALLEST_WORDS or all(
                    item.fits() for item in self.service_buttons.values()
                ):
                    break
                scale = max(SMALLEST_WORDS, scale - 0.05)
        finally:
            self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def move_focus(self, origin: ServiceButton, direction: str) -> None:
        """Focus the service next to ``origin`` in ``direction`` (an arrow key): the
        nearest one that way on the screen, else the previous or the next one."""
        here = origin.geometry().center()
        best: tuple[int, ServiceButton] | None = None
        for item in self.service_buttons.values():
            there = item.geometry().center()
            dx, dy = there.x() - here.x(), there.y() - here.y()
            along, across = {
                "left": (-dx, dy),
                "right": (dx, dy),
                "up": (-dy, dx),
                "down": (dy, dx),
            }[direction]
            if item is origin or along <= 0:
                continue
            score = along + 2 * abs(across)  # straight on before sideways
            if best is None or score < best[0]:
                best = (score, item)
        if best is None:
            order = list(self.service_buttons.values())
            index = order.index(origin) + (-1 if direction in ("left", "up") else 1)
            if not 0 <= index < len(order):
                return
            best = (0, order[index])
        best[1].setFocus(Qt.FocusReason.TabFocusReason)

    def focus_chain(self) -> list[QWidget]:
        """The page's Tab order: the services as they are laid out, then the desk."""
        reception = self.reception
        if not self.receptionist:
            return [*self.service_buttons.values(), self.booking_button]
        return [
            *self.service_buttons.values(),
            reception.login_edit,
            reception.pin_edit,
            reception.sign_in_button,
            reception.sign_out_button,
            self.priority_toggle,
            self.reprint_button,
            self.booking_button,
        ]

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
        self.fit()

    def retranslate(self, lang: str, last_number: str | None) -> None:
        self.prompt.setText(translate(_("Choose a service"), lang))
        self.priority_toggle.setText("★  " + translate(PRIORITY_TICKET, lang))
        self.priority_note.setText(translate(WHO_QUALIFIES, lang))
        self.reprint_button.setText(translate(_("Reprint last ticket"), lang))
        self.booking_button.setText(translate(HAVE_BOOKING, lang))
        for item in (self.priority_toggle, self.reprint_button, self.booking_button):
            item.setAccessibleName(item.text())
        self.priority_toggle.setAccessibleDescription(self.priority_note.text())
        self.reception.retranslate(lang)
        self.last_label.setText(
            translate(_("Last ticket: {number}"), lang, number=last_number) if last_number else ""
        )

    def set_sizes(self, unit: float) -> None:
        self._unit = unit
        set_font(self.prompt, unit / 26, bold=True)
        if self.receptionist:
            set_font(self.booking_button, unit / 40, bold=True)
        else:
            set_font(self.booking_button, unit / 32, bold=True)
            self.booking_button.setMinimumHeight(int(unit / 11))
        for widget in (self.priority_toggle, self.reprint_button):
            set_font(widget, unit / 40, bold=True)
        set_font(self.last_label, unit / 44)
        set_font(self.priority_note, unit / 48)
        self.reception.set_sizes(unit)
        self.fit()
