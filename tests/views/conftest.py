"""Windows are tested offscreen: no display is needed, here or in CI."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from conq_desktop.views.translations import remove_translations

# Read when the application is created, which happens after this module is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _no_translators_left_behind() -> Iterator[None]:
    """A window that switches language installs translators application-wide."""
    yield
    remove_translations()
