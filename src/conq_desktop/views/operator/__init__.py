"""The operator panel: the work screen of one service window."""

from conq_desktop.views.operator.panel import OperatorPanel, normalise_number

__all__ = ["OperatorPanel", "normalise_number"]
