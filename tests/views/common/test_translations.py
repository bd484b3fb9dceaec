"""The compiled Qt translations say what the .ts files say, and the windows can switch
language at run time."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QTranslator
from PySide6.QtWidgets import QWidget
from scripts.compile_translations import compile_translations
from scripts.compile_translations import main as compile_main
from scripts.extract_messages import TRANSLATIONS, marked_messages

from conq_desktop import i18n
from conq_desktop.i18n import catalog, translate
from conq_desktop.i18n.tsfile import read_ts
from conq_desktop.views.common import translations
from conq_desktop.views.common.translations import (
    install_translations,
    qt_lookup,
    remove_translations,
    set_ui_language,
    ui_language,
)

LANGUAGES = ("ky", "ru", "en")
CANCEL = "Cancel"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A resources folder holding i18n/*.qm compiled now from the repository's .ts."""
    folder = tmp_path_factory.mktemp("resources")
    written = compile_translations(TRANSLATIONS, folder / "i18n", force=True)
    assert sorted(qm.name for qm in written) == ["en.qm", "ky.qm", "ru.qm"]
    return folder


@pytest.fixture
def clean_translations(qapp: QCoreApplication) -> Iterator[None]:
    remove_translations()
    catalog.cache_clear()
    yield
    remove_translations()
    catalog.cache_clear()


@pytest.fixture
def using_compiled(
    compiled: Path, clean_translations: None, monkeypatch: pytest.MonkeyPatch
) -> Path:
    monkeypatch.setenv("CONQ_RESOURCES", str(compiled))  # searched before the checkout
    return compiled


def every_message() -> list[str]:
    texts = set(marked_messages())
    for lang in LANGUAGES:
        texts |= set(read_ts(TRANSLATIONS / f"{lang}.ts"))
    return sorted(texts)


# ---------------------------------------------------------------- compiling


def test_every_ts_parses_and_compiles_without_a_warning(tmp_path: Path) -> None:
    # compile_translations() fails on any word from lrelease, warnings included.
    written = compile_translations(TRANSLATIONS, tmp_path, force=True)
    for lang in LANGUAGES:
        assert read_ts(TRANSLATIONS / f"{lang}.ts")
        assert (tmp_path / f"{lang}.qm") in written
        assert (tmp_path / f"{lang}.qm").stat().st_size > 1000


def test_only_stale_files_are_compiled_again(tmp_path: Path) -> None:
    for lang in LANGUAGES:
        shutil.copy(TRANSLATIONS / f"{lang}.ts", tmp_path)
    assert len(compile_translations(tmp_path)) == 3
    assert compile_translations(tmp_path) == []
    later = (tmp_path / "ru.qm").stat().st_mtime_ns + 5_000_000_000
    os.utime(tmp_path / "ru.ts", ns=(later, later))
    assert compile_translations(tmp_path) == [tmp_path / "ru.qm"]


def test_a_broken_ts_fails_the_script_and_leaves_no_qm(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ky.ts").write_text(
        '<?xml version="1.0"?>\n<TS version="2.1"><context><name>conq</name>', encoding="utf-8"
    )
    assert compile_main(["--source", str(tmp_path)]) == 1
    assert "lrelease failed on" in capsys.readouterr().err
    assert not (tmp_path / "ky.qm").exists()


# ---------------------------------------------------------------- Qt = .ts


@pytest.mark.parametrize("lang", LANGUAGES)
def test_qt_translator_says_what_the_ts_reader_says(
    qapp: QCoreApplication, compiled: Path, clean_translations: None, lang: str
) -> None:
    translator = QTranslator()
    assert translator.load(str(compiled / "i18n" / f"{lang}.qm"))
    reader = catalog(lang)
    differing = {
        message: (translator.translate("conq", message), reader.get(message, ""))
        for message in every_message()
        if translator.translate("conq", message) != reader.get(message, "")
    }
    assert differing == {}
    # Not two empty answers agreeing: the languages really are there.
    assert (
        translator.translate("conq", CANCEL)
        == read_ts(TRANSLATIONS / f"{lang}.ts")[CANCEL].translation
    )
    assert translator.translate("conq", CANCEL)


def test_translate_uses_the_qt_translators_for_every_language(using_compiled: Path) -> None:
    install_translations(QCoreApplication.instance(), "ru")
    assert i18n.get_lookup() is qt_lookup
    for lang in LANGUAGES:
        expected = read_ts(TRANSLATIONS / f"{lang}.ts")[CANCEL].translation
        assert qt_lookup(CANCEL, lang) == expected
        assert translate(CANCEL, lang) == expected
    # Hall display: both public languages at once, whatever the UI language is.
    both = [translate("Called", lang) for lang in ("ky", "ru")]
    assert both == [catalog("ky")["Called"], catalog("ru")["Called"]]
    assert both[0] != both[1]


# ---------------------------------------------------------------- switching


class LanguageWatcher(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.changes = 0

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
        super().changeEvent(event)


def test_switching_the_ui_language_at_run_time(
    qapp: QCoreApplication, using_compiled: Path
) -> None:
    install_translations(qapp, "ru")
    watcher = LanguageWatcher()
    expected = {
        lang: read_ts(TRANSLATIONS / f"{lang}.ts")[CANCEL].translation for lang in LANGUAGES
    }
    assert len(set(expected.values())) == 3
    assert ui_language() == "ru"
    assert QCoreApplication.translate("conq", CANCEL) == expected["ru"]

    for lang in ("ky", "en", "ru"):
        before = watcher.changes
        set_ui_language(lang)
        qapp.processEvents()
        assert ui_language() == lang
        assert QCoreApplication.translate("conq", CANCEL) == expected[lang]
        assert translate(CANCEL) == expected[lang]  # no language given: the UI's
        assert watcher.changes > before  # widgets are told to translate themselves again
    watcher.deleteLater()


def test_qt_own_texts_follow_the_ui_language(qapp: QCoreApplication, using_compiled: Path) -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (folder / "qtbase_ru.qm").is_file():
        pytest.skip("this Qt ships no Russian translation of its own texts")
    install_translations(qapp, "ru")
    russian = QCoreApplication.translate("QPlatformTheme", "Cancel")
    set_ui_language("en")
    assert russian != "Cancel"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_unknown_language_is_refused(qapp: QCoreApplication, using_compiled: Path) -> None:
    install_translations(qapp, "ru")
    with pytest.raises(ValueError):
        set_ui_language("de")
    assert ui_language() == "ru"


# ---------------------------------------------------------------- without .qm


def test_without_compiled_files_windows_still_read_the_ts(
    qapp: QCoreApplication,
    clean_translations: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(translations, "find_resource", lambda name: None)  # no .qm anywhere
    with caplog.at_level(logging.WARNING, logger="conq_desktop.views.common.translations"):
        install_translations(qapp, "ky")
    assert "run scripts/compile_translations.py" in caplog.text
    assert i18n.get_lookup() is None
    assert translate(CANCEL, "ky") == read_ts(TRANSLATIONS / "ky.ts")[CANCEL].translation
    set_ui_language("ru")
    assert translate(CANCEL) == read_ts(TRANSLATIONS / "ru.ts")[CANCEL].translation


def test_a_qm_older_than_its_ts_is_not_used(
    qapp: QCoreApplication,
    clean_translations: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    (tmp_path / "i18n").mkdir()
    for lang in LANGUAGES:
        shutil.copy(TRANSLATIONS / f"{lang}.ts", tmp_path / "i18n")
    compile_translations(tmp_path / "i18n")
    later = (tmp_path / "i18n" / "ky.qm").stat().st_mtime_ns + 5_000_000_000
    os.utime(tmp_path / "i18n" / "ky.ts", ns=(later, later))
    monkeypatch.setenv("CONQ_RESOURCES", str(tmp_path))
    with caplog.at_level(logging.WARNING, logger="conq_desktop.views.common.translations"):
        install_translations(qapp, "ky")
    assert "ky.qm is older than" in caplog.text
    assert qt_lookup(CANCEL, "ky") is None
    assert qt_lookup(CANCEL, "ru") == catalog("ru")[CANCEL]
