"""One large button per offered service, named in Kyrgyz and Russian (and English on
the English screen), with its state underneath: open and how many wait, or why not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from conq_desktop.engine import ServiceQueue
from conq_desktop.engine.availability import ServiceAvailability
from conq_desktop.engine.snapshots import ServiceInfo
from conq_desktop.i18n import _, translate
from conq_desktop.views.common.theme import restyle, set_font
from conq_desktop.views.kiosk.style import label


class ServiceButton(QPushButton):
    """One service: its letter, its Kyrgyz and Russian names, and whether it is open."""

    def __init__(self, service: ServiceInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = service.code
        self.service = service
        self.available = True
        self.setObjectName("service")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.badge = label("badge", service.prefix)
        self.name_ky = QLabel(service.name("ky"), objectName="nameKy")
        self.name_ru = QLabel(service.name("ru"), objectName="nameRu")
        self.state = QLabel(objectName="state")
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addStretch(1)
        for line in (self.name_ky, self.name_ru, self.state):
            line.setWordWrap(True)
            text.addWidget(line)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 12, 28, 12)
        row.setSpacing(28)
        row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(text, 1)
        for part in (self.badge, self.name_ky, self.name_ru, self.state):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    def show_state(
        self, queue: ServiceQueue, availability: ServiceAvailability | None, lang: str
    ) -> None:
        available = availability is None or availability.is_open
        if availability is None:
            line = ""
        elif available:
            waiting = translate(_("In the queue: {count}"), lang, count=queue.waiting)
            line = f"{availability.message(lang)}  ·  {waiting}"
        else:
            line = availability.message(lang)
        if lang == "en":
            line = f"{self.service.name('en')}  ·  {line}" if line else self.service.name("en")
        self.state.setText(line)
        if available != self.available:
            self.available = available
            # The labels' colours follow the button's property: restyle them too.
            restyle(self, children=True, available="true" if available else "false")

    def set_sizes(self, unit: float) -> None:
        set_font(self.name_ky, unit / 29, bold=True)
        set_font(self.name_ru, unit / 34)
        set_font(self.state, unit / 42)
        badge = int(unit / 9.5)
        self.badge.setFixedSize(badge, badge)
        set_font(self.badge, badge * 0.62, bold=True)
