"""The first-run and start window."""

from conq_desktop.views.first_run.problem import show_problem
from conq_desktop.views.first_run.window import OPEN_AFTER_MS, FirstRunWindow

__all__ = ["OPEN_AFTER_MS", "FirstRunWindow", "show_problem"]
