"""The fairness report as titled tables of text, in one language (the staff's: the
command line's ``--lang``). The CSV of the command line and the PDF
(``printing.fairness_pdf``) both write these same tables, so the two never disagree.
Plain text only: no reportlab here, so a command that writes CSV does not load it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from conq_desktop.engine.fairness import FairnessReport
from conq_desktop.i18n import _, translate

# In order by the rule of docs/queue-rules.md ("Appointments"), and counted apart.
BOOKED_AHEAD = _(
    "Booked visitors called ahead of walk-ins (in order: at most every {every}-th call of a window)"
)


@dataclass(frozen=True)
class Section:
    """One table of the report: a title, column headings and rows of text; ``note``
    is said instead of an empty table."""

    title: str
    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""


def report_title(report: FairnessReport, lang: str) -> str:
    return translate(_("Fairness report: {centre}"), lang, centre=report.centre_names.get(lang, ""))


def report_period(report: FairnessReport, lang: str) -> str:
    if report.first == report.last:
        return translate(
            _("Day {day} (time zone {timezone})"),
            lang,
            day=report.first.isoformat(),
            timezone=report.timezone,
        )
    return translate(
        _("From {first} to {last} (time zone {timezone})"),
        lang,
        first=report.first.isoformat(),
        last=report.last.isoformat(),
        timezone=report.timezone,
    )


def empty_note(report: FairnessReport, lang: str) -> str:
    """What an empty report says, or "" when something happened."""
    if not report.is_empty:
        return ""
    return translate(_("Nothing happened in this period: no ticket was issued or called."), lang)


def report_sections(report: FairnessReport, lang: str) -> list[Section]:
    tz = ZoneInfo(report.timezone)
    one_day = report.first == report.last

    def when(at: datetime) -> str:
        local = at.astimezone(tz)
        return local.strftime("%H:%M:%S" if one_day else "%Y-%m-%d %H:%M:%S")

    def who(login: str | None, name: str | None) -> str:
        if login is None:
            return "—"
        return f"{name} ({login})" if name else login

    def t(message: str) -> str:
        return translate(message, lang)

    def service(code: str) -> str:
        return report.service_name(code, lang)

    none = t(_("None."))
    summary = Section(
        t(_("Summary")),
        (t(_("What")), t(_("Count"))),
        (
            *(
                (t(label), str(value))
                for label, value in (
                    (_("Tickets issued"), report.issued),
                    (_("Calls"), report.calls),
                    (_("Calls out of order"), len(report.out_of_order)),
                    (_("Recalls"), report.recalls),
                    (_("No-shows"), report.no_shows),
                    (_("Postponements"), report.postponements),
                    (_("Redirects"), report.redirects),
                    (_("Cancelled by hand"), len(report.cancellations)),
                )
            ),
            (translate(BOOKED_AHEAD, lang, every=report.call_every), str(report.booked_ahead)),
        ),
    )
    out_of_order = Section(
        t(_("Calls out of order")),
        (
            t(_("Time")),
            t(_("Ticket")),
            t(_("Service")),
            t(_("Window")),
            t(_("Operator")),
            t(_("Reason")),
            t(_("Skipped")),
            t(_("Tickets skipped")),
        ),
        tuple(
            (
                when(call.at),
                call.number,
                service(call.service),
                str(call.window) if call.window is not None else "—",
                who(call.operator, call.operator_name),
                t(_("(called with Next)")) if call.by_next else call.reason,
                str(len(call.skipped)),
                ", ".join(call.skipped),
            )
            for call in report.out_of_order
        ),
        none,
    )
    operators = Section(
        t(_("Calls per operator")),
        (t(_("Operator")), t(_("Calls")), t(_("Out of order"))),
        tuple(
            (who(row.operator, row.operator_name), str(row.calls), str(row.out_of_order))
            for row in report.operators
        ),
        none,
    )
    cancelled = Section(
        t(_("Cancelled by hand")),
        (t(_("Time")), t(_("Ticket")), t(_("Service")), t(_("Operator")), t(_("Reason"))),
        tuple(
            (
                when(row.at),
                row.number,
                service(row.service),
                who(row.operator, row.operator_name),
                row.reason,
            )
            for row in report.cancellations
        ),
        none,
    )
    waits = Section(
        t(_("Longest waits (issue to first call)")),
        (
            t(_("Ticket")),
            t(_("Service")),
            t(_("Issued")),
            t(_("First called")),
            t(_("Minutes")),
        ),
        tuple(
            (
                row.number,
                service(row.service),
                when(row.issued_at),
                when(row.called_at),
                str(row.minutes),
            )
            for row in report.longest_waits
        ),
        none,
    )
    return [summary, out_of_order, operators, cancelled, waits]
