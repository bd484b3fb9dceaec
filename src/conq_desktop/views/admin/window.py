"""The administration window (``conq-desktop admin``): the centre's services, windows,
staff and settings, changed by an administrator for every PC of the centre.

It first asks for a login and PIN; anyone but an administrator is refused in words.
Then one page per area (Services, Windows, Staff, Centre), each a list and a form.
Every change is an engine call (``Administration``, ``accounts.change_settings``,
``centre_load``) run off the GUI thread through ``Operations``; a refusal is shown in
the engine's words on the message line and saves nothing. What the pages show is read
again, off the GUI thread, whenever ``LiveUpdates`` says something changed anywhere;
a form being edited is left as it is.

The language switch (Кыргызча / Русский / English) says the whole window again in
that language, the message line too. Its buttons are plain buttons for assistive
technology; every button's accessible name is its text, every field's its caption.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.admin_reads import CentreAdmin, read_centre_admin
from conq_desktop.engine.administration import Administration
from conq_desktop.engine.auth import Actor, require
from conq_desktop.engine.rules import Permission
from conq_desktop.i18n import current_language, translate
from conq_desktop.views.admin import texts
from conq_desktop.views.admin.centre_page import CentrePage
from conq_desktop.views.admin.services_page import ServicesPage
from conq_desktop.views.admin.staff_page import StaffPage
from conq_desktop.views.admin.style import STYLE
from conq_desktop.views.admin.widgets import ItemsPage, Words
from conq_desktop.views.admin.windows_page import WindowsPage
from conq_desktop.views.common.connection import ConnectionBanner, watch_connection
from conq_desktop.views.common.language_switch import LanguageSwitch
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.message_line import MessageLine
from conq_desktop.views.common.operation import Failure, Operations, Text, explain
from conq_desktop.views.common.translations import set_ui_language
from conq_desktop.views.common.worker import EngineRunner, WindowJobs

T = TypeVar("T")

AREAS = ("services", "windows", "staff", "centre")
AREA_NAMES = {
    "services": texts.SERVICES,
    "windows": texts.WINDOWS,
    "staff": texts.STAFF,
    "centre": texts.CENTRE,
}


class AdminWindow(QWidget):
    def __init__(
        self,
        engine: QueueEngine,
        live: LiveUpdates | None = None,
        runner: EngineRunner | None = None,
        *,
        lang: str | None = None,
        config_file: Path | None = None,
    ) -> None:
        super().__init__()
        self.engine = engine
        self.lang = lang or current_language()
        self.runner = runner or EngineRunner(self)
        self.jobs = WindowJobs(self.runner, self)
        self.ops = Operations(self.jobs)
        self.refresh = self.jobs.coalesced(
            lambda: read_centre_admin(engine.db), self._show, self._failed
        )
        self.actor: Actor | None = None
        self.snapshot: CentreAdmin | None = None
        self.words = words = Words()

        self.setObjectName("admin")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        # ------------------------------------------------ the top line
        self.title = QLabel(objectName="title")
        self.nav = QButtonGroup(self)
        self.nav.setExclusive(True)
        self.nav_buttons: dict[str, QPushButton] = {}
        for area in AREAS:
            button = words.button(AREA_NAMES[area], lambda chosen=area: self.show_area(chosen))
            button.setObjectName("nav")
            button.setCheckable(True)
            self.nav.addButton(button)
            self.nav_buttons[area] = button
        self.who = QLabel(objectName="who")
        self.sign_out_button = words.button(texts.SIGN_OUT, self.sign_out)
        self.lang_switch = LanguageSwitch(self.lang)
        self.lang_switch.chosen.connect(self.set_language)
        self.lang_buttons = self.lang_switch.buttons
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.who)
        top.addWidget(self.sign_out_button)
        top.addSpacing(12)
        top.addWidget(self.lang_switch)

        self.message = MessageLine(selectable=True)

        # ------------------------------------------------ signing in
        self.login_edit = QLineEdit()
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.login_edit.returnPressed.connect(self.pin_edit.setFocus)
        self.pin_edit.returnPressed.connect(self.sign_in)
        self.sign_in_button = words.button(texts.SIGN_IN, self.sign_in, role="primary")
        card = QFrame(objectName="signInCard")
        card.setMinimumWidth(480)
        card.setMaximumWidth(620)
        form = QGridLayout(card)
        form.setContentsMargins(28, 24, 28, 24)
        form.setVerticalSpacing(12)
        form.addWidget(words.label(texts.SIGN_IN_HEADING, name="heading"), 0, 0, 1, 2)
        form.addWidget(words.label(texts.SIGN_IN_NOTE, name="note"), 1, 0, 1, 2)
        form.addWidget(words.label(texts.LOGIN, self.login_edit), 2, 0)
        form.addWidget(self.login_edit, 2, 1)
        form.addWidget(words.label(texts.PIN, self.pin_edit), 3, 0)
        form.addWidget(self.pin_edit, 3, 1)
        form.addWidget(self.sign_in_button, 4, 1, Qt.AlignmentFlag.AlignRight)
        form.setColumnStretch(1, 1)
        sign_in_page = QWidget()
        centred = QGridLayout(sign_in_page)
        centred.addWidget(card, 1, 1)
        centred.setRowStretch(0, 1)
        centred.setRowStretch(2, 2)
        centred.setColumnStretch(0, 1)
        centred.setColumnStretch(2, 1)

        # ------------------------------------------------ the areas
        self.services_page = ServicesPage(self)
        self.windows_page = WindowsPage(self)
        self.staff_page = StaffPage(self)
        self.centre_page = CentrePage(self, config_file)
        self.pages: dict[str, QWidget] = {
            "services": self.services_page,
            "windows": self.windows_page,
            "staff": self.staff_page,
            "centre": self.centre_page,
        }
        self.stack = QStackedWidget()
        self.stack.addWidget(sign_in_page)
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.area = "services"

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        areas = QHBoxLayout()
        for button in self.nav_buttons.values():
            areas.addWidget(button)
        areas.addStretch(1)
        # The database cannot be reached: what the pages show may be behind and a
        # change would not be saved. It goes by itself once the centre was read again.
        self.connection_banner = ConnectionBanner(self.lang)
        layout.addWidget(self.connection_banner)
        layout.addLayout(top)
        layout.addLayout(areas)
        # On a line of its own, the whole width: a refusal may take two lines.
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)

        self._signed_in(None)
        self.retranslate()
        self.connection = watch_connection(self, live, self.refresh, self.connection_banner)
        if live is not None:
            live.changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------ language
    def set_language(self, lang: str) -> None:
        """Show the whole window in ``lang`` (and Qt's own texts, for the dialogs)."""
        self.lang = lang
        set_ui_language(lang)
        self.connection_banner.set_language(lang)
        self.retranslate()

    def retranslate(self) -> None:
        title = translate(texts.ADMINISTRATION, self.lang)
        self.setWindowTitle(f"conq-desktop — {title}")
        self.title.setText(title)
        self.words.apply(self.lang)
        self.lang_switch.show_language(self.lang)
        for page in self.pages.values():
            page.retranslate(self.lang)  # type: ignore[attr-defined]
        self.message.retranslate(self.lang)

    # ------------------------------------------------------------ the message line
    def say(self, text: Text | None, error: bool = False) -> None:
        """Show ``text`` on the message line (again after a language switch)."""
        self.message.say(text, self.lang, error)

    def refused(self, text: Text, _error: BaseException) -> None:
        self.say(text, error=True)

    # ------------------------------------------------------------ signing in
    def sign_in(self) -> None:
        login, pin = self.login_edit.text().strip(), self.pin_edit.text()
        self.pin_edit.clear()
        engine = self.engine

        def admin() -> Actor:
            return require(engine.authenticate(login, pin), Permission.ADMINISTER)

        def signed_in(actor: Actor) -> None:
            self._signed_in(actor)
            self.say(lambda lang: translate(texts.SIGNED_IN, lang, name=actor.name))

        def refused(text: Text, _error: BaseException) -> None:
            self._signed_in(None)
            self.say(text, error=True)
            self.pin_edit.setFocus()

        self.ops.op(admin).success(signed_in).failure(refused).run()

    def sign_out(self) -> None:
        self._signed_in(None)
        for page in self.pages.values():
            if isinstance(page, ItemsPage):
                page.refill(None)
            elif isinstance(page, CentrePage):
                page.reset()
        self.say(lambda lang: translate(texts.SIGNED_OUT, lang))

    def _signed_in(self, actor: Actor | None) -> None:
        self.actor = actor
        self.who.setText(actor.name if actor else "")
        for button in (*self.nav_buttons.values(), self.who, self.sign_out_button):
            button.setVisible(actor is not None)
        if actor is None:
            self.stack.setCurrentIndex(0)
            self.login_edit.setFocus()
        else:
            self.login_edit.clear()
            self.show_area(self.area)

    def show_area(self, area: str) -> None:
        self.area = area
        self.nav_buttons[area].setChecked(True)
        if self.actor is not None:
            self.stack.setCurrentWidget(self.pages[area])

    # ------------------------------------------------------------ reading
    def _show(self, snapshot: CentreAdmin) -> None:
        self.snapshot = snapshot
        for page in self.pages.values():
            page.show_snapshot(snapshot)  # type: ignore[attr-defined]

    def _failed(self, error: BaseException) -> None:
        self.say(explain(error), error=True)

    # ------------------------------------------------------------ acting
    def act(
        self,
        work: Callable[[Administration], T],
        done: Callable[[T], Any],
        refused: Failure | None = None,
        *,
        refresh: bool = True,
    ) -> bool:
        """Run ``work`` with the administrator's ``Administration`` off the GUI thread;
        then ``done`` with its answer and a fresh read, or the refusal said (or given
        to ``refused``). False if nobody is signed in, or another change still runs."""
        if self.actor is None:
            self.say(lambda lang: translate(texts.SIGN_IN_HEADING, lang), error=True)
            return False
        admin = Administration(self.engine.db, self.actor, self.engine.clock)

        def succeeded(result: T) -> None:
            done(result)
            if refresh:
                self.refresh()

        return (
            self.ops.op(lambda: work(admin))
            .success(succeeded)
            .failure(refused or self.refused)
            .run()
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.jobs.close()
        super().closeEvent(event)
