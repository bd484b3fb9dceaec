"""The kiosk: a tap issues a ticket and prints it, printer trouble never costs the visitor
their number, closed services and spent daily limits say so, the receptionist's extras,
and the admin PIN that keeps visitors from leaving kiosk mode."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.errors import DatabaseError
from conq_desktop.models import EventKind, Service, Ticket
from conq_desktop.printing.printer_config import PrinterConfig
from conq_desktop.printing.service import PrintOutcome, TicketPrinter
from conq_desktop.views.common.application import application
from conq_desktop.views.common.worker import EngineRunner
from conq_desktop.views.kiosk import KioskWindow
from tests.conftest import demo_database, staff
from tests.helpers.printer_listener import PAPER_STATUS_QUERY, closed_port, fake_printer

ROOT = Path(__file__).resolve().parents[3]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
INIT = b"\x1b@"  # ESC @
SUNDAY_NOON = datetime(2026, 11, 29, 6, 0, tzinfo=UTC)
TUESDAY_EVENING = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)  # 20:00 in Bishkek

MakeKiosk = Callable[..., KioskWindow]


@pytest.fixture
def make_kiosk(qtbot: QtBot, sqlite_engine: QueueEngine) -> Iterator[MakeKiosk]:
    """Kiosks on the demo centre (Tuesday 10:00), in English unless told otherwise."""
    application()
    made: list[KioskWindow] = []

    def make(
        printer: str = "none", size: tuple[int, int] = (1920, 1080), **options: object
    ) -> KioskWindow:
        config = PrinterConfig.from_values(printer, {"timeout": 2})
        options.setdefault("lang", "en")
        window = KioskWindow(
            sqlite_engine,
            TicketPrinter(sqlite_engine, config),
            runner=EngineRunner(),
            **options,  # type: ignore[arg-type]
        )
        qtbot.addWidget(window)
        made.append(window)
        window.resize(*size)
        window.show()
        qtbot.waitUntil(lambda: len(window.service_buttons) == 5)
        return window

    yield make
    for window in made:
        window.unlock()
        window.close()
        window.runner.wait()


def tap(qtbot: QtBot, window: KioskWindow, code: str) -> None:
    qtbot.mouseClick(window.service_buttons[code], Qt.MouseButton.LeftButton)


def sign_in_at_desk(qtbot: QtBot, window: KioskWindow, login: str, pin: str) -> None:
    """Type a login and PIN into the desk's sign-in and press Sign in."""
    qtbot.keyClicks(window.reception.login_edit, login)
    qtbot.keyClicks(window.reception.pin_edit, pin)
    qtbot.mouseClick(window.reception.sign_in_button, Qt.MouseButton.LeftButton)


def issued_page(window: KioskWindow) -> bool:
    return window.stack.currentWidget() is window.issued_page


def tickets(engine: QueueEngine) -> list[tuple[str, int]]:
    with engine.db.read_session() as session:
        return [
            (number, priority)
            for number, priority in session.execute(
                select(Ticket.number, Ticket.priority).order_by(Ticket.id)
            )
        ]


def print_events(engine: QueueEngine) -> list[tuple[EventKind, bool]]:
    return [
        (event.kind, event.details["copy"])
        for event in engine.events()
        if event.kind in (EventKind.PRINTED, EventKind.PRINT_FAILED)
    ]


def set_service(engine: QueueEngine, code: str, **values: object) -> None:
    with engine.db.write_session() as session:
        session.execute(update(Service).where(Service.code == code).values(**values))


def fits(label: QLabel) -> bool:
    """The label's text is drawn whole: nothing cut off at its width or height."""
    if not label.text():
        return True
    if label.wordWrap():
        return label.heightForWidth(label.width()) <= label.height() + 1
    return label.sizeHint().width() <= label.width() + 1 and (
        label.sizeHint().height() <= label.height() + 1
    )


def clipped_labels(widget: QWidget) -> list[str]:
    return [
        label.text()
        for label in widget.findChildren(QLabel)
        if label.isVisibleTo(widget) and not fits(label)
    ]


def screenshot(window: KioskWindow, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    assert window.grab().save(str(path))
    return path


# ---------------------------------------------------------------------- issuing


def test_a_tap_issues_prints_and_shows_the_number(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    staff(sqlite_engine, 6)  # PENSION is served at window 6
    sqlite_engine.issue("PENSION")
    with fake_printer() as device:
        window = make_kiosk(device.uri)
        with qtbot.waitSignal(window.print_finished, timeout=10_000) as printed:
            tap(qtbot, window, "PENSION")
        job = device.wait_for_job()
    outcome: PrintOutcome = printed.args[0]
    assert outcome.printed, outcome.error
    assert outcome.number == "Г-002"
    # The status question first, then the ticket itself: ESC @ initialises the printer.
    assert job.startswith(PAPER_STATUS_QUERY + INIT)
    assert len(job) > 1000  # a raster image of the ticket, not just a header
    assert tickets(sqlite_engine) == [("Г-001", 0), ("Г-002", 0)]
    assert print_events(sqlite_engine) == [(EventKind.PRINTED, False)]

    assert issued_page(window)
    assert window.number.text() == "Г-002"
    assert window.ahead.text() == "People ahead: 1"
    assert window.wait.text() == "Expected wait: about 10 min"
    qtbot.waitUntil(lambda: window.note.text() == "Please take your ticket.")
    assert window.banner.isHidden()


def test_the_buttons_come_back_after_a_few_seconds(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    window = make_kiosk(show_seconds=0.3)
    tap(qtbot, window, "PASSPORT")
    qtbot.waitUntil(lambda: issued_page(window))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.services_page)
    # The button now counts the new ticket.
    qtbot.waitUntil(lambda: "In the queue: 1" in window.service_buttons["PASSPORT"].state.text())


def test_without_a_printer_the_number_is_only_shown(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    staff(sqlite_engine, 3)  # CIVIL is served at window 3
    window = make_kiosk("none")
    tap(qtbot, window, "CIVIL")
    qtbot.waitUntil(lambda: issued_page(window))
    assert window.number.text() == "Б-001"
    assert window.ahead.text() == "You are next in line."
    assert window.note.text() == "Please remember your number."
    assert window.banner.isHidden()
    assert print_events(sqlite_engine) == []


def test_printer_trouble_shows_a_banner_and_the_ticket_stays_valid(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    window = make_kiosk(f"tcp://127.0.0.1:{closed_port()}")
    tap(qtbot, window, "PASSPORT")
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
    banner = window.banner.text()
    assert "А-001 was not printed" in banner
    assert "unreachable" in banner  # the reason
    assert "The number on the screen is valid" in banner
    assert issued_page(window)
    assert window.number.text() == "А-001"
    assert window.note.text() == "Your number А-001 is valid."
    # The queue is consistent: the ticket exists and waits, the failure is on record.
    assert tickets(sqlite_engine) == [("А-001", 0)]
    assert sqlite_engine.ticket("А-001").status == "waiting"
    assert print_events(sqlite_engine) == [(EventKind.PRINT_FAILED, False)]
    # Later visitors are told too, until a ticket prints again.
    window.show_services()
    assert "The ticket printer is not working" in window.banner.text()
    assert window.banner.isVisible()


def test_the_banner_follows_the_language(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    window = make_kiosk(f"tcp://127.0.0.1:{closed_port()}")
    tap(qtbot, window, "PASSPORT")
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
    english = window.banner.text()
    qtbot.mouseClick(window.language_buttons["ky"], Qt.MouseButton.LeftButton)
    assert window.banner.text() != english
    assert "А-001" in window.banner.text()
    assert window.prompt.text() != "Choose a service"


# ---------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("moment", "expected"),
    [(SUNDAY_NOON, "Closed today"), (TUESDAY_EVENING, "Closed now; open 08:30–17:30")],
    ids=["sunday", "20:00"],
)
def test_a_closed_service_says_so_and_issues_nothing(
    qtbot: QtBot,
    make_kiosk: MakeKiosk,
    sqlite_engine: QueueEngine,
    clock: FixedClock,
    moment: datetime,
    expected: str,
) -> None:
    clock.current = moment
    window = make_kiosk()
    button = window.service_buttons["PASSPORT"]
    qtbot.waitUntil(lambda: button.state.text().endswith(expected))
    assert not button.available
    tap(qtbot, window, "PASSPORT")
    assert window.banner.isVisible()
    assert expected in window.banner.text()
    window.runner.wait()
    assert tickets(sqlite_engine) == []
    assert window.stack.currentWidget() is window.services_page


def test_a_spent_daily_limit_says_so(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    set_service(sqlite_engine, "PENSION", daily_limit=1)
    sqlite_engine.issue("PENSION")
    window = make_kiosk()
    button = window.service_buttons["PENSION"]
    qtbot.waitUntil(lambda: "All of today's tickets have been given out" in button.state.text())
    assert not button.available
    tap(qtbot, window, "PENSION")
    window.runner.wait()
    assert tickets(sqlite_engine) == [("Г-001", 0)]


def test_losing_the_race_for_the_last_ticket_is_a_message(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    set_service(sqlite_engine, "PENSION", daily_limit=1)
    window = make_kiosk()
    assert window.service_buttons["PENSION"].available
    sqlite_engine.issue("PENSION")  # another kiosk takes the last number
    tap(qtbot, window, "PENSION")
    qtbot.waitUntil(lambda: window.banner.isVisible())
    assert "has given out all 1 tickets for today" in window.banner.text()
    assert window.stack.currentWidget() is window.services_page
    assert tickets(sqlite_engine) == [("Г-001", 0)]
    # The refresh after the refusal puts the limit on the button.
    qtbot.waitUntil(lambda: not window.service_buttons["PENSION"].available)


# ---------------------------------------------------------------------- receptionist


def test_the_receptionist_issues_a_priority_ticket(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    staff(sqlite_engine, 1)  # PASSPORT is served at window 1
    sqlite_engine.issue("PASSPORT")
    sqlite_engine.issue("PASSPORT")
    window = make_kiosk(receptionist=True)
    assert window.desk.isVisible()
    sign_in_at_desk(qtbot, window, "bakyt", "6666")
    qtbot.waitUntil(window.priority_toggle.isEnabled)
    qtbot.mouseClick(window.priority_toggle, Qt.MouseButton.LeftButton)
    assert window.priority_toggle.isChecked()
    tap(qtbot, window, "PASSPORT")
    qtbot.waitUntil(lambda: issued_page(window))
    assert window.number.text() == "А-003"
    assert window.ahead.text() == "You are next in line."  # ahead of the two normal ones
    assert "Priority" in window.issued_caption.text()
    assert not window.priority_toggle.isChecked()  # one priority ticket per toggle
    assert window.last_label.text() == "Last ticket: А-003"

    window.show_services()
    tap(qtbot, window, "PASSPORT")
    qtbot.waitUntil(lambda: window.number.text() == "А-004")
    assert tickets(sqlite_engine)[-2:] == [("А-003", 1), ("А-004", 0)]


def test_the_kiosk_has_no_priority_toggle(make_kiosk: MakeKiosk) -> None:
    window = make_kiosk()
    assert not window.desk.isVisible()


def test_the_receptionist_reprints_the_last_ticket(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    with fake_printer() as device:
        window = make_kiosk(device.uri, receptionist=True)
        sign_in_at_desk(qtbot, window, "bakyt", "6666")
        qtbot.waitUntil(lambda: window.actor is not None)
        assert not window.reprint_button.isEnabled()
        with qtbot.waitSignal(window.print_finished, timeout=10_000):
            tap(qtbot, window, "PROPERTY")
        window.show_services()
        assert window.reprint_button.isEnabled()
        with qtbot.waitSignal(window.print_finished, timeout=10_000) as again:
            qtbot.mouseClick(window.reprint_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(device.jobs) == 2)
    assert again.args[0].printed
    assert all(job.startswith(PAPER_STATUS_QUERY + INIT) for job in device.jobs)
    assert window.banner.text() == "Ticket В-001 was printed again."
    assert window.reprint_button.isEnabled()
    assert tickets(sqlite_engine) == [("В-001", 0)]  # a reprint issues nothing
    assert print_events(sqlite_engine) == [(EventKind.PRINTED, False), (EventKind.PRINTED, True)]
    [copy] = [event for event in sqlite_engine.events() if event.kind == EventKind.REPRINTED]
    assert window.actor is not None
    assert copy.details["number"] == "В-001" and copy.operator_id == window.actor.id


# ---------------------------------------------------------------------- leaving


def test_kiosk_mode_needs_the_admin_pin_to_close(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(locked=True)
    assert not window.close()
    assert window.isVisible()
    assert window.stack.currentWidget() is window.pin_page

    qtbot.keyClicks(window.pin_edit, "1111")  # an operator's PIN, not an admin's
    qtbot.keyClick(window.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pin_message.text() == "Wrong PIN.")
    assert window.isVisible()
    assert window.pin_edit.text() == ""

    # Escape leaves the PIN screen; Escape again asks for the PIN again.
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.services_page
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.pin_page

    keys = {key.text(): key for key in window.keys}
    for key in ("9", "9", "9", "9", "OK"):
        qtbot.mouseClick(keys[key], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_outside_kiosk_mode_the_window_simply_closes(make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(receptionist=True)
    assert window.close()


# ---------------------------------------------------------------------- looks


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)], ids=["1920x1080", "1366x768"])
def test_screenshots_are_legible(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine, size: tuple[int, int]
) -> None:
    width, height = size
    for code, count in (("PASSPORT", 14), ("CIVIL", 3), ("PROPERTY", 5), ("PENSION", 2)):
        for _ in range(count):
            sqlite_engine.issue(code)
    with fake_printer() as device:
        window = make_kiosk(device.uri, lang="ky", size=size)
        qtbot.waitUntil(lambda: "14" in window.service_buttons["PASSPORT"].state.text())
        for button in window.service_buttons.values():
            assert button.title.font().pixelSize() >= height / 40
        assert clipped_labels(window.services_page) == []
        screenshot(window, f"kiosk-{width}x{height}.png")

        tap(qtbot, window, "PASSPORT")
        qtbot.waitUntil(lambda: window.note.text() == "Талонуңузду алыңыз.", timeout=10_000)
        assert window.number.text() == "А-015"
        assert window.number.font().pixelSize() >= height / 5
        assert clipped_labels(window.issued_page) == []
        screenshot(window, f"kiosk-issued-{width}x{height}.png")

    # Another visitor, and the printer is gone.
    trouble = make_kiosk(f"tcp://127.0.0.1:{closed_port()}", lang="ky", size=size)
    tap(qtbot, trouble, "PENSION")
    qtbot.waitUntil(lambda: trouble.banner.isVisible(), timeout=10_000)
    assert clipped_labels(trouble) == []
    screenshot(trouble, f"kiosk-printer-trouble-{width}x{height}.png")

    # The receptionist's desk, in Russian, and the PIN screen.
    desk = make_kiosk("tcp://127.0.0.1:9", lang="ru", size=size, receptionist=True)
    assert clipped_labels(desk) == []
    screenshot(desk, f"kiosk-receptionist-{width}x{height}.png")
    desk.ask_pin()
    qtbot.keyClicks(desk.pin_edit, "12")
    assert clipped_labels(desk.pin_page) == []
    screenshot(desk, f"kiosk-pin-{width}x{height}.png")


# ---------------------------------------------------------------------- command


@pytest.mark.parametrize("extra", [[], ["--windowed"], ["--receptionist"]])
def test_the_kiosk_command_starts_and_stops(sqlite_url: str, extra: list[str]) -> None:
    demo_database(sqlite_url).dispose()
    command = ["--db", sqlite_url, "--printer", "none", "kiosk", *extra, "--quit-after", "0.5"]
    result = subprocess.run(
        [sys.executable, "-m", "conq_desktop", *command],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_the_clock_and_texts_never_read_the_database_on_the_gui_thread(
    make_kiosk: MakeKiosk, sqlite_engine: QueueEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A change notification empties the engine's settings; were the clock or the texts
    # to read them again on the GUI thread, a server gone meanwhile would raise there.
    window = make_kiosk()
    russian_name = sqlite_engine.settings.name("ru")
    sqlite_engine.reload_settings()

    def gone() -> None:
        raise DatabaseError("the server is gone")

    monkeypatch.setattr(sqlite_engine.db, "read_session", gone)
    window._tick()
    window.set_language("ru")
    assert window.clock.text() == "10:00"  # Tuesday 10:00 in Bishkek
    assert window.centre.text() == russian_name
