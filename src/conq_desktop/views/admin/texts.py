"""What the administration window says, without Qt: its captions, its confirmations,
an item of a list, one change of a centre file's dry run."""

from __future__ import annotations

from datetime import datetime, tzinfo

from conq_desktop.engine.admin_reads import OperatorRow, ServiceRow, WindowRow
from conq_desktop.engine.auth import ROLE_NAMES
from conq_desktop.i18n import _, translate

ADMINISTRATION = _("Administration")
SIGN_IN_HEADING = _("Sign in as an administrator")
SIGN_IN_NOTE = _(
    "Services, windows, staff and the centre's settings are changed here, for every PC "
    "of the centre. Only an administrator may change them."
)
LOGIN = _("Login")
PIN = _("PIN")
SIGN_IN = _("Sign in")
SIGN_OUT = _("Sign out")
SIGNED_IN = _("Signed in: {name}")
SIGNED_OUT = _("Signed out.")
# Said by assistive technology of the language button whose language is shown, and of
# the area button whose page is shown.

# The areas, in the order of their buttons.
SERVICES = _("Services")
WINDOWS = _("Windows")
STAFF = _("Staff")
CENTRE = _("Centre")

SAVE = _("Save")
NEW = _("New")
REMOVE = _("Remove")
CANCEL = _("Cancel")
SAVED = _("Saved: {item}.")
NOTHING_CHANGED = _("Nothing to save: {item} is as it was.")
REMOVED = _("Removed: {item}.")
REMOVE_TITLE = _("Remove {item}")
REMOVE_QUESTION = _(
    "Remove {item}? It is taken off the kiosks, the windows and the displays; its history "
    "stays in the reports."
)
GONE = _("{item} was removed on another PC.")

# Services
CODE = _("Code")
PREFIX = _("Prefix")
NAME_KY = _("Name (Kyrgyz)")
NAME_RU = _("Name (Russian)")
NAME_EN = _("Name (English)")
DAILY_LIMIT = _("Tickets a day")
NO_LIMIT = _("no limit")
EXPECTED_MINUTES = _("Minutes per visitor")
TARGET_WAIT = _("Target wait, minutes")
ISSUING = _("Gives out tickets")
WEEK = _("Opening hours")
DAY = _("Day")
OPENS = _("Opens")
CLOSES = _("Closes")
LUNCH = _("Lunch")
LUNCH_FROM = _("From")
LUNCH_UNTIL = _("Until")
MIDNIGHT_NOTE = _("Closing at 00:00 means open until midnight.")
DAY_NAMES = (
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
)
# A time field of one weekday, for assistive technology: "Monday: opens".
DAY_FIELD = _("{day}: {field}")
DAY_PROBLEM = _("{day}: {problem}")
NOT_ISSUING = _("not issuing")
SERVICE_ITEM = _("service {code}")
MOVE_TITLE = _("Where do the waiting tickets go?")
MOVE_TO = _("Move them to")
MOVE_AND_REMOVE = _("Move and remove")
REMOVED_MOVED = _("Removed: {item}. {count} waiting tickets moved to {target}.")

# Windows
NUMBER = _("Number")
WINDOW_NAME = _("Name")
SERVED = _("Services served, in order of preference")
UP = _("Up")
DOWN = _("Down")
TAKE_OFF = _("Take off")
ADD = _("Add")
ADD_SERVICE = _("Service to add")
WINDOW_ITEM = _("window {number}")

# Staff
FULL_NAME = _("Full name")
ROLE = _("Role")
MAY_SIGN_IN = _("May sign in")
NEW_PIN = _("PIN (4–8 digits)")
PIN_AGAIN = _("PIN again")
RESET_PIN = _("Reset PIN…")
UNLOCK = _("Unlock")
LOCKED_UNTIL = _("Locked until {time} after too many wrong PINs.")
INACTIVE = _("may not sign in")
LOCKED = _("locked")
PINS_DIFFER = _("The two PINs are not the same: type the same PIN twice.")
PIN_RESET = _("{login} has a new PIN.")
UNLOCKED = _("{login} can sign in again.")
NOT_LOCKED = _("{login} was not locked.")
RESET_PIN_TITLE = _("A new PIN for {login}")
SET_PIN = _("Set the PIN")

# Centre
CENTRE_NAME_KY = _("Centre name (Kyrgyz)")
CENTRE_NAME_RU = _("Centre name (Russian)")
CENTRE_NAME_EN = _("Centre name (English)")
TIMEZONE = _("Time zone")
RECALL_LIMIT = _("Recalls of one ticket")
LOCKOUT = _("PIN lock, minutes")
FOOTER_KY = _("Ticket footer (Kyrgyz)")
FOOTER_RU = _("Ticket footer (Russian)")
TICKER_KY = _("Hall display text (Kyrgyz)")
TICKER_RU = _("Hall display text (Russian)")
KIOSK_LANGUAGES = _("Kiosk languages")
KIOSK_LANGUAGES_NOTE = _("The first one greets visitors; Kyrgyz and Russian are always there.")
CENTRE_SETTINGS = _("The centre")
SETTINGS_SAVED = _("The centre's settings are saved.")
SETTINGS_UNCHANGED = _("Nothing to save: the settings are as they were.")
HOLIDAYS = _("Holidays (the whole centre is closed)")
HOLIDAY_DATE = _("Date")
HOLIDAY_NAME = _("Holiday name")
SAVE_HOLIDAYS = _("Save holidays")
HOLIDAYS_SAVED = _("The holidays are saved.")
PRINTER = _("This PC's printer")
PRINTER_URI = _("Printer address")
PAPER_WIDTH = _("Paper width")
PRINTER_NOTE = _("Saved in this PC's settings file: {path}")
SAVE_PRINTER = _("Save printer")
PRINTER_SAVED = _("This PC's printer setting is saved.")
PRINT_TEST = _("Print test")
PRINTING = _("Printing a test ticket…")
PRINTED_ON = _("Printed on {printer}.")
NOT_PRINTED = _("The test ticket was NOT printed.")
CENTRE_FILE = _("Centre file")
EXPORT = _("Export…")
IMPORT = _("Import…")
EXPORT_NOTE = _("The file holds no PINs; importing it back changes nothing.")
EXPORTED = _("The centre was written to {path}.")
CENTRE_FILES = _("Centre files")
ALL_FILES = _("All files")
IMPORT_TITLE = _("Load {path}?")
IMPORT_CHANGES = _("Loading this file would change, for every PC of the centre:")
IMPORT_NOTHING = _("Loading this file would change nothing.")
LOAD = _("Load")
IMPORTED = _("Loaded {services} services, {windows} windows and {operators} operators.")


# One change of a dry run, worded as the command line words it (cli/commands.py).
def service_item(service: ServiceRow, lang: str) -> str:
    """A service in the list: its prefix, its name, and whether it gives out tickets."""
    text = f"{service.prefix}   {service.name(lang)}"
    if not service.active:
        text += f"  ({translate(NOT_ISSUING, lang)})"
    return text


def window_item(window: WindowRow) -> str:
    return f"{window.number}   {window.name}"


def operator_item(operator: OperatorRow, now: datetime, lang: str) -> str:
    """A member of staff in the list: login, name, role, and why they cannot sign in."""
    notes = [translate(ROLE_NAMES[operator.role], lang)]
    if not operator.active:
        notes.append(translate(INACTIVE, lang))
    if operator.locked(now):
        notes.append(translate(LOCKED, lang))
    return f"{operator.login} — {operator.name}  ({', '.join(notes)})"


def locked_text(operator: OperatorRow, now: datetime, tz: tzinfo, lang: str) -> str:
    if not operator.locked(now) or operator.locked_until is None:
        return ""
    until = operator.locked_until.astimezone(tz).strftime("%H:%M")
    return translate(LOCKED_UNTIL, lang, time=until)


START_AT_CALL = _("Service starts at the call (Next, then Finish)")
START_AT_CALL_NOTE = _(
    "Operators press Next, then Finish; the service time counts from the call. Off: "
    "Next, Start, Finish."
)
DISPLAY_FAIRNESS_LINE = _("Show today's calls in order and out of order on the hall display")
DISPLAY_FAIRNESS_LINE_NOTE = _(
    "A line on the hall display, in Kyrgyz and Russian: how many of today's calls were "
    "in order, and how many out of order with a recorded reason."
)

# Bookings (views/admin/booking_fields.py; docs/bookings.md, "Settings")
BOOKINGS = _("Bookings")
BOOKING_SLOT_MINUTES = _("Slot length, minutes")
BOOKING_CAPACITY = _("Places in a slot")
BOOKING_HORIZON_DAYS = _("Days ahead one may book")
BOOKING_WALK_IN_SHARE = _("Places kept for walk-ins, %")
BOOKING_WALK_IN_SHARE_NOTE = _(
    "Rounded up in the walk-ins' favour: with 2 places and 10 %, one is kept."
)
BOOKING_EARLY_MINUTES = _("Check-in from, minutes before the slot")
BOOKING_LATE_MINUTES = _("Check-in until, minutes after the slot")
BOOKING_CALL_EVERY = _("Booked visitors ahead of walk-ins, every N-th call")
BOOKING_CALL_EVERY_NOTE = _(
    "A booked visitor goes ahead of walk-ins at most every N-th call of a window."
)
BOOKING_PURGE_DAYS = _("Erase visitors' names and phones after, days")
BOOKING_PURGE_DAYS_NOTE = _(
    "Counted from the booking's day; the erasing is done when a day is closed."
)

# Following one's turn in Telegram (views/admin/phone_fields.py; docs/phone.md)
TELEGRAM = _("Following the turn in Telegram")
TELEGRAM_BOT = _("Telegram bot's user name")
TELEGRAM_BOT_NOTE = _(
    "As BotFather gave it, e.g. kezek_bishkek_bot. Empty: tickets carry no QR code and no "
    "messages are sent."
)
TELEGRAM_TOKEN = _("Bot token")
TOKEN_SAVED = _("A token is saved; it is never shown. Leave the field empty to keep it.")
NO_TOKEN = _("No token is saved: without one no messages are sent.")
REMOVE_TOKEN = _("Remove the saved token")
PHONE_AHEAD = _("Message when this many people are ahead")
DISPLAY_PHONE_QR = _("Show the bot's QR code on the hall display")
