"""The operator panel: the work screen of one service window.

``panel`` composes the widgets (``panel_view`` with ``ticket_card`` and ``queue_card``)
with the state and the engine calls (``panel_controller``); ``dialogs`` asks where to
redirect and what to call out of order; ``style`` holds the two style sheets.
"""

from conq_desktop.views.operator.panel import OperatorPanel

__all__ = ["OperatorPanel"]
