"""The hall display and its voice."""

from conq_desktop.views.display.hall_display import HallDisplay

__all__ = ["HallDisplay"]
