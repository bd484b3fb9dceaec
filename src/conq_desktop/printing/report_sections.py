"""The queue reports (``report daily|period|operators|hourly|waits``) as titled tables
of text in one language, with the numbers behind them for the charts. The CSV, the
PDF (``printing.report_pdf``) and the XLSX (``printing.report_xlsx``) all write these
same tables, so they never disagree. The figures come from ``engine.metrics`` only.
Plain text: no reportlab or openpyxl here, so CSV loads neither.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from conq_desktop.engine import metrics
from conq_desktop.engine.metrics import Counts, StaffRow
from conq_desktop.i18n import _, translate

REPORT_KINDS = ("daily", "period", "operators", "hourly", "waits")

# What each kind reads: fewer queries for the smaller reports.
_NEEDS = {
    "daily": {"services", "windows", "operators", "hours", "waits"},
    "period": {"services", "days", "waits"},
    "operators": {"operators", "windows"},
    "hourly": {"hours", "load"},
    "waits": {"services", "waits"},
}

_TITLES = {
    "daily": _("Daily report: {centre}"),
    "period": _("Period report: {centre}"),
    "operators": _("Operators and windows: {centre}"),
    "hourly": _("Arrivals and waits by hour: {centre}"),
    "waits": _("Waits: {centre}"),
}

# Short weekday names, Monday first.
WEEKDAYS = (_("Mon"), _("Tue"), _("Wed"), _("Thu"), _("Fri"), _("Sat"), _("Sun"))


@dataclass(frozen=True)
class ReportData:
    """A report's figures, read once: the writers only format them."""

    kind: str
    summary: metrics.Summary
    services: list[metrics.ServiceRow] = field(default_factory=list)
    days: list[metrics.DayRow] = field(default_factory=list)
    windows: list[StaffRow] = field(default_factory=list)
    operators: list[StaffRow] = field(default_factory=list)
    hours: list[metrics.HourCell] = field(default_factory=list)
    load: list[metrics.HourLoad] = field(default_factory=list)
    waits: list[metrics.WaitBucket] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return self.summary.is_empty


@dataclass(frozen=True)
class _Tr:
    """Translates into one language, and says which."""

    lang: str

    def __call__(self, message: str) -> str:
        return translate(message, self.lang)


@dataclass(frozen=True)
class Section:
    """One table: a title, headings, rows of text; ``note`` is said instead of an
    empty table. ``chart`` asks the PDF for a chart of ``values`` (numbers per row,
    one per column after the first): "bars" a bar chart of the first, "heat" the
    cells coloured by their value."""

    title: str
    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""
    chart: str = ""
    values: tuple[tuple[float | None, ...], ...] = ()


def report_title(data: ReportData, lang: str) -> str:
    names = data.summary.period.centre_names
    return translate(_TITLES[data.kind], lang, centre=names.get(lang) or names.get("en", ""))


def report_period(data: ReportData, lang: str) -> str:
    period = data.summary.period
    if period.first == period.last:
        text = translate(
            _("Day {day} (time zone {timezone})"),
            lang,
            day=period.first.isoformat(),
            timezone=period.timezone,
        )
    else:
        text = translate(
            _("From {first} to {last} (time zone {timezone})"),
            lang,
            first=period.first.isoformat(),
            last=period.last.isoformat(),
            timezone=period.timezone,
        )
    if period.services:
        text += ". " + translate(_("Services: {codes}"), lang, codes=", ".join(period.services))
    return text


def empty_note(data: ReportData, lang: str) -> str:
    if not data.is_empty:
        return ""
    return translate(_("No tickets were issued in this period."), lang)


def minutes(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 60:.1f}"


def share(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f} %"


def hours_minutes(seconds: float) -> str:
    whole = round(seconds / 60)
    return f"{whole // 60}:{whole % 60:02d}"


def report_sections(data: ReportData, lang: str) -> list[Section]:
    t = _Tr(lang)
    builders = {
        "daily": (_summary, _services, _day_hours, _windows, _operators, _waits),
        "period": (_summary, _services, _days, _waits),
        "operators": (_summary, _operators, _windows),
        "hourly": (_summary, _heat_arrivals, _heat_waits),
        "waits": (_summary, _waits, _service_waits),
    }
    if data.is_empty:
        return []
    return [build(data, t) for build in builders[data.kind]]


def _summary(data: ReportData, t: _Tr) -> Section:
    summary, totals = data.summary, data.summary.totals
    median, p90 = summary.median_wait_minutes, summary.p90_wait_minutes
    rows = (
        (_("Days with tickets"), str(summary.days)),
        (_("Tickets issued"), str(totals.issued)),
        (_("Called"), str(totals.called)),
        (_("Served"), str(totals.served)),
        (_("No-shows"), str(totals.no_shows)),
        (_("No-show rate (of those called)"), share(totals.no_show_rate)),
        (_("Cancelled"), str(totals.cancelled)),
        (_("Left waiting when the day ended"), str(totals.expired)),
        (_("Mean wait, minutes"), minutes(totals.mean_wait_s)),
        (_("Half waited less than, minutes"), "—" if median is None else str(median)),
        (_("90 % waited less than, minutes"), "—" if p90 is None else str(p90)),
        (_("Longest wait, minutes"), minutes(totals.max_wait_s)),
        (_("Called within the target wait"), share(totals.within_target_share)),
        (_("Mean service time, minutes"), minutes(totals.mean_service_s)),
    )
    return Section(
        t(_("Summary")),
        (t(_("What")), t(_("Value"))),
        tuple((t(label), value) for label, value in rows),
    )


def _counts_row(counts: Counts) -> tuple[str, ...]:
    return (
        str(counts.issued),
        str(counts.served),
        str(counts.no_shows),
        minutes(counts.mean_wait_s),
        minutes(counts.max_wait_s),
        share(counts.within_target_share),
        minutes(counts.mean_service_s),
    )


def _counts_headings(t: _Tr) -> tuple[str, ...]:
    return (
        t(_("Issued")),
        t(_("Served")),
        t(_("No-shows")),
        t(_("Mean wait, min")),
        t(_("Longest wait, min")),
        t(_("Within target")),
        t(_("Mean service, min")),
    )


def _services(data: ReportData, t: _Tr) -> Section:
    lang = t.lang
    return Section(
        t(_("Per service")),
        (t(_("Service")), t(_("Target, min")), *_counts_headings(t)),
        tuple(
            (
                f"{row.names.get(lang) or row.names['en']} ({row.code})",
                str(row.target_wait_minutes),
                *_counts_row(row.counts),
            )
            for row in data.services
        ),
        t(_("None.")),
    )


def _days(data: ReportData, t: _Tr) -> Section:
    return Section(
        t(_("Per day")),
        (t(_("Day")), *_counts_headings(t)),
        tuple((row.day.isoformat(), *_counts_row(row.counts)) for row in data.days),
        t(_("None.")),
        chart="bars",
        values=tuple((float(row.counts.issued),) for row in data.days),
    )


def _staff(rows: list[StaffRow], title: str, heading: str, t: _Tr) -> Section:
    return Section(
        t(title),
        (
            t(heading),
            t(_("Calls")),
            t(_("Served")),
            t(_("No-shows")),
            t(_("Mean service, min")),
            t(_("Time serving, h:mm")),
        ),
        tuple(
            (
                f"{row.key} {row.name}".strip(),
                str(row.calls),
                str(row.served),
                str(row.no_shows),
                minutes(row.mean_service_s),
                hours_minutes(row.busy_s),
            )
            for row in rows
        ),
        t(_("None.")),
    )


def _windows(data: ReportData, t: _Tr) -> Section:
    return _staff(data.windows, _("Per window"), _("Window"), t)


def _operators(data: ReportData, t: _Tr) -> Section:
    rows = [replace(row, key=f"{row.name} ({row.key})", name="") for row in data.operators]
    return _staff(rows, _("Per operator"), _("Operator"), t)


def _day_hours(data: ReportData, t: _Tr) -> Section:
    cells = sorted(data.hours, key=lambda cell: cell.hour)
    return Section(
        t(_("Arrivals per hour")),
        (t(_("Hour")), t(_("Arrivals")), t(_("Mean wait, min"))),
        tuple(
            (f"{cell.hour:02d}:00", str(cell.arrivals), minutes(cell.mean_wait_s)) for cell in cells
        ),
        t(_("None.")),
        chart="bars",
        values=tuple((float(cell.arrivals),) for cell in cells),
    )


def _heat(data: ReportData, t: _Tr, title: str, value: metrics.Any, text: _Tr) -> Section:
    """An hour × weekday table (hours down, weekdays across) of ``value(cell)``."""
    weekdays = sorted({cell.weekday for cell in data.hours})
    hours = sorted({cell.hour for cell in data.hours})
    days = {cell.weekday: cell.days for cell in data.load}
    found = {(cell.weekday, cell.hour): cell for cell in data.hours}
    values = tuple(
        tuple(value(found[(w, h)], days.get(w, 0)) if (w, h) in found else None for w in weekdays)
        for h in hours
    )
    return Section(
        t(title),
        (t(_("Hour")), *(t(WEEKDAYS[w]) for w in weekdays)),
        tuple(
            (f"{h:02d}:00", *(text(v) for v in row)) for h, row in zip(hours, values, strict=True)
        ),
        t(_("None.")),
        chart="heat",
        values=values,
    )


def _heat_arrivals(data: ReportData, t: _Tr) -> Section:
    return _heat(
        data,
        t,
        _("Arrivals per hour on an average day"),
        lambda cell, days: cell.arrivals / days if days else None,
        lambda v: "" if v is None else f"{v:.1f}",
    )


def _heat_waits(data: ReportData, t: _Tr) -> Section:
    return _heat(
        data,
        t,
        _("Mean wait by hour of arrival, minutes"),
        lambda cell, _days: None if cell.mean_wait_s is None else cell.mean_wait_s / 60,
        lambda v: "" if v is None else f"{v:.0f}",
    )


def _waits(data: ReportData, t: _Tr) -> Section:
    total = sum(bucket.count for bucket in data.waits)

    def label(bucket: metrics.WaitBucket) -> str:
        if bucket.high_minutes is None:
            return translate(_("{low} min or more"), t.lang, low=bucket.low_minutes)
        return f"{bucket.low_minutes}–{bucket.high_minutes}"

    return Section(
        t(_("Waits, issue to first call")),
        (t(_("Minutes")), t(_("Tickets")), t(_("Share"))),
        tuple(
            (label(b), str(b.count), share(b.count / total if total else None)) for b in data.waits
        ),
        t(_("None.")),
        chart="bars",
        values=tuple((float(b.count),) for b in data.waits),
    )


def _service_waits(data: ReportData, t: _Tr) -> Section:
    lang = t.lang
    return Section(
        t(_("Waits per service")),
        (
            t(_("Service")),
            t(_("Called")),
            t(_("Mean wait, min")),
            t(_("Longest wait, min")),
            t(_("Target, min")),
            t(_("Within target")),
        ),
        tuple(
            (
                f"{row.names.get(lang) or row.names['en']} ({row.code})",
                str(row.counts.called),
                minutes(row.counts.mean_wait_s),
                minutes(row.counts.max_wait_s),
                str(row.target_wait_minutes),
                share(row.counts.within_target_share),
            )
            for row in data.services
        ),
        t(_("None.")),
    )
