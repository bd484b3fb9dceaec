"""Command-line verbs that open windows. Qt is imported only here, on use.

While the database has no centre (no services yet) the kiosk, the hall display and the
operator panel would open empty, so the first-run window (views/first_run.py) opens in
their place: it loads a centre file or starts the demo, then opens the window that was
asked for. ``start`` opens it as the start window, also when a centre is there, to
choose what this computer shows; a bare ``conq-desktop`` started from the desktop does
the same.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from typing import IO, TYPE_CHECKING, Any

from conq_desktop.cli.commands import Context, first_run_guidance, sample_centre_file
from conq_desktop.engine.centre_state import CentreState, centre_state
from conq_desktop.errors import ConfigError, ConqError
from conq_desktop.i18n import _

if TYPE_CHECKING:
    from conq_desktop.printing.service import TicketPrinter
    from conq_desktop.views.app import WindowContext
    from conq_desktop.views.first_run import FirstRunWindow

# Qt platforms that draw nowhere a person could see.
INVISIBLE_PLATFORMS = ("offscreen", "minimal")
NO_SCREEN = _(
    "There is no screen to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set): "
    "start it in the desktop session."
)


def display(args: argparse.Namespace, ctx: Context) -> Any:
    return _open_or_welcome(Opener(args, ctx), centre_state(ctx.db()), "display").run(
        args.quit_after
    )


def operator(args: argparse.Namespace, ctx: Context) -> Any:
    state = centre_state(ctx.db())
    if not state.is_set_up and gui_possible():
        return _welcome(Opener(args, ctx), state, wanted=("operator", args.window)).run(
            args.quit_after
        )
    if not state.is_set_up:
        print(first_run_guidance(state.location), file=sys.stderr)
    ctx.engine.current_ticket(args.window)  # an unknown window: one line and status 5, no window
    opener = Opener(args, ctx)
    opener.open("operator", args.window)
    return opener.run(args.quit_after)


def kiosk(args: argparse.Namespace, ctx: Context) -> Any:
    from conq_desktop.printing.service import TicketPrinter

    printer = TicketPrinter(ctx.engine, ctx.settings.printer_config())  # a bad setting stops here
    kind = "reception" if args.receptionist else "kiosk"
    opener = Opener(args, ctx, printer=printer)
    return _open_or_welcome(opener, centre_state(ctx.db()), kind).run(args.quit_after)


def start(args: argparse.Namespace, ctx: Context) -> Any:
    """The start window: first-run guidance while there is no centre, then (or at once)
    a choice of the kiosk, the reception desk, the hall display and an operator panel."""
    try:
        state = centre_state(ctx.db())
    except ConqError as error:
        if getattr(args, "from_desktop", False):  # nobody reads stderr after a double-click
            from conq_desktop.views.first_run import show_problem

            show_problem(error)
        raise
    return _welcome(Opener(args, ctx, launcher=True), state, wanted=None).run(args.quit_after)


class Opener:
    """Opens the windows of one run of the program, at once or when the first-run
    window asks, and ends the run."""

    def __init__(
        self,
        args: argparse.Namespace,
        ctx: Context,
        *,
        printer: TicketPrinter | None = None,
        launcher: bool = False,
    ) -> None:
        if not gui_possible():  # Qt would abort the process, not say why
            raise ConfigError(NO_SCREEN)
        from conq_desktop.views.app import WindowContext

        self.args = args
        self.ctx = ctx
        self.printer = printer
        self.launcher = launcher
        self.window_ctx: WindowContext = WindowContext.open(ctx)
        self.opened: list[Any] = []  # the windows shown in this run

    def _option(self, name: str, default: Any) -> Any:
        return getattr(self.args, name, default)

    def open(self, kind: str, number: int = 0) -> Any:
        """Show the window of ``kind`` ("kiosk", "reception", "display", "operator" of
        window ``number``). A ConqError (unknown window, bad printer setting) opens
        nothing."""
        window = {
            "display": self._display,
            "kiosk": lambda: self._kiosk(receptionist=self._option("receptionist", False)),
            "reception": lambda: self._kiosk(receptionist=True),
            "operator": lambda: self._operator(number),
        }[kind]()
        self.opened.append(window)
        return window

    def _display(self) -> Any:
        from conq_desktop.views.common.windowing import place_on_screen
        from conq_desktop.views.display import HallDisplay

        wc = self.window_ctx
        window = HallDisplay(wc.engine, wc.live, wc.runner, ticker=self._option("ticker", ""))
        _attach_announcer(window)
        if self._option("print_calls", False):  # for scripts and tests: what the hall sees
            window.ready.connect(lambda: print("ready", flush=True))
            window.announce.connect(lambda number, to: print(f"called {number} {to}", flush=True))
        if self._option("windowed", False):
            window.resize(1280, 720)
            window.show()
            return window
        screen = self._option("screen", None)
        if screen is None and self.launcher and len(wc.app.screens()) > 1:
            screen = 1  # chosen in the start window: the hall's monitor is the second one
        warning = place_on_screen(window, screen)
        if warning:
            print(f"conq-desktop: {warning}", file=sys.stderr)
        return window

    def _kiosk(self, *, receptionist: bool) -> Any:
        from conq_desktop.printing.service import TicketPrinter
        from conq_desktop.views.common.translations import set_ui_language
        from conq_desktop.views.kiosk import KioskWindow

        if self.printer is None:
            self.printer = TicketPrinter(self.ctx.engine, self.ctx.settings.printer_config())
        wc = self.window_ctx
        windowed = self._option("windowed", False)
        lang = self.ctx.settings.language or "ky"  # visitors are greeted in Kyrgyz unless set
        set_ui_language(lang)
        # Kiosk mode locks the screen for visitors; a receptionist's desk or a window does not.
        window = KioskWindow(
            wc.engine,
            self.printer,
            wc.live,
            wc.runner,
            receptionist=receptionist,
            locked=not (receptionist or windowed),
            lang=lang,
        )
        if self._option("quit_after", 0) > 0:
            window.unlock()  # a timed run (smoke tests, benches) must not meet the PIN
        if windowed:
            window.resize(1280, 720)
            window.show()
        elif receptionist:
            window.showMaximized()
        else:
            window.showFullScreen()
        return window

    def _operator(self, number: int) -> Any:
        from conq_desktop.views.common.windowing import show_windowed
        from conq_desktop.views.operator import OperatorPanel

        wc = self.window_ctx
        wc.engine.current_ticket(number)  # an unknown window: NotFound, nothing opens
        panel = OperatorPanel(
            wc.engine, number, wc.live, wc.runner, login=self._option("operator", None)
        )
        show_windowed(panel)
        return panel

    def run(self, quit_after: float = 0) -> int:
        """Run the event loop; ``quit_after`` seconds > 0 ends it (smoke tests, benches)."""
        return self.window_ctx.run(quit_after=quit_after)


def _open_or_welcome(opener: Opener, state: CentreState, kind: str) -> Opener:
    """The window of ``kind``, or the first-run window while there is no centre."""
    if state.is_set_up:
        opener.open(kind)
        return opener
    return _welcome(opener, state, wanted=(kind, 0))


def _welcome(opener: Opener, state: CentreState, wanted: tuple[str, int] | None) -> Opener:
    if not state.is_set_up:  # the person at a terminal learns why no kiosk or display came
        print(first_run_guidance(state.location), file=sys.stderr)
    first_run_window(opener, state, wanted=wanted)
    return opener


def first_run_window(
    opener: Opener,
    state: CentreState,
    *,
    wanted: tuple[str, int] | None,
    start_process: Callable[[list[str]], Any] = subprocess.Popen,
    open_after_ms: int | None = None,
) -> FirstRunWindow:
    """Show the first-run (or start) window; ``wanted`` is the window it opens once a
    centre is there, None to let the person choose."""
    from conq_desktop.views.common.windowing import show_windowed
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


def demo_windows(ctx: Context, url: str) -> int:
    """The whole centre on one screen: the kiosk and two operator panels as their own
    processes (as on separate PCs), the hall display here. Closing the display ends all."""
    base = [*this_program(), "--db", url]
    if ctx.settings.language:
        base += ["--lang", ctx.settings.language]
    children = [
        subprocess.Popen([*base, "kiosk", "--receptionist", "--windowed"]),
        subprocess.Popen([*base, "operator", "--window", "1", "--operator", "aibek"]),
        subprocess.Popen([*base, "operator", "--window", "2", "--operator", "nurgul"]),
    ]
    opener = Opener(argparse.Namespace(windowed=True), ctx)
    opener.open("display")
    try:
        return opener.run()
    finally:
        for child in children:
            child.terminate()
        for child in children:
            child.wait(timeout=10)


def this_program() -> list[str]:
    """The command that starts this program again: the built executable itself, or the
    interpreter running the package (``-m`` would mean nothing to a built program)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "conq_desktop"]


def gui_possible(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt can open a window here: always on Windows and macOS; elsewhere with an
    X11 or Wayland session, or a Qt platform chosen explicitly (``offscreen`` in tests)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform in ("win32", "darwin") or environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


_STANDARD: Any = object()  # "the process's own stream" (None means: there is none)


def started_from_desktop(
    stdin: IO[str] | None = _STANDARD,
    stdout: IO[str] | None = _STANDARD,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
) -> bool:
    """Whether a bare ``conq-desktop`` (no command) opens the start window rather than
    printing its help.

    Yes when nobody is at a terminal – neither stdin nor stdout is one (a missing stream
    counts as none: a windowed build or ``pythonw``) – and there is a screen a person
    can see. That is a double-click on the program, a desktop, Start-menu or file-manager
    shortcut, a built program without a console. Typed in a terminal, even with the
    output piped or redirected, it prints the help.
    """
    stdin = sys.stdin if stdin is _STANDARD else stdin
    stdout = sys.stdout if stdout is _STANDARD else stdout
    environ = os.environ if environ is None else environ
    if _is_terminal(stdin) or _is_terminal(stdout):
        return False
    qpa = environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    return qpa not in INVISIBLE_PLATFORMS and gui_possible(environ, platform)


def _is_terminal(stream: IO[str] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError, OSError):  # closed or not a real stream
        return False


def _attach_announcer(window: Any) -> None:
    """Speak each call; without the sound files or an audio device the display stays silent."""
    try:
        from conq_desktop.views.display.announcer import Announcer
    except ImportError:
        return
    announcer = Announcer(window)
    window.announce.connect(announcer.announce)
