"""The Reports window: the queue's figures and charts for the head of centre, exported
as the ``report`` command writes them."""

from conq_desktop.views.reports.window import ReportsWindow

__all__ = ["ReportsWindow"]
