"""One palette for every window."""

from __future__ import annotations

import pytest

from conq_desktop.views.common.theme import PALETTE, sheet, window_sheet


def test_colours_come_from_the_palette() -> None:
    assert sheet("QLabel { color: $amber; }") == f"QLabel {{ color: {PALETTE['amber']}; }}"


def test_a_misspelt_colour_is_an_error_not_an_invisible_rule() -> None:
    with pytest.raises(KeyError):
        sheet("QLabel { color: $ambre; }")


def test_every_window_stands_on_the_same_ground() -> None:
    rules = window_sheet("kiosk", "\nQLabel#clock { color: $white; }\n")
    assert rules.startswith(f"\nQWidget#kiosk {{ background: {PALETTE['navy']}; }}")
    assert f"QLabel {{ color: {PALETTE['paper']}; }}" in rules
    assert rules.endswith(f"QLabel#clock {{ color: {PALETTE['white']}; }}\n")
