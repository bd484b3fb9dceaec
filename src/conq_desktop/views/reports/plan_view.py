"""The staffing plan in the Reports window: for a weekday and a target ("80 % within
15 minutes"), how many windows each hour needs (Erlang C, engine/staffing.py) and the
share within target when that day is simulated as it runs (SimPy,
engine/simulation.py), as a table and a bar chart of the windows; a what-if field
("9-13=4,13-18=3", as ``plan --windows``) gives those windows instead.

The history is the eight weeks before today, as ``conq-desktop plan`` reads it by
default. The work runs off the GUI thread: reading the history is one step of the
progress bar, each simulated replication one more, and Cancel stops it between two.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.simulation import (
    PLAN_REPLICATIONS,
    SIMPY_MISSING,
    SIMULATED_NOTE,
    SimulatedPlan,
    SimulationCancelled,
    plan_and_simulate,
)
from conq_desktop.engine.staffing import (
    MAX_TARGET_WAIT_MIN,
    WEEKDAY_NAMES,
    HourPlan,
    Target,
    parse_windows,
)
from conq_desktop.errors import UsageError
from conq_desktop.i18n import _, translate
from conq_desktop.printing.report_sections import Section
from conq_desktop.views.common.message_line import words
from conq_desktop.views.common.operation import Operations, Text
from conq_desktop.views.common.wording import Wording
from conq_desktop.views.reports import texts
from conq_desktop.views.reports.charts import bar_chart
from conq_desktop.views.reports.runs import ProgressRuns
from conq_desktop.views.reports.tables import section_table

# (weekday, target, windows by hour or None, progress, cancelled) -> the plan shown.
ComputePlan = Callable[
    [int, Target, dict[int, int] | None, Callable[[int, int], None], Callable[[], bool]],
    SimulatedPlan,
]

# The column headings, the command line's where it has them.
HEADINGS = (
    _("Hour"),
    _("Arrivals/h"),
    _("Service, min"),
    _("Windows"),
    _("Expected wait, min"),
    texts.WITHIN_PLANNED,
    texts.WITHIN_SIMULATED,
    _("Occupancy"),
)
QUEUE_GROWS = _("queue grows")
PLAN_TITLE = _("Staffing plan for {weekday}: {share} % of visitors called within {minutes} min")
WHAT_IF_TITLE = _("What-if for {weekday} with the windows given: {share} % within {minutes} min")
HISTORY = _("From the history of {first} – {last}.")
PEAK = _("At most {windows} windows at once.")


class PlanView(QWidget):
    """The "Staffing plan" tab. ``signed_in`` tells whether a supervisor or an
    administrator is signed in (the window signs in); ``say`` is the window's message
    line."""

    def __init__(
        self,
        engine: QueueEngine,
        ops: Operations,
        signed_in: Callable[[], bool],
        *,
        compute: ComputePlan | None = None,
    ) -> None:
        super().__init__()
        self.engine = engine
        self.ops = ops
        self.signed_in = signed_in
        self.compute: ComputePlan = compute or (
            lambda weekday, target, windows, progress, cancelled: plan_and_simulate(
                engine.db,
                engine.today(),
                weekday,
                target,
                windows,
                progress=progress,
                cancelled=cancelled,
            )
        )
        self.lang = "en"
        self.shown: SimulatedPlan | None = None
        self.wording = Wording()
        self.table: QTableWidget | None = None
        self.chart: QWidget | None = None

        self.controls = QFrame(objectName="controls")
        self.weekday_combo = QComboBox()
        for index in range(len(WEEKDAY_NAMES)):
            self.weekday_combo.addItem("", index)
        self.weekday_combo.setCurrentIndex(engine.today().weekday())
        self.share_spin = QSpinBox()
        self.share_spin.setRange(1, 99)
        self.share_spin.setValue(80)
        self.wait_spin = QSpinBox()
        self.wait_spin.setRange(0, MAX_TARGET_WAIT_MIN)
        self.wait_spin.setValue(15)
        self.windows_edit = QLineEdit()
        self.windows_edit.setPlaceholderText("9-13=4,13-18=3")
        self.windows_edit.setClearButtonEnabled(True)
        self.show_button = self.wording.button(texts.SHOW_PLAN, self.show_plan)
        self.show_button.setProperty("role", "primary")
        self.cancel_button = self.wording.button(texts.CANCEL, self.cancel)
        grid = QGridLayout(self.controls)
        grid.setContentsMargins(14, 8, 14, 10)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        fields = (
            (texts.WEEKDAY, self.weekday_combo),
            (texts.TARGET_SHARE, self.share_spin),
            (texts.TARGET_WAIT, self.wait_spin),
            (texts.WHAT_IF, self.windows_edit),
        )
        for column, (text, field) in enumerate(fields):
            grid.addWidget(self.wording.caption(text, field), 0, column)
            grid.addWidget(field, 1, column)
        self.weekday_combo.setMinimumWidth(160)
        self.windows_edit.setMinimumWidth(300)
        buttons = QHBoxLayout()
        buttons.addSpacing(12)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 1, len(fields))
        grid.setColumnStretch(len(fields), 1)

        self.runs = ProgressRuns(self, self.ops)
        self.progress, self.message = self.runs.bar, self.runs.message

        self.content = QWidget(objectName="content")
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.body.setSpacing(8)
        self.plan_title = QLabel(objectName="reportTitle")
        self.plan_title.setWordWrap(True)
        self.plan_period = QLabel(objectName="period")
        self.plan_period.setWordWrap(True)
        self.figures = QVBoxLayout()
        self.figures.setSpacing(8)
        self.plan_note = QLabel(objectName="note")
        self.plan_note.setWordWrap(True)
        self.body.addWidget(self.plan_title)
        self.body.addWidget(self.plan_period)
        self.body.addLayout(self.figures)
        self.body.addWidget(self.plan_note)
        self.body.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.content)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.controls)
        layout.addLayout(self.runs.row)
        layout.addWidget(self.scroll, 1)

        order = [
            self.weekday_combo,
            self.share_spin,
            self.wait_spin,
            self.windows_edit,
            self.show_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.update_actions()

    # ------------------------------------------------------------------ building

    def tr_(self, message: str, **params: object) -> str:
        return translate(message, self.lang, **params)

    def retranslate(self, lang: str) -> None:
        """Every text in ``lang``; a field's accessible name its caption."""
        self.lang = lang
        self.wording.retranslate(self.lang)
        for index, name in enumerate(WEEKDAY_NAMES):
            self.weekday_combo.setItemText(index, self.tr_(name))
        self.share_spin.setSuffix(" %")
        self._show()
        self.message.retranslate(self.lang)

    def say(self, text: Text | None, error: bool = False) -> None:
        self.message.say(text, self.lang, error)

    # ------------------------------------------------------------------ the request

    def target(self) -> Target:
        return Target(self.share_spin.value() / 100, self.wait_spin.value() * 60)

    def windows(self) -> dict[int, int] | None:
        """The what-if's windows by hour, None when the field is empty."""
        text = self.windows_edit.text().strip()
        if not text:
            return None
        try:
            return parse_windows(text)
        except UsageError:
            raise UsageError(texts.WHAT_IF_BAD, text=text) from None

    def update_actions(self) -> None:
        signed_in = self.signed_in()
        self.show_button.setEnabled(signed_in and not self.running)
        self.cancel_button.setEnabled(self.running)
        for widget in (self.weekday_combo, self.share_spin, self.wait_spin, self.windows_edit):
            widget.setEnabled(not self.running)

    # ------------------------------------------------------------------ running

    def show_plan(self) -> None:
        """Plan (and simulate) the weekday the controls ask for, off the GUI thread."""
        if self.running:
            return
        if not self.signed_in():
            self.say(words(texts.SIGN_IN_FIRST), error=True)
            return
        try:
            windows = self.windows()
        except UsageError as error:
            self.say(error.message, error=True)
            return
        weekday, target = int(self.weekday_combo.currentData()), self.target()
        self.clear()
        self.say(words(texts.PLAN_WORKING))
        compute = self.compute

        def shown(result: SimulatedPlan) -> None:
            self.shown = result
            self._show()
            if result.simulated is None:
                self.say(words(SIMPY_MISSING), error=True)
            else:
                self.say(words(texts.PLAN_SHOWN))
            self.update_actions()

        def failed(text: Text, error: BaseException) -> None:
            self.clear()
            self.say(text, error=not isinstance(error, SimulationCancelled))
            self.update_actions()

        self.runs.start(
            lambda progress, cancelled: compute(weekday, target, windows, progress, cancelled),
            1 + PLAN_REPLICATIONS,
            shown,
            failed,
        )
        self.update_actions()

    @property
    def running(self) -> bool:
        return self.runs.running

    def cancel(self) -> None:
        """Stop the plan between two replications of its simulation."""
        self.runs.cancel()
        self.cancel_button.setEnabled(False)

    def close_down(self) -> None:
        self.runs.cancel()

    # ------------------------------------------------------------------ showing

    def clear(self) -> None:
        self.shown = None
        self._show()

    def sections(self) -> tuple[Section, Section] | None:
        """The plan shown as the table's and the chart's sections, in ``self.lang``."""
        if self.shown is None:
            return None
        plan, simulated = self.shown.plan, self.shown.simulated
        grows = self.tr_(QUEUE_GROWS)
        rows = []
        for index, hour in enumerate(plan.hours):
            sim = None if simulated is None else simulated[index].within_target
            rows.append(_row(hour, sim, grows))
        labels = tuple(row[0] for row in rows)
        table = Section(
            self.tr_(texts.PLAN_TABLE),
            tuple(self.tr_(heading) for heading in HEADINGS),
            tuple(rows),
        )
        chart = Section(
            self.tr_(texts.PLAN_CHART),
            (self.tr_(HEADINGS[0]), self.tr_(HEADINGS[3])),
            tuple(
                (label, str(hour.windows)) for label, hour in zip(labels, plan.hours, strict=True)
            ),
            chart="bars",
            values=tuple((float(hour.windows),) for hour in plan.hours),
        )
        return table, chart

    def _show(self) -> None:
        while self.figures.count():
            widget = self.figures.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.table, self.chart = None, None
        sections = self.sections()
        if sections is None or self.shown is None:
            for label in (self.plan_title, self.plan_period, self.plan_note):
                label.setText("")
            return
        plan = self.shown.plan
        title = WHAT_IF_TITLE if plan.what_if else PLAN_TITLE
        self.plan_title.setText(
            self.tr_(
                title,
                weekday=self.tr_(WEEKDAY_NAMES[plan.weekday]),
                share=f"{plan.target.share * 100:g}",
                minutes=f"{plan.target.wait_s / 60:g}",
            )
        )
        self.plan_period.setText(
            self.tr_(HISTORY, first=self.shown.first.isoformat(), last=self.shown.last.isoformat())
        )
        notes = [self.tr_(PEAK, windows=plan.peak_windows)]
        if self.shown.simulated is not None:
            notes.append(self.tr_(SIMULATED_NOTE, runs=PLAN_REPLICATIONS))
        self.plan_note.setText("\n".join(notes))
        table_section, chart_section = sections
        self.chart = bar_chart(chart_section, self.tr_(HEADINGS[3]))
        self.table = section_table(table_section)
        self.figures.addWidget(self.chart)
        self.figures.addWidget(self.table)

    def rows(self) -> list[list[str]]:
        """What the table shows (tests, and a check by eye)."""
        table = self.table
        if table is None:
            return []
        return [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]


def _row(hour: HourPlan, simulated: float | None, grows: str) -> tuple[str, ...]:
    return (
        f"{hour.hour:02d}–{hour.hour + 1:02d}",
        f"{hour.arrivals_per_hour:.1f}",
        f"{hour.service_s / 60:.1f}",
        str(hour.windows),
        grows if hour.mean_wait_s is None else f"{hour.mean_wait_s / 60:.1f}",
        grows if hour.within_target is None else f"{hour.within_target * 100:.0f} %",
        "—" if simulated is None or not math.isfinite(simulated) else f"{simulated * 100:.0f} %",
        f"{hour.occupancy * 100:.0f} %" if math.isfinite(hour.occupancy) else "—",
    )
