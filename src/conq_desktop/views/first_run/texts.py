"""What the first-run window says, apart from the texts it shares with the command
line (conq_desktop.guidance). Each is shown in Kyrgyz, Russian and English at once."""

from __future__ import annotations

from conq_desktop.i18n import _

WELCOME = _("Welcome")
LOAD_FILE = _("Load a centre file…")
OPEN_DEMO = _("Open the demo")
CENTRE_FILES = _("Centre files")
ALL_FILES = _("All files")
LOADING = _("Loading {name}…")
NOT_LOADED = _("The file was not loaded; nothing was changed.")
LOADED = _("Loaded {services} services, {windows} windows and {operators} operators.")
SUMMARY = _("This centre has {services} services, {windows} windows and {operators} operators.")
CHOOSE = _("Choose what to open on this computer.")
NO_WINDOW = _("There is no window {number}.")
DEMO_FAILED = _("The demo could not be started: {reason}")
WINDOW = _("Window")
# The operator panel is last: the choice of its window is below it.
LAUNCHES = (
    ("kiosk", _("Ticket kiosk")),
    ("reception", _("Reception desk")),
    ("display", _("Hall display")),
    ("supervisor", _("Supervisor view")),
    ("operator", _("Operator panel")),
)
OPENING = {
    "kiosk": _("Opening the ticket kiosk…"),
    "reception": _("Opening the reception desk…"),
    "display": _("Opening the hall display…"),
    "supervisor": _("Opening the supervisor view…"),
    "reports": _("Opening the Reports window…"),
    "bookings": _("Opening the Bookings window…"),
    "admin": _("Opening the administration window…"),
    "operator": _("Opening the operator panel of window {number}…"),
}

# The first administrator, while the centre has none.
NEEDS_ADMIN = _(
    "This centre has no administrator yet. Only an administrator can change the "
    "centre's settings and close the ticket kiosk. Choose the administrator's login, "
    "name and PIN below; keep the PIN secret."
)
ADMIN_LOGIN = _("Login")
ADMIN_NAME = _("Full name")
ADMIN_PIN = _("PIN (4–8 digits)")
ADMIN_PIN_AGAIN = _("PIN again")
CREATE_ADMIN = _("Create the administrator")
CREATING_ADMIN = _("Creating the administrator…")
PINS_DIFFER = _("The two PINs are not the same: type the same PIN twice.")
PIN_DIGITS = _("The PIN must be 4 to 8 digits.")
ADMIN_CREATED = _("{name} ({login}) is now the centre's administrator.")
