"""The administration window: the centre's services, windows, staff and settings."""

from conq_desktop.views.admin.window import AdminWindow

__all__ = ["AdminWindow"]
