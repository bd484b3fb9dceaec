"""Translations that work without Qt: engine errors, the command line, printed tickets.

Messages are written in English in the code, marked with ``_()`` and looked up in
``ky.json`` / ``ru.json`` beside this file. ``_()`` only marks; ``translate()`` renders
for a language, so one error object can be shown in several languages.
A test scans the source and fails if a marked message lacks a translation.
"""

from __future__ import annotations

import json
import locale
import os
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("ky", "ru", "en")
DEFAULT_LANGUAGE = "ru"

_current: str | None = None


def _(message: str) -> str:
    """Mark ``message`` for translation; it is translated when displayed."""
    return message


@cache
def catalog(lang: str) -> dict[str, str]:
    if lang == "en":
        return {}
    text = resources.files(__package__).joinpath(f"{lang}.json").read_text(encoding="utf-8")
    return json.loads(text)


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


def translate(message: str, lang: str | None = None, /, **params: Any) -> str:
    lang = lang or current_language()
    # An empty entry means "not translated yet": show the English original.
    text = catalog(lang).get(message) or message
    if not params:
        return text
    rendered = {
        key: value.translate(lang) if isinstance(value, Message) else value
        for key, value in params.items()
    }
    return text.format(**rendered)
