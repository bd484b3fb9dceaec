"""The start window offers the supervisor view, and a centre without an administrator
gets its first one there: login, name, the PIN twice. A mismatch, a bad PIN or a
refusal says why in every language and saves nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from conq_desktop.db import open_database
from conq_desktop.engine.accounts import HAS_ADMIN, create_first_admin, has_admin
from conq_desktop.engine.centre_state import centre_state, load_centre_file
from conq_desktop.i18n import LANGUAGES, in_every_language, translate
from conq_desktop.views.first_run.texts import (
    ADMIN_CREATED,
    NEEDS_ADMIN,
    OPENING,
    PIN_DIGITS,
    PINS_DIFFER,
)
from conq_desktop.views.first_run.window import FirstRunWindow
from conq_desktop.views.supervisor import SupervisorView
from tests.conftest import DEMO_CENTRE
from tests.helpers.cli import dump
from tests.views.first_run.test_first_run import Run, clipped_labels, shown

LEFT = Qt.MouseButton.LeftButton
SHOTS = Path(__file__).resolve().parents[3] / "artifacts" / "screenshots"
ADMIN_BLOCK = 'login = "admin"\nname = "Администратор"\nrole = "admin"\n'


def centre_without_admin(folder: Path) -> Path:
    """The demo centre whose administrator is only an operator."""
    text = DEMO_CENTRE.read_text(encoding="utf-8")
    assert text.count(ADMIN_BLOCK) == 1
    path = folder / "no-admin.toml"
    path.write_text(
        text.replace(ADMIN_BLOCK, ADMIN_BLOCK.replace('"admin"\n', '"operator"\n')),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def run(qtbot: QtBot, sqlite_url: str) -> Iterator[Run]:
    started = Run(sqlite_url)
    yield started
    started.close()


@pytest.fixture
def asking(qtbot: QtBot, run: Run, tmp_path: Path) -> FirstRunWindow:
    """The start window of a centre without an administrator, asking for one."""
    load_centre_file(run.ctx.db(), centre_without_admin(tmp_path))
    run.opener_for()
    welcome = run.welcome(wanted=None)
    qtbot.waitUntil(lambda: welcome.admin_form.isVisible())
    return welcome


def fill(welcome: FirstRunWindow, login: str, name: str, pin: str, again: str) -> None:
    form = welcome.admin_form
    form.login_edit.setText(login)
    form.name_edit.setText(name)
    form.pin_edit.setText(pin)
    form.pin_again_edit.setText(again)


def admin_in(url: str) -> bool:
    db = open_database(url)
    try:
        return has_admin(db)
    finally:
        db.dispose()


def focus_chain(start: QWidget, stop: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``start`` to ``stop``."""
    chain, widget = [start], start.nextInFocusChain()
    while widget is not stop and widget is not start:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return [*chain, stop]


# ---------------------------------------------------------------------- the supervisor view


def test_the_start_window_offers_the_supervisor_view_and_opens_it(qtbot: QtBot, run: Run) -> None:
    load_centre_file(run.ctx.db(), DEMO_CENTRE)
    opener = run.command("start")
    welcome = opener.opened[0]
    assert isinstance(welcome, FirstRunWindow)
    button = welcome.launch_buttons["supervisor"]
    assert button.isVisible() and button.isEnabled()
    assert button.text_lines() == [
        "Супервайзердин панели",
        "Панель супервайзера",
        "Supervisor view",
    ]
    assert button.accessibleName() == in_every_language("Supervisor view")
    for kind in ("kiosk", "reception", "display", "operator"):  # the others keep theirs
        assert welcome.launch_buttons[kind].accessibleName() == " / ".join(
            welcome.launch_buttons[kind].text_lines()
        )

    qtbot.mouseClick(button, LEFT)
    views = shown(SupervisorView)
    assert len(views) == 1 and views[0] in opener.opened
    assert not welcome.isVisible()
    qtbot.waitUntil(lambda: views[0].status is not None)  # it reads the centre


def test_the_keyboard_order_keeps_the_window_number_after_the_operator_panel(
    qtbot: QtBot, run: Run
) -> None:
    load_centre_file(run.ctx.db(), DEMO_CENTRE)
    run.opener_for()
    welcome = run.welcome(wanted=None)
    buttons = welcome.launch_buttons
    assert focus_chain(buttons["kiosk"], welcome.window_number) == [
        buttons["kiosk"],
        buttons["reception"],
        buttons["display"],
        buttons["supervisor"],
        buttons["operator"],
        welcome.window_number,
    ]


def test_the_supervisor_command_without_a_centre_opens_it_after_loading(
    qtbot: QtBot, run: Run
) -> None:
    run.opener_for()
    welcome = run.welcome(wanted=("supervisor", 0), open_after_ms=60_000)
    welcome.load(DEMO_CENTRE)
    qtbot.waitUntil(lambda: welcome._opening is not None, timeout=20_000)
    for lang in LANGUAGES:
        assert translate(OPENING["supervisor"], lang) in welcome.columns[lang].body.text()
    welcome._open_wanted()  # the moment is over
    qtbot.waitUntil(lambda: len(shown(SupervisorView)) == 1)
    assert not welcome.isVisible()


# ---------------------------------------------------------------------- the first administrator


def test_a_centre_without_an_administrator_asks_for_one(
    qtbot: QtBot, asking: FirstRunWindow
) -> None:
    form = asking.admin_form
    assert not asking.launch_page.isVisible()  # nothing opens before there is one
    for lang in LANGUAGES:
        assert translate(NEEDS_ADMIN, lang) in asking.columns[lang].body.text()
    assert "administrator" in translate(NEEDS_ADMIN, "en")
    assert translate(NEEDS_ADMIN, "ky") != translate(NEEDS_ADMIN, "en")
    assert form.pin_edit.echoMode() == QLineEdit.EchoMode.Password
    assert form.pin_again_edit.echoMode() == QLineEdit.EchoMode.Password
    for edit, caption in zip(form.fields, form.captions, strict=True):
        assert edit.accessibleName() == caption.text() != ""
        assert caption.buddy() is edit
    assert form.create_button.accessibleName() == " / ".join(form.create_button.text_lines())
    assert focus_chain(form.login_edit, form.create_button) == [
        form.login_edit,
        form.name_edit,
        form.pin_edit,
        form.pin_again_edit,
        form.create_button,
    ]


def test_mismatched_pins_are_refused_and_nothing_saved(
    qtbot: QtBot, asking: FirstRunWindow, sqlite_url: str
) -> None:
    before = dump(sqlite_url)
    fill(asking, "chief", "Айгүл Сыдыкова", "4821", "4812")
    qtbot.mouseClick(asking.admin_form.create_button, LEFT)
    for lang in LANGUAGES:
        assert asking.message(lang) == translate(PINS_DIFFER, lang)
        assert asking.columns[lang].message.text() == asking.message(lang)
    assert asking.message("ru") != asking.message("en")
    assert asking.admin_form.pin_edit.text() == asking.admin_form.pin_again_edit.text() == ""
    assert asking.admin_form.login_edit.text() == "chief"  # only the PINs are typed again
    assert asking.admin_form.isVisible() and not asking.launch_page.isVisible()
    assert dump(sqlite_url) == before


@pytest.mark.parametrize("pin", ["12", "123456789"])
def test_a_pin_that_is_not_4_to_8_digits_is_refused(
    qtbot: QtBot, asking: FirstRunWindow, sqlite_url: str, pin: str
) -> None:
    before = dump(sqlite_url)
    fill(asking, "chief", "Айгүл Сыдыкова", pin, pin)
    asking.admin_form.pin_again_edit.returnPressed.emit()  # Enter in the last field
    for lang in LANGUAGES:
        assert asking.message(lang) == translate(PIN_DIGITS, lang)
    assert asking.admin_form.isVisible()
    assert dump(sqlite_url) == before


def test_a_pin_field_takes_digits_only(qtbot: QtBot, asking: FirstRunWindow) -> None:
    edit = asking.admin_form.pin_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "12ab34567890")
    assert edit.text() == "12345678"


@pytest.mark.parametrize(
    ("login", "name", "says"),
    [
        ("aibek", "Айгүл Сыдыкова", "There is already an operator with the login aibek."),
        ("", "Айгүл Сыдыкова", "The login is empty."),
        ("chief", "  ", "The name is empty."),
    ],
)
def test_the_engine_refusing_is_explained_and_nothing_saved(
    qtbot: QtBot, asking: FirstRunWindow, sqlite_url: str, login: str, name: str, says: str
) -> None:
    before = dump(sqlite_url)
    fill(asking, login, name, "4821", "4821")
    qtbot.mouseClick(asking.admin_form.create_button, LEFT)
    qtbot.waitUntil(lambda: asking.message("en") == says)
    assert asking.columns["en"].message.property("kind") == "error"
    assert asking.message("ky") != says  # said in Kyrgyz too
    qtbot.waitUntil(lambda: asking.admin_form.create_button.isEnabled())
    assert asking.admin_form.isVisible() and not asking.launch_page.isVisible()
    assert dump(sqlite_url) == before


def test_the_administrator_is_created_and_the_form_goes_away(
    qtbot: QtBot, asking: FirstRunWindow, run: Run, sqlite_url: str
) -> None:
    made: list[object] = []
    asking.admin_created.connect(made.append)
    fill(asking, " chief ", "Айгүл Сыдыкова", "4821", "4821")
    qtbot.mouseClick(asking.admin_form.create_button, LEFT)

    qtbot.waitUntil(lambda: not asking.admin_form.isVisible(), timeout=20_000)
    assert asking.launch_page.isVisible()
    assert admin_in(sqlite_url)
    assert len(made) == 1
    for lang in LANGUAGES:
        assert asking.message(lang) == translate(
            ADMIN_CREATED, lang, name="Айгүл Сыдыкова", login="chief"
        )
        assert translate(NEEDS_ADMIN, lang) not in asking.columns[lang].body.text()
    assert all(edit.text() == "" for edit in asking.admin_form.fields)  # the PIN is gone
    assert run.ctx.engine.authenticate("chief", "4821").name == "Айгүл Сыдыкова"


def test_the_asked_for_window_opens_only_once_there_is_an_administrator(
    qtbot: QtBot, run: Run, tmp_path: Path
) -> None:
    run.opener_for()
    opened: list[tuple[str, int]] = []
    welcome = run.welcome(wanted=("display", 0), open_after_ms=0)
    welcome.open_window = lambda kind, number: opened.append((kind, number))
    welcome.load(centre_without_admin(tmp_path))
    qtbot.waitUntil(lambda: welcome.admin_form.isVisible(), timeout=20_000)
    assert "Loaded 5 services" in welcome.message("en")
    assert opened == [] and welcome._opening is None

    fill(welcome, "chief", "Айгүл Сыдыкова", "4821", "4821")
    qtbot.mouseClick(welcome.admin_form.create_button, LEFT)
    qtbot.waitUntil(lambda: opened == [("display", 0)], timeout=20_000)
    assert not welcome.isVisible()


def test_an_administrator_made_on_another_pc_ends_the_asking(
    qtbot: QtBot, asking: FirstRunWindow, sqlite_url: str
) -> None:
    other = open_database(sqlite_url)
    try:
        create_first_admin(other, "chief", "Айгүл Сыдыкова", "4821")
    finally:
        other.dispose()
    qtbot.waitUntil(lambda: not asking.admin_form.isVisible(), timeout=20_000)
    assert asking.launch_page.isVisible()


def test_a_form_sent_after_another_pc_made_one_is_refused(
    qtbot: QtBot, run: Run, sqlite_url: str, tmp_path: Path
) -> None:
    """Without live updates the window does not know yet: the engine refuses."""
    load_centre_file(run.ctx.db(), centre_without_admin(tmp_path))
    run.opener_for()
    welcome = FirstRunWindow(
        run.opener.window_ctx.engine,  # type: ignore[union-attr]
        centre_state(run.ctx.db()),
        None,
        run.opener.window_ctx.runner,  # type: ignore[union-attr]
        wanted=None,
    )
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.waitUntil(lambda: welcome.admin_form.isVisible())
    create_first_admin(run.ctx.db(), "chief", "Айгүл Сыдыкова", "4821")
    before = dump(sqlite_url)

    fill(welcome, "deputy", "Бакыт Эсенов", "1357", "1357")
    qtbot.mouseClick(welcome.admin_form.create_button, LEFT)
    qtbot.waitUntil(lambda: welcome.message("en") == translate(HAS_ADMIN, "en"))
    assert welcome.message("ru") == translate(HAS_ADMIN, "ru") != translate(HAS_ADMIN, "en")
    qtbot.waitUntil(lambda: not welcome.admin_form.isVisible())  # it looked again
    assert dump(sqlite_url) == before


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)], ids=["1920x1080", "1366x768"])
def test_the_form_is_legible(qtbot: QtBot, asking: FirstRunWindow, size: tuple[int, int]) -> None:
    width, height = size
    asking.resize(width, height)
    fill(asking, "chief", "Айгүл Сыдыкова", "4821", "4812")
    qtbot.mouseClick(asking.admin_form.create_button, LEFT)  # the longest message
    qtbot.waitUntil(lambda: clipped_labels(asking) == [])
    for label in asking.admin_form.findChildren(QLabel):
        assert label.font().pixelSize() >= 13
    for edit in asking.admin_form.fields:
        assert edit.height() >= edit.sizeHint().height() - 1
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert asking.grab().save(str(SHOTS / f"first-admin-{width}x{height}.png"))

    fill(asking, "chief", "Айгүл Сыдыкова", "4821", "4821")
    qtbot.mouseClick(asking.admin_form.create_button, LEFT)
    qtbot.waitUntil(lambda: asking.launch_page.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: clipped_labels(asking) == [])
    for button in asking.launch_buttons.values():  # five side by side, every line legible
        for line in button.lines.values():
            assert line.font().pixelSize() >= 13
            assert line.minimumSizeHint().width() <= line.width() + 1, line.text()  # no word cut
    combo = asking.window_number
    assert combo.width() >= combo.sizeHint().width() - 1
    assert asking.grab().save(str(SHOTS / f"start-window-{width}x{height}.png"))
