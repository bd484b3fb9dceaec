"""One engine operation of a window: off the GUI thread, one at a time, with a typed
result and a message for a refusal.

In the spirit of Anki's ``CollectionOp``::

    self.ops.op(lambda: engine.call_next(window)).success(self._called).failure(self._say).run()

``Operations`` holds the window's busy guard: while one operation runs another is not
started (a double press of Next calls one ticket), and ``run()`` says so by returning
False. The work runs on the window's job runner; exactly one of the callbacks runs on
the GUI thread afterwards, and none once the window is closed. A failure arrives as
the text to show (``explain``) together with the error.

Reads that may overlap a move (a dialog filling in its list) use ``exclusive=False``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from conq_desktop.errors import ConqError
from conq_desktop.i18n import _, translate
from conq_desktop.views.common.worker import WindowJobs

log = logging.getLogger(__name__)

T = TypeVar("T")

# A text rendered for a language: shown again in the new language after a switch.
Text = Callable[[str], str]
Failure = Callable[[Text, BaseException], None]

# Staff may read the reason of a bug (it is logged with its details too); the public
# is sent to the reception instead.
DID_NOT_WORK = _("That did not work: {reason}")
SOMETHING_WRONG = _("Something went wrong. Please ask at the reception.")


def explain(error: BaseException, *, public: bool = False) -> Text:
    """What to tell the person who pressed: a refusal (``ConqError``) as the engine
    words it, in their language; anything else is a bug, logged and said plainly."""
    if isinstance(error, ConqError):
        return error.message
    log.error("engine call failed: %r", error)
    if public:
        return lambda lang: translate(SOMETHING_WRONG, lang)
    reason = str(error).splitlines()[0] if str(error) else type(error).__name__
    return lambda lang: translate(DID_NOT_WORK, lang, reason=reason)


class Operations:
    """The engine operations of one window and its busy guard."""

    def __init__(self, jobs: WindowJobs, *, public: bool = False) -> None:
        self.jobs = jobs
        self.public = public  # visitors read the failures: no technical reasons
        self.busy = False

    def op(self, work: Callable[[], T]) -> EngineOp[T]:
        return EngineOp(self, work)


class EngineOp(Generic[T]):
    def __init__(self, ops: Operations, work: Callable[[], T]) -> None:
        self._ops = ops
        self._work = work
        self._success: Callable[[T], Any] | None = None
        self._failure: Failure | None = None

    def success(self, callback: Callable[[T], Any]) -> EngineOp[T]:
        self._success = callback
        return self

    def failure(self, callback: Failure) -> EngineOp[T]:
        self._failure = callback
        return self

    def run(self, *, exclusive: bool = True) -> bool:
        """Start the work; False (and nothing started) while another exclusive
        operation of the window runs."""
        ops = self._ops
        if exclusive:
            if ops.busy:
                return False
            ops.busy = True

        def done(result: T) -> None:
            if exclusive:
                ops.busy = False
            if self._success is not None:
                self._success(result)

        def failed(error: BaseException) -> None:
            if exclusive:
                ops.busy = False
            text = explain(error, public=ops.public)
            if self._failure is not None:
                self._failure(text, error)

        ops.jobs.run(self._work, done, failed)
        return True
