"""Translations for everything: engine errors, the command line, printed tickets, windows.

Messages are written in English in the code and marked with ``_()``. The translations
are Qt Linguist files, ``resources/i18n/<lang>.ts`` (see docs/translations.md).
``_()`` only marks; ``translate()`` renders for a language, so one error object can be
shown in several languages. A test scans the source and fails if a marked message
lacks a translation.

This module never imports Qt: it reads the ``.ts`` files itself. The windows register
their ``QTranslator`` objects with ``set_lookup()`` (conq_desktop.views.common.translations),
and ``translate()`` then asks them first.
"""

from __future__ import annotations

import locale
import logging
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from conq_desktop.i18n.tsfile import read_ts
from conq_desktop.shipped import find_resource

# Every language constant of the program lives here.
LANGUAGES = ("ky", "ru", "en")  # everything a user reads
# What the public reads in print, on the hall display and in the announcements: the
# state language and Russian, side by side.
PUBLIC_LANGUAGES = ("ky", "ru")
# Each language in itself, for a language switch.
LANGUAGE_NAMES = {"ky": "Кыргызча", "ru": "Русский", "en": "English"}
DEFAULT_LANGUAGE = "ru"

# ``lookup(message, lang)``: the translated text, or None to use the ``.ts`` reader.
Lookup = Callable[[str, str], str | None]

log = logging.getLogger(__name__)

_current: str | None = None
_lookup: Lookup | None = None


def _(message: str) -> str:
    """Mark ``message`` for translation; it is translated when displayed."""
    return message


@cache
def catalog(lang: str) -> dict[str, str]:
    """English source text -> translation for ``lang`` (empty: not translated yet),
    read from ``resources/i18n/<lang>.ts``. A missing or broken file gives an empty
    catalog, so the English text is shown, and one warning in the log."""
    path = ts_path(lang)
    if path is None:
        log.warning("no translation file i18n/%s.ts; showing English text", lang)
        return {}
    try:
        entries = read_ts(path)
    except (OSError, ET.ParseError) as exc:
        log.warning("cannot read the translation file %s (%s); showing English text", path, exc)
        return {}
    return {source: entry.translation for source, entry in entries.items()}


def ts_path(lang: str) -> Path | None:
    """Where ``<lang>.ts`` is, among the shipped resource folders."""
    return find_resource(f"i18n/{lang}.ts")


def set_lookup(lookup: Lookup | None) -> None:
    """Let ``lookup`` translate before the ``.ts`` reader (the Qt translators do);
    None goes back to the reader alone."""
    global _lookup
    _lookup = lookup


def get_lookup() -> Lookup | None:
    return _lookup


def system_language() -> str:
    """The language from CONQ_LANG or the system locale, falling back to the default."""
    for candidate in (os.environ.get("CONQ_LANG"), os.environ.get("LANG"), locale.getlocale()[0]):
        if candidate:
            code = candidate.split("_")[0].split(".")[0].lower()
            if code in LANGUAGES:
                return code
    return DEFAULT_LANGUAGE


def set_language(lang: str | None) -> None:
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    global _current
    _current = lang


def current_language() -> str:
    return _current or system_language()


class Message:
    """A message to translate later, possibly inside another message's parameters."""

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params

    def translate(self, lang: str | None = None) -> str:
        return translate(self.template, lang, **self.params)

    def __str__(self) -> str:
        return self.translate()


def lookup(message: str, lang: str) -> str:
    """``message`` in ``lang``, not yet filled in; the English text if untranslated."""
    if _lookup is not None:
        try:
            found = _lookup(message, lang)
        except Exception:  # a broken lookup must not hide the message itself
            log.exception("translation lookup failed for %r", message)
            found = None
        if found:
            return found
    # An empty entry means "not translated yet": show the English original.
    return catalog(lang).get(message) or message


def in_every_language(
    message: str, separator: str = " / ", languages: tuple[str, ...] = LANGUAGES, **params: Any
) -> str:
    """``message`` in each of ``languages`` (default: all), for texts read before anyone
    chose a language, or by the public in both of theirs."""
    return separator.join(translate(message, lang, **params) for lang in languages)


def translate(message: str, lang: str | None = None, /, **params: Any) -> str:
    lang = lang or current_language()
    text = lookup(message, lang)
    if not params:
        return text
    rendered = {
        key: value.translate(lang) if isinstance(value, Message) else value
        for key, value in params.items()
    }
    try:
        return text.format(**rendered)
    except (KeyError, IndexError, ValueError):
        if text == message:
            raise  # the caller's parameters do not fit its own message: a bug
        log.warning("the %s translation of %r has broken placeholders", lang, message)
        return message.format(**rendered)
