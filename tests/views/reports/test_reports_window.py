"""The Reports window: only the head of centre (a supervisor or an administrator) gets
figures; a period shows the tables of ``report_sections`` with the figures of
``engine.metrics``; the progress bar moves step by step and Cancel stops the work
between two steps; Export… writes the file the ``report`` command writes; every
control is named by its text."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from conq_desktop.engine import FixedClock, QueueEngine, metrics
from conq_desktop.i18n import translate
from conq_desktop.printing.report_sections import ReportData, report_sections
from conq_desktop.printing.report_steps import (
    ReportRequest,
    Step,
    collect,
    compute_report,
    report_csv,
    run_steps,
)
from conq_desktop.views.app import Opener, WindowOptions
from conq_desktop.views.common.application import application
from conq_desktop.views.common.worker import EngineRunner
from conq_desktop.views.reports import ReportsWindow
from tests.conftest import staff
from tests.helpers.a11y import accessible_name

LEFT = Qt.MouseButton.LeftButton
MONDAY, TUESDAY = date(2026, 11, 23), date(2026, 11, 24)
Compute = Callable[[ReportRequest, Callable[[int, int], None], Callable[[], bool]], ReportData]
Opened = Callable[..., ReportsWindow]


def make_history(engine: QueueEngine, clock: FixedClock) -> None:
    """Two days at windows 2 and 3 (passports, civil registration): served, a no-show,
    some left waiting."""
    for day, issued in ((MONDAY, 5), (TUESDAY, 4)):
        clock.current = datetime(day.year, day.month, day.day, 3, 5, tzinfo=UTC)  # 09:05 local
        staff(engine, 2, 3)
        for index in range(issued):
            engine.issue("PASSPORT" if index % 2 == 0 else "CIVIL")
            clock.advance(minutes=4)
        for window in (2, 3):
            engine.call_next(window)
            clock.advance(minutes=1)
            engine.start(window)
            clock.advance(minutes=6)
            engine.finish(window)
        engine.call_next(2)
        clock.advance(minutes=2)
        engine.no_show(2)
    clock.current = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


@pytest.fixture
def opened(qtbot: QtBot) -> Iterator[Opened]:
    windows: list[ReportsWindow] = []

    def open_window(
        engine: QueueEngine, compute: Compute | None = None, lang: str = "en"
    ) -> ReportsWindow:
        application()
        window = ReportsWindow(engine, EngineRunner(), lang=lang, compute=compute)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        windows.append(window)
        qtbot.waitUntil(lambda: bool(window.service_boxes))
        return window

    yield open_window
    for window in windows:
        window.close()
        window.runner.wait()


def sign_in(qtbot: QtBot, window: ReportsWindow, login: str, pin: str) -> str:
    window.say(None)
    window.login_edit.setText(login)
    window.pin_edit.setText(pin)
    qtbot.mouseClick(window.sign_in_button, LEFT)
    qtbot.waitUntil(lambda: window.message.text() != "")
    return window.message.text()


def show(qtbot: QtBot, window: ReportsWindow, request: ReportRequest) -> str:
    window.set_request(request)
    qtbot.mouseClick(window.show_button, LEFT)
    qtbot.waitUntil(lambda: not window.running, timeout=20_000)
    return window.message.text()


def test_an_operator_is_refused_in_the_engines_words_and_gets_no_figures(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened
) -> None:
    window = opened(sqlite_engine)
    said = sign_in(qtbot, window, "aibek", "1111")
    assert said == "Айбек Токтогулов may not do this: it needs the role supervisor, administrator."
    assert window.actor is None
    assert not window.show_button.isEnabled()
    window.show_report()  # as Enter would
    assert window.message.text() == "Sign in as a supervisor or administrator first."
    assert not window.running and window.data is None
    assert sign_in(qtbot, window, "gulnara", "0000") == "Wrong operator or PIN."


def test_a_period_shows_the_figures_of_the_metrics(
    qtbot: QtBot, sqlite_engine: QueueEngine, clock: FixedClock, opened: Opened
) -> None:
    make_history(sqlite_engine, clock)
    db = sqlite_engine.db
    window = opened(sqlite_engine)
    assert sign_in(qtbot, window, "gulnara", "5555") == "Signed in: Гүлнара Осмонова"
    assert show(qtbot, window, ReportRequest("period", MONDAY, TUESDAY)) == "Report shown."

    tables = window.tables()
    assert list(tables) == ["Summary", "Per service", "Per day", "Waits, issue to first call"]
    summary = dict(map(tuple, tables["Summary"]))
    totals = metrics.summary(db, MONDAY, TUESDAY).totals
    assert summary["Tickets issued"] == str(totals.issued) == "9"
    assert summary["Served"] == str(totals.served) == "4"
    assert summary["No-shows"] == str(totals.no_shows) == "2"
    per_day = {row[0]: row for row in tables["Per day"]}
    for day_row in metrics.by_day(db, MONDAY, TUESDAY):
        assert per_day[day_row.day.isoformat()][1] == str(day_row.counts.issued)
    # Every table is the file's table: the same figures, the same words.
    expected = report_sections(collect(db, "period", MONDAY, TUESDAY), "en")
    assert tables == {section.title: [list(row) for row in section.rows] for section in expected}
    assert window.progress.value() == window.progress.maximum() == 3
    # Tickets per day and the waits, as bar charts.
    assert len(window.findChildren(QChartView)) == len(window.charts) == 2
    assert window.export_button.isEnabled()


def test_one_service_and_the_language_switch(
    qtbot: QtBot, sqlite_engine: QueueEngine, clock: FixedClock, opened: Opened
) -> None:
    make_history(sqlite_engine, clock)
    window = opened(sqlite_engine)
    sign_in(qtbot, window, "admin", "9999")
    show(qtbot, window, ReportRequest("daily", MONDAY, MONDAY, ("CIVIL",)))
    assert window.chosen_services() == ("CIVIL",)
    summary = dict(map(tuple, window.tables()["Summary"]))
    civil = metrics.summary(sqlite_engine.db, MONDAY, MONDAY, ["CIVIL"]).totals
    assert summary["Tickets issued"] == str(civil.issued) == "2"

    window.lang_buttons["ru"].click()
    russian = report_sections(collect(sqlite_engine.db, "daily", MONDAY, MONDAY, ["CIVIL"]), "ru")
    assert list(window.tables()) == [section.title for section in russian]
    assert window.show_button.text() == translate("Show", "ru")


def test_the_engine_refuses_a_period_that_ends_before_it_begins(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened
) -> None:
    window = opened(sqlite_engine)
    sign_in(qtbot, window, "gulnara", "5555")
    window.set_request(ReportRequest("period", TUESDAY, MONDAY))
    window.show_report()
    assert window.message.text().startswith("The period ends before it begins")
    assert not window.running


def test_the_progress_bar_moves_after_each_step(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened
) -> None:
    """Ten steps, each let through by the test: the bar shows each one."""
    gates = [threading.Event() for _ in range(10)]

    def compute(request: ReportRequest, progress: Callable[[int, int], None], cancelled):  # type: ignore[no-untyped-def]
        steps = [
            Step(f"step {i}", lambda _data, gate=gate: gate.wait(10))
            for i, gate in enumerate(gates)
        ]
        run_steps(steps, progress, cancelled)
        return compute_report(sqlite_engine.db, request)

    window = opened(sqlite_engine, compute)
    sign_in(qtbot, window, "gulnara", "5555")
    values: list[int] = []
    window.progress.valueChanged.connect(values.append)
    window.set_request(ReportRequest("waits", MONDAY, TUESDAY))
    qtbot.mouseClick(window.show_button, LEFT)
    assert window.running and window.cancel_button.isEnabled()
    assert not window.show_button.isEnabled()
    for done, gate in enumerate(gates, start=1):
        gate.set()
        qtbot.waitUntil(lambda done=done: window.progress.value() == done)
        assert window.progress.maximum() == 10
    qtbot.waitUntil(lambda: not window.running)
    assert values == list(range(1, 11))
    assert window.message.text() == "No tickets were issued in this period."
    assert not window.export_button.isEnabled()  # as the command: no file for nothing


def test_cancel_stops_the_work_between_two_steps_and_shows_nothing(
    qtbot: QtBot, sqlite_engine: QueueEngine, clock: FixedClock, opened: Opened
) -> None:
    make_history(sqlite_engine, clock)
    entered, release = threading.Event(), threading.Event()
    ran: list[str] = []

    def first(_data: dict[str, object]) -> None:
        ran.append("first")
        entered.set()
        assert release.wait(10)

    def compute(request: ReportRequest, progress: Callable[[int, int], None], cancelled):  # type: ignore[no-untyped-def]
        steps = [Step("first", first), *(Step(n, lambda _d, n=n: ran.append(n)) for n in "ab")]
        run_steps(steps, progress, cancelled)
        return compute_report(sqlite_engine.db, request)

    window = opened(sqlite_engine, compute)
    sign_in(qtbot, window, "gulnara", "5555")
    # A report shown before: Cancel takes it away too, nothing half is left.
    window.compute = lambda request, progress, cancelled: compute_report(
        sqlite_engine.db, request, progress, cancelled
    )
    show(qtbot, window, ReportRequest("period", MONDAY, TUESDAY))
    assert window.tables()
    window.compute = compute

    window.set_request(ReportRequest("daily", MONDAY, MONDAY))
    qtbot.mouseClick(window.show_button, LEFT)
    assert window.message.text() == "Computing the report…"
    assert entered.wait(10)
    qtbot.mouseClick(window.cancel_button, LEFT)
    release.set()
    qtbot.waitUntil(lambda: not window.running)
    assert ran == ["first"]  # the next steps never ran
    assert window.message.text() == "Cancelled"
    assert window.data is None and window.tables() == {} and window.charts == []
    assert window.progress.value() == 0
    assert window.show_button.isEnabled() and not window.cancel_button.isEnabled()
    assert not window.export_button.isEnabled()
    # Said again in the new language.
    window.lang_buttons["ru"].click()
    assert window.message.text() == translate("Cancelled", "ru")


def test_export_writes_the_file_the_report_command_writes(
    qtbot: QtBot, sqlite_engine: QueueEngine, clock: FixedClock, opened: Opened, tmp_path: Path
) -> None:
    make_history(sqlite_engine, clock)
    window = opened(sqlite_engine)
    window.export_to(tmp_path / "nothing.csv")
    assert window.message.text() == "Show a report first, then export it."
    sign_in(qtbot, window, "gulnara", "5555")
    show(qtbot, window, ReportRequest("operators", MONDAY, TUESDAY))

    for name in ("report.csv", "report.pdf"):
        path = tmp_path / name
        window.say(None)
        assert window.export_to(path)
        qtbot.waitUntil(lambda: window.message.text() != "")
        assert window.message.text() == f"Report written to {path}."
    data = collect(sqlite_engine.db, "operators", MONDAY, TUESDAY)
    written = (tmp_path / "report.csv").read_bytes()
    # The command line writes its CSV with this same function: one writer for both.
    assert written == report_csv(data, "en")
    assert written.startswith(b"\xef\xbb\xbfOperators and windows: ")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")

    window.say(None)
    window.export_to(tmp_path / "no such folder" / "report.csv")
    qtbot.waitUntil(lambda: window.message.text() != "")
    assert window.message.text().startswith("Cannot write")
    assert not (tmp_path / "no such folder").exists()


def test_every_control_is_named_by_its_text_and_enter_shows(
    qtbot: QtBot, sqlite_engine: QueueEngine, clock: FixedClock, opened: Opened
) -> None:
    make_history(sqlite_engine, clock)
    window = opened(sqlite_engine)
    sign_in(qtbot, window, "gulnara", "5555")
    for lang in ("ru", "ky", "en"):
        window.lang_buttons[lang].click()
        for button in window.findChildren(QPushButton):
            assert accessible_name(button) == button.text() != ""
        for box in window.findChildren(QCheckBox):
            assert accessible_name(box) == box.text() != ""
        for edit in (window.login_edit, window.pin_edit):
            assert accessible_name(edit) == edit.placeholderText() != ""
        captions = {label.buddy(): label.text() for label in window.findChildren(QLabel)}
        for field in window.findChildren(QDateEdit):
            assert accessible_name(field) == captions[field] != ""
        # A drop-down list is read by the choice it shows (Qt on Linux: its caption
        # is its label, the buddy relation); the caption is its name too.
        assert accessible_name(window.kind_combo) == window.kind_combo.currentText() != ""
        assert window.kind_combo.accessibleName() == captions[window.kind_combo] != ""
    assert isinstance(window.login_edit, QLineEdit)

    window.set_request(ReportRequest("period", MONDAY, TUESDAY))
    window.from_edit.setFocus()
    qtbot.keyClick(window.from_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.data is not None and not window.running)
    assert "Summary" in window.tables()


def test_the_reports_window_opens_as_a_window_kind(
    qtbot: QtBot, sqlite_engine: QueueEngine
) -> None:
    opener = Opener(sqlite_engine, WindowOptions(language="en", windowed=True))
    try:
        window = opener.open("reports")
        qtbot.addWidget(window)
        assert isinstance(window, ReportsWindow)
        assert window.windowTitle() == "conq-desktop — Reports"
        assert window.from_edit.date().toPython() == sqlite_engine.today() - timedelta(days=6)
    finally:
        for opened_window in opener.opened:
            opened_window.close()
            opened_window.runner.wait()
        opener.window_ctx.live.stop()
