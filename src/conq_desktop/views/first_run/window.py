"""The first-run window: what to do while the database has no centre yet.

Shown instead of an empty kiosk, hall display or operator panel while the database has
no services, and as the start window of ``conq-desktop start`` (and of a bare
``conq-desktop`` started from the desktop). Nobody has chosen a language yet, so it
speaks Kyrgyz, Russian and English at once, one column each, and every button is
labelled in all three.

"Load a centre file…" loads a ``.toml`` centre file exactly as ``conq-desktop setup
--from`` does (checked whole, written in one transaction, so a bad file changes
nothing and its error is shown); "Open the demo" starts the demo as its own process.
Once there is a centre it opens the window that was asked for, after a moment to read
what was loaded, or offers the kiosk, the reception desk, the hall display, the
supervisor view and an operator panel. A centre loaded meanwhile by another process
counts as well.

A centre without an active administrator (its file named none) first asks for one:
login, name and the PIN twice. Only an administrator changes the centre's settings
and closes the kiosk, so the window opens nothing until there is one; another PC
creating one meanwhile counts too.

No SQL here: the window asks conq_desktop.engine.centre_state and
conq_desktop.engine.accounts, on the window's job runner, because loading writes a
transaction that may wait for a busy SQLite file or a PostgreSQL server across the
network, and the window must stay responsive.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from conq_desktop import __version__
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.accounts import create_first_admin, has_admin, is_pin
from conq_desktop.engine.auth import Actor
from conq_desktop.engine.centre_state import CentreState, centre_state, load_centre_file
from conq_desktop.guidance import (
    COMMAND_LINE,
    DATABASE,
    NO_CENTRE,
    SAMPLE_CENTRE_FILE,
    SETUP_COMMAND,
)
from conq_desktop.i18n import LANGUAGES, in_every_language, translate
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.operation import Text, explain
from conq_desktop.views.common.theme import restyle, set_font
from conq_desktop.views.common.worker import EngineRunner, WindowJobs
from conq_desktop.views.first_run.texts import (
    ADMIN_CREATED,
    ALL_FILES,
    CENTRE_FILES,
    CHOOSE,
    CREATING_ADMIN,
    DEMO_FAILED,
    LOAD_FILE,
    LOADED,
    LOADING,
    NEEDS_ADMIN,
    NO_WINDOW,
    NOT_LOADED,
    OPENING,
    PIN_DIGITS,
    PINS_DIFFER,
    SUMMARY,
    WELCOME,
)
from conq_desktop.views.first_run.widgets import (
    MIN_PIXELS,
    STYLE,
    AdminForm,
    Facts,
    LanguageColumn,
    LaunchPage,
    SetupPage,
    TriButton,
)

log = logging.getLogger(__name__)

OPEN_AFTER_MS = 2500  # "Loaded …" stays this long before the asked-for window opens
# Without a live-updates feed (tests, embedding), a centre loaded elsewhere is looked
# for this often; with one, loading a centre file is a change like any other.
REFRESH_MS = 5000
MIN_SCALE = 0.6  # texts shrink at most to this part of their size to fit the window

# Opens a window: kind ("kiosk", "reception", "display", "supervisor", "operator"),
# window number.
OpenWindow = Callable[[str, int], Any]


class FirstRunWindow(QWidget):
    """``centre_loaded`` carries the counts of a loaded file; ``admin_created`` the
    administrator made here; ``launched`` the kind and window number of the window
    opened in this one's place."""

    centre_loaded = Signal(object)
    admin_created = Signal(object)
    launched = Signal(str, int)

    def __init__(
        self,
        engine: QueueEngine,
        state: CentreState,
        live: LiveUpdates | None = None,
        runner: EngineRunner | None = None,
        *,
        wanted: tuple[str, int] | None = None,
        open_window: OpenWindow | None = None,
        demo_command: Sequence[str] = (),
        start_process: Callable[[list[str]], Any] | None = None,
        sample: Path | None = None,
        open_after_ms: int = OPEN_AFTER_MS,
    ) -> None:
        super().__init__()
        self.engine = engine
        self.state = state
        self.runner = runner or EngineRunner(self)
        self.wanted = wanted
        self.open_window = open_window
        self.demo_command = list(demo_command)
        self.start_process = start_process
        self.sample = sample
        self.open_after_ms = open_after_ms
        self.jobs = WindowJobs(self.runner, self)
        # A centre loaded by another process (``setup --from`` in a terminal) counts too.
        self.refresh = self.jobs.coalesced(self._read, self._refreshed, self._read_failed)
        self._loading = False
        self._creating = False  # the first administrator is being written
        # Whether the centre has an active administrator; None until it is known.
        self._has_admin: bool | None = None
        self._opening: tuple[str, int] | None = None
        self._message: tuple[str, Text] | None = None
        self._loaded_counts: dict[str, int] | None = None  # the counts of the file loaded here
        self._open_timer = QTimer(self, singleShot=True, timeout=self._open_wanted)

        self.setObjectName("firstRun")
        self.setWindowTitle("conq-desktop")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.brand = QLabel("conq-desktop", objectName="brand")
        self.version = QLabel(__version__, objectName="version")
        header = QHBoxLayout()
        header.setSpacing(16)
        header.addWidget(self.brand)
        header.addWidget(self.version, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)

        self.columns = {lang: LanguageColumn(lang) for lang in LANGUAGES}
        self.cards = QHBoxLayout()
        for column in self.columns.values():
            self.cards.addWidget(column, 1)

        # What can be done now: load or try the demo, or open a window. Hidden pages
        # take no room (a stacked widget would keep room for the tallest).
        self.setup_page = SetupPage(self.choose_file, self.open_demo)
        self.load_button = self.setup_page.load_button
        self.demo_button = self.setup_page.demo_button
        self.launch_page = LaunchPage(self.choose)
        self.launch_buttons = self.launch_page.buttons
        self.window_number = self.launch_page.window_number
        # Created after the launch page: the Tab order of the pages before stays.
        self.admin_form = AdminForm(self.create_admin)
        actions = QVBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.setup_page)
        actions.addWidget(self.admin_form)
        actions.addWidget(self.launch_page)
        self.launch_page.hide()
        self.admin_form.hide()

        facts = [(DATABASE, state.location), (COMMAND_LINE, SETUP_COMMAND)]
        if sample is not None:
            facts.append((SAMPLE_CENTRE_FILE, str(sample)))
        self.footer = Facts(facts)
        self.fact_labels = self.footer.labels

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addStretch(1)
        layout.addLayout(self.cards)
        layout.addLayout(actions)
        layout.addStretch(1)
        layout.addWidget(self.footer)

        if live is not None:
            live.changed.connect(self.refresh)
        self._refresh_timer = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        if live is None and not state.is_set_up:
            self._refresh_timer.start()
        if state.is_set_up:
            self._proceed()
            self.refresh()  # is there an administrator?
        else:
            self._render()

    # ------------------------------------------------------------------ texts

    @property
    def needs_admin(self) -> bool:
        """The centre is there but has no active administrator: the form asks for one."""
        return self.state.is_set_up and self._has_admin is False

    def _render(self) -> None:
        needs_admin = self.needs_admin
        for lang, column in self.columns.items():
            if self.state.is_set_up:
                column.title.setText(self.state.names.get(lang) or self.state.names.get("en", ""))
                counts = {
                    "services": self.state.services,
                    "windows": len(self.state.windows),
                    "operators": self.state.operators,
                }
                if needs_admin:
                    next_step = translate(NEEDS_ADMIN, lang)
                elif self._opening is not None:
                    kind, number = self._opening
                    next_step = translate(OPENING[kind], lang, number=number)
                else:
                    next_step = translate(CHOOSE, lang)
                if self._loaded_counts is None:  # else the message says what was loaded
                    next_step = f"{translate(SUMMARY, lang, **counts)}\n\n{next_step}"
                column.body.setText(next_step)
            else:
                column.title.setText(translate(WELCOME, lang))
                column.body.setText(translate(NO_CENTRE, lang))
            if self._message is None:
                column.message.hide()
                continue
            kind, text = self._message
            if column.message.property("kind") != kind:
                restyle(column.message, kind=kind)
            column.message.setText(text(lang))
            column.message.show()
        # While a window is about to open there is nothing to choose, nor before the
        # centre has its administrator.
        self.launch_page.setVisible(
            self.state.is_set_up and self._opening is None and not needs_admin
        )
        asking = not self.admin_form.isVisibleTo(self)
        self.admin_form.setVisible(needs_admin)
        self.admin_form.set_busy(self._creating)
        if needs_admin and asking:
            self.admin_form.login_edit.setFocus()
        busy = self._loading or self._opening is not None
        for button in (self.load_button, self.demo_button, *self.launch_buttons.values()):
            button.setEnabled(not busy)
        self.window_number.setEnabled(not busy and self.window_number.count() > 0)
        self.launch_buttons["operator"].setEnabled(not busy and bool(self.state.windows))
        self._fit()

    def _say(self, kind: str, text: Text) -> None:
        """Show ``text`` in every column: "info", "busy" or "error"."""
        self._message = (kind, text)
        self._render()

    def message(self, lang: str) -> str:
        """The message shown in ``lang``'s column, empty if none."""
        return self._message[1](lang) if self._message is not None else ""

    # ------------------------------------------------------------------ sizes

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Sizes follow the window; long texts (a centre's name, an error) make them
        smaller until everything fits, down to a floor that stays legible. A word
        wider than its button (Kyrgyz has long ones) shrinks only the buttons' texts."""
        unit = min(self.height(), self.width() * 9 / 16)
        scale = 1.0
        self._set_sizes(unit)
        while scale > MIN_SCALE and self._needed_height() > self.height():
            scale *= 0.92
            self._set_sizes(unit * scale)
        buttons = [button for button in self.findChildren(TriButton) if button.isVisibleTo(self)]
        while scale > MIN_SCALE and not self._words_fit(buttons):
            scale *= 0.92
            for button in buttons:
                button.set_sizes(unit * scale)

    def _words_fit(self, buttons: list[TriButton]) -> bool:
        """Every word of the buttons' labels fits in its button, as laid out now."""
        self.layout().activate()
        return all(button.words_fit() for button in buttons)

    def _needed_height(self) -> int:
        # Layouts and layout items cache their answers; new fonts and texts are seen
        # at once (not after Qt's next layout pass) only once every cache is dropped.
        for widget in self.findChildren(QWidget):
            widget.updateGeometry()
        for layout in self.findChildren(QLayout):
            layout.invalidate()
        return self.layout().totalHeightForWidth(self.width())

    def _set_sizes(self, unit: float) -> None:
        set_font(self.brand, unit / 36, bold=True, minimum=MIN_PIXELS)
        set_font(self.version, unit / 54, minimum=MIN_PIXELS)
        parts = (*self.columns.values(), self.setup_page, self.admin_form, self.launch_page)
        for part in (*parts, self.footer):
            part.set_sizes(unit)
        pad = int(unit / 36)
        self.layout().setContentsMargins(2 * pad, pad, 2 * pad, int(pad * 1.2))
        self.layout().setSpacing(pad)
        self.cards.setSpacing(pad)

    # ------------------------------------------------------------------ loading

    def choose_file(self) -> None:
        """Ask for a centre file, then load it."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            in_every_language(LOAD_FILE),
            QDir.homePath(),
            f"{in_every_language(CENTRE_FILES)} (*.toml);;{in_every_language(ALL_FILES)} (*)",
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path | str) -> None:
        """Load the centre file at ``path`` as ``conq-desktop setup --from`` does."""
        if self._loading or self._opening is not None:
            return
        path = Path(path)
        self._loading = True
        self._say("busy", lambda lang: translate(LOADING, lang, name=path.name))
        self.jobs.run(lambda: self._load(path), self._loaded, self._load_failed)

    def _load(self, path: Path) -> tuple[dict[str, int], CentreState, bool]:
        """On the runner's thread."""
        loaded = load_centre_file(self.engine.db, path)
        self.engine.reload_settings()  # the file may name the centre and its time zone
        return loaded, centre_state(self.engine.db), has_admin(self.engine.db)

    def _loaded(self, result: tuple[dict[str, int], CentreState, bool]) -> None:
        loaded, state, admin = result
        self._loading = False
        self.state = state
        self._has_admin = admin
        self._loaded_counts = loaded
        self._message = ("info", lambda lang: translate(LOADED, lang, **loaded))
        self.centre_loaded.emit(loaded)
        self._proceed()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        detail = explain(error)
        self._say("error", lambda lang: f"{translate(NOT_LOADED, lang)}\n{detail(lang)}")

    def _read(self) -> tuple[CentreState, bool]:
        """On the runner's thread."""
        return centre_state(self.engine.db), has_admin(self.engine.db)

    def _refreshed(self, result: tuple[CentreState, bool]) -> None:
        state, admin = result
        if self._loading or (state, admin) == (self.state, self._has_admin):
            return  # a load of ours is in flight and reports itself
        newly_set_up = state.is_set_up and not self.state.is_set_up
        self.state = state
        self._has_admin = admin
        if newly_set_up:
            self.engine.reload_settings()
        if state.is_set_up:
            self._proceed()  # an administrator made elsewhere lets the window go on
        else:
            self._fill_windows()
            self._render()

    def _read_failed(self, error: BaseException) -> None:
        log.warning("first-run window could not read the centre: %s", error)

    # ------------------------------------------------------------------ opening

    def _fill_windows(self) -> None:
        current = self.window_number.currentData()
        self.window_number.clear()
        for number in self.state.windows:
            self.window_number.addItem(str(number), number)
        if current in self.state.windows:
            self.window_number.setCurrentIndex(self.state.windows.index(current))

    def _proceed(self) -> None:
        """There is a centre: once it has an administrator, open the window asked
        for, or let the person choose."""
        self._refresh_timer.stop()
        self._fill_windows()
        self.setup_page.hide()
        if self.wanted is not None and self._opening is None and self._has_admin:
            kind, number = self.wanted
            if kind == "operator" and number not in self.state.windows:
                self.wanted = None
                self._say("error", lambda lang: translate(NO_WINDOW, lang, number=number))
                return
            if number in self.state.windows:
                self.window_number.setCurrentIndex(self.state.windows.index(number))
            self._opening = (kind, number)
            self._open_timer.start(self.open_after_ms)
        self._render()

    def _open_wanted(self) -> None:
        if self._opening is not None:
            kind, number = self._opening
            self.launch(kind, number)

    def choose(self, kind: str) -> None:
        """A launch button: the kind of window, with the chosen window number."""
        number = self.window_number.currentData() if kind == "operator" else 0
        self.launch(kind, int(number or 0))

    def launch(self, kind: str, number: int = 0) -> None:
        """Open the window of ``kind`` in this one's place; a refusal is shown here."""
        try:
            if self.open_window is not None:
                self.open_window(kind, number)
        except Exception as error:
            self._opening = None
            self.wanted = None
            self._say("error", explain(error))
            return
        self._opening = None
        self.launched.emit(kind, number)
        self.close()

    # ------------------------------------------------------------------ the administrator

    def create_admin(self) -> None:
        """Make the person in the form the centre's administrator. The PINs are
        checked here first (typed twice, 4–8 digits); the engine checks the rest, and
        that there is still no administrator. A refusal saves nothing."""
        if self._creating or self._loading or self._opening is not None:
            return
        form = self.admin_form
        login, name = form.login_edit.text(), form.name_edit.text()
        pin, again = form.pin_edit.text(), form.pin_again_edit.text()
        form.clear_pins()  # typed again after any refusal, and kept nowhere after
        problem = PIN_DIGITS if not is_pin(pin) else PINS_DIFFER if pin != again else None
        if problem is not None:
            self._say("error", lambda lang: translate(problem, lang))
            form.pin_edit.setFocus()
            return
        self._creating = True
        self._say("busy", lambda lang: translate(CREATING_ADMIN, lang))
        db, clock = self.engine.db, self.engine.clock
        self.jobs.run(
            lambda: create_first_admin(db, login, name, pin, clock=clock),
            self._admin_made,
            self._admin_refused,
        )

    def _admin_made(self, actor: Actor) -> None:
        self._creating = False
        self._has_admin = True
        self.admin_form.clear()
        self._message = (
            "info",
            lambda lang: translate(ADMIN_CREATED, lang, name=actor.name, login=actor.login),
        )
        self.admin_created.emit(actor)
        self._proceed()

    def _admin_refused(self, error: BaseException) -> None:
        self._creating = False
        self._say("error", explain(error))
        self.admin_form.login_edit.setFocus()
        self.refresh()  # an administrator made meanwhile elsewhere ends the asking

    def open_demo(self) -> None:
        """Start the demo as its own program and make way for it."""
        try:
            if self.start_process is not None:
                self.start_process(list(self.demo_command))
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self._say("error", lambda lang: translate(DEMO_FAILED, lang, reason=reason))
            return
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._open_timer.stop()
        self._refresh_timer.stop()
        self.jobs.close()
        super().closeEvent(event)
