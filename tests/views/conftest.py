"""Windows are tested offscreen: no display is needed, here or in CI."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from conq_desktop.views.common.gui_collector import collect_on_gui_thread
from conq_desktop.views.common.translations import remove_translations

# Read when the application is created, which happens after this module is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(qapp: QApplication) -> None:
    """As in the program (views/app.py): windows left in cycles by earlier tests must
    not be freed on a pool thread."""
    collect_on_gui_thread(qapp)


@pytest.fixture(autouse=True)
def _no_translators_left_behind() -> Iterator[None]:
    """A window that switches language installs translators application-wide."""
    yield
    remove_translations()
