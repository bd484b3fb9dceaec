"""Closing the day from the supervisor view: the question asked first, the work done
off the GUI thread (journal, PDF, printer) and what the message line says after.

The PDF goes to the data folder's ``seals`` (one file per close); the supervisor is
told where, and whether the slip reached the printer. A printer that fails loses no
seal: the PDF is written first (``printing/seal_print.py``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.auth import Actor
from conq_desktop.errors import ConqError
from conq_desktop.i18n import _, translate
from conq_desktop.printing.printer_config import PrinterConfig
from conq_desktop.printing.seal_print import SealOutput, deliver_seal, seal_file
from conq_desktop.views.common.theme import set_font
from conq_desktop.views.supervisor.move_dialog import STYLE, answer_buttons

CLOSE_DAY = _("Close the day…")
TITLE = _("Close the day")
QUESTION = _(
    "Close the day {day}? Its counts are written to the history, and its seal is "
    "printed and saved as a PDF for the head of centre to sign."
)
CLOSED = _("Day {day} closed: seal of event {seq}. PDF: {path}")
PDF_FAILED = _("Day {day} closed: seal of event {seq}. The PDF was NOT saved: {reason}")
PRINTED = _("Printed on {printer}.")
NOT_PRINTED = _("NOT printed: {reason}")


class CloseDayDialog(QDialog):
    """Asks before closing ``day``: the act cannot be undone (it is in the history)."""

    def __init__(self, parent: QWidget, day: date, lang: str) -> None:
        super().__init__(parent)
        self.setObjectName("moveWaiting")  # the same look as the other question
        self.setStyleSheet(STYLE)
        self.setWindowTitle(translate(TITLE, lang))
        self.day = day
        question = QLabel(translate(QUESTION, lang, day=day.strftime("%d.%m.%Y")))
        question.setWordWrap(True)
        set_font(question, 18)
        self.confirm, self.cancel, buttons = answer_buttons(self, translate(TITLE, lang), lang)
        # Cancel is the default: Enter pressed by habit closes nothing.
        self.cancel.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(buttons)


def close_and_deliver(
    engine: QueueEngine,
    day: date,
    actor: Actor,
    printer_config: Callable[[], PrinterConfig] | None,
    folder: Path,
    lang: str,
) -> SealOutput:
    """The work, on the engine's thread: close the day, then its paper. A bad printer
    setting does not stop the close; it is told as the reason nothing was printed."""
    try:
        config = printer_config() if printer_config is not None else None
        setting_error: ConqError | None = None
    except ConqError as error:
        config, setting_error = None, error
    sealed = engine.close_day(day, actor=actor)
    out = deliver_seal(sealed, pdf=seal_file(folder, sealed), printer=config, lang=lang)
    if setting_error is not None:
        out = dataclasses.replace(out, print_error=setting_error)
    return out


def outcome_text(out: SealOutput) -> Callable[[str], str]:
    """What the message line says, in any language (again after a switch)."""
    sealed = out.sealed

    def said(lang: str) -> str:
        day, seq = sealed.day.strftime("%d.%m.%Y"), sealed.seal.seq
        if out.pdf is not None:
            parts = [translate(CLOSED, lang, day=day, seq=seq, path=str(out.pdf))]
        else:
            reason = out.pdf_error.message(lang) if out.pdf_error else ""
            parts = [translate(PDF_FAILED, lang, day=day, seq=seq, reason=reason)]
        if out.printed:
            parts.append(translate(PRINTED, lang, printer=out.printer))
        elif out.print_error is not None:
            parts.append(translate(NOT_PRINTED, lang, reason=out.print_error.message(lang)))
        return " ".join(parts)

    return said
