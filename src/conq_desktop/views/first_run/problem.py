"""Why the program cannot start, said in a message box: after a start from the desktop
nobody reads stderr."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from conq_desktop.errors import ConqError
from conq_desktop.i18n import LANGUAGES


def show_problem(error: ConqError) -> None:
    """Say in a message box, in every language, why the program cannot start (for a
    start from the desktop, where nobody reads stderr)."""
    from conq_desktop.views.common.application import application

    application()
    text = "\n\n".join(error.message(lang) for lang in LANGUAGES)
    QMessageBox.critical(None, "conq-desktop", text)
