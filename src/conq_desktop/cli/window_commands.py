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
    if args.windowed:
        window.resize(1280, 720)
        window.show()
    else:
        warning = place_on_screen(window, args.screen)
        if warning:
            print(f"conq-desktop: {warning}", file=sys.stderr)
    return window_ctx.run(quit_after=args.quit_after)


def _attach_announcer(window: Any) -> None:
    """Speak each call; without the sound files or an audio device the display stays silent."""
    try:
        from conq_desktop.views.announcer import Announcer
    except ImportError:
        return
    announcer = Announcer(window)
    window.announce.connect(announcer.announce)
