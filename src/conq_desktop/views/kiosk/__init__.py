"""The ticket kiosk and the reception desk."""

from conq_desktop.views.kiosk.window import KioskWindow

__all__ = ["KioskWindow"]
