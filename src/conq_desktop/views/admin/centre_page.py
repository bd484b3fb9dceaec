"""The Centre page: the centre's settings (names, time zone, limits, the ticket's
footer, the hall display's running text and fairness line, the kiosk's languages, the
bookings' slots, places, check-in and purge, the Telegram bot visitors follow their
turn with), its
holidays, this PC's ticket printer with a test print, and the whole centre as a file,
out and in.

The settings and the holidays are the centre's, in the database, for every PC
(``accounts.change_settings``, ``Administration.set_holidays``); the printer is this
PC's own, in its config file (``config.write_config_file``). Loading a centre file
shows what it would change first, and loads it only when confirmed.
"""

from __future__ import annotations

import zoneinfo
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDir, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.config import config_path, load_config_file, write_config_file
from conq_desktop.engine.accounts import change_settings
from conq_desktop.engine.admin_reads import CentreAdmin
from conq_desktop.engine.centre_export import export_centre
from conq_desktop.engine.centre_file import (
    CENTRE_NAME_MAX,
    FOOTER_MAX,
    HOLIDAY_NAME_MAX,
    RECALL_LIMIT_MAX,
    TICKER_MAX,
    TIMEZONE_MAX,
    CentreSpec,
    parse_centre_file,
)
from conq_desktop.engine.centre_load import FROM_ADMIN_WINDOW, CentreLoad, load_centre
from conq_desktop.errors import CANNOT_WRITE, ConfigError, os_errors_as
from conq_desktop.i18n import LANGUAGE_NAMES, translate
from conq_desktop.printing.printer_config import PAPER_DOTS, PrinterConfig
from conq_desktop.printing.sample import print_test_ticket
from conq_desktop.printing.service import PrintOutcome
from conq_desktop.views.admin import texts
from conq_desktop.views.admin.booking_fields import BookingFields
from conq_desktop.views.admin.dialogs import ImportDialog
from conq_desktop.views.admin.phone_fields import PhoneFields
from conq_desktop.views.admin.widgets import Host, Words
from conq_desktop.views.common.operation import Text

# The kiosk's languages a centre may choose: Kyrgyz and Russian always, the first
# greets the visitor.
KIOSK_CHOICES = ("ky,ru,en", "ky,ru", "ru,ky,en", "ru,ky")
LOCKOUT_MAX = 24 * 60
DAY = Qt.ItemDataRole.UserRole
NAME_FIELDS = (
    ("centre_name_ky", texts.CENTRE_NAME_KY, CENTRE_NAME_MAX),
    ("centre_name_ru", texts.CENTRE_NAME_RU, CENTRE_NAME_MAX),
    ("centre_name_en", texts.CENTRE_NAME_EN, CENTRE_NAME_MAX),
)
TEXT_FIELDS = (
    ("ticket_footer_ky", texts.FOOTER_KY, FOOTER_MAX),
    ("ticket_footer_ru", texts.FOOTER_RU, FOOTER_MAX),
    ("ticker_ky", texts.TICKER_KY, TICKER_MAX),
    ("ticker_ru", texts.TICKER_RU, TICKER_MAX),
)


def kiosk_choice(value: str) -> str:
    """The kiosk's languages as people read them: "Кыргызча · Русский · English"."""
    return " · ".join(LANGUAGE_NAMES.get(code, code) for code in value.split(","))


class CentrePage(QWidget):
    def __init__(self, host: Host, config_file: Path | None = None) -> None:
        super().__init__()
        self.host = host
        self.config_file = config_file or config_path()
        self.words = words = Words()
        self.settings_dirty = False
        self.holidays_dirty = False
        self._filling = False
        self.import_dialog: ImportDialog | None = None

        # ------------------------------------------------ the centre's settings
        self.fields: dict[str, QLineEdit] = {}
        settings = words.group(texts.CENTRE_SETTINGS)
        grid = QGridLayout(settings)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(5)
        for row, (key, caption, limit) in enumerate(NAME_FIELDS):
            edit = self._field(key, limit)
            grid.addWidget(words.label(caption, edit), row, 0)
            grid.addWidget(edit, row, 1)
        timezone = self._field("timezone", TIMEZONE_MAX)
        timezone.setMinimumWidth(220)
        zones = QCompleter(sorted(zoneinfo.available_timezones()), self)
        zones.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        zones.setFilterMode(Qt.MatchFlag.MatchContains)
        timezone.setCompleter(zones)
        self.languages = QComboBox()
        self.languages.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.languages.currentIndexChanged.connect(self._settings_edited)
        words.describe(self.languages, texts.KIOSK_LANGUAGES_NOTE)
        self.recall = QSpinBox()
        self.recall.setRange(0, RECALL_LIMIT_MAX)
        self.lockout = QSpinBox()
        self.lockout.setRange(1, LOCKOUT_MAX)
        row = len(NAME_FIELDS)
        for widget, caption in (
            (timezone, texts.TIMEZONE),
            (self.languages, texts.KIOSK_LANGUAGES),
            (self.recall, texts.RECALL_LIMIT),
            (self.lockout, texts.LOCKOUT),
        ):
            if isinstance(widget, QSpinBox):
                widget.setMinimumWidth(100)
                widget.valueChanged.connect(self._settings_edited)
            grid.addWidget(words.label(caption, widget), row, 0)
            grid.addWidget(widget, row, 1, Qt.AlignmentFlag.AlignLeft)
            row += 1
        for key, caption, limit in TEXT_FIELDS:
            edit = self._field(key, limit)
            grid.addWidget(words.label(caption, edit), row, 0)
            grid.addWidget(edit, row, 1)
            row += 1
        # A centre's choice of workflow: Next → Finish, or Next → Start → Finish.
        self.start_at_call = words.check(texts.START_AT_CALL)
        self.start_at_call.toggled.connect(self._settings_edited)
        words.describe(self.start_at_call, texts.START_AT_CALL_NOTE)
        grid.addWidget(self.start_at_call, row, 1)
        row += 1
        # Off by default: a centre chooses to show the public its calls out of order.
        self.fairness_line = words.check(texts.DISPLAY_FAIRNESS_LINE)
        self.fairness_line.toggled.connect(self._settings_edited)
        words.describe(self.fairness_line, texts.DISPLAY_FAIRNESS_LINE_NOTE)
        grid.addWidget(self.fairness_line, row, 1)
        row += 1
        # The booking settings, saved with the rest by the one Save below.
        self.booking = BookingFields(words, self._settings_edited)
        row = self.booking.lay_out(grid, row)
        # The Telegram bot (docs/phone.md), saved with the rest too.
        self.phone = PhoneFields(words, self._settings_edited)
        row = self.phone.lay_out(grid, row)
        self.save_button = words.button(texts.SAVE, self.save_settings, role="primary")
        grid.addWidget(self.save_button, row, 1, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)

        # ------------------------------------------------ holidays
        holidays = words.group(texts.HOLIDAYS)
        self.holidays = QListWidget()
        self.holidays.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.holidays.setMaximumHeight(180)
        words.name(self.holidays, texts.HOLIDAYS)
        self.holiday_date = QDateEdit()
        self.holiday_date.setDisplayFormat("yyyy-MM-dd")
        self.holiday_date.setDate(QDate.currentDate())
        self.holiday_name = QLineEdit()
        self.holiday_name.setMaxLength(HOLIDAY_NAME_MAX)
        self.holiday_name.returnPressed.connect(self.add_holiday)
        self.add_holiday_button = words.button(texts.ADD, self.add_holiday)
        self.remove_holiday_button = words.button(texts.REMOVE, self.remove_holiday)
        self.save_holidays_button = words.button(
            texts.SAVE_HOLIDAYS, self.save_holidays, role="primary"
        )
        # The list beside the fields that add to it: the page fits 1366×768.
        adding = QVBoxLayout()
        adding.addWidget(words.label(texts.HOLIDAY_DATE, self.holiday_date))
        adding.addWidget(self.holiday_date, 0, Qt.AlignmentFlag.AlignLeft)
        adding.addWidget(words.label(texts.HOLIDAY_NAME, self.holiday_name))
        adding.addWidget(self.holiday_name)
        holiday_buttons = QHBoxLayout()
        for button in (self.add_holiday_button, self.remove_holiday_button):
            holiday_buttons.addWidget(button)
        holiday_buttons.addStretch(1)
        adding.addLayout(holiday_buttons)
        beside = QHBoxLayout()
        beside.addWidget(self.holidays, 1)
        beside.addLayout(adding, 1)
        column = QVBoxLayout(holidays)
        column.addLayout(beside)
        column.addWidget(self.save_holidays_button, 0, Qt.AlignmentFlag.AlignRight)

        # ------------------------------------------------ this PC's printer
        printer = words.group(texts.PRINTER)
        self.printer_uri = QLineEdit()
        self.printer_uri.setPlaceholderText("tcp://192.168.1.50:9100")
        self.paper = QComboBox()
        for width in sorted(PAPER_DOTS, reverse=True):
            self.paper.addItem(f"{width} mm", width)
        self.printer_note = words.label(texts.PRINTER_NOTE, name="note")
        self.save_printer_button = words.button(texts.SAVE_PRINTER, self.save_printer)
        self.print_test_button = words.button(texts.PRINT_TEST, self.print_test)
        grid = QGridLayout(printer)
        grid.addWidget(words.label(texts.PRINTER_URI, self.printer_uri), 0, 0)
        grid.addWidget(self.printer_uri, 0, 1)
        grid.addWidget(words.label(texts.PAPER_WIDTH, self.paper), 1, 0)
        grid.addWidget(self.paper, 1, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.printer_note, 2, 0, 1, 2)
        printer_buttons = QHBoxLayout()
        printer_buttons.addWidget(self.save_printer_button)
        printer_buttons.addWidget(self.print_test_button)
        printer_buttons.addStretch(1)
        grid.addLayout(printer_buttons, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)

        # ------------------------------------------------ the centre as a file
        centre_file = words.group(texts.CENTRE_FILE)
        self.export_button = words.button(texts.EXPORT, self.choose_export)
        self.import_button = words.button(texts.IMPORT, self.choose_import)
        file_row = QHBoxLayout(centre_file)
        file_row.addWidget(self.export_button)
        file_row.addWidget(self.import_button)
        file_row.addSpacing(8)
        file_row.addWidget(words.label(texts.EXPORT_NOTE, name="note"), 1)

        left = QVBoxLayout()
        left.addWidget(settings)
        left.addWidget(centre_file)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(holidays)
        right.addWidget(printer)
        right.addStretch(1)
        page = QWidget()
        columns = QHBoxLayout(page)
        columns.setContentsMargins(0, 0, 8, 0)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._read_printer()

    def _field(self, key: str, limit: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(limit)
        edit.textEdited.connect(self._settings_edited)
        self.fields[key] = edit
        return edit

    def _settings_edited(self, *_args: object) -> None:
        if not self._filling:
            self.settings_dirty = True

    # ------------------------------------------------------------ showing
    def show_snapshot(self, snapshot: CentreAdmin) -> None:
        """The settings and holidays as now read, unless the administrator is
        changing them."""
        if not self.settings_dirty:
            self.fill_settings(snapshot.settings)
        if not self.holidays_dirty:
            self.show_holidays(list(snapshot.holidays))

    def fill_settings(self, values: dict[str, str]) -> None:
        self._filling = True
        try:
            for key, edit in self.fields.items():
                edit.setText(values.get(key, ""))
            self.recall.setValue(int(values.get("recall_limit", "0") or 0))
            self.lockout.setValue(int(values.get("pin_lockout_minutes", "15") or 15))
            self.start_at_call.setChecked(values.get("start_at_call") == "true")
            self.fairness_line.setChecked(values.get("display_fairness_line") == "true")
            self.booking.fill(values)
            self.phone.fill(values)
            current = values.get("kiosk_languages", KIOSK_CHOICES[0])
            self.languages.clear()
            for choice in (*KIOSK_CHOICES, *([current] if current not in KIOSK_CHOICES else [])):
                self.languages.addItem(kiosk_choice(choice), choice)
            self.languages.setCurrentIndex(self.languages.findData(current))
        finally:
            self._filling = False
        self.settings_dirty = False

    def settings_values(self) -> dict[str, str]:
        values = {key: edit.text() for key, edit in self.fields.items()}
        values["recall_limit"] = str(self.recall.value())
        values["pin_lockout_minutes"] = str(self.lockout.value())
        values["kiosk_languages"] = str(self.languages.currentData())
        values["start_at_call"] = "true" if self.start_at_call.isChecked() else "false"
        values["display_fairness_line"] = "true" if self.fairness_line.isChecked() else "false"
        return values | self.booking.values() | self.phone.values()

    def show_holidays(self, days: list[tuple[date, str]]) -> None:
        self.holidays.clear()
        for day, name in sorted(days):
            item = QListWidgetItem(f"{day.isoformat()}   {name}".rstrip())
            item.setData(DAY, (day, name))
            self.holidays.addItem(item)
        self.remove_holiday_button.setEnabled(bool(days))
        self.holidays_dirty = False

    def holiday_days(self) -> dict[date, str]:
        return dict(self.holidays.item(row).data(DAY) for row in range(self.holidays.count()))

    def retranslate(self, lang: str) -> None:
        self.words.apply(lang)
        self.phone.retranslate(lang)
        self.printer_note.setText(translate(texts.PRINTER_NOTE, lang, path=str(self.config_file)))

    def reset(self) -> None:
        """Forget unsaved edits (someone signed out)."""
        self.settings_dirty = self.holidays_dirty = False
        if self.host.snapshot is not None:
            self.show_snapshot(self.host.snapshot)
        self._read_printer()

    # ------------------------------------------------------------ the centre's settings
    def save_settings(self) -> None:
        refused = self.phone.refusal()  # the engine's rules, said before anything is sent
        if refused is not None:
            field, error = refused
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            self.host.say(error.message, error=True)
            return
        values = self.settings_values()

        def saved(changed: dict[str, Any]) -> None:
            self.settings_dirty = False
            self.host.engine.reload_settings()
            done = texts.SETTINGS_SAVED if changed else texts.SETTINGS_UNCHANGED
            self.host.say(lambda lang: translate(done, lang))

        self.host.act(
            lambda admin: change_settings(admin.db, values, actor=admin.actor, clock=admin.clock),
            saved,
        )

    def add_holiday(self) -> None:
        day = self.holiday_date.date().toPython()
        days = self.holiday_days()
        days[day] = self.holiday_name.text().strip()
        self.show_holidays(list(days.items()))
        self.holidays_dirty = True
        self.holiday_name.clear()

    def remove_holiday(self) -> None:
        row = self.holidays.currentRow()
        if row < 0:
            return
        days = self.holiday_days()
        del days[self.holidays.item(row).data(DAY)[0]]
        self.show_holidays(list(days.items()))
        self.holidays_dirty = True

    def save_holidays(self) -> None:
        days = self.holiday_days()

        def saved(_changes: object) -> None:
            self.holidays_dirty = False
            self.host.say(lambda lang: translate(texts.HOLIDAYS_SAVED, lang))

        self.host.act(lambda admin: admin.set_holidays(days), saved)

    # ------------------------------------------------------------ this PC's printer
    def _read_printer(self) -> None:
        try:
            table = self._config().get("printer", {})
        except ConfigError as error:
            self.host.say(error.message, error=True)
            table = {}
        assert isinstance(table, dict)
        self.printer_uri.setText(str(table.get("uri", "")))
        index = self.paper.findData(table.get("paper_width", 80))
        self.paper.setCurrentIndex(max(0, index))

    def _config(self) -> dict[str, object]:
        return load_config_file(self.config_file)

    def printer_values(self) -> dict[str, object]:
        """The config file's [printer] table with the form's address and paper."""
        table = dict(self._config().get("printer", {}))  # type: ignore[call-overload]
        table["uri"] = self.printer_uri.text().strip() or "none"
        table["paper_width"] = int(self.paper.currentData())
        return table

    def printer_config(self) -> PrinterConfig:
        """The printer as the form sets it, checked as the program checks it."""
        return PrinterConfig.from_values(None, self.printer_values())

    def save_printer(self) -> None:
        try:
            self.printer_config()  # a bad address is refused, and not written
            data = self._config()
            data["printer"] = self.printer_values()
            with os_errors_as(CANNOT_WRITE, path=str(self.config_file)):
                write_config_file(data, self.config_file)
        except ConfigError as error:
            self.host.say(error.message, error=True)
            return
        self.host.say(lambda lang: translate(texts.PRINTER_SAVED, lang))

    def print_test(self) -> None:
        """Print a test ticket on the printer the form names, off the GUI thread."""
        try:
            config = self.printer_config()
        except ConfigError as error:
            self.host.say(error.message, error=True)
            return
        engine = self.host.engine

        def printed(outcome: PrintOutcome) -> None:
            self.print_test_button.setEnabled(True)
            error = outcome.error
            if outcome.printed:
                self.host.say(
                    lambda lang: translate(texts.PRINTED_ON, lang, printer=outcome.printer)
                )
            elif outcome.skipped and error is not None:
                self.host.say(error.message, error=True)
            else:
                reason = error.message if error is not None else None

                def said(lang: str) -> str:
                    text = translate(texts.NOT_PRINTED, lang)
                    return f"{text} {reason(lang)}" if reason else text

                self.host.say(said, error=True)

        def failed(text: Text, _error: BaseException) -> None:
            self.print_test_button.setEnabled(True)
            self.host.say(text, error=True)

        started = (
            self.host.ops.op(lambda: print_test_ticket(engine, config))
            .success(printed)
            .failure(failed)
            .run()
        )
        if started:
            self.print_test_button.setEnabled(False)
            self.host.say(lambda lang: translate(texts.PRINTING, lang))

    # ------------------------------------------------------------ the centre as a file
    def choose_export(self) -> None:
        lang = self.host.lang
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate(texts.EXPORT, lang),
            str(Path(QDir.homePath()) / "centre.toml"),
            self._filters(lang),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        db = self.host.engine.db

        def write() -> None:
            text = export_centre(db)
            with os_errors_as(CANNOT_WRITE, path=str(path)):
                path.write_text(text, encoding="utf-8")

        def written(_result: None) -> None:
            self.host.say(lambda lang: translate(texts.EXPORTED, lang, path=str(path)))

        self.host.act(lambda _admin: write(), written, refresh=False)

    def choose_import(self) -> None:
        lang = self.host.lang
        path, _filter = QFileDialog.getOpenFileName(
            self, translate(texts.IMPORT, lang), QDir.homePath(), self._filters(lang)
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        """Read ``path`` and show what loading it would change; load it if confirmed."""
        db = self.host.engine.db

        def plan(actor: Any) -> tuple[CentreSpec, CentreLoad]:
            spec = parse_centre_file(path)
            changes = load_centre(
                db, spec, replace=True, actor=actor, source=FROM_ADMIN_WINDOW, dry_run=True
            )
            return spec, changes

        def planned(result: tuple[CentreSpec, CentreLoad]) -> None:
            spec, load = result
            dialog = ImportDialog(self, str(path), load.changes, self.host.lang)
            dialog.accepted.connect(lambda: self.load(spec))
            self.import_dialog = dialog
            dialog.open()

        self.host.act(lambda admin: plan(admin.actor), planned, refresh=False)

    def load(self, spec: CentreSpec) -> None:
        db, clock = self.host.engine.db, self.host.engine.clock

        def loaded(load: CentreLoad) -> None:
            self.settings_dirty = self.holidays_dirty = False
            self.host.engine.reload_settings()
            counts = load.counts()
            self.host.say(lambda lang: translate(texts.IMPORTED, lang, **counts))

        self.host.act(
            lambda admin: load_centre(
                db, spec, replace=True, actor=admin.actor, source=FROM_ADMIN_WINDOW, clock=clock
            ),
            loaded,
        )

    def _filters(self, lang: str) -> str:
        return (
            f"{translate(texts.CENTRE_FILES, lang)} (*.toml);;"
            f"{translate(texts.ALL_FILES, lang)} (*)"
        )
