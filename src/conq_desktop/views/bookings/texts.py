"""What the Bookings window says, without Qt: its labels and the messages of its
message line. Words the other staff windows already say (Login, PIN, Sign in, …) are
the same messages, so they share their translations."""

from __future__ import annotations

from conq_desktop.i18n import _

BOOKINGS = _("Bookings")
LOGIN = _("Login")
PIN = _("PIN")
SIGN_IN = _("Sign in")
SIGNED_IN = _("Signed in: {name}")
SIGN_IN_FIRST = _("Sign in as a receptionist, supervisor or administrator first.")

# The slot picker.
NEW_BOOKING = _("New booking")
SERVICE = _("Service")
DAY = _("Day")
SLOTS = _("Free slots")
SLOT_ITEM = _("{time}  {left} of {capacity} free")
SLOT_FULL = _("{time}  full")
NO_SLOTS = _("No slots to book on this day.")
NAME = _("Name (optional)")
PHONE = _("Phone (optional)")
ID_DIGITS = _("Last digits of an ID (optional)")
BOOK = _("Book")
CHOOSE_SLOT = _("Choose a free slot first.")
BOOKED = _("Booked {code}: {service}, {day} at {time}.")

# The booking shown.
BOOKING = _("Booking")
NO_BOOKING = _("No booking chosen: book one, find one by its code or pick one from a list.")
DETAILS = _("{service}, {day} at {time}: {status}")
STATUS_NAMES = {
    "booked": _("booked"),
    "cancelled": _("cancelled"),
    "checked_in": _("checked in"),
    "expired": _("expired"),
}
SLIP_LANGUAGE = _("Slip language")
PRINT_SLIP = _("Print slip")
SAVE_PDF = _("Save PDF…")
SAVE_PDF_TITLE = _("Save the slip as PDF")
MOVE = _("Move to the chosen slot")
CANCEL_BOOKING = _("Cancel the booking")
KEEP_BOOKING = _("Keep the booking")
CANCEL_QUESTION = _("Cancel the booking {code} ({service}, {day} at {time})?")
CANCELLED = _("Booking {code} cancelled ({service}, {day} at {time}).")
MOVED = _("Booking {code} moved to {day} at {time} ({service}).")
PRINTED = _("Slip of {code} printed on {printer}.")
NOT_PRINTED = _("The slip of {code} was NOT printed: {reason}")
PDF_WRITTEN = _("Slip of {code} written to {path}.")

# Finding bookings.
FIND_BOOKINGS = _("Find bookings")
CODE = _("Booking code")
FIND = _("Find")
DAY_LIST = _("Bookings of the day")
LIST = _("Bookings")
LIST_ITEM = _("{time}  {code}  {status}  {name}")
NO_BOOKINGS = _("No bookings of {service} on {day}.")
LISTED = _("Bookings of {service} on {day}: {count}.")
FOUND = _("Found {code}.")
