"""Command-line verbs that open windows.

They read the arguments into ``WindowOptions`` and hand them to the composition root of
the windows (conq_desktop.views.app), which decides what opens: the window asked for,
or the first-run window in its place while the database has no centre. Qt is imported
only inside the handlers, on use: any other command must run without loading it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from conq_desktop import desktop
from conq_desktop.cli.backup_commands import start_automatic_backup
from conq_desktop.cli.commands import Context, demo_database
from conq_desktop.db import Database, NotAnswering, location
from conq_desktop.demo import DEMO_PINS, demo_follows_by_phone
from conq_desktop.engine.centre_state import CentreState, centre_state
from conq_desktop.errors import ConqError
from conq_desktop.guidance import first_run_guidance

if TYPE_CHECKING:
    from conq_desktop.printing.printer_config import PrinterConfig
    from conq_desktop.views.app import Wanted, WindowOptions


def display(args: argparse.Namespace, ctx: Context) -> Any:
    desktop.require_screen()  # said before the database is opened, or created
    _database(args, ctx, ("display", 0))
    return _run(args, ctx, ("display", 0))


def operator(args: argparse.Namespace, ctx: Context) -> Any:
    state = centre_state(_database(args, ctx, ("operator", args.window)))
    # Without a centre, and with a screen, the first-run window opens in the panel's place.
    if state.is_set_up or not desktop.gui_possible():
        if not state.is_set_up:
            print(first_run_guidance(state.location), file=sys.stderr)
        ctx.engine.current_ticket(args.window)  # an unknown window: one line and status 5
    return _run(args, ctx, ("operator", args.window), state=state)


def supervisor(args: argparse.Namespace, ctx: Context) -> Any:
    desktop.require_screen()  # said before the database is opened, or created
    _database(args, ctx, ("supervisor", 0))
    return _run(args, ctx, ("supervisor", 0))


def admin(args: argparse.Namespace, ctx: Context) -> Any:
    desktop.require_screen()  # said before the database is opened, or created
    _database(args, ctx, ("admin", 0))
    return _run(args, ctx, ("admin", 0))


def reports(args: argparse.Namespace, ctx: Context) -> Any:
    desktop.require_screen()  # said before the database is opened, or created
    _database(args, ctx, ("reports", 0))
    return _run(args, ctx, ("reports", 0))


def bookings(args: argparse.Namespace, ctx: Context) -> Any:
    desktop.require_screen()  # said before the database is opened, or created
    _database(args, ctx, ("bookings", 0))
    return _run(args, ctx, ("bookings", 0))


def kiosk(args: argparse.Namespace, ctx: Context) -> Any:
    printer = ctx.settings.printer_config()  # a bad setting stops here
    kind = "reception" if args.receptionist else "kiosk"
    _database(args, ctx, (kind, 0))
    return _run(args, ctx, (kind, 0), printer_config=lambda: printer)


def start(args: argparse.Namespace, ctx: Context) -> Any:
    """The start window: first-run guidance while there is no centre, then (or at once)
    a choice of the kiosk, the reception desk, the hall display and an operator panel."""
    try:
        state = centre_state(_database(args, ctx, None))
    except ConqError as error:
        # Nobody reads stderr after a double-click; the waiting window has said it.
        if getattr(args, "from_desktop", False) and not getattr(args, "waited", False):
            from conq_desktop.views.first_run import show_problem

            show_problem(error)
        raise
    return _run(args, ctx, None, state=state, launcher=True)


def _database(args: argparse.Namespace, ctx: Context, wanted: Wanted | None) -> Database:
    """The database of ``ctx``. A server that does not answer yet (a PC that booted
    before it) is waited for in a window where ``wanted`` would open, which tries
    again until it answers, rather than the screen vanishing; any other problem, or
    no screen to wait on, ends the command as ever (status 6)."""
    try:
        return ctx.db()
    except NotAnswering as error:
        if not desktop.gui_possible():
            raise
        args.waited = True
        return wait_for_database(
            ctx.db,
            error,
            address=location(ctx.settings.db_url) or "?",
            wanted=wanted,
            options=_options(args, ctx, launcher=wanted is None),
        )


def wait_for_database(*args: Any, **kwargs: Any) -> Database:
    """views.waiting's, imported on use: no Qt for a database that answers."""
    from conq_desktop.views.waiting import wait_for_database as wait

    return wait(*args, **kwargs)


def _options(args: argparse.Namespace, ctx: Context, *, launcher: bool) -> WindowOptions:
    from conq_desktop.views.app import WindowOptions

    return WindowOptions(
        windowed=getattr(args, "windowed", False),
        screen=getattr(args, "screen", None),
        ticker=getattr(args, "ticker", ""),
        print_calls=getattr(args, "print_calls", False),
        receptionist=getattr(args, "receptionist", False),
        operator=getattr(args, "operator", None),
        quit_after=getattr(args, "quit_after", 0),
        launcher=launcher,
        language=ctx.settings.language,
        tile=getattr(args, "tile", None),
        sign_in_hint=getattr(args, "demo_pin", ""),
    )


def _run(
    args: argparse.Namespace,
    ctx: Context,
    wanted: Wanted | None,
    *,
    state: CentreState | None = None,
    printer_config: Callable[[], PrinterConfig] | None = None,
    launcher: bool = False,
) -> int:
    """Open ``wanted`` (None: the start window) as the arguments say, until the end."""
    from conq_desktop.views.app import run_windows

    options = _options(args, ctx, launcher=launcher)
    start_automatic_backup(ctx)  # today's copy of an SQLite database, in the background
    return run_windows(
        ctx.engine,
        wanted,
        options,
        # Read when a kiosk opens: a bad setting refuses that kiosk, not the start window.
        printer_config=printer_config or ctx.settings.printer_config,
        state=state,
    )


def demo(args: argparse.Namespace, ctx: Context) -> Any:
    """The demo centre (see ``commands.demo_database``), shown in its windows."""
    url = demo_database(args, ctx)
    if args.no_windows or ctx.as_json:
        return ctx.engine.status()
    return demo_windows(ctx, url)


def demo_windows(ctx: Context, url: str) -> int:
    """The whole centre on one screen: the kiosk and two operator panels as their own
    processes (as on separate PCs), the hall display here. Closing the display ends all."""
    from conq_desktop.views.app import WindowOptions, run_windows

    base = [*desktop.this_program(), "--db", url]
    if ctx.settings.language:
        base += ["--lang", ctx.settings.language]

    # Side by side on the main screen, so that a newcomer sees all at once: the hall
    # display top left, the reception desk top right, the two panels below.
    def panel(window: int, login: str, tile: str) -> list[str]:
        words = ["operator", "--window", str(window), "--operator", login, "--tile", tile]
        return [*base, *words, "--demo-pin", DEMO_PINS[login]]

    children = [
        subprocess.Popen([*base, "kiosk", "--receptionist", "--windowed", "--tile", "1/4"]),
        subprocess.Popen(panel(1, "aibek", "2/4")),
        subprocess.Popen(panel(2, "nurgul", "3/4")),
    ]
    if demo_follows_by_phone(ctx.engine):  # a bot token configured: visitors' phones too
        children.append(subprocess.Popen([*base, "notifier"]))
    try:
        return run_windows(ctx.engine, ("display", 0), WindowOptions(windowed=True, tile=(0, 4)))
    finally:
        for child in children:
            child.terminate()
        for child in children:
            child.wait(timeout=10)
