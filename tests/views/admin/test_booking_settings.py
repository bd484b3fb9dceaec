"""The booking settings on the Centre page (views/admin/booking_fields.py): shown as
stored, changed and saved with the centre's settings, journalled, in the ranges a
centre file allows, each field named for assistive technology as its caption reads."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.admin_reads import read_centre_admin
from conq_desktop.engine.settings import DEFAULTS
from conq_desktop.models import EventKind, TicketEvent
from conq_desktop.views.admin import AdminWindow
from conq_desktop.views.admin.booking_fields import FIELDS
from tests.views.admin.conftest import press

KEYS = [key for key, _caption, _note in FIELDS]


def test_every_booking_setting_is_shown_as_stored(window: AdminWindow) -> None:
    window.show_area("centre")
    boxes = window.centre_page.booking.boxes
    assert (
        list(boxes)
        == KEYS
        == [
            "booking_slot_minutes",
            "booking_capacity",
            "booking_horizon_days",
            "booking_walk_in_share",
            "booking_early_minutes",
            "booking_late_minutes",
            "booking_call_every",
            "booking_purge_days",
        ]
    )
    assert {key: str(box.value()) for key, box in boxes.items()} == {
        key: DEFAULTS[key] for key in KEYS
    }
    # The ranges of a centre file: a value saving would refuse cannot be typed.
    assert (boxes["booking_capacity"].minimum(), boxes["booking_capacity"].maximum()) == (1, 100)
    assert (boxes["booking_call_every"].minimum(), boxes["booking_call_every"].maximum()) == (1, 20)
    assert boxes["booking_purge_days"].maximum() == 3650


def test_a_changed_booking_setting_is_saved_and_journalled(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    window.show_area("centre")
    page = window.centre_page
    page.booking.boxes["booking_capacity"].setValue(5)
    page.booking.boxes["booking_call_every"].setValue(3)
    page.booking.boxes["booking_purge_days"].setValue(14)
    assert page.settings_dirty
    assert press(qtbot, window, page.save_button) == "The centre's settings are saved."

    stored = read_centre_admin(sqlite_engine.db).settings
    assert (stored["booking_capacity"], stored["booking_call_every"]) == ("5", "3")
    assert stored["booking_purge_days"] == "14"
    with sqlite_engine.db.read_session() as session:
        [event] = session.scalars(
            select(TicketEvent).where(TicketEvent.kind == EventKind.SETTINGS_CHANGED)
        )
    assert event.operator_id == window.actor.id  # type: ignore[union-attr]
    assert event.details["changes"] == [
        {"key": "booking_call_every", "old": "2", "new": "3"},
        {"key": "booking_capacity", "old": "2", "new": "5"},
        {"key": "booking_purge_days", "old": "30", "new": "14"},
    ]
    assert page.booking.boxes["booking_capacity"].value() == 5  # shown as read again


def test_each_field_is_named_as_its_caption_reads(window: AdminWindow) -> None:
    window.show_area("centre")
    page = window.centre_page
    captions = {
        label.buddy(): label.text()
        for label in page.findChildren(QLabel)
        if label.buddy() is not None
    }
    for key, box in page.booking.boxes.items():
        assert box.accessibleName() == captions[box] != "", key
        assert box.lineEdit().accessibleName() == captions[box]
    call_every = page.booking.boxes["booking_call_every"]
    assert captions[call_every] == "Booked visitors ahead of walk-ins, every N-th call"
    assert call_every.accessibleDescription() == (
        "A booked visitor goes ahead of walk-ins at most every N-th call of a window."
    )
    notes = [label.text() for label in page.findChildren(QLabel, "note")]
    assert call_every.accessibleDescription() in notes  # said on the page too

    # In another language the names follow the captions.
    window.set_language("ru")
    assert call_every.accessibleName() == next(
        label.text() for label in page.findChildren(QLabel) if label.buddy() is call_every
    )
