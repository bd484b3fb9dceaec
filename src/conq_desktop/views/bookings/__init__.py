"""The Bookings window: the receptionist books, finds, cancels and moves bookings and
prints their slips (docs/bookings.md)."""

from conq_desktop.views.bookings.window import BookingsWindow

__all__ = ["BookingsWindow"]
