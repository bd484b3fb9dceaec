"""The printed ticket's wait lines promise nothing the centre cannot keep: while no
window that serves the service is open it says so, in Kyrgyz and Russian, instead of a
wait or "you are next"; and a wait is never "0 min"."""

from __future__ import annotations

import dataclasses
import re

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.snapshots import IssuedTicket
from conq_desktop.i18n import PUBLIC_LANGUAGES, translate
from conq_desktop.printing.layout import (
    AHEAD,
    NEXT,
    NOBODY_AHEAD,
    NOBODY_SERVING,
    WAIT,
    build_layout,
    wait_lines,
)
from tests.conftest import staff

# "0 min" in any language the ticket prints: a promise that nobody waits.
ZERO_MINUTES = re.compile(r"(?<!\d)0\s*(min|мин|мүн)", re.IGNORECASE)


def printed(engine: QueueEngine, issued: IssuedTicket) -> list[str]:
    return build_layout(issued, engine.settings).texts()


def in_both(message: str, **params: object) -> list[str]:
    return [translate(message, lang, **params) for lang in PUBLIC_LANGUAGES]


def test_no_open_window_no_promise(sqlite_engine: QueueEngine) -> None:
    first = sqlite_engine.issue("PENSION")
    second = sqlite_engine.issue("PENSION")
    for issued, ahead in ((first, in_both(NOBODY_AHEAD)), (second, in_both(AHEAD, count=1))):
        texts = printed(sqlite_engine, issued)
        for line in [*ahead, *in_both(NOBODY_SERVING)]:
            assert line in texts
        for promise in in_both(NEXT):
            assert promise not in texts
        waits = [translate(WAIT, lang).split("{")[0] for lang in PUBLIC_LANGUAGES]
        assert not [line for line in texts if line.startswith(tuple(waits))]
        assert not any(ZERO_MINUTES.search(line) for line in texts)
    # Translated, each in its language, not the English source.
    assert translate(NOBODY_SERVING, "ky") != translate(NOBODY_SERVING, "ru") != NOBODY_SERVING


def test_an_open_window_gives_the_wait(sqlite_engine: QueueEngine) -> None:
    staff(sqlite_engine, 6)  # PENSION, 10 configured minutes
    first = sqlite_engine.issue("PENSION")
    second = sqlite_engine.issue("PENSION")
    for line in in_both(NEXT):
        assert line in printed(sqlite_engine, first)
    texts = printed(sqlite_engine, second)
    for line in [*in_both(AHEAD, count=1), *in_both(WAIT, minutes=10)]:
        assert line in texts
    for line in in_both(NOBODY_SERVING):
        assert line not in texts


def test_never_zero_minutes(sqlite_engine: QueueEngine) -> None:
    staff(sqlite_engine, 6)
    sqlite_engine.issue("PENSION")
    issued = dataclasses.replace(sqlite_engine.issue("PENSION"), expected_wait_minutes=0)
    for lang in ("ky", "ru", "en"):
        lines = wait_lines(issued, lang)
        assert lines[-1] == translate(WAIT, lang, minutes=1)
        assert not any(ZERO_MINUTES.search(line) for line in lines)
    assert not any(ZERO_MINUTES.search(line) for line in printed(sqlite_engine, issued))
