"""Every window as assistive technology sees it: the QAccessible tree, walked from the
window's own interface (as a screen reader does through AT-SPI), must name every
control a person can operate, and the kiosk's service buttons must take the keyboard
focus."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.centre_state import centre_state
from conq_desktop.printing.printer_config import PrinterConfig
from conq_desktop.printing.service import TicketPrinter
from conq_desktop.views.admin import AdminWindow
from conq_desktop.views.common.application import application
from conq_desktop.views.common.worker import EngineRunner
from conq_desktop.views.display import HallDisplay
from conq_desktop.views.first_run import FirstRunWindow
from conq_desktop.views.kiosk import KioskWindow
from conq_desktop.views.operator import OperatorPanel
from conq_desktop.views.supervisor import SupervisorView

Role = QAccessible.Role

# What a person operates: each must say what it is.
CONTROLS = frozenset(
    {
        Role.PushButton,
        Role.CheckBox,
        Role.RadioButton,
        Role.EditableText,
        Role.ComboBox,
        Role.Switch,
        Role.ButtonMenu,
        Role.ButtonDropDown,
        Role.ButtonDropGrid,
    }
)
DEEPEST = 40  # no window nests deeper; a loop in the tree would


def walk(interface: QAccessibleInterface | None, depth: int = 0) -> Iterator[QAccessibleInterface]:
    """``interface`` and everything below it, through ``child(i)``."""
    if interface is None or not interface.isValid() or depth > DEEPEST:
        return
    yield interface
    for index in range(interface.childCount()):
        yield from walk(interface.child(index), depth + 1)


def describe(interface: QAccessibleInterface) -> str:
    """A control as a developer finds it: its role, its class and object name, what
    it shows."""
    thing = interface.object()
    kind = type(thing).__name__ if thing is not None else "?"
    name = thing.objectName() if thing is not None else ""
    shown = interface.text(QAccessible.Text.Value) or ""
    return f"{interface.role().name} {kind}#{name} value={shown!r}"


def unnamed_controls(window: QWidget) -> list[str]:
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None and root.isValid()
    return [
        describe(item)
        for item in walk(root)
        if item.role() in CONTROLS and not item.text(QAccessible.Text.Name).strip()
    ]


@dataclass
class Opened:
    window: QWidget
    runner: EngineRunner


Open = Callable[[QueueEngine, QtBot], Opened]


def show(qtbot: QtBot, window: QWidget, runner: EngineRunner) -> Opened:
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    return Opened(window, runner)


def kiosk(engine: QueueEngine, qtbot: QtBot, *, receptionist: bool = False) -> Opened:
    runner = EngineRunner()
    printer = TicketPrinter(engine, PrinterConfig.from_values("none", {}))
    window = KioskWindow(engine, printer, runner=runner, receptionist=receptionist, lang="en")
    opened = show(qtbot, window, runner)
    qtbot.waitUntil(lambda: len(window.service_buttons) == 5)
    return opened


def reception(engine: QueueEngine, qtbot: QtBot) -> Opened:
    return kiosk(engine, qtbot, receptionist=True)


def panel(engine: QueueEngine, qtbot: QtBot, *, signed_in: bool = False) -> Opened:
    runner = EngineRunner()
    window = OperatorPanel(engine, 3, None, runner, login="elena")
    opened = show(qtbot, window, runner)
    qtbot.waitUntil(lambda: window.window_info is not None)
    if signed_in:
        qtbot.keyClicks(window.pin_edit, "3333")
        qtbot.keyClick(window.pin_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.work_page)
        engine.issue("CIVIL")
        window.call_next()  # a ticket at the window: its moves are shown
        qtbot.waitUntil(lambda: window.ticket is not None)
    return opened


def panel_at_work(engine: QueueEngine, qtbot: QtBot) -> Opened:
    return panel(engine, qtbot, signed_in=True)


def display(engine: QueueEngine, qtbot: QtBot) -> Opened:
    runner = EngineRunner()
    window = HallDisplay(engine, None, runner)
    with qtbot.waitSignal(window.ready):  # the first calls and queues are shown
        return show(qtbot, window, runner)


def supervisor(engine: QueueEngine, qtbot: QtBot) -> Opened:
    runner = EngineRunner()
    window = SupervisorView(engine, None, runner, lang="en")
    opened = show(qtbot, window, runner)
    qtbot.waitUntil(lambda: bool(window.service_buttons))
    return opened


def start_window(engine: QueueEngine, qtbot: QtBot) -> Opened:
    runner = EngineRunner()
    window = FirstRunWindow(
        engine,
        centre_state(engine.db),
        None,
        runner,
        wanted=None,
        open_window=lambda _kind, _number: None,
    )
    opened = show(qtbot, window, runner)
    qtbot.waitUntil(window.launch_page.isVisible)
    return opened


def admin(engine: QueueEngine, qtbot: QtBot, *, area: str) -> Opened:
    runner = EngineRunner()
    window = AdminWindow(engine, None, runner, lang="en")
    opened = show(qtbot, window, runner)
    qtbot.waitUntil(lambda: window.snapshot is not None)
    window.login_edit.setText("admin")
    window.pin_edit.setText("9999")
    window.sign_in_button.click()
    qtbot.waitUntil(lambda: window.actor is not None)
    window.show_area(area)
    return opened


WINDOWS = [
    pytest.param(kiosk, id="kiosk"),
    pytest.param(reception, id="reception-desk"),
    pytest.param(panel, id="operator-panel-sign-in"),
    pytest.param(panel_at_work, id="operator-panel-at-work"),
    pytest.param(display, id="hall-display"),
    pytest.param(supervisor, id="supervisor"),
    pytest.param(start_window, id="start-window"),
    *(
        pytest.param(partial(admin, area=area), id=f"admin-{area}")
        for area in ("services", "windows", "staff", "centre")
    ),
]


@pytest.fixture
def opened(qtbot: QtBot, sqlite_engine: QueueEngine) -> Iterator[Callable[[Open], Opened]]:
    application()
    windows: list[Opened] = []

    def open_window(how: Open) -> Opened:
        windows.append(how(sqlite_engine, qtbot))
        return windows[-1]

    yield open_window
    for window in windows:
        unlock = getattr(window.window, "unlock", None)
        if unlock is not None:
            unlock()
        window.window.close()
        window.runner.wait()


@pytest.mark.parametrize("how", WINDOWS)
def test_every_control_has_a_name(opened: Callable[[Open], Opened], how: Open) -> None:
    window = opened(how).window
    assert unnamed_controls(window) == []


@pytest.mark.parametrize("how", [kiosk, reception], ids=["kiosk", "reception-desk"])
def test_every_service_button_of_the_kiosk_takes_the_keyboard_focus(
    opened: Callable[[Open], Opened], how: Open
) -> None:
    window = opened(how).window
    assert isinstance(window, KioskWindow)
    unreachable = [
        code
        for code, button in window.service_buttons.items()
        if not button.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert unreachable == []


def test_the_walk_finds_an_unnamed_control(qtbot: QtBot) -> None:
    """The check itself: a nameless button and field are reported, named ones not."""
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    application()
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for widget in (QPushButton(objectName="blank"), QLineEdit(objectName="field")):
        layout.addWidget(widget)
    layout.addWidget(QPushButton("Next"))
    window.show()
    found = unnamed_controls(window)
    assert found == ["Button QPushButton#blank value=''", "EditableText QLineEdit#field value=''"]
