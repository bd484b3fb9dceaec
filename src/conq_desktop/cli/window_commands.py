"""Command-line verbs that open windows. Qt is imported only here, on use."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from conq_desktop.cli.commands import Context


def display(args: argparse.Namespace, ctx: Context) -> Any:
    from conq_desktop.views.app import WindowContext
    from conq_desktop.views.hall_display import HallDisplay, place_on_screen

    window_ctx = WindowContext.open(ctx)
    window = HallDisplay(window_ctx.engine, window_ctx.live, window_ctx.runner, ticker=args.ticker)
    _attach_announcer(window)
    if args.print_calls:  # for scripts and end-to-end tests: what the hall sees, as text
        window.ready.connect(lambda: print("ready", flush=True))
        window.announce.connect(lambda number, to: print(f"called {number} {to}", flush=True))
    if args.windowed:
        window.resize(1280, 720)
        window.show()
    else:
        warning = place_on_screen(window, args.screen)
        if warning:
            print(f"conq-desktop: {warning}", file=sys.stderr)
    return window_ctx.run(quit_after=args.quit_after)


def operator(args: argparse.Namespace, ctx: Context) -> Any:
    from conq_desktop.views.app import WindowContext
    from conq_desktop.views.operator_panel import OperatorPanel, show_windowed

    ctx.engine.current_ticket(args.window)  # an unknown window: one line and status 5, no window
    window_ctx = WindowContext.open(ctx)
    panel = OperatorPanel(
        window_ctx.engine, args.window, window_ctx.live, window_ctx.runner, login=args.operator
    )
    show_windowed(panel)
    return window_ctx.run(quit_after=args.quit_after)


def kiosk(args: argparse.Namespace, ctx: Context) -> Any:
    from conq_desktop.printing.service import TicketPrinter
    from conq_desktop.views.app import WindowContext
    from conq_desktop.views.kiosk_window import KioskWindow
    from conq_desktop.views.translations import set_ui_language

    printer = TicketPrinter(ctx.engine, ctx.settings.printer_config())  # a bad setting stops here
    window_ctx = WindowContext.open(ctx)
    lang = ctx.settings.language or "ky"  # visitors are greeted in Kyrgyz unless set
    set_ui_language(lang)
    # Kiosk mode locks the screen for visitors; a receptionist's desk or a window does not.
    locked = not (args.receptionist or args.windowed)
    window = KioskWindow(
        window_ctx.engine,
        printer,
        window_ctx.live,
        window_ctx.runner,
        receptionist=args.receptionist,
        locked=locked,
        lang=lang,
    )
    if args.windowed:
        window.resize(1280, 720)
        window.show()
    elif args.receptionist:
        window.showMaximized()
    else:
        window.showFullScreen()
    if args.quit_after > 0:
        window.quit_after(args.quit_after)  # unlocks first: a timed quit must not meet the PIN
    return window_ctx.run()


def demo_windows(ctx: Context, url: str) -> int:
    """The whole centre on one screen: the kiosk and two operator panels as their own
    processes (as on separate PCs), the hall display here. Closing the display ends all."""
    import subprocess

    from conq_desktop.views.app import WindowContext
    from conq_desktop.views.hall_display import HallDisplay

    base = [*this_program(), "--db", url]
    if ctx.settings.language:
        base += ["--lang", ctx.settings.language]
    children = [
        subprocess.Popen([*base, "kiosk", "--receptionist", "--windowed"]),
        subprocess.Popen([*base, "operator", "--window", "1", "--operator", "aibek"]),
        subprocess.Popen([*base, "operator", "--window", "2", "--operator", "nurgul"]),
    ]
    window_ctx = WindowContext.open(ctx)
    window = HallDisplay(window_ctx.engine, window_ctx.live, window_ctx.runner)
    _attach_announcer(window)
    window.resize(1280, 720)
    window.show()
    try:
        return window_ctx.run()
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


def _attach_announcer(window: Any) -> None:
    """Speak each call; without the sound files or an audio device the display stays silent."""
    try:
        from conq_desktop.views.announcer import Announcer
    except ImportError:
        return
    announcer = Announcer(window)
    window.announce.connect(announcer.announce)
