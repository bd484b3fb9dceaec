"""The supervisor view: the whole centre live, and a supervisor's acts on services."""

from conq_desktop.views.supervisor.view import SupervisorView

__all__ = ["SupervisorView"]
