"""The composition root of the windows: which window opens, and how.

The command line (conq_desktop.cli.window_commands) reads its arguments into
``WindowOptions`` and calls ``run_windows``; nothing here knows the command line.

While the database has no centre (no services yet) the kiosk, the hall display and the
operator panel would open empty, so the first-run window (views/first_run) opens in
their place: it loads a centre file or starts the demo, then opens the window that was
asked for. Asked for no window in particular (``conq-desktop start``, a bare
``conq-desktop`` started from the desktop) it is the start window, also when a centre
is there, to choose what this computer shows.

The windows are imported only when one opens: a hall display loads no kiosk.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from conq_desktop.desktop import require_screen, this_program
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.accounts import has_admin
from conq_desktop.engine.centre_state import CentreState, centre_state
from conq_desktop.guidance import first_run_guidance, sample_centre_file
from conq_desktop.views.common.application import WindowContext
from conq_desktop.views.common.windowing import maximise, place_on_screen, show_windowed, tile

if TYPE_CHECKING:
    from conq_desktop.printing.printer_config import PrinterConfig
    from conq_desktop.printing.service import TicketPrinter
    from conq_desktop.views.first_run import FirstRunWindow

# A window to open: its kind ("kiosk", "reception", "display", "operator",
# "supervisor", "admin", "reports", "bookings") and the service window's number
# (operator panels only, else 0).
Wanted = tuple[str, int]


@dataclass(frozen=True)
class WindowOptions:
    """How the windows of one run open: what the command line (or a test) asked for."""

    # A normal window: the hall display and the kiosk not full screen, the kiosk not locked.
    windowed: bool = False
    screen: int | None = None  # the hall display's monitor, 0 = main; None: the usual one
    ticker: str = ""  # a running text line at the bottom of the hall display
    print_calls: bool = False  # the hall display prints what the hall sees (scripts, tests)
    receptionist: bool = False  # a "kiosk" is the staff desk: priority tickets and reprints
    operator: str | None = None  # the login the operator panel fills in
    quit_after: float = 0  # seconds > 0 end the run (smoke tests, benches)
    launcher: bool = False  # the windows are chosen in the start window
    language: str | None = None  # this PC's language setting, if any
    # Tile (index, count) of the main screen the window opens in: the demo's layout.
    tile: tuple[int, int] | None = None
    # Said on an operator panel's sign-in page: the demo centre's PIN for its login.
    sign_in_hint: str = ""


# A window's kind as assistive technology names its process (not translated: it also
# names the process in window lists and logs).
_APP_NAMES = {
    "display": "conq-desktop hall display",
    "kiosk": "conq-desktop kiosk",
    "reception": "conq-desktop reception desk",
    "operator": "conq-desktop operator window {number}",
    "supervisor": "conq-desktop supervisor",
    "admin": "conq-desktop administration",
    "reports": "conq-desktop reports",
    "bookings": "conq-desktop bookings",
}


def app_name(kind: str, number: int = 0) -> str:
    return _APP_NAMES[kind].format(number=number)


class Opener:
    """Opens the windows of one run of the program, at once or when the first-run
    window asks, and ends the run.

    ``printer_config`` reads the printer setting when a kiosk first needs it, so that a
    bad setting refuses that kiosk (in the start window: with a message there) and not
    the whole program; without it tickets print nowhere.
    """

    def __init__(
        self,
        engine: QueueEngine,
        options: WindowOptions,
        *,
        printer_config: Callable[[], PrinterConfig] | None = None,
    ) -> None:
        require_screen()  # before Qt, which would abort the process without a screen
        self.options = options
        self.printer_config = printer_config
        self.printer: TicketPrinter | None = None
        self.window_ctx: WindowContext = WindowContext.open(engine)
        self.opened: list[Any] = []  # the windows shown in this run

    def open(self, kind: str, number: int = 0) -> Any:
        """Show the window of ``kind`` ("kiosk", "reception", "display", "operator" of
        window ``number``, "supervisor", "admin", "reports", "bookings"). A ConqError
        (unknown window, bad printer setting) opens nothing."""
        window = {
            "display": self._display,
            "kiosk": lambda: self._kiosk(receptionist=self.options.receptionist),
            "reception": lambda: self._kiosk(receptionist=True),
            "operator": lambda: self._operator(number),
            "supervisor": self._supervisor,
            "admin": self._admin,
            "reports": self._reports,
            "bookings": self._bookings,
        }[kind]()
        self.opened.append(window)
        # What assistive technology calls this process.
        self.window_ctx.app.setApplicationName(app_name(kind, number))
        return window

    def _display(self) -> Any:
        from conq_desktop.views.display import HallDisplay

        wc, options = self.window_ctx, self.options
        window = HallDisplay(wc.engine, wc.live, wc.runner, ticker=options.ticker)
        _attach_announcer(window)
        if options.print_calls:  # for scripts and tests: what the hall sees
            window.ready.connect(lambda: print("ready", flush=True))
            window.announce.connect(lambda number, to: print(f"called {number} {to}", flush=True))
        if options.tile is not None:
            tile(window, *options.tile)
            return window
        if options.windowed:
            window.resize(1280, 720)
            window.show()
            return window
        screen = options.screen
        if screen is None and options.launcher and len(wc.app.screens()) > 1:
            screen = 1  # chosen in the start window: the hall's monitor is the second one
        warning = place_on_screen(window, screen)
        if warning:
            print(f"conq-desktop: {warning}", file=sys.stderr)
        return window

    def _kiosk(self, *, receptionist: bool) -> Any:
        from conq_desktop.printing.printer_config import PrinterConfig
        from conq_desktop.printing.service import TicketPrinter
        from conq_desktop.views.common.translations import set_ui_language
        from conq_desktop.views.kiosk import KioskWindow

        wc, options = self.window_ctx, self.options
        if self.printer is None:
            config = self.printer_config() if self.printer_config else PrinterConfig()
            self.printer = TicketPrinter(wc.engine, config)
        # Visitors are greeted in this PC's language if set, else in the first language
        # the centre offers on its kiosks (Kyrgyz unless an administrator changed it).
        lang = options.language or wc.engine.settings.kiosk_languages[0]
        set_ui_language(lang)
        # Kiosk mode locks the screen for visitors; a receptionist's desk or a window does not.
        window = KioskWindow(
            wc.engine,
            self.printer,
            wc.live,
            wc.runner,
            receptionist=receptionist,
            locked=not (receptionist or options.windowed),
            lang=lang,
        )
        if options.quit_after > 0:
            window.unlock()  # a timed run (smoke tests, benches) must not meet the PIN
        if options.tile is not None:
            tile(window, *options.tile)
        elif options.windowed:
            window.resize(1280, 720)
            window.show()
        elif receptionist:
            maximise(window)
        else:
            place_on_screen(window, None)  # full screen without a window manager too
        return window

    def _operator(self, number: int) -> Any:
        from conq_desktop.views.operator import OperatorPanel

        wc = self.window_ctx
        wc.engine.current_ticket(number)  # an unknown window: NotFound, nothing opens
        # This PC's language if set, else the centre's (see OperatorPanel).
        panel = OperatorPanel(
            wc.engine,
            number,
            wc.live,
            wc.runner,
            login=self.options.operator,
            lang=self.options.language,
            hint=self.options.sign_in_hint,
        )
        if self.options.tile is not None:
            tile(panel, *self.options.tile)
        else:
            show_windowed(panel)
        return panel

    def _supervisor(self) -> Any:
        from conq_desktop.views.supervisor import SupervisorView

        wc = self.window_ctx
        view = SupervisorView(
            wc.engine,
            wc.live,
            wc.runner,
            lang=self.options.language,
            printer_config=self.printer_config,
        )
        show_windowed(view)
        return view

    def _admin(self) -> Any:
        from conq_desktop.views.admin import AdminWindow

        wc = self.window_ctx
        window = AdminWindow(wc.engine, wc.live, wc.runner, lang=self.options.language)
        show_windowed(window)
        return window

    def _reports(self) -> Any:
        from conq_desktop.views.reports import ReportsWindow

        wc = self.window_ctx
        window = ReportsWindow(wc.engine, wc.runner, lang=self.options.language)
        show_windowed(window)
        return window

    def _bookings(self) -> Any:
        from conq_desktop.views.bookings import BookingsWindow

        wc = self.window_ctx
        window = BookingsWindow(
            wc.engine,
            wc.live,
            wc.runner,
            lang=self.options.language,
            printer_config=self.printer_config,
        )
        show_windowed(window)
        return window

    def run(self, quit_after: float = 0) -> int:
        """Run the event loop; ``quit_after`` seconds > 0 ends it (smoke tests, benches)."""
        return self.window_ctx.run(quit_after=quit_after)


def run_windows(
    engine: QueueEngine,
    wanted: Wanted | None,
    options: WindowOptions,
    *,
    printer_config: Callable[[], PrinterConfig] | None = None,
    state: CentreState | None = None,
) -> int:
    """Open the window ``wanted`` (the first-run window in its place while there is no
    centre; with None the start window) and run until the program ends. ``state`` is
    the centre as the caller has just read it, else it is read here."""
    opener = Opener(engine, options, printer_config=printer_config)
    if state is None:
        state = centre_state(engine.db)
    # A locked kiosk on a centre without an administrator could never be closed (it
    # takes an administrator's PIN): the start window asks for one first, then opens it.
    needs_admin = wanted is not None and wanted[0] == "kiosk" and not has_admin(engine.db)
    if wanted is not None and state.is_set_up and not needs_admin:
        opener.open(*wanted)
    else:
        if not state.is_set_up:  # the person at a terminal learns why no kiosk or display came
            print(first_run_guidance(state.location), file=sys.stderr)
        first_run_window(opener, state, wanted=wanted)
    return opener.run(options.quit_after)


def first_run_window(
    opener: Opener,
    state: CentreState,
    *,
    wanted: Wanted | None,
    start_process: Callable[[list[str]], Any] = subprocess.Popen,
    open_after_ms: int | None = None,
) -> FirstRunWindow:
    """Show the first-run (or start) window; ``wanted`` is the window it opens once a
    centre is there, None to let the person choose."""
    from conq_desktop.views.first_run import OPEN_AFTER_MS, FirstRunWindow

    wc = opener.window_ctx
    window = FirstRunWindow(
        wc.engine,
        state,
        wc.live,
        wc.runner,
        wanted=wanted,
        open_window=opener.open,
        demo_command=[*this_program(), "demo"],
        start_process=start_process,
        sample=sample_centre_file(),
        open_after_ms=OPEN_AFTER_MS if open_after_ms is None else open_after_ms,
    )
    opener.opened.append(window)
    show_windowed(window)
    return window


def _attach_announcer(window: Any) -> None:
    """Speak each call; without the sound files or an audio device the display stays silent."""
    try:
        from conq_desktop.views.display.announcer import Announcer
    except ImportError:
        return
    announcer = Announcer(window)
    window.announce.connect(announcer.announce)
