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
what was loaded, or offers the kiosk, the reception desk, the hall display and an
operator panel. A centre loaded meanwhile by another process counts as well.

No SQL here: the window asks conq_desktop.engine.centre_state, on the window's job
runner, because loading writes a transaction that may wait for a busy SQLite file or
a PostgreSQL server across the network, and the window must stay responsive.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from conq_desktop import __version__
from conq_desktop.cli.commands import (
    COMMAND_LINE,
    DATABASE,
    NO_CENTRE,
    SAMPLE_CENTRE_FILE,
    SETUP_COMMAND,
    in_every_language,
)
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.centre_state import CentreState, centre_state, load_centre_file
from conq_desktop.errors import ConqError
from conq_desktop.i18n import LANGUAGES, _, translate
from conq_desktop.views.common.live import LiveUpdates
from conq_desktop.views.common.worker import EngineRunner, WindowJobs

log = logging.getLogger(__name__)

OPEN_AFTER_MS = 2500  # "Loaded …" stays this long before the asked-for window opens
# Without a live-updates feed (tests, embedding), a centre loaded elsewhere is looked
# for this often; with one, loading a centre file is a change like any other.
REFRESH_MS = 5000
MIN_SCALE = 0.6  # texts shrink at most to this part of their size to fit the window
MIN_PIXELS = 13  # ... and never below this height

# Rendered for one language.
Text = Callable[[str], str]
# Opens a window: kind ("kiosk", "reception", "display", "operator"), window number.
OpenWindow = Callable[[str, int], Any]

LANGUAGE_NAMES = {"ky": "Кыргызча", "ru": "Русский", "en": "English"}

WELCOME = _("Welcome")
LOAD_FILE = _("Load a centre file…")
OPEN_DEMO = _("Open the demo")
CENTRE_FILES = _("Centre files")
ALL_FILES = _("All files")
LOADING = _("Loading {name}…")
NOT_LOADED = _("The file was not loaded; nothing was changed.")
LOADED = _("Loaded {services} services, {windows} windows and {operators} operators.")
SUMMARY = _("This centre has {services} services, {windows} windows and {operators} operators.")
CHOOSE = _("Choose what to open on this computer.")
NO_WINDOW = _("There is no window {number}.")
DEMO_FAILED = _("The demo could not be started: {reason}")
FAILED = _("That did not work: {reason}")
WINDOW = _("Window")
LAUNCHES = (
    ("kiosk", _("Ticket kiosk")),
    ("reception", _("Reception desk")),
    ("display", _("Hall display")),
    ("operator", _("Operator panel")),
)
OPENING = {
    "kiosk": _("Opening the ticket kiosk…"),
    "reception": _("Opening the reception desk…"),
    "display": _("Opening the hall display…"),
    "operator": _("Opening the operator panel of window {number}…"),
}

STYLE = """
QWidget#firstRun { background: #0b2239; }
QLabel { color: #f4f7fb; }
QLabel#brand { color: #cfe0f3; }
QLabel#version { color: #6f93b8; }
QFrame#card { background: #12416b; border-radius: 28px; }
QLabel#language { color: #9fc3e8; }
QLabel#title { color: #ffffff; }
QLabel#body { color: #e3ecf6; }
QLabel#message { border-radius: 14px; padding: 10px 16px; }
QLabel#message[kind="info"] { background: #1f6f5c; color: #ffffff; }
QLabel#message[kind="busy"] { background: #0e3558; color: #cfe0f3; }
QLabel#message[kind="error"] { background: #c8553d; color: #ffffff; }
QPushButton#primary, QPushButton#secondary, QPushButton#launch {
    border: none; border-radius: 22px;
}
QPushButton#primary { background: #f2b705; }
QPushButton#primary:pressed { background: #d9a404; }
QPushButton#primary QLabel { color: #0b2239; }
QPushButton#secondary, QPushButton#launch { background: #f4f7fb; }
QPushButton#secondary:pressed, QPushButton#launch:pressed { background: #cfe0f3; }
QPushButton#secondary QLabel, QPushButton#launch QLabel { color: #0b2239; }
QPushButton#primary:disabled, QPushButton#secondary:disabled, QPushButton#launch:disabled {
    background: #35506e;
}
QPushButton:disabled QLabel { color: #8aa2bb; }
QLabel#windowCaption { color: #9fc3e8; }
QComboBox#windowNumber {
    background: #f4f7fb; color: #0b2239; border: none; border-radius: 12px; padding: 4px 16px;
}
QComboBox#windowNumber::drop-down { border: none; width: 36px; }
QComboBox#windowNumber QAbstractItemView { background: #f4f7fb; color: #0b2239; }
QFrame#footer { background: #102f4f; border-radius: 20px; }
QLabel#factName { color: #9fc3e8; }
QLabel#factValue { color: #ffffff; }
"""


def _font(widget: QWidget, pixels: float, bold: bool = False) -> None:
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(MIN_PIXELS, int(pixels)))
    font.setBold(bold)
    widget.setFont(font)


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class TriButton(QPushButton):
    """A button labelled in Kyrgyz (first, bold), Russian and English, one line each."""

    def __init__(self, message: str, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.setObjectName(role)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.lines: dict[str, QLabel] = {}
        column = QVBoxLayout(self)
        column.setSpacing(2)
        column.addStretch(1)
        for lang in LANGUAGES:
            label = QLabel(translate(message, lang), alignment=Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            column.addWidget(label)
            self.lines[lang] = label
        column.addStretch(1)
        self.setAccessibleName(in_every_language(message))

    def text_lines(self) -> list[str]:
        return [label.text() for label in self.lines.values()]

    def set_sizes(self, unit: float) -> None:
        for lang, label in self.lines.items():
            _font(label, unit / 36 if lang == "ky" else unit / 46, bold=lang == "ky")
        pad = int(unit / 60)
        self.layout().setContentsMargins(2 * pad, pad, 2 * pad, pad)


class LanguageColumn(QFrame):
    """One language's card: its name, a title, what to do, the latest message."""

    def __init__(self, lang: str) -> None:
        super().__init__(objectName="card")
        self.lang = lang
        self.language = QLabel(LANGUAGE_NAMES[lang], objectName="language")
        self.title = QLabel(objectName="title")
        self.body = QLabel(objectName="body")
        self.message = QLabel(objectName="message")
        self.message.setProperty("kind", "info")
        for label in (self.title, self.body, self.message):
            label.setWordWrap(True)
        self.message.hide()
        column = QVBoxLayout(self)
        column.addWidget(self.language)
        column.addWidget(self.title)
        column.addWidget(self.body)
        column.addWidget(self.message)
        column.addStretch(1)

    def set_sizes(self, unit: float) -> None:
        _font(self.language, unit / 52, bold=True)
        _font(self.title, unit / 26, bold=True)
        _font(self.body, unit / 36)
        _font(self.message, unit / 44, bold=True)
        pad = int(unit / 34)
        self.layout().setContentsMargins(pad, int(pad * 0.8), pad, pad)
        self.layout().setSpacing(int(unit / 70))


class FirstRunWindow(QWidget):
    """``centre_loaded`` carries the counts of a loaded file; ``launched`` the kind and
    window number of the window opened in this one's place."""

    centre_loaded = Signal(object)
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
        self.setup_page = self._build_setup_page()
        self.launch_page = self._build_launch_page()
        actions = QVBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.setup_page)
        actions.addWidget(self.launch_page)
        self.launch_page.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addStretch(1)
        layout.addLayout(self.cards)
        layout.addLayout(actions)
        layout.addStretch(1)
        layout.addWidget(self._build_footer())

        if live is not None:
            live.changed.connect(self.refresh)
        self._refresh_timer = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        if live is None and not state.is_set_up:
            self._refresh_timer.start()
        if state.is_set_up:
            self._proceed()
        else:
            self._render()

    # ------------------------------------------------------------------ building

    def _build_setup_page(self) -> QWidget:
        page = QWidget()
        self.load_button = TriButton(LOAD_FILE, "primary")
        self.load_button.clicked.connect(self.choose_file)
        self.demo_button = TriButton(OPEN_DEMO, "secondary")
        self.demo_button.clicked.connect(self.open_demo)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        row.addStretch(1)
        row.addWidget(self.load_button, 3)
        row.addWidget(self.demo_button, 3)
        row.addStretch(1)
        return page

    def _build_launch_page(self) -> QWidget:
        page = QWidget()
        self.launch_buttons: dict[str, TriButton] = {}
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        for index, (kind, message) in enumerate(LAUNCHES):
            button = TriButton(message, "launch")
            button.clicked.connect(lambda _checked=False, kind=kind: self.choose(kind))
            grid.addWidget(button, 0, index)
            grid.setColumnStretch(index, 1)
            self.launch_buttons[kind] = button
        self.window_caption = QLabel(in_every_language(WINDOW), objectName="windowCaption")
        self.window_number = QComboBox(objectName="windowNumber")
        pick = QHBoxLayout()
        pick.setSpacing(12)
        pick.addWidget(self.window_caption)
        pick.addWidget(self.window_number, 1)
        grid.addLayout(pick, 1, len(LAUNCHES) - 1)
        return page

    def _build_footer(self) -> QFrame:
        self.footer = footer = QFrame(objectName="footer")
        grid = QGridLayout(footer)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        facts = [
            (DATABASE, self.state.location),
            (COMMAND_LINE, SETUP_COMMAND),
        ]
        if self.sample is not None:
            facts.append((SAMPLE_CENTRE_FILE, str(self.sample)))
        self.fact_labels: list[tuple[QLabel, QLabel]] = []
        for row, (name, value) in enumerate(facts):
            name_label = QLabel(in_every_language(name) + ":", objectName="factName")
            value_label = QLabel(value, objectName="factValue")
            value_label.setWordWrap(True)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name_label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value_label, row, 1)
            self.fact_labels.append((name_label, value_label))
        grid.setColumnStretch(1, 1)
        return footer

    # ------------------------------------------------------------------ texts

    def _render(self) -> None:
        for lang, column in self.columns.items():
            if self.state.is_set_up:
                column.title.setText(self.state.names.get(lang) or self.state.names.get("en", ""))
                counts = {
                    "services": self.state.services,
                    "windows": len(self.state.windows),
                    "operators": self.state.operators,
                }
                if self._opening is not None:
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
                column.message.setProperty("kind", kind)
                _repolish(column.message)
            column.message.setText(text(lang))
            column.message.show()
        # While a window is about to open there is nothing to choose.
        self.launch_page.setVisible(self.state.is_set_up and self._opening is None)
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
        smaller until everything fits, down to a floor that stays legible."""
        unit = min(self.height(), self.width() * 9 / 16)
        scale = 1.0
        self._set_sizes(unit)
        while scale > MIN_SCALE and self._needed_height() > self.height():
            scale *= 0.92
            self._set_sizes(unit * scale)

    def _needed_height(self) -> int:
        # Layouts and layout items cache their answers; new fonts and texts are seen
        # at once (not after Qt's next layout pass) only once every cache is dropped.
        for widget in self.findChildren(QWidget):
            widget.updateGeometry()
        for layout in self.findChildren(QLayout):
            layout.invalidate()
        return self.layout().totalHeightForWidth(self.width())

    def _set_sizes(self, unit: float) -> None:
        _font(self.brand, unit / 36, bold=True)
        _font(self.version, unit / 54)
        for column in self.columns.values():
            column.set_sizes(unit)
        for button in (self.load_button, self.demo_button, *self.launch_buttons.values()):
            button.set_sizes(unit)
        _font(self.window_caption, unit / 46, bold=True)
        _font(self.window_number, unit / 34, bold=True)
        for name, value in self.fact_labels:
            _font(name, unit / 46, bold=True)
            _font(value, unit / 46)
        pad = int(unit / 36)
        self.layout().setContentsMargins(2 * pad, pad, 2 * pad, int(pad * 1.2))
        self.layout().setSpacing(pad)
        self.cards.setSpacing(pad)
        self.footer.layout().setContentsMargins(pad, int(pad * 0.6), pad, int(pad * 0.6))

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

    def _load(self, path: Path) -> tuple[dict[str, int], CentreState]:
        """On the runner's thread."""
        loaded = load_centre_file(self.engine.db, path)
        self.engine.reload_settings()  # the file may name the centre and its time zone
        return loaded, centre_state(self.engine.db)

    def _loaded(self, result: tuple[dict[str, int], CentreState]) -> None:
        loaded, state = result
        self._loading = False
        self.state = state
        self._loaded_counts = loaded
        self._message = ("info", lambda lang: translate(LOADED, lang, **loaded))
        self.centre_loaded.emit(loaded)
        self._proceed()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        detail = _explain(error)
        self._say("error", lambda lang: f"{translate(NOT_LOADED, lang)}\n{detail(lang)}")

    def _read(self) -> CentreState:
        return centre_state(self.engine.db)

    def _refreshed(self, state: CentreState) -> None:
        if self._loading or state == self.state:
            return  # a load of ours is in flight and reports itself
        newly_set_up = state.is_set_up and not self.state.is_set_up
        self.state = state
        if newly_set_up:
            self.engine.reload_settings()
            self._proceed()
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
        """There is a centre: open the window asked for, or let the person choose."""
        self._refresh_timer.stop()
        self._fill_windows()
        self.setup_page.hide()
        if self.wanted is not None and self._opening is None:
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
            explain = _explain(error)
            self._say("error", explain)
            return
        self._opening = None
        self.launched.emit(kind, number)
        self.close()

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


def show_problem(error: ConqError) -> None:
    """Say in a message box, in every language, why the program cannot start (for a
    start from the desktop, where nobody reads stderr)."""
    from conq_desktop.views.app import application

    application()
    text = "\n\n".join(error.message(lang) for lang in LANGUAGES)
    QMessageBox.critical(None, "conq-desktop", text)


def _explain(error: BaseException) -> Text:
    """A ConqError in each language; anything else is a bug, logged and said plainly."""
    if isinstance(error, ConqError):
        return error.message
    log.error("first-run window: %r", error)
    reason = f"{type(error).__name__}: {error}"
    return lambda lang: translate(FAILED, lang, reason=reason)
