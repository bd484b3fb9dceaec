"""One large button per offered service: its name large in the screen's language
(Kyrgyz on the Kyrgyz and Russian screens, English on the English one), the public's
other names underneath, and its state: open and how many wait, or why not.

The names are drawn by child labels, which a screen reader does not read as the
button's: the button carries them itself, the name as its accessible name and the
state as its description. It takes the keyboard focus by Tab (a tap does not draw the
focus ring on a touch screen), the arrow keys move between the services, and Enter or
Space chooses one.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from conq_desktop.engine import ServiceQueue
from conq_desktop.engine.availability import ServiceAvailability
from conq_desktop.engine.snapshots import ServiceInfo
from conq_desktop.i18n import _, translate
from conq_desktop.views.common.theme import restyle, set_font
from conq_desktop.views.kiosk.style import label

ARROWS = {
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
}
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
# On a crowded screen the words shrink to this share of their size at the most (a
# reception desk with a banner on a 768-high screen).
SMALLEST_WORDS = 0.7


class ServiceButton(QPushButton):
    """One service: its letter, its names, and whether it is open. ``step`` asks the
    page to move the focus to the neighbouring service (``left``, ``right``, ``up``,
    ``down``)."""

    step = Signal(str)
    resized = Signal()

    def __init__(self, service: ServiceInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = service.code
        self.service = service
        self.available = True
        self.lang = "ky"
        self._least_badge = 0
        self.setObjectName("service")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.badge = label("badge", service.prefix)
        self.title = QLabel(objectName="title")  # the name in the screen's language
        self.subtitle = QLabel(objectName="subtitle")  # the public's other names
        self.state = QLabel(objectName="state")
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addStretch(1)
        for line in (self.title, self.subtitle, self.state):
            line.setWordWrap(True)
            text.addWidget(line)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 12, 28, 12)
        row.setSpacing(28)
        row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(text, 1)
        for part in (self.badge, self.title, self.subtitle, self.state):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.show_names("ky")

    def show_names(self, lang: str) -> None:
        """The large name in ``lang`` (Kyrgyz on the Russian screen too: the public
        reads the state language first, Russian underneath)."""
        self.lang = lang
        names = self.service.names
        if lang == "en":
            title = self.service.name("en")
            others = [names.get(code) for code in ("ky", "ru")]
        else:
            title = self.service.name("ky")
            others = [names.get("ru")]
        self.title.setText(title)
        self.subtitle.setText("  ·  ".join(name for name in others if name and name != title))
        # A screen reader says what the screen's language reads (the name in it is on
        # the button, large or underneath).
        self.setAccessibleName(self.service.name(lang))

    def show_state(
        self, queue: ServiceQueue, availability: ServiceAvailability | None, lang: str
    ) -> None:
        self.show_names(lang)
        available = availability is None or availability.is_open
        if availability is None:
            line = ""
        elif available:
            waiting = translate(_("In the queue: {count}"), lang, count=queue.waiting)
            line = f"{availability.message(lang)}  ·  {waiting}"
        else:
            line = availability.message(lang)
        self.state.setText(line)
        self.setAccessibleDescription(line)
        if available != self.available:
            self.available = available
            # The labels' colours follow the button's property: restyle them too.
            restyle(self, children=True, available="true" if available else "false")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()  # a plain QPushButton takes Enter only in a dialog
            return
        if key in ARROWS and event.modifiers() in PLAIN:
            self.step.emit(ARROWS[key])
            return
        super().keyPressEvent(event)

    def minimumSizeHint(self) -> QSize:
        """As low as its letter at its smallest: on a crowded screen the page makes the
        words smaller (``fits``) rather than the window taller than the screen."""
        margins = self.layout().contentsMargins()
        least = self._least_badge + margins.top() + margins.bottom()
        return QSize(super().minimumSizeHint().width(), least)

    def fits(self) -> bool:
        """Its words are drawn whole at its present size."""
        return self.layout().heightForWidth(self.width()) <= self.height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def set_sizes(self, unit: float, scale: float = 1.0) -> None:
        """Sizes for the window's size ``unit``, the words at ``scale`` of their size
        (``SMALLEST_WORDS`` at the least: the page shrinks them to fit)."""
        self._least_badge = int(unit * SMALLEST_WORDS / 9.5)
        unit *= max(scale, SMALLEST_WORDS)
        set_font(self.title, unit / 29, bold=True)
        set_font(self.subtitle, unit / 34)
        set_font(self.state, unit / 42)
        badge = int(unit / 9.5)
        self.badge.setFixedSize(badge, badge)
        set_font(self.badge, badge * 0.62, bold=True)
