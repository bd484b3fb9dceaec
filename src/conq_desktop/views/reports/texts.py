"""What the Reports window says, without Qt: its labels, the report kinds as people
name them, and the messages of its message line."""

from __future__ import annotations

from conq_desktop.i18n import _
from conq_desktop.printing.report_sections import REPORT_KINDS
from conq_desktop.printing.report_steps import CANCELLED

REPORTS = _("Reports")
LOGIN = _("Login")
PIN = _("PIN")
SIGN_IN = _("Sign in")
KIND = _("Report")
FROM = _("From")
TO = _("To")
SERVICES = _("Services (none chosen: every service)")
SHOW = _("Show")
CANCEL = _("Cancel")
EXPORT = _("Export…")
EXPORT_TITLE = _("Export the report")

SIGNED_IN = _("Signed in: {name}")
SIGN_IN_FIRST = _("Sign in as a supervisor or administrator first.")
WORKING = _("Computing the report…")
SHOWN = _("Report shown.")
EXPORTED = _("Report written to {path}.")
SHOW_FIRST = _("Show a report first, then export it.")
NO_TICKETS = _("No tickets were issued in this period.")

KIND_NAMES = {
    "daily": _("Daily"),
    "period": _("Period"),
    "operators": _("Operators and windows"),
    "hourly": _("By hour and weekday"),
    "waits": _("Waits"),
}
assert tuple(KIND_NAMES) == REPORT_KINDS

# The charts' axis titles.
TICKETS = _("Tickets")

# The staffing plan (views/reports/plan_view.py).
PLAN_TAB = _("Staffing plan")
WEEKDAY = _("Weekday")
TARGET_SHARE = _("Target share, %")
TARGET_WAIT = _("Target wait, min")
WHAT_IF = _("What if: windows by hour, e.g. 9-13=4,13-18=3")
SHOW_PLAN = _("Show plan")
PLAN_WORKING = _("Reading the history and simulating the day…")
PLAN_SHOWN = _("Plan shown.")
WHAT_IF_BAD = _(
    "Windows by hour must look like 9-13=4,13-18=3 (hours from-to = windows), not {text}."
)
PLAN_TABLE = _("The plan by hour")
PLAN_CHART = _("Windows needed per hour")
WITHIN_PLANNED = _("Within target, planned")
WITHIN_SIMULATED = _("Within target, simulated")

__all__ = ["CANCELLED"]
