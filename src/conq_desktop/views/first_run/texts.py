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
LAUNCHES = (
    ("kiosk", _("Ticket kiosk")),
    ("reception", _("Reception desk")),
    ("display", _("Hall display")),
    ("operator", _("Operator panel")),
)
OPENING = {
    "kiosk": _("Opening the ticket kiosk…"),
    "reception": _("Opening the reception desk…"),
    "display": _("Opening the hall display…"),
    "operator": _("Opening the operator panel of window {number}…"),
}
