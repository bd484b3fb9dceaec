"""The Centre page: the centre's settings saved and journalled, a bad time zone
refused, holidays, this PC's printer with a test print, and the centre as a file: an
export imported back changes nothing."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from conq_desktop.config import load_config_file
from conq_desktop.engine import QueueEngine
from conq_desktop.engine.admin_reads import read_centre_admin
from conq_desktop.models import EventKind, TicketEvent
from conq_desktop.views.admin import AdminWindow
from tests.views.admin.conftest import LEFT, press, replace_text, settled, type_text


def settings(engine: QueueEngine) -> dict[str, str]:
    return read_centre_admin(engine.db).settings


def events(engine: QueueEngine, kind: EventKind) -> list[TicketEvent]:
    with engine.db.read_session() as session:
        return list(session.scalars(select(TicketEvent).where(TicketEvent.kind == kind)))


def test_a_new_centre_name_is_saved_and_journalled(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    window.show_area("centre")
    page = window.centre_page
    replace_text(page.fields["centre_name_en"], "Bishkek Centre No. 2")
    type_text(page.fields["ticker_ru"], "Добро пожаловать")
    page.recall.setValue(5)
    page.languages.setCurrentIndex(page.languages.findData("ru,ky"))
    assert press(qtbot, window, page.save_button) == "The centre's settings are saved."

    stored = settings(sqlite_engine)
    assert stored["centre_name_en"] == "Bishkek Centre No. 2"
    assert stored["ticker_ru"] == "Добро пожаловать"
    assert stored["recall_limit"] == "5" and stored["kiosk_languages"] == "ru,ky"
    assert sqlite_engine.settings.name("en") == "Bishkek Centre No. 2"  # read again
    [event] = events(sqlite_engine, EventKind.SETTINGS_CHANGED)
    assert event.operator_id == window.actor.id  # type: ignore[union-attr]
    changes = {change["key"]: change for change in event.details["changes"]}
    assert changes["centre_name_en"]["old"] == "Bishkek Public Service Centre No. 1"
    assert changes["centre_name_en"]["new"] == "Bishkek Centre No. 2"
    assert set(changes) == {"centre_name_en", "ticker_ru", "recall_limit", "kiosk_languages"}

    assert press(qtbot, window, page.save_button) == (
        "Nothing to save: the settings are as they were."
    )


def test_the_centre_chooses_that_service_starts_at_the_call(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    window.show_area("centre")
    page = window.centre_page
    assert not page.start_at_call.isChecked()
    page.start_at_call.setChecked(True)
    assert press(qtbot, window, page.save_button) == "The centre's settings are saved."
    assert settings(sqlite_engine)["start_at_call"] == "true"
    assert sqlite_engine.settings.start_at_call
    [event] = events(sqlite_engine, EventKind.SETTINGS_CHANGED)
    assert event.details["changes"] == [{"key": "start_at_call", "old": "false", "new": "true"}]


def test_the_centre_chooses_to_show_the_fairness_line(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    window.show_area("centre")
    page = window.centre_page
    box = page.fairness_line
    assert not box.isChecked()  # off by default
    assert box.text() == "Show today's calls in order and out of order on the hall display"
    assert box.accessibleName() == box.text()
    assert box.accessibleDescription().startswith("A line on the hall display")
    box.setChecked(True)
    assert press(qtbot, window, page.save_button) == "The centre's settings are saved."
    assert settings(sqlite_engine)["display_fairness_line"] == "true"
    assert sqlite_engine.settings.display_fairness_line
    [event] = events(sqlite_engine, EventKind.SETTINGS_CHANGED)
    assert event.details["changes"] == [
        {"key": "display_fairness_line", "old": "false", "new": "true"}
    ]
    # Read back into the page as saved, and off again.
    page.fill_settings(settings(sqlite_engine))
    assert box.isChecked()
    box.setChecked(False)
    assert press(qtbot, window, page.save_button) == "The centre's settings are saved."
    assert settings(sqlite_engine)["display_fairness_line"] == "false"


def test_an_unknown_time_zone_is_refused_and_nothing_saved(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine
) -> None:
    window.show_area("centre")
    page = window.centre_page
    replace_text(page.fields["centre_name_en"], "Renamed")
    replace_text(page.fields["timezone"], "Asia/Atlantis")
    assert press(qtbot, window, page.save_button) == "Unknown time zone: Asia/Atlantis"
    assert window.message.property("kind") == "error"
    stored = settings(sqlite_engine)
    assert stored["timezone"] == "Asia/Bishkek"
    assert stored["centre_name_en"] == "Bishkek Public Service Centre No. 1"
    assert events(sqlite_engine, EventKind.SETTINGS_CHANGED) == []
    assert page.fields["timezone"].text() == "Asia/Atlantis"  # kept, to be corrected


def test_holidays_are_saved(qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine) -> None:
    window.show_area("centre")
    page = window.centre_page
    page.holiday_date.setDate(QDate(2027, 3, 21))
    type_text(page.holiday_name, "Нооруз")
    qtbot.mouseClick(page.add_holiday_button, LEFT)
    page.holiday_date.setDate(QDate(2027, 1, 1))
    qtbot.mouseClick(page.add_holiday_button, LEFT)
    assert page.holiday_days() == {date(2027, 1, 1): "", date(2027, 3, 21): "Нооруз"}
    assert press(qtbot, window, page.save_holidays_button) == "The holidays are saved."
    assert read_centre_admin(sqlite_engine.db).holidays == (
        (date(2027, 1, 1), ""),
        (date(2027, 3, 21), "Нооруз"),
    )
    page.holidays.setCurrentRow(0)
    qtbot.mouseClick(page.remove_holiday_button, LEFT)
    assert press(qtbot, window, page.save_holidays_button) == "The holidays are saved."
    assert read_centre_admin(sqlite_engine.db).holidays == ((date(2027, 3, 21), "Нооруз"),)


def test_export_then_import_shows_no_changes(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine, tmp_path: Path
) -> None:
    window.show_area("centre")
    page = window.centre_page
    exported = tmp_path / "centre.toml"
    window.say(None)
    page.export_to(exported)
    qtbot.waitUntil(lambda: window.message.text() != "" and settled(window))
    assert window.message.text() == f"The centre was written to {exported}."
    data = tomllib.loads(exported.read_text(encoding="utf-8"))
    assert data["services"][0]["code"] == "PASSPORT"
    assert all("pin" not in item for item in data["operators"])

    page.import_from(exported)
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible())
    dialog = page.import_dialog
    assert dialog is not None
    assert dialog.question.text() == "Loading this file would change nothing."
    assert not dialog.changes.isVisible()
    window.say(None)
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: window.message.text() != "" and settled(window))
    assert window.message.text() == "Loaded 5 services, 7 windows and 7 operators."
    [load] = events(sqlite_engine, EventKind.CENTRE_LOADED)[-1:]
    assert load.details["source"] == "administration window"
    assert load.details["changes"] == []


def test_an_imported_file_shows_its_changes_and_loads_only_when_confirmed(
    qtbot: QtBot, window: AdminWindow, sqlite_engine: QueueEngine, tmp_path: Path
) -> None:
    window.show_area("centre")
    page = window.centre_page
    exported = tmp_path / "centre.toml"
    page.export_to(exported)
    qtbot.waitUntil(lambda: exported.exists() and settled(window))
    text = exported.read_text(encoding="utf-8")
    exported.write_text(text.replace("recall_limit = 3", "recall_limit = 4"), encoding="utf-8")

    page.import_from(exported)
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible())
    dialog = page.import_dialog
    assert dialog is not None
    assert dialog.question.text().startswith("Loading this file would change")
    assert dialog.changes.toPlainText() == "setting recall_limit: recall_limit 3 → 4"
    dialog.reject()
    assert settings(sqlite_engine)["recall_limit"] == "3"  # not confirmed: not loaded

    broken = tmp_path / "broken.toml"
    broken.write_text("[[services]]\ncode = 1\n", encoding="utf-8")
    window.say(None)
    page.import_from(broken)
    qtbot.waitUntil(lambda: window.message.text() != "" and settled(window))
    assert "services #1" in window.message.text()
    assert window.message.property("kind") == "error"


def test_this_pcs_printer_is_checked_saved_and_tested(
    qtbot: QtBot, window: AdminWindow, tmp_path: Path
) -> None:
    window.show_area("centre")
    page = window.centre_page
    config = page.config_file
    replace_text(page.printer_uri, "lpt://somewhere")
    said = press(qtbot, window, page.save_printer_button)
    assert said.startswith("The printer address is not valid: lpt://somewhere.")
    assert not config.exists()

    out = tmp_path / "printed.bin"
    replace_text(page.printer_uri, f"file:{out}")
    page.paper.setCurrentIndex(page.paper.findData(58))
    assert press(qtbot, window, page.save_printer_button) == "This PC's printer setting is saved."
    assert load_config_file(config)["printer"] == {"uri": f"file:{out}", "paper_width": 58}

    window.say(None)
    qtbot.mouseClick(page.print_test_button, LEFT)
    qtbot.waitUntil(lambda: window.message.text().startswith("Printed") and settled(window))
    assert window.message.text() == f"Printed on file:{out}."
    assert out.stat().st_size > 0
    assert page.print_test_button.isEnabled()

    replace_text(page.printer_uri, f"file:{tmp_path / 'no' / 'such' / 'folder'}")
    window.say(None)
    qtbot.mouseClick(page.print_test_button, LEFT)
    qtbot.waitUntil(lambda: "NOT printed" in window.message.text() and settled(window))
    assert window.message.property("kind") == "error"
