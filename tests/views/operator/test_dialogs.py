"""The panel's two dialogs on their own, and what an operator types into them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from conq_desktop.engine.lookalikes import written_number
from conq_desktop.engine.snapshots import ServiceInfo
from conq_desktop.i18n import translate
from conq_desktop.views.operator.dialogs import SHOWN_WAITING, CallDialog, ServicePicker

SERVICES = [
    ServiceInfo("PENSION", "В", {"en": "Pensions and benefits"}),
    ServiceInfo("PASSPORT", "А", {"en": "Passport"}),
]


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("б3", "Б-003"),
        (" Б - 012 ", "Б-012"),
        ("А-001", "А-001"),
        ("А1234", "А-1234"),
        ("a–2", "A-002"),  # an en dash; the letters stay as typed, the engine folds them
        ("", ""),
    ],
)
def test_typed_ticket_numbers_are_normalised(typed: str, number: str) -> None:
    assert written_number(typed) == number


def test_the_picker_answers_the_code_of_the_chosen_service(parent: QWidget) -> None:
    picker = ServicePicker(parent, SERVICES, "Б-001", "ru")
    assert picker.chosen() == "PENSION"  # the first is ready for Enter
    picker.choose("PASSPORT")
    assert picker.chosen() == "PASSPORT"
    assert picker.ok.isEnabled()
    assert picker.ok.text() == translate("Send", "ru")
    assert picker.ok.property("role") == "primary"


def test_a_picker_with_nowhere_to_send_cannot_send(parent: QWidget) -> None:
    picker = ServicePicker(parent, [], "Б-001", "en")
    assert picker.chosen() is None
    assert not picker.ok.isEnabled()


def test_the_call_dialog_keeps_what_was_typed_while_the_waiting_load(parent: QWidget) -> None:
    dialog = CallDialog(parent, 3, "en")
    assert not dialog.loaded
    dialog.number.setEditText("б7")
    numbers = [f"Б-{number:03d}" for number in range(1, SHOWN_WAITING + 3)]
    dialog.set_waiting(numbers)
    assert dialog.loaded
    assert dialog.number.count() == len(numbers)
    assert dialog.waiting.text() == f"Waiting here: {', '.join(numbers[:SHOWN_WAITING])} …"
    dialog.reason.setText("came back with the missing document")
    assert dialog.values() == ("Б-007", "came back with the missing document")
    assert dialog.ok.text() == "Call"


def test_the_call_dialog_says_when_nobody_waits(parent: QWidget) -> None:
    dialog = CallDialog(parent, 3, "en")
    dialog.set_waiting([])
    assert dialog.loaded
    assert dialog.waiting.text() == "Nobody is waiting"
