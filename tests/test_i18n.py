"""Every message a user can see exists in Kyrgyz and Russian."""

from __future__ import annotations

import string

import pytest
from scripts.extract_messages import marked_messages

from conq_desktop.i18n import catalog, translate


def fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_every_marked_message_is_translated(lang: str) -> None:
    missing = sorted(message for message in marked_messages() if not catalog(lang).get(message))
    assert missing == []


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_translations_keep_their_placeholders(lang: str) -> None:
    broken = [key for key, text in catalog(lang).items() if text and fields(text) != fields(key)]
    assert broken == []


def test_kyrgyz_letters_survive() -> None:
    text = translate("Service “{service}” is closed today.", "ky", service="X")
    assert text != "Service “X” is closed today."
    assert any(letter in "".join(catalog("ky").values()) for letter in "ңөү")
