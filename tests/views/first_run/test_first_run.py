"""The first run: a database without a centre gets the welcome window instead of an
empty kiosk, display or panel; from there a centre file is loaded (or refused, changing
nothing), the demo is started, and the window that was asked for opens."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from conq_desktop.cli import window_commands
from conq_desktop.cli.commands import Context
from conq_desktop.config import Settings
from conq_desktop.db import open_database
from conq_desktop.engine.centre_state import centre_state, load_centre_file
from conq_desktop.errors import NotFound
from conq_desktop.guidance import NO_CENTRE
from conq_desktop.i18n import LANGUAGES, translate
from conq_desktop.views.app import Opener, WindowOptions, first_run_window
from conq_desktop.views.display import HallDisplay
from conq_desktop.views.first_run.window import (
    LOADED,
    NO_WINDOW,
    NOT_LOADED,
    OPENING,
    WELCOME,
    FirstRunWindow,
)
from conq_desktop.views.kiosk import KioskWindow
from conq_desktop.views.operator import OperatorPanel
from tests.conftest import DEMO_CENTRE
from tests.helpers.cli import dump
from tests.helpers.cli import run as program

ROOT = Path(__file__).resolve().parents[3]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}
BAD_CENTRE = "[[services]]\nprefix = 'X'\nname = { ky = 'a', ru = 'b', en = 'c' }\n"


class Run:
    """One run of a window command in this process, without its event loop."""

    def __init__(self, url: str) -> None:
        self.ctx = Context(settings=Settings.resolve(db=url, language="en"))
        self.opener: Opener | None = None

    def command(self, name: str, **options: Any) -> Opener:
        """``conq-desktop NAME`` as the command line calls it; the loop is not entered."""
        args = argparse.Namespace(quit_after=0, **options)
        runs: list[Opener] = []
        original = Opener.run
        Opener.run = lambda opener, quit_after=0: runs.append(opener) or 0
        try:
            assert getattr(window_commands, name)(args, self.ctx) == 0
        finally:
            Opener.run = original
        self.opener = runs[0]
        return self.opener

    def opener_for(self, **options: Any) -> Opener:
        self.opener = Opener(self.ctx.engine, WindowOptions(**options))
        return self.opener

    def welcome(self, **options: Any) -> FirstRunWindow:
        assert self.opener is not None
        state = centre_state(self.ctx.db())
        return first_run_window(self.opener, state, **options)

    def close(self) -> None:
        if self.opener is not None:
            for window in self.opener.opened:
                if hasattr(window, "unlock"):
                    window.unlock()
                window.close()
            self.opener.window_ctx.live.stop()
            self.opener.window_ctx.runner.wait()
        self.ctx.close()


@pytest.fixture
def run(qtbot: QtBot, sqlite_url: str) -> Iterator[Run]:
    """A fresh database: created, with no centre in it."""
    started = Run(sqlite_url)
    yield started
    started.close()


def shown(kind: type) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def services_in(url: str) -> int:
    db = open_database(url)
    try:
        return centre_state(db).services
    finally:
        db.dispose()


def fits(label: QLabel) -> bool:
    if not label.text():
        return True
    if label.wordWrap():
        return label.heightForWidth(label.width()) <= label.height() + 1
    return label.sizeHint().width() <= label.width() + 1


def clipped_labels(widget: QWidget) -> list[str]:
    return [
        label.text()
        for label in widget.findChildren(QLabel)
        if label.isVisibleTo(widget) and not fits(label)
    ]


# ---------------------------------------------------------------------- instead of empty windows


@pytest.mark.parametrize(
    ("name", "options", "wanted"),
    [
        ("display", {"ticker": "", "windowed": True, "print_calls": False}, ("display", 0)),
        ("kiosk", {"receptionist": False, "windowed": True}, ("kiosk", 0)),
        ("kiosk", {"receptionist": True, "windowed": False}, ("reception", 0)),
        ("operator", {"window": 3, "operator": None}, ("operator", 3)),
    ],
    ids=["display", "kiosk", "reception", "operator"],
)
def test_without_a_centre_the_welcome_opens_instead_of_the_window(
    run: Run,
    name: str,
    options: dict[str, Any],
    wanted: tuple[str, int],
) -> None:
    opener = run.command(name, **options)
    assert [type(window) for window in opener.opened] == [FirstRunWindow]
    welcome = opener.opened[0]
    assert welcome.isVisible() and welcome.wanted == wanted
    assert shown(HallDisplay) == shown(KioskWindow) == shown(OperatorPanel) == []
    for lang in LANGUAGES:
        column = welcome.columns[lang]
        assert column.title.text() == translate(WELCOME, lang)
        assert column.body.text() == translate(NO_CENTRE, lang)
    assert welcome.load_button.isEnabled() and welcome.demo_button.isEnabled()


def test_with_a_centre_the_window_itself_opens(run: Run) -> None:
    load_centre_file(run.ctx.db(), DEMO_CENTRE)
    opener = run.command("display", ticker="", windowed=True, print_calls=False)
    assert [type(window) for window in opener.opened] == [HallDisplay]


def test_the_display_command_on_a_fresh_database(tmp_path: Path) -> None:
    """The real program: no display, the guidance on stderr, the database created."""
    url = f"sqlite:///{tmp_path / 'first.sqlite3'}"
    result = program(
        *("--db", url, "display", "--windowed", "--print-calls", "--quit-after", "0.3"),
        env=OFFSCREEN,
    )
    assert result.returncode == 0, result.stderr
    assert "ready" not in result.stdout  # the hall display never came up
    for lang in LANGUAGES:
        assert translate(NO_CENTRE, lang) in result.stderr
    assert (tmp_path / "first.sqlite3").is_file()


def test_the_operator_command_without_a_centre_opens_the_welcome(tmp_path: Path) -> None:
    """Not "no window 3" and status 5: the welcome explains why there is none."""
    url = f"sqlite:///{tmp_path / 'first.sqlite3'}"
    result = program(
        *("--db", url, "operator", "--window", "3", "--quit-after", "0.3"), env=OFFSCREEN
    )
    assert result.returncode == 0, result.stderr
    assert "There is no window 3" not in result.stderr
    assert translate(NO_CENTRE, "en") in result.stderr


# ---------------------------------------------------------------------- loading a centre file


def test_a_good_centre_file_is_loaded_and_the_asked_for_window_opens(
    qtbot: QtBot, run: Run, sqlite_url: str
) -> None:
    run.opener_for(windowed=True, ticker="", print_calls=False)
    welcome = run.welcome(wanted=("display", 0), open_after_ms=0)
    loaded: list[dict[str, int]] = []
    welcome.centre_loaded.connect(loaded.append)

    welcome.load(DEMO_CENTRE)

    qtbot.waitUntil(lambda: len(shown(HallDisplay)) == 1, timeout=20_000)
    assert loaded == [{"services": 5, "windows": 7, "operators": 7}]
    for lang in LANGUAGES:
        assert welcome.message(lang) == translate(LOADED, lang, **loaded[0])
    assert not welcome.isVisible()
    assert services_in(sqlite_url) == 5
    # The display reads the centre that was just loaded (its name, not the generic one).
    display = shown(HallDisplay)[0]
    qtbot.waitUntil(lambda: "Bishkek" in display.centre.text() or "Бишкек" in display.centre.text())


def test_the_loaded_centre_is_shown_for_a_moment_before_the_window_opens(
    qtbot: QtBot, run: Run
) -> None:
    run.opener_for()
    opened: list[tuple[str, int]] = []
    welcome = run.welcome(wanted=("operator", 2), open_after_ms=60_000)
    welcome.open_window = lambda kind, number: opened.append((kind, number))
    welcome.load(DEMO_CENTRE)
    qtbot.waitUntil(lambda: welcome._opening is not None, timeout=20_000)
    assert opened == []
    for lang in LANGUAGES:
        assert translate(OPENING["operator"], lang, number=2) in welcome.columns[lang].body.text()
    assert not welcome.launch_page.isVisible() and not welcome.setup_page.isVisible()
    welcome._open_wanted()  # the moment is over
    assert opened == [("operator", 2)]
    assert not welcome.isVisible()


def test_a_bad_centre_file_is_explained_and_changes_nothing(
    qtbot: QtBot, run: Run, sqlite_url: str, tmp_path: Path
) -> None:
    bad = tmp_path / "centre.toml"
    bad.write_text(BAD_CENTRE, encoding="utf-8")
    run.opener_for()
    opened: list[tuple[str, int]] = []
    welcome = run.welcome(wanted=("display", 0), open_after_ms=0)
    welcome.open_window = lambda kind, number: opened.append((kind, number))
    before = dump(sqlite_url)

    welcome.load(bad)

    qtbot.waitUntil(lambda: welcome.message("en").startswith(NOT_LOADED), timeout=20_000)
    assert welcome.message("ky").splitlines() == [
        "Файл жүктөлгөн жок, эч нерсе өзгөргөн жок.",
        f"{bad}: services #1: «code» көрсөтүлгөн эмес",
    ]
    assert welcome.message("ru").splitlines()[1] == f"{bad}: services #1: не указано поле «code»"
    assert welcome.columns["ru"].message.text() == welcome.message("ru")
    assert "Traceback" not in welcome.message("en")
    assert dump(sqlite_url) == before
    assert opened == [] and welcome.isVisible()
    assert welcome.load_button.isEnabled() and welcome.setup_page.isVisible()


def test_a_missing_file_is_explained_too(qtbot: QtBot, run: Run, tmp_path: Path) -> None:
    run.opener_for()
    welcome = run.welcome(wanted=None)
    welcome.load(tmp_path / "nowhere.toml")
    qtbot.waitUntil(lambda: welcome.message("en").startswith(NOT_LOADED), timeout=20_000)
    assert "nowhere.toml does not exist" in welcome.message("en")


def test_an_operator_window_the_file_does_not_have_is_explained(
    qtbot: QtBot, run: Run, tmp_path: Path
) -> None:
    run.opener_for()
    opened: list[tuple[str, int]] = []
    welcome = run.welcome(wanted=("operator", 99), open_after_ms=0)
    welcome.open_window = lambda kind, number: opened.append((kind, number))
    welcome.load(DEMO_CENTRE)
    qtbot.waitUntil(lambda: welcome.launch_page.isVisibleTo(welcome), timeout=20_000)
    for lang in LANGUAGES:
        assert welcome.message(lang) == translate(NO_WINDOW, lang, number=99)
    assert opened == [] and welcome.isVisible()
    assert [welcome.window_number.itemText(i) for i in range(welcome.window_number.count())] == [
        str(number) for number in range(1, 8)
    ]


def test_a_centre_loaded_by_another_process_is_noticed(
    qtbot: QtBot, run: Run, sqlite_url: str
) -> None:
    run.opener_for()
    opened: list[tuple[str, int]] = []
    welcome = run.welcome(wanted=("display", 0), open_after_ms=0)
    welcome.open_window = lambda kind, number: opened.append((kind, number))
    result = program("--db", sqlite_url, "setup", "--from", str(DEMO_CENTRE))
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: opened == [("display", 0)], timeout=20_000)


def test_without_live_updates_the_window_looks_again_now_and_then(
    qtbot: QtBot, run: Run, sqlite_url: str
) -> None:
    """PostgreSQL sends no notification for a loaded centre file: a timer asks."""
    run.opener_for()
    opened: list[tuple[str, int]] = []
    welcome = FirstRunWindow(
        run.opener.window_ctx.engine,  # type: ignore[union-attr]
        centre_state(run.ctx.db()),
        None,
        run.opener.window_ctx.runner,  # type: ignore[union-attr]
        wanted=("display", 0),
        open_window=lambda kind, number: opened.append((kind, number)),
        open_after_ms=0,
    )
    qtbot.addWidget(welcome)
    assert welcome._refresh_timer.isActive()
    db = open_database(sqlite_url)
    load_centre_file(db, DEMO_CENTRE)
    db.dispose()
    welcome.refresh()  # what the timer does
    qtbot.waitUntil(lambda: opened == [("display", 0)], timeout=20_000)
    assert not welcome._refresh_timer.isActive()


# ---------------------------------------------------------------------- the demo


def test_open_the_demo_starts_the_demo_program_and_makes_way(qtbot: QtBot, run: Run) -> None:
    run.opener_for()
    started: list[list[str]] = []
    welcome = run.welcome(wanted=("kiosk", 0), start_process=started.append)
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    assert started == [[sys.executable, "-m", "conq_desktop", "demo"]]
    assert not welcome.isVisible()


def test_a_built_program_starts_itself_for_the_demo(
    qtbot: QtBot, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", r"C:\Program Files\conq-desktop\conq-desktop.exe")
    run.opener_for()
    started: list[list[str]] = []
    welcome = run.welcome(wanted=None, start_process=started.append)
    welcome.open_demo()
    assert started == [[r"C:\Program Files\conq-desktop\conq-desktop.exe", "demo"]]


def test_a_demo_that_cannot_start_is_explained(qtbot: QtBot, run: Run) -> None:
    def refuse(argv: list[str]) -> None:
        raise PermissionError(13, "Permission denied")

    run.opener_for()
    welcome = run.welcome(wanted=None, start_process=refuse)
    welcome.open_demo()
    assert welcome.isVisible()
    assert welcome.message("ru") == "Не удалось запустить демо: Permission denied"


# ---------------------------------------------------------------------- the start window


def test_the_start_window_offers_every_window_once_there_is_a_centre(
    qtbot: QtBot, run: Run
) -> None:
    load_centre_file(run.ctx.db(), DEMO_CENTRE)
    run.opener_for()
    opened: list[tuple[str, int]] = []
    welcome = run.welcome(wanted=None)
    assert welcome.launch_page.isVisible() and not welcome.setup_page.isVisible()
    assert welcome.columns["en"].title.text() == "Bishkek Public Service Centre No. 1"
    assert "5 services, 7 windows and 7 operators" in welcome.columns["en"].body.text()
    assert welcome.launch_buttons["display"].text_lines() == [
        "Залдагы табло",
        "Табло в зале",
        "Hall display",
    ]

    def refuse_first(kind: str, number: int) -> None:
        if not opened:
            opened.append(("refused", number))
            raise NotFound("There is no window {number}.", number=number)
        opened.append((kind, number))

    welcome.open_window = refuse_first
    welcome.window_number.setCurrentIndex(2)
    qtbot.mouseClick(welcome.launch_buttons["operator"], Qt.MouseButton.LeftButton)
    assert welcome.isVisible()
    assert welcome.message("ky") == "3-терезе жок."
    qtbot.mouseClick(welcome.launch_buttons["operator"], Qt.MouseButton.LeftButton)
    assert opened == [("refused", 3), ("operator", 3)]
    assert not welcome.isVisible()


def test_the_start_window_opens_a_real_operator_panel(qtbot: QtBot, run: Run) -> None:
    load_centre_file(run.ctx.db(), DEMO_CENTRE)
    opener = run.command("start")
    welcome = opener.opened[0]
    assert isinstance(welcome, FirstRunWindow)
    welcome.window_number.setCurrentIndex(1)
    qtbot.mouseClick(welcome.launch_buttons["operator"], Qt.MouseButton.LeftButton)
    panels = shown(OperatorPanel)
    assert len(panels) == 1 and panels[0].window_number == 2
    assert not welcome.isVisible()


# ---------------------------------------------------------------------- how it looks


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)], ids=["1920x1080", "1366x768"])
def test_the_welcome_is_legible(
    qtbot: QtBot, run: Run, tmp_path: Path, size: tuple[int, int]
) -> None:
    width, height = size
    run.opener_for()
    welcome = run.welcome(wanted=("display", 0), open_after_ms=60_000)
    welcome.resize(width, height)
    qtbot.waitUntil(lambda: clipped_labels(welcome) == [])
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for label in (*welcome.columns["ky"].findChildren(QLabel), *welcome.fact_labels[0]):
        assert label.font().pixelSize() >= 13
    assert welcome.columns["ky"].body.font().pixelSize() >= height / 50
    assert welcome.grab().save(str(SCREENSHOTS / f"first-run-{width}x{height}.png"))

    bad = tmp_path / "centre.toml"
    bad.write_text(BAD_CENTRE, encoding="utf-8")
    welcome.load(bad)
    qtbot.waitUntil(lambda: welcome.message("en").startswith(NOT_LOADED), timeout=20_000)
    qtbot.waitUntil(lambda: clipped_labels(welcome) == [])
    assert welcome.grab().save(str(SCREENSHOTS / f"first-run-refused-{width}x{height}.png"))

    welcome.load(DEMO_CENTRE)
    qtbot.waitUntil(lambda: welcome._opening is not None, timeout=20_000)
    qtbot.waitUntil(lambda: clipped_labels(welcome) == [])
    assert welcome.grab().save(str(SCREENSHOTS / f"first-run-loaded-{width}x{height}.png"))
