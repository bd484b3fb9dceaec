"""The widgets of the operator panel: built, sized and given their texts here, and
nothing else. What to show comes from the panel (``panel.py``), which asks its
controller; nothing here calls the engine or decides what is allowed.

Every move is a QAction with a function key, so the keys work on every page while
the move is enabled, and a button shows the same action. Only the moves that can be
made now have their button shown (a used-up Recall stays, greyed); the keys stay the
same whichever are shown.

For assistive technology every button is named by its text (without the key, which
is in its description), each field by its caption (the caption is its buddy), and
the language switch is three plain buttons, not check boxes.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import QRect, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QRegularExpressionValidator, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.engine import TicketInfo
from conq_desktop.i18n import LANGUAGES, _, translate
from conq_desktop.views.common.language_switch import LanguageSwitch
from conq_desktop.views.common.theme import font, restyle
from conq_desktop.views.common.windowing import FULL_SIZE
from conq_desktop.views.operator.queue_card import QueueCard, QueueRow
from conq_desktop.views.operator.style import PANEL_STYLE
from conq_desktop.views.operator.ticket_card import NO_TICKET, TicketCard

# The full panel is laid out for FULL_SIZE and scaled from there; the compact one for this.
COMPACT_SIZE = QSize(480, 270)

# name, label, key, colour role. Function keys work whatever the keyboard layout
# (Kyrgyz, Russian or Latin), unlike letters.
ACTIONS: tuple[tuple[str, str, str, str], ...] = (
    ("next", _("Next"), "F1", "primary"),
    ("recall", _("Recall"), "F2", ""),
    ("start", _("Start"), "F3", "good"),
    ("finish", _("Finish"), "F4", "good"),
    ("no_show", _("No-show"), "F5", "warn"),
    ("postpone", _("Postpone"), "F6", ""),
    ("redirect", _("Redirect"), "F7", ""),
    ("call", _("Call by number"), "F8", ""),
    ("pause", _("Break"), "F9", ""),
    ("sign_out", _("Sign out"), "F12", "quiet"),
    ("compact", _("Compact view"), "F10", "quiet"),
)
MAIN_ROW = ("next", "recall", "start", "finish", "no_show")
SECOND_ROW = ("postpone", "redirect", "call", "pause", "sign_out")
# Of these only the move of the moment is shown: Next, Start or Finish.
COMPACT_ROW = ("next", "start", "finish", "compact")

WINDOW = _("Window {window}")


def says_more(name: str, window: int) -> bool:
    """Whether a window's ``name`` says more than "Window ``window``" in some language:
    "Терезе 3 / Окно 3" does not (the header would repeat itself), "Cashier" does."""
    words = {word for lang in LANGUAGES for word in _words(translate(WINDOW, lang, window=window))}
    numbers = set(re.findall(r"\d+", name)) - {str(window)}
    return bool(numbers or set(_words(name)) - words)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.casefold())


class OperatorPanelView(QWidget):
    """The screen of one service window: header, sign-in page, work page, compact page."""

    language_chosen = Signal(str)

    def __init__(self, login: str, lang: str, hint: str = "") -> None:
        super().__init__()
        self.lang = lang
        # The demo centre's PIN for the login filled in: a newcomer need not look for it.
        self.hint = hint
        self._full_geometry: QRect | None = None
        self.setObjectName("operatorPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.moves: dict[str, QAction] = {}
        for name, _label, key, _role in ACTIONS:
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            self.addAction(action)  # the keys work on every page, while the action is enabled
            self.moves[name] = action
        self.buttons: dict[str, QToolButton] = {}

        self.header = self._build_header()
        self.pages = QStackedWidget()
        self.sign_in_page = self._build_sign_in_page(login)
        self.work_page = self._build_work_page()
        self.pages.addWidget(self.sign_in_page)
        self.pages.addWidget(self.work_page)
        self.compact_page = self._build_compact_page()
        self.compact_page.hide()

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.compact_page, 1)

    @property
    def queue_rows(self) -> dict[str, QueueRow]:
        """The labels of each service's waiting row, by service code."""
        return self.queue_card.rows

    # ------------------------------------------------------------------ building

    def _build_header(self) -> QFrame:
        header = QFrame(objectName="header")
        self.title = QLabel()
        self.subtitle = QLabel(objectName="subtitle")
        self.operator_label = QLabel(
            alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.lang_switch = LanguageSwitch(self.lang)
        self.lang_switch.chosen.connect(self.language_chosen.emit)
        self.lang_buttons = self.lang_switch.buttons
        row = QHBoxLayout(header)
        row.setContentsMargins(24, 12, 16, 12)
        row.setSpacing(14)
        row.addWidget(self.title)
        row.addWidget(self.subtitle)
        row.addStretch(1)
        row.addWidget(self.operator_label)
        row.addSpacing(18)
        row.addWidget(self.lang_switch)
        row.addSpacing(18)
        row.addWidget(self._button("compact"))
        return header

    def _button(self, name: str, compact: bool = False) -> QToolButton:
        button = QToolButton(objectName=f"{name}{'Compact' if compact else ''}Button")
        button.setDefaultAction(self.moves[name])
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setProperty("role", next(role for n, _l, _k, role in ACTIONS if n == name))
        self.buttons[f"{name}{':compact' if compact else ''}"] = button
        return button

    def _build_sign_in_page(self, login: str) -> QWidget:
        page = QWidget()
        card = QFrame(objectName="signInCard")
        card.setFixedWidth(720)
        self.sign_in_title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.login_caption = QLabel(objectName="caption")
        self.login_edit = QLineEdit(login)
        self.login_edit.returnPressed.connect(lambda: self.pin_edit.setFocus())
        self.login_caption.setBuddy(self.login_edit)
        self.pin_caption = QLabel(objectName="caption")
        self.pin_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.pin_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}")))
        self.pin_caption.setBuddy(self.pin_edit)
        self.sign_in_button = QPushButton(objectName="signIn")
        self.sign_in_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sign_in_message = self._message_label()
        self.sign_in_hint = QLabel(objectName="hint", alignment=Qt.AlignmentFlag.AlignCenter)
        self.sign_in_hint.setWordWrap(True)
        self.sign_in_hint.setVisible(bool(self.hint))
        form = QVBoxLayout(card)
        form.setContentsMargins(48, 40, 48, 40)
        form.setSpacing(12)
        form.addWidget(self.sign_in_title)
        form.addWidget(self.sign_in_hint)
        form.addSpacing(20)
        form.addWidget(self.login_caption)
        form.addWidget(self.login_edit)
        form.addSpacing(8)
        form.addWidget(self.pin_caption)
        form.addWidget(self.pin_edit)
        form.addSpacing(24)
        form.addWidget(self.sign_in_button)
        form.addSpacing(8)
        form.addWidget(self.sign_in_message)
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        return page

    def _message_label(self) -> QLabel:
        label = QLabel(objectName="message", alignment=Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setProperty("kind", "empty")
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    def _build_work_page(self) -> QWidget:
        page = QWidget()
        self.card = card = TicketCard()
        # The card's labels stay the panel's attributes, as the panel was always read.
        self.number_label, self.service_label = card.number_label, card.service_label
        self.status_label, self.extra_label = card.status_label, card.extra_label
        self.timer_label, self.timer_caption = card.timer_label, card.timer_caption
        self.queue_card = QueueCard()
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addWidget(self.card, 3)
        body.addWidget(self.queue_card, 2)

        self.work_message = self._message_label()
        self.main_buttons = QHBoxLayout()
        self.second_buttons = QHBoxLayout()
        for row, names in ((self.main_buttons, MAIN_ROW), (self.second_buttons, SECOND_ROW)):
            row.setSpacing(14)
            for name in names:
                row.addWidget(self._button(name))

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(body, 1)
        layout.addWidget(self.work_message)
        layout.addLayout(self.main_buttons)
        layout.addLayout(self.second_buttons)
        return page

    def _build_compact_page(self) -> QFrame:
        page = QFrame(objectName="compact")
        self.compact_number = QLabel(NO_TICKET, alignment=Qt.AlignmentFlag.AlignCenter)
        self.compact_timer = QLabel(objectName="status", alignment=Qt.AlignmentFlag.AlignCenter)
        self.compact_message = self._message_label()
        for label in (self.compact_number, self.compact_timer):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        grid = QGridLayout(page)
        grid.setContentsMargins(12, 8, 12, 10)
        grid.setSpacing(8)
        grid.addWidget(self.compact_number, 0, 0, 1, 2)
        grid.addWidget(self.compact_timer, 0, 2)
        grid.addWidget(self.compact_message, 1, 0, 1, 3)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for name in COMPACT_ROW:
            buttons.addWidget(self._button(name, compact=True))
        grid.addLayout(buttons, 2, 0, 1, 3)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(2, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        return page

    # ------------------------------------------------------------------ sizes

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.apply_sizes(event.size().width(), event.size().height())
        super().resizeEvent(event)

    def apply_sizes(self, width: int, height: int) -> None:
        """Fonts and button heights for a window ``width`` × ``height``."""
        if not self.compact_page.isHidden():
            unit = max(0.6, min(height / COMPACT_SIZE.height(), width / COMPACT_SIZE.width()))
            self.compact_number.setFont(font(78 * unit, bold=True))
            self.compact_timer.setFont(font(38 * unit, bold=True))
            self.compact_message.setFont(font(15 * unit))
            for name in COMPACT_ROW:
                self.buttons[f"{name}:compact"].setFont(font(19 * unit, bold=True))
            return
        scale = max(0.5, min(height / FULL_SIZE.height(), width / FULL_SIZE.width()))
        fonts: tuple[tuple[QWidget, int, bool], ...] = (
            (self.title, 34, True),
            (self.subtitle, 26, False),
            (self.operator_label, 28, False),
            (self.buttons["compact"], 20, True),
            (self.sign_in_title, 40, True),
            (self.login_caption, 24, False),
            (self.pin_caption, 24, False),
            (self.login_edit, 36, False),
            (self.pin_edit, 36, False),
            (self.sign_in_button, 32, True),
        )
        for widget, pixels, bold in fonts:
            widget.setFont(font(pixels * scale, bold=bold))
        self.lang_switch.set_font_size(20 * scale)
        self.buttons["compact"].setMinimumSize(int(220 * scale), int(56 * scale))
        self.card.set_scale(scale)
        self.queue_card.set_scale(scale)
        for message in (self.sign_in_message, self.work_message):
            message.setFont(font(30 * scale))
            message.setMinimumHeight(int(64 * scale))
        for names, pixels, tall in ((MAIN_ROW, 32, 130), (SECOND_ROW, 26, 96)):
            for name in names:
                self.buttons[name].setFont(font(pixels * scale, bold=True))
                self.buttons[name].setMinimumHeight(int(tall * scale))

    def show_compact(self, on: bool) -> None:
        """A small always-on-top window with the number, the timer and the move of the
        moment, or back to the full one where it was. Changing the window flags hides
        the window: the caller shows it again."""
        if on:
            self._full_geometry = self.geometry()
        self.header.setVisible(not on)
        self.pages.setVisible(not on)
        self.compact_page.setVisible(on)
        self.layout().setContentsMargins(*((6, 6, 6, 6) if on else (24, 20, 24, 20)))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        if on:
            self.resize(COMPACT_SIZE)
        elif self._full_geometry is not None:
            self.setGeometry(self._full_geometry)
        self.apply_sizes(self.width(), self.height())

    # ------------------------------------------------------------------ texts

    def _t(self, message: str, **params: Any) -> str:
        return translate(message, self.lang, **params)

    def show_window(self, window: int, name: str, operator: str | None) -> None:
        """The header and the sign-in page; ``operator`` is None before signing in.
        The window is named once: its ``name`` only where it says more than its number."""
        page = self.sign_in_page if operator is None else self.work_page
        if self.pages.currentWidget() is not page:
            self.pages.setCurrentWidget(page)
            if page is self.work_page:
                self.setFocus()  # no button keeps the focus: the moves have their keys
        title = self._t(WINDOW, window=window)
        self.title.setText(title)
        self.subtitle.setText(name if says_more(name, window) else "")
        self.subtitle.setVisible(bool(self.subtitle.text()))
        self.setWindowTitle(f"{title} — conq-desktop")
        self.operator_label.setText(
            f"{self._t(_('Operator'))}: {operator}" if operator is not None else ""
        )
        self.lang_switch.show_language(self.lang)
        self.sign_in_title.setText(self._t(_("Sign in to window {window}"), window=window))
        for caption, edit, text in (
            (self.login_caption, self.login_edit, _("Login")),
            (self.pin_caption, self.pin_edit, _("PIN")),
        ):
            caption.setText(self._t(text))
            edit.setAccessibleName(caption.text())
        self.sign_in_button.setText(self._t(_("Sign in")))
        if self.hint:
            self.sign_in_hint.setText(self._t(_("Demo centre: the PIN is {pin}"), pin=self.hint))

    def show_ticket(
        self,
        ticket: TicketInfo | None,
        paused: bool,
        recall_limit: int,
        source: str | None,
        start_at_call: bool = False,
        booked: str | None = None,
    ) -> None:
        """The current ticket (``source``: the name of the service it was redirected
        from; ``booked``: its booked time), or the idle card; on the compact page too."""
        self.card.show_ticket(
            ticket, paused, recall_limit, source, self.lang, start_at_call, booked
        )
        self.compact_number.setText(ticket.number if ticket is not None else NO_TICKET)
        restyle(self.compact_timer, state=ticket.status if ticket else "idle")

    def show_actions(
        self, enabled: frozenset[str], shown: frozenset[str], paused: bool, compact: bool
    ) -> None:
        """Label every action for its key, enable those in ``enabled`` and show the
        buttons of those in ``shown``; the others are hidden, not greyed."""
        for name, label, key, _role in ACTIONS:
            if name == "pause" and paused:
                label = _("Resume")
            elif name == "compact" and compact:
                label = _("Full view")
            text = self._t(label)
            action = self.moves[name]
            action.setText(text)
            action.setIconText(f"{text}\n{key}")
            action.setToolTip(f"{text} ({key})")
            action.setEnabled(name in enabled)
        for place, button in self.buttons.items():
            name = place.partition(":")[0]
            button.setVisible(name in shown)
            button.setAccessibleName(self.moves[name].text())  # the key is in the tooltip

    def show_message(self, text: str, kind: str) -> None:
        """The same message on every page; ``kind`` "empty" hides its background."""
        for label in (self.sign_in_message, self.work_message, self.compact_message):
            label.setText(text)
            restyle(label, kind=kind)
        self.compact_message.setVisible(bool(text))

    def show_timer(self, ticket: TicketInfo | None, now: datetime) -> None:
        """The running time of the current ticket, from its own timestamps."""
        self.compact_timer.setText(self.card.show_timer(ticket, now, self.lang))
