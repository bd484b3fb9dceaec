"""The kiosk offers the languages the centre's administrator chose, live."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.accounts import change_settings
from tests.conftest import DEMO_STAFF
from tests.views.kiosk.test_kiosk_window import MakeKiosk, make_kiosk  # noqa: F401


def test_a_language_taken_off_the_kiosk_goes_at_the_next_change(
    qtbot: QtBot,
    make_kiosk: MakeKiosk,  # noqa: F811
    sqlite_engine: QueueEngine,
) -> None:
    kiosk = make_kiosk()  # in English
    assert all(button.isVisible() for button in kiosk.language_buttons.values())
    admin = sqlite_engine.authenticate(*DEMO_STAFF[5])
    change_settings(sqlite_engine.db, {"kiosk_languages": "ru,ky"}, actor=admin)
    sqlite_engine.reload_settings()  # what the window context does on a change
    kiosk.refresh()
    qtbot.waitUntil(lambda: not kiosk.language_buttons["en"].isVisible())
    assert kiosk.language_buttons["ru"].isVisible() and kiosk.language_buttons["ky"].isVisible()
    # English is no longer offered: the kiosk speaks the first language offered.
    assert kiosk.lang == "ru"
    assert kiosk.language_buttons["ru"].property("current") == "true"
