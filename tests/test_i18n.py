"""Every message a user can see exists in Kyrgyz and Russian, in the Qt Linguist files
resources/i18n/*.ts, and the Qt-free reader serves them (the Qt side is tested in
tests/views/common/test_translations.py)."""

from __future__ import annotations

import logging
import os
import shutil
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from scripts.extract_messages import TRANSLATIONS, marked_messages, update_catalog

from conq_desktop import i18n, resources, shipped
from conq_desktop.errors import ConfigError
from conq_desktop.i18n import Message, catalog, get_lookup, set_lookup, translate
from conq_desktop.i18n.tsfile import TsEntry, format_ts, read_ts

LANGUAGES = ("ky", "ru", "en")


def fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)


@pytest.fixture
def fresh_catalogs() -> Iterator[None]:
    """Catalogs read again in the test, and again after it (no cached test files), and
    no Qt translator asked first: an earlier window test in this process may have left
    its own (then the files the test hides would not matter). Put back afterwards."""
    previous = get_lookup()
    set_lookup(None)
    catalog.cache_clear()
    yield
    catalog.cache_clear()
    set_lookup(previous)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_every_marked_message_is_translated(lang: str) -> None:
    entries = read_ts(TRANSLATIONS / f"{lang}.ts")
    missing = sorted(
        message
        for message in marked_messages()
        if message not in entries
        or not entries[message].translation
        or not entries[message].finished
    )
    assert missing == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_files_hold_exactly_the_marked_messages(lang: str) -> None:
    """scripts/extract_messages.py has been run since the texts last changed."""
    assert set(read_ts(TRANSLATIONS / f"{lang}.ts")) == marked_messages()


def test_english_is_the_source_text() -> None:
    entries = read_ts(TRANSLATIONS / "en.ts")
    assert entries
    assert [source for source, entry in entries.items() if entry.translation != source] == []


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_translations_keep_their_placeholders(lang: str) -> None:
    broken = [key for key, text in catalog(lang).items() if text and fields(text) != fields(key)]
    assert broken == []


def test_kyrgyz_letters_survive() -> None:
    text = translate("Service “{service}” is closed today.", "ky", service="X")
    assert text != "Service “X” is closed today."
    assert any(letter in "".join(catalog("ky").values()) for letter in "ңөү")


def test_the_files_are_found_through_the_resource_folders() -> None:
    assert i18n.ts_path("ky") == resources.resource_path("i18n/ky.ts")
    assert catalog("ru")["Cancel"] == read_ts(TRANSLATIONS / "ru.ts")["Cancel"].translation


def test_written_files_read_back_the_same(tmp_path: Path) -> None:
    entries = {
        'Tom & Jerry\'s <b>{count}</b> "quoted"': TsEntry("Том & <i>{count}</i> ң ө ү", True),
        "Not yet": TsEntry("", False),
        "Draft": TsEntry("Черновик", False, translator_comment="check with the centre"),
    }
    path = tmp_path / "ky.ts"
    path.write_text(format_ts("ky", entries), encoding="utf-8")
    assert read_ts(path) == entries


def test_extraction_adds_new_messages_drops_old_ones_and_keeps_translations(
    tmp_path: Path,
) -> None:
    for lang in LANGUAGES:
        shutil.copy(TRANSLATIONS / f"{lang}.ts", tmp_path)
    before = {lang: read_ts(tmp_path / f"{lang}.ts") for lang in LANGUAGES}
    messages = marked_messages() - {"Cancel"} | {"A brand new text {x}"}

    missing = {lang: update_catalog(tmp_path / f"{lang}.ts", lang, messages) for lang in LANGUAGES}

    after = {lang: read_ts(tmp_path / f"{lang}.ts") for lang in LANGUAGES}
    assert missing == {"ky": 1, "ru": 1, "en": 0}
    for lang in ("ky", "ru"):
        assert set(after[lang]) == messages
        assert after[lang]["A brand new text {x}"] == TsEntry("", finished=False)
        assert {k: v for k, v in after[lang].items() if k in before[lang]} == {
            k: v for k, v in before[lang].items() if k in messages
        }
    assert after["en"]["A brand new text {x}"] == TsEntry("A brand new text {x}", True)
    assert "Cancel" not in after["en"]


def test_extraction_leaves_an_up_to_date_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "ru.ts"
    shutil.copy(TRANSLATIONS / "ru.ts", path)
    stamp = path.stat().st_mtime_ns - 10_000_000_000
    os.utime(path, ns=(stamp, stamp))
    update_catalog(path, "ru", marked_messages())
    assert path.stat().st_mtime_ns == stamp  # its .qm stays up to date
    assert path.read_bytes() == (TRANSLATIONS / "ru.ts").read_bytes()


def test_a_missing_file_shows_english_and_warns_once(
    fresh_catalogs: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(shipped, "resource_dirs", lambda: [tmp_path])
    with caplog.at_level(logging.WARNING, logger="conq_desktop.i18n"):
        first = translate("Service “{service}” is closed today.", "ky", service="X")
        second = translate("Cancel", "ky")
    assert (first, second) == ("Service “X” is closed today.", "Cancel")
    assert [r.getMessage() for r in caplog.records] == [
        "no translation file i18n/ky.ts; showing English text"
    ]


def test_an_error_about_a_missing_file_is_shown_even_without_translations(
    fresh_catalogs: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The message of a missing program file is itself translated: no recursion."""
    monkeypatch.setattr(shipped, "resource_dirs", lambda: [tmp_path])
    with pytest.raises(ConfigError) as raised:
        resources.resource_path("i18n/ky.ts")
    assert raised.value.message("ky") == "A program file is missing: i18n/ky.ts"


def test_a_broken_file_shows_english(
    fresh_catalogs: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    (tmp_path / "i18n").mkdir()
    (tmp_path / "i18n" / "ru.ts").write_text("<TS><context>", encoding="utf-8")
    monkeypatch.setattr(shipped, "resource_dirs", lambda: [tmp_path])
    with caplog.at_level(logging.WARNING, logger="conq_desktop.i18n"):
        assert translate("Cancel", "ru") == "Cancel"
    assert "cannot read the translation file" in caplog.text


def test_a_registered_lookup_answers_first(fresh_catalogs: None) -> None:
    asked: list[tuple[str, str]] = []

    def lookup(message: str, lang: str) -> str | None:
        asked.append((message, lang))
        return "Ичинде {count}" if message == "In the queue: {count}" else None

    set_lookup(lookup)
    assert translate("In the queue: {count}", "ky", count=3) == "Ичинде 3"
    # No answer: the .ts reader's.
    assert translate("Cancel", "ru") == catalog("ru")["Cancel"] != "Cancel"
    assert asked == [("In the queue: {count}", "ky"), ("Cancel", "ru")]
    set_lookup(None)
    assert translate("In the queue: {count}", "ky", count=3) != "Ичинде 3"


def test_a_failing_lookup_or_bad_translation_still_shows_the_message(
    fresh_catalogs: None,
) -> None:
    def broken(message: str, lang: str) -> str | None:
        if lang == "ky":
            raise RuntimeError("Internal C++ object already deleted")
        return "Очередь: {wrong}"

    set_lookup(broken)
    assert translate("Cancel", "ky") == catalog("ky")["Cancel"]
    assert translate("In the queue: {count}", "ru", count=2) == "In the queue: 2"
    assert Message("In the queue: {count}", count=5).translate("ru") == "In the queue: 5"
