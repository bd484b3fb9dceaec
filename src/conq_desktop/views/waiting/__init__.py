"""The window a screen shows while its database does not answer yet."""

from conq_desktop.views.waiting.wait import RETRY_SECONDS, wait_for_database
from conq_desktop.views.waiting.window import WaitingWindow

__all__ = ["RETRY_SECONDS", "WaitingWindow", "wait_for_database"]
