"""The supervisor view's language switch: the whole view retranslates at once, and
every button and field is named for assistive technology by the text it shows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.accounts import WRONG_PIN
from conq_desktop.i18n import LANGUAGE_NAMES, LANGUAGES, translate
from conq_desktop.views.common.application import application
from conq_desktop.views.common.translations import ui_language
from conq_desktop.views.supervisor import SupervisorView
from conq_desktop.views.supervisor.view import CURRENT_LANGUAGE
from tests.conftest import staff

LEFT = Qt.MouseButton.LeftButton
SHOTS = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"


@pytest.fixture
def view(qtbot: QtBot, sqlite_engine: QueueEngine, clock: FixedClock) -> Iterator[SupervisorView]:
    """The demo centre with one window calling and one waiting ticket, in English."""
    engine = sqlite_engine
    staff(engine, 1, 3)
    engine.issue("PASSPORT")
    engine.issue("PENSION")
    engine.call_next(1)
    engine.pause(3)
    clock.advance(minutes=16)  # the pension visitor waits past the target
    application()
    shown = SupervisorView(engine, None, lang="en")
    qtbot.addWidget(shown)
    shown.resize(1600, 900)
    shown.show()
    qtbot.waitUntil(lambda: bool(shown.service_buttons))
    yield shown
    shown.runner.wait()


def actionable(view: SupervisorView) -> list[QWidget]:
    return [w for w in view.findChildren(QWidget) if isinstance(w, QPushButton | QLineEdit)]


def visible_text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.placeholderText()
    assert isinstance(widget, QPushButton)
    return widget.text()


def texts(view: SupervisorView) -> dict[str, str]:
    """What a person reads in the view, by where."""
    return {
        "title": view.title.text(),
        "window title": view.windowTitle(),
        "login": view.login_edit.placeholderText(),
        "pin": view.pin_edit.placeholderText(),
        "sign in": view.sign_in_button.text(),
        "stop": view.stop_button.text(),
        "resume": view.resume_button.text(),
        "move": view.move_button.text(),
        "services": view.services_title.text(),
        "headings": " ".join(label.text() for label in view.windows.headings),
        "state 1": view.windows.rows[1]["state"].text(),
        "state 3": view.windows.rows[3]["state"].text(),
        "pension": view.service_buttons["PENSION"].text(),
        "message": view.message.text(),
    }


def test_every_text_follows_the_language_switch(qtbot: QtBot, view: SupervisorView) -> None:
    view.login_edit.setText("gulnara")
    view.pin_edit.setText("0000")
    qtbot.mouseClick(view.sign_in_button, LEFT)
    qtbot.waitUntil(lambda: view.message.text() == translate(WRONG_PIN, "en"))
    english = texts(view)
    assert english["stop"] == "Stop issuing" and english["state 1"] == "calling"
    assert "over target (15 min)" in english["pension"]
    assert english["pension"].startswith("Pension")

    qtbot.mouseClick(view.lang_buttons["ru"], LEFT)
    russian = texts(view)
    assert view.lang == "ru" and ui_language() == "ru"
    assert russian == {
        "title": translate("Supervisor", "ru"),
        "window title": f"conq-desktop — {translate('Supervisor', 'ru')}",
        "login": translate("Login", "ru"),
        "pin": translate("PIN", "ru"),
        "sign in": translate("Sign in", "ru"),
        "stop": translate("Stop issuing", "ru"),
        "resume": translate("Resume issuing", "ru"),
        "move": translate("Move waiting to…", "ru"),
        "services": translate("Services", "ru"),
        "headings": " ".join(
            translate(text, "ru") for text in ("Window", "State", "Operator", "Ticket", "For")
        ),
        "state 1": translate("calling", "ru"),
        "state 3": translate("on a break", "ru"),
        "pension": russian["pension"],
        "message": translate(WRONG_PIN, "ru"),
    }
    # Every text really changed (none is left in English), the service's name too.
    assert all(russian[key] != english[key] for key in english), russian
    assert translate("over target ({target} min)", "ru", target=15) in russian["pension"]
    assert not russian["pension"].startswith("Pension")

    qtbot.mouseClick(view.lang_buttons["ky"], LEFT)
    kyrgyz = texts(view)
    assert kyrgyz["stop"] == translate("Stop issuing", "ky") != russian["stop"]
    assert kyrgyz["message"] == translate(WRONG_PIN, "ky")
    assert view.message.property("kind") == "error"  # still an error, in Kyrgyz


def test_accessible_names_are_the_texts_in_every_language(
    qtbot: QtBot, view: SupervisorView
) -> None:
    view.service_buttons["PASSPORT"].click()
    for lang in ("ky", "ru", "en"):
        qtbot.mouseClick(view.lang_buttons[lang], LEFT)
        widgets = actionable(view)
        assert len(widgets) >= 3 + 2 + 3 + len(view.service_buttons)
        for widget in widgets:
            assert visible_text(widget), widget
            assert widget.accessibleName() == visible_text(widget), (lang, widget)
        assert view.stop_button.accessibleName() == translate("Stop issuing", lang)
        assert view.login_edit.accessibleName() == translate("Login", lang)


def test_the_language_switch_is_three_buttons_not_check_boxes(
    qtbot: QtBot, view: SupervisorView
) -> None:
    assert list(view.lang_buttons) == list(LANGUAGES)
    for code, button in view.lang_buttons.items():
        assert button.text() == LANGUAGE_NAMES[code] == button.accessibleName()
        assert not button.isCheckable()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable with Tab
        exposed = QAccessible.queryAccessibleInterface(button)
        assert exposed.role() == QAccessible.Role.Button
        assert not exposed.state().checkable
    assert view.lang_buttons["en"].property("current") is True
    assert view.lang_buttons["en"].accessibleDescription() == translate(CURRENT_LANGUAGE, "en")
    assert view.lang_buttons["ru"].accessibleDescription() == ""

    # From the keyboard: Space on the focused button.
    view.activateWindow()
    view.lang_buttons["ky"].setFocus()
    qtbot.waitUntil(view.lang_buttons["ky"].hasFocus)
    qtbot.keyClick(view.lang_buttons["ky"], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.lang == "ky")
    assert view.sign_in_button.text() == translate("Sign in", "ky")
    assert view.lang_buttons["ky"].property("current") is True
    assert view.lang_buttons["en"].property("current") is False
    assert view.lang_buttons["ky"].accessibleDescription() == translate(CURRENT_LANGUAGE, "ky")
    assert view.lang_buttons["en"].accessibleDescription() == ""


def test_a_message_said_after_signing_in_is_said_again_in_the_new_language(
    qtbot: QtBot, view: SupervisorView, sqlite_engine: QueueEngine
) -> None:
    view.login_edit.setText("gulnara")
    view.pin_edit.setText("5555")
    qtbot.mouseClick(view.sign_in_button, LEFT)
    qtbot.waitUntil(lambda: view.actor is not None)
    view.service_buttons["CIVIL"].click()
    qtbot.mouseClick(view.stop_button, LEFT)
    qtbot.waitUntil(lambda: view.message.text().startswith("Issuing stopped: Civil"))
    qtbot.mouseClick(view.lang_buttons["ru"], LEFT)
    civil_ru = sqlite_engine.status().services
    name = next(q.service.name("ru") for q in civil_ru if q.service.code == "CIVIL")
    assert view.message.text() == translate("Issuing stopped: {service}", "ru", service=name)
    assert view.message.property("kind") == "info"


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_screenshot_in_each_language(qtbot: QtBot, view: SupervisorView, lang: str) -> None:
    """For a person to look at (``artifacts/screenshots``); nothing may be cut off."""
    qtbot.mouseClick(view.lang_buttons[lang], LEFT)
    view.resize(1366, 768)
    qtbot.waitUntil(lambda: view.width() == 1366 and view.height() == 768)
    for button in view.findChildren(QPushButton):
        assert button.width() >= button.sizeHint().width() - 1, button.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(SHOTS / f"supervisor-{lang}.png"))
