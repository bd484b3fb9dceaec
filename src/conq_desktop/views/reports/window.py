"""The Reports window (``conq-desktop reports``): the head of centre picks a report's
kind, its days and, if they wish, its services, sees its tables and charts, and
exports it as the ``report`` command would write it (PDF, CSV, XLSX).

Only a supervisor or an administrator gets figures: they sign in with login and PIN
and the engine checks the role (``Permission.READ_REPORTS``); anyone else is refused
in the engine's words. Reading is all it does.

A report is computed off the GUI thread, one step per query
(``printing.report_steps``): the progress bar moves after each, and Cancel stops the
work between two steps; the window then says "Cancelled" and shows nothing of it. The
tables are ``report_sections``' (the files' tables, so the figures never disagree), in
the window's language; a language switch shows them again in the new one without
reading anything.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.engine import QueueEngine, QueueStatus
from conq_desktop.engine.auth import Actor, require
from conq_desktop.engine.rules import Permission
from conq_desktop.errors import ConqError
from conq_desktop.i18n import current_language, translate
from conq_desktop.printing.report_sections import (
    REPORT_KINDS,
    ReportData,
    report_period,
    report_sections,
    report_title,
)
from conq_desktop.printing.report_steps import (
    Cancelled,
    Progress,
    ReportCancelled,
    ReportRequest,
    compute_report,
    render_report,
    write_report,
)
from conq_desktop.views.common.connection import ConnectionBanner, watch_connection
from conq_desktop.views.common.message_line import words
from conq_desktop.views.common.operation import Operations, Text
from conq_desktop.views.common.sign_in_bar import sign_in_bar
from conq_desktop.views.common.translations import set_ui_language
from conq_desktop.views.common.wording import Wording
from conq_desktop.views.common.worker import EngineRunner, WindowJobs
from conq_desktop.views.reports import texts
from conq_desktop.views.reports.charts import bar_chart
from conq_desktop.views.reports.plan_view import ComputePlan, PlanView
from conq_desktop.views.reports.runs import ProgressRuns
from conq_desktop.views.reports.style import STYLE
from conq_desktop.views.reports.tables import section_table as _table

# Computes a report: (request, progress, cancelled) -> its figures. Tests give their own.
Compute = Callable[[ReportRequest, Progress, Cancelled], ReportData]

FORMAT_FILTERS = (("pdf", "PDF (*.pdf)"), ("csv", "CSV (*.csv)"), ("xlsx", "Excel (*.xlsx)"))
DEFAULT_DAYS = 7  # a period report opens on the last week, today included
SPLIT_ROWS = 8  # a two-column table longer than this is shown in two halves

log = logging.getLogger(__name__)


class ReportsWindow(QWidget):
    def __init__(
        self,
        engine: QueueEngine,
        runner: EngineRunner | None = None,
        *,
        lang: str | None = None,
        compute: Compute | None = None,
        compute_plan: ComputePlan | None = None,
    ) -> None:
        super().__init__()
        self.engine = engine
        self.lang = lang or current_language()
        self.runner = runner or EngineRunner(self)
        self.jobs = WindowJobs(self.runner, self)
        self.ops = Operations(self.jobs)
        self.compute: Compute = compute or (
            lambda request, progress, cancelled: compute_report(
                engine.db, request, progress, cancelled
            )
        )
        self.actor: Actor | None = None
        self.data: ReportData | None = None  # the report shown
        self._services: list[tuple[str, Callable[[str], str]]] = []
        self.wording = Wording()
        self.section_tables: list[QTableWidget] = []
        self.charts: list[QWidget] = []

        self.setObjectName("reports")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        # ---- sign-in row
        (
            self.title,
            self.login_edit,
            self.pin_edit,
            self.sign_in_button,
            self.who,
            self.lang_switch,
            top,
        ) = sign_in_bar(
            self.lang,
            edit=self.wording.edit,
            button=self.wording.button,
            texts=(texts.LOGIN, texts.PIN, texts.SIGN_IN),
            sign_in=self.sign_in,
            set_language=self.set_language,
        )
        self.login_edit.returnPressed.connect(self.pin_edit.setFocus)
        self.lang_buttons = self.lang_switch.buttons

        # ---- what to show
        self.controls = QFrame(objectName="controls")
        self.kind_combo = QComboBox()
        for kind in REPORT_KINDS:
            self.kind_combo.addItem("", kind)
        self.kind_combo.setCurrentIndex(REPORT_KINDS.index("period"))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        today = engine.today()
        self.from_edit = self._date(today - timedelta(days=DEFAULT_DAYS - 1))
        self.to_edit = self._date(today)
        self.from_edit.dateChanged.connect(self._kind_changed)
        # One check box per service, three columns, scrolling past two rows.
        self.service_boxes: dict[str, QCheckBox] = {}
        self.services_group = QWidget(objectName="servicesGroup")
        self.services_grid = QGridLayout(self.services_group)
        self.services_grid.setContentsMargins(4, 2, 4, 2)
        self.services_grid.setVerticalSpacing(4)
        self.services_grid.setHorizontalSpacing(16)
        self.services_area = QScrollArea(objectName="services")
        self.services_area.setWidgetResizable(True)
        self.services_area.setWidget(self.services_group)
        self.services_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.services_area.setFixedHeight(66)
        self.services_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_button = self.wording.button(texts.SHOW, self.show_report)
        self.show_button.setProperty("role", "primary")
        self.cancel_button = self.wording.button(texts.CANCEL, self.cancel)
        self.export_button = self.wording.button(texts.EXPORT, self.ask_export)
        self.kind_caption = self.wording.caption(texts.KIND, self.kind_combo)
        self.from_caption = self.wording.caption(texts.FROM, self.from_edit)
        self.to_caption = self.wording.caption(texts.TO, self.to_edit)
        self.services_caption = self.wording.caption(texts.SERVICES, self.services_group)
        grid = QGridLayout(self.controls)
        grid.setContentsMargins(14, 8, 14, 10)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.kind_caption, 0, 0)
        grid.addWidget(self.from_caption, 0, 1)
        grid.addWidget(self.to_caption, 0, 2)
        grid.addWidget(self.kind_combo, 1, 0)
        grid.addWidget(self.from_edit, 1, 1)
        grid.addWidget(self.to_edit, 1, 2)
        buttons = QHBoxLayout()
        buttons.addSpacing(12)
        for button in (self.show_button, self.cancel_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 1, 3)
        grid.setColumnStretch(3, 1)
        # The services across the whole width: their names are long in Russian.
        grid.addWidget(self.services_caption, 2, 0, 1, 4)
        grid.addWidget(self.services_area, 3, 0, 1, 4)

        # ---- progress and messages
        self.runs = ProgressRuns(self, self.ops)
        self.progress, self.message = self.runs.bar, self.runs.message

        # ---- the report
        self.content = QWidget(objectName="content")
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.body.setSpacing(8)
        self.report_title = QLabel(objectName="reportTitle")
        self.report_period = QLabel(objectName="period")
        self.report_period.setWordWrap(True)
        self.body.addWidget(self.report_title)
        self.body.addWidget(self.report_period)
        self.sections = QVBoxLayout()
        self.sections.setSpacing(8)
        self.body.addLayout(self.sections)
        self.body.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.content)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # ---- the reports and the staffing plan, one tab each
        self.reports_page = QWidget(objectName="page")
        page = QVBoxLayout(self.reports_page)
        page.setContentsMargins(0, 8, 0, 0)
        page.addWidget(self.controls)
        page.addLayout(self.runs.row)
        page.addWidget(self.scroll, 1)
        self.plan_view = PlanView(
            engine, self.ops, lambda: self.actor is not None, compute=compute_plan
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.reports_page, "")
        self.tabs.addTab(self.plan_view, "")

        # The database cannot be reached (the services could not be read): a report
        # would fail. Read again until they can; then the banner goes by itself.
        self.connection_banner = ConnectionBanner(self.lang)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.connection_banner)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        order = [
            self.login_edit,
            self.pin_edit,
            self.sign_in_button,
            *self.lang_buttons.values(),
            self.tabs.tabBar(),
            self.kind_combo,
            self.from_edit,
            self.to_edit,
            self.show_button,
            self.cancel_button,
            self.export_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self.retranslate()
        self._kind_changed()
        self._update_actions()
        self.read_services = self.jobs.coalesced(
            engine.status, self._got_services, self._services_failed
        )
        self.connection = watch_connection(self, None, self.read_services, self.connection_banner)
        self.read_services()

    # ------------------------------------------------------------------ building

    def tr_(self, message: str, **params: object) -> str:
        return translate(message, self.lang, **params)

    def _date(self, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumWidth(150)
        return edit

    # ------------------------------------------------------------------ language

    def set_language(self, lang: str) -> None:
        """Show the whole window in ``lang``, the report shown too."""
        self.lang = lang
        set_ui_language(lang)
        self.connection_banner.set_language(lang)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in ``self.lang``; each accessible name the text it shows (a
        field's and a list's: its caption)."""
        title = self.tr_(texts.REPORTS)
        self.setWindowTitle(f"conq-desktop — {title}")
        self.title.setText(title)
        self.wording.retranslate(self.lang)
        for index, kind in enumerate(REPORT_KINDS):
            self.kind_combo.setItemText(index, self.tr_(texts.KIND_NAMES[kind]))
        for code, name in self._services:
            box = self.service_boxes[code]
            box.setText(f"{name(self.lang)} ({code})")
            box.setAccessibleName(box.text())
        self.tabs.setTabText(0, title)
        self.tabs.setTabText(1, self.tr_(texts.PLAN_TAB))
        self.plan_view.retranslate(self.lang)
        self.lang_switch.show_language(self.lang)
        self._show_data()
        self.message.retranslate(self.lang)

    # ------------------------------------------------------------------ messages

    def say(self, text: Text | None, error: bool = False) -> None:
        """Show ``text`` on the message line (again after a language switch)."""
        self.message.say(text, self.lang, error)

    # ------------------------------------------------------------------ signing in

    def sign_in(self) -> None:
        login, pin = self.login_edit.text().strip(), self.pin_edit.text()
        self.pin_edit.clear()
        engine = self.engine

        def signed_in(actor: Actor) -> None:
            self.actor = actor
            self.who.setText(actor.name)
            self.say(words(texts.SIGNED_IN, name=actor.name))
            self._update_actions()

        def refused(text: Text, _error: BaseException) -> None:
            self.actor = None
            self.who.setText("")
            self._clear()
            self.say(text, error=True)
            self._update_actions()

        self.ops.op(
            lambda: require(engine.authenticate(login, pin), Permission.READ_REPORTS)
        ).success(signed_in).failure(refused).run(exclusive=False)

    # ------------------------------------------------------------------ the request

    def _services_failed(self, error: BaseException) -> None:
        log.warning("reports could not read the services: %s", error)

    def _got_services(self, status: QueueStatus) -> None:
        self._services = [(queue.service.code, queue.service.name) for queue in status.services]
        for box in self.service_boxes.values():
            box.deleteLater()
        self.service_boxes = {}
        previous: QWidget = self.to_edit
        for index, (code, name) in enumerate(self._services):
            box = QCheckBox(f"{name(self.lang)} ({code})")
            box.setAccessibleName(box.text())
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.services_grid.addWidget(box, index // 3, index % 3)
            self.service_boxes[code] = box
            QWidget.setTabOrder(previous, box)
            previous = box
        QWidget.setTabOrder(previous, self.show_button)
        self._update_actions()

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _kind_changed(self, *_changed: object) -> None:
        """A daily report is one day: the "to" date follows the "from" date (on a
        change of either the kind or the "from" date)."""
        daily = self.kind() == "daily"
        self.to_edit.setEnabled(not daily)
        if daily:
            self.to_edit.setDate(self.from_edit.date())

    def chosen_services(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.service_boxes.items() if box.isChecked())

    def request(self) -> ReportRequest:
        first = self.from_edit.date().toPython()
        last = first if self.kind() == "daily" else self.to_edit.date().toPython()
        return ReportRequest(self.kind(), first, last, self.chosen_services())

    def set_request(self, request: ReportRequest) -> None:
        """Fill the controls in (tests, and a window opened on a period)."""
        self.kind_combo.setCurrentIndex(REPORT_KINDS.index(request.kind))
        for edit, day in ((self.from_edit, request.first), (self.to_edit, request.last)):
            edit.setDate(QDate(day.year, day.month, day.day))
        for code, box in self.service_boxes.items():
            box.setChecked(code in request.services)

    # ------------------------------------------------------------------ running

    def _update_actions(self) -> None:
        signed_in = self.actor is not None
        self.show_button.setEnabled(signed_in and not self.running)
        self.cancel_button.setEnabled(self.running)
        # As the ``report`` command: an empty period writes no file.
        shown = self.data is not None and not self.data.is_empty
        self.export_button.setEnabled(signed_in and not self.running and shown)
        for widget in (self.kind_combo, self.from_edit, self.services_group):
            widget.setEnabled(not self.running)
        self.to_edit.setEnabled(not self.running and self.kind() != "daily")
        self.plan_view.update_actions()

    def show_report(self) -> None:
        """Compute the report the controls ask for, off the GUI thread."""
        if self.running:
            return
        if self.actor is None:
            self.say(words(texts.SIGN_IN_FIRST), error=True)
            return
        request = self.request()
        try:
            request.check()
        except ConqError as error:
            self.say(error.message, error=True)
            return
        self._clear()
        self.say(words(texts.WORKING))
        compute = self.compute

        def shown(data: ReportData) -> None:
            self.data = data
            self._show_data()
            self.say(words(texts.NO_TICKETS if data.is_empty else texts.SHOWN))
            self._update_actions()

        def failed(text: Text, error: BaseException) -> None:
            self._clear()
            self.say(text, error=not isinstance(error, ReportCancelled))
            self._update_actions()

        self.runs.start(
            lambda progress, cancelled: compute(request, progress, cancelled), 1, shown, failed
        )
        self._update_actions()

    @property
    def running(self) -> bool:
        return self.runs.running

    def cancel(self) -> None:
        """Stop the running report between two of its steps."""
        self.runs.cancel()
        self.cancel_button.setEnabled(False)

    # ------------------------------------------------------------------ showing

    def _clear(self) -> None:
        self.data = None
        self._show_data()

    def _show_data(self) -> None:
        """Show ``self.data`` in ``self.lang``: its title and period, then each table
        with its chart."""
        while self.sections.count():
            item = self.sections.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.section_tables, self.charts = [], []
        data = self.data
        if data is None:
            self.report_title.setText("")
            self.report_period.setText("")
            return
        self.report_title.setText(report_title(data, self.lang))
        self.report_period.setText(report_period(data, self.lang))
        if data.is_empty:
            note = QLabel(self.tr_(texts.NO_TICKETS), objectName="note")
            self.sections.addWidget(note)
            return
        for section in report_sections(data, self.lang):
            heading = QLabel(section.title, objectName="heading")
            self.sections.addWidget(heading)
            if not section.rows:
                self.sections.addWidget(QLabel(section.note, objectName="note"))
                continue
            if len(section.headings) == 2 and len(section.rows) > SPLIT_ROWS:
                # A long list of figures (the summary): in two halves side by side.
                half = (len(section.rows) + 1) // 2
                row = QWidget()
                beside = QHBoxLayout(row)
                beside.setContentsMargins(0, 0, 0, 0)
                beside.setSpacing(12)
                for rows in (section.rows[:half], section.rows[half:]):
                    table = _table(replace(section, rows=rows))
                    self.section_tables.append(table)
                    beside.addWidget(table, 0, Qt.AlignmentFlag.AlignTop)
                beside.addStretch(1)
                self.sections.addWidget(row)
                continue
            table = _table(section)
            self.section_tables.append(table)
            chart = None
            if section.chart == "bars" and section.values:
                chart = bar_chart(section, self.tr_(texts.TICKETS))
                self.charts.append(chart)
            if len(section.headings) > 3:  # a wide table: its chart above it
                if chart is not None:
                    self.sections.addWidget(chart)
                self.sections.addWidget(table)
                continue
            # A narrow table: its chart beside it.
            row = QWidget()
            beside = QHBoxLayout(row)
            beside.setContentsMargins(0, 0, 0, 0)
            beside.setSpacing(12)
            beside.addWidget(table, 0, Qt.AlignmentFlag.AlignTop)
            if chart is not None:
                beside.addWidget(chart, 1, Qt.AlignmentFlag.AlignTop)
            else:
                beside.addStretch(1)
            self.sections.addWidget(row)

    def tables(self) -> dict[str, list[list[str]]]:
        """What the tables show: title -> rows of cells (tests, and a check by eye)."""
        shown: dict[str, list[list[str]]] = {}
        for table in self.section_tables:
            shown.setdefault(table.accessibleName(), []).extend(
                [table.item(r, c).text() for c in range(table.columnCount())]
                for r in range(table.rowCount())
            )
        return shown

    # ------------------------------------------------------------------ export

    def ask_export(self) -> None:
        """Ask where to write the report shown, then write it as the ``report``
        command does."""
        if self.data is None or self.data.is_empty:
            said = texts.SHOW_FIRST if self.data is None else texts.NO_TICKETS
            self.say(words(said), error=True)
            return
        period = self.data.summary.period
        name = f"report-{self.data.kind}-{period.first.isoformat()}"
        if period.last != period.first:
            name += f"-{period.last.isoformat()}"
        dialog = QFileDialog(self, self.tr_(texts.EXPORT_TITLE), f"{name}.pdf")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        filters = [text for fmt, text in FORMAT_FILTERS if fmt != "xlsx" or _has_openpyxl()]
        dialog.setNameFilters(filters)
        dialog.setDefaultSuffix("pdf")

        def filter_chosen(chosen: str) -> None:
            suffix = next(fmt for fmt, text in FORMAT_FILTERS if text == chosen)
            dialog.setDefaultSuffix(suffix)
            stem = Path(dialog.selectedFiles()[0]).stem if dialog.selectedFiles() else name
            dialog.selectFile(f"{stem}.{suffix}")

        dialog.filterSelected.connect(filter_chosen)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        self.export_dialog = dialog
        dialog.open()

    def export_to(self, path: Path, fmt: str | None = None) -> bool:
        """Write the report shown to ``path`` (its format from the name's ending unless
        ``fmt``), off the GUI thread; False when there is nothing to write."""
        data = self.data
        if data is None or data.is_empty:
            said = texts.SHOW_FIRST if data is None else texts.NO_TICKETS
            self.say(words(said), error=True)
            return False
        kind = fmt or {".csv": "csv", ".xlsx": "xlsx"}.get(path.suffix.lower(), "pdf")
        lang = self.lang

        def written(_none: None) -> None:
            self.say(words(texts.EXPORTED, path=str(path)))

        def refused(text: Text, _error: BaseException) -> None:
            self.say(text, error=True)

        return (
            self.ops.op(lambda: write_report(path, render_report(data, lang, kind)))
            .success(written)
            .failure(refused)
            .run()
        )

    # ------------------------------------------------------------------ keys, closing

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter shows the report (in the sign-in fields it signs in; on a button it
        presses that button)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
                return
            if focused not in (self.login_edit, self.pin_edit):
                if self.tabs.currentWidget() is self.plan_view:
                    self.plan_view.show_plan()
                else:
                    self.show_report()
                return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runs.cancel()
        self.plan_view.close_down()
        self.jobs.close()
        super().closeEvent(event)


def _has_openpyxl() -> bool:
    import importlib.util

    return importlib.util.find_spec("openpyxl") is not None


__all__ = ["ReportsWindow"]
