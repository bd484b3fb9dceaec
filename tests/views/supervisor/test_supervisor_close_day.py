"""The supervisor view's "Close the day…": asked first, done off the GUI thread, the
PDF saved and the slip printed, and what happened said on the message line."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.audit import verify_chain
from conq_desktop.models import EventKind
from conq_desktop.printing.printer_config import PrinterConfig
from conq_desktop.views.common.application import application
from conq_desktop.views.common.worker import EngineRunner
from conq_desktop.views.supervisor import SupervisorView
from tests.helpers.printer_listener import closed_port, fake_printer

Opened = Callable[..., SupervisorView]


@pytest.fixture
def opened(qtbot: QtBot, tmp_path: Path) -> Iterator[Opened]:
    views: list[SupervisorView] = []

    def open_view(engine: QueueEngine, printer: str | None = None) -> SupervisorView:
        application()
        config = (lambda: PrinterConfig.from_values(printer, {"timeout": 1})) if printer else None
        view = SupervisorView(
            engine, None, EngineRunner(), lang="en", printer_config=config,
            seal_folder=tmp_path / "data",
        )  # fmt: skip
        qtbot.addWidget(view)
        view.resize(1600, 900)
        view.show()
        views.append(view)
        qtbot.waitUntil(lambda: view.status is not None)
        return view

    yield open_view
    for view in views:
        view.runner.wait()


def sign_in(qtbot: QtBot, view: SupervisorView, login: str, pin: str) -> None:
    view.message.setText("")
    view.login_edit.setText(login)
    view.pin_edit.setText(pin)
    qtbot.mouseClick(view.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.message.text() != "")


def closes(engine: QueueEngine) -> int:
    return sum(1 for event in engine.events() if event.kind == EventKind.DAY_CLOSED)


def test_the_day_is_closed_printed_and_saved(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened, tmp_path: Path
) -> None:
    engine = sqlite_engine
    engine.issue("PASSPORT")
    with fake_printer() as device:
        view = opened(engine, device.uri)
        button = view.close_day_button
        assert button.text() == "Close the day…" and button.accessibleName() == button.text()
        button.click()  # nobody signed in yet
        assert "Sign in" in view.message.text() and view.close_day_dialog is None

        sign_in(qtbot, view, "gulnara", "5555")
        # From the keyboard: focus, then Space, as for any push button.
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
        dialog = view.close_day_dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.cancel.isDefault() and not dialog.confirm.isDefault()
        assert "24.11.2026" in dialog.findChild(QLabel).text()
        dialog.cancel.click()
        assert closes(engine) == 0

        button.click()
        dialog = view.close_day_dialog
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.confirm.accessibleName() == dialog.confirm.text() == "Close the day"
        dialog.confirm.click()
        qtbot.waitUntil(lambda: view.last_seal is not None, timeout=10_000)
        job = device.wait_for_job()
    out = view.last_seal
    assert out is not None and out.failure is None and out.printed
    assert b"\x1dv0" in job
    seq = out.sealed.seal.seq
    pdf = tmp_path / "data" / "seals" / f"seal-2026-11-24-{seq}.pdf"
    assert out.pdf == pdf and pdf.read_bytes().startswith(b"%PDF")
    text = view.message.text()
    assert f"seal of event {seq}" in text and str(pdf) in text
    assert f"Printed on {device.uri}." in text
    assert view.message.property("kind") == "info"
    assert closes(engine) == 1
    assert verify_chain(engine.db, seal=out.sealed.seal).intact


def test_a_dead_printer_is_told_and_the_pdf_kept(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened
) -> None:
    sqlite_engine.issue("PASSPORT")
    view = opened(sqlite_engine, f"tcp://127.0.0.1:{closed_port()}")
    sign_in(qtbot, view, "admin", "9999")
    view.close_day_button.click()
    dialog = view.close_day_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.confirm.click()
    qtbot.waitUntil(lambda: view.last_seal is not None, timeout=10_000)
    out = view.last_seal
    assert out is not None and out.pdf is not None and out.pdf.exists()
    assert "NOT printed" in view.message.text()
    assert view.message.property("kind") == "error"


def test_an_operator_is_refused_in_words(
    qtbot: QtBot, sqlite_engine: QueueEngine, opened: Opened
) -> None:
    sqlite_engine.issue("PASSPORT")
    view = opened(sqlite_engine)
    sign_in(qtbot, view, "aibek", "1111")
    view.close_day_button.click()
    dialog = view.close_day_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    view.message.setText("")
    dialog.confirm.click()
    qtbot.waitUntil(lambda: view.message.text() != "")
    assert "supervisor" in view.message.text()
    assert view.message.property("kind") == "error"
    assert view.last_seal is None and closes(sqlite_engine) == 0
