"""The Services page: every service of the centre, and the form of the one chosen:
its names, prefix, limits, and its opening hours day by day with a lunch break.

Saving goes through the centre file's rules (``forms.service_spec``) and the engine
(``Administration.save_service``); removing a service that people still wait for asks
where their tickets go, and removes it once they have moved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from conq_desktop.engine.admin_reads import CentreAdmin, ServiceRow
from conq_desktop.engine.administration import HAS_WAITING
from conq_desktop.engine.centre_file import (
    CODE_MAX,
    DAILY_LIMIT_MAX,
    EXPECTED_MINUTES_MAX,
    NAME_MAX,
    TARGET_WAIT_MAX,
)
from conq_desktop.errors import QueueError
from conq_desktop.i18n import LANGUAGES, Message, translate
from conq_desktop.views.admin import texts
from conq_desktop.views.admin.dialogs import MoveDialog, RemoveDialog, ask_to_remove
from conq_desktop.views.admin.forms import DayForm, ServiceForm, service_spec
from conq_desktop.views.admin.widgets import Host, ItemsPage
from conq_desktop.views.common.operation import Text
from conq_desktop.views.common.theme import restyle

NAMES = {"ky": texts.NAME_KY, "ru": texts.NAME_RU, "en": texts.NAME_EN}


def _time(edit: QTimeEdit) -> Any:
    return edit.time().toPython()


class DayRow:
    """One weekday of the grid: open or not, its hours, its lunch break or none."""

    def __init__(self, page: ServicesPage, weekday: int) -> None:
        self.weekday = weekday
        day = Message(texts.DAY_NAMES[weekday - 1])
        words = page.words
        self.open = words.check(texts.DAY_NAMES[weekday - 1])
        self.opens, self.closes = QTimeEdit(), QTimeEdit()
        self.lunch = words.check(texts.LUNCH)
        self.lunch_from, self.lunch_until = QTimeEdit(), QTimeEdit()
        for edit, caption in (
            (self.opens, texts.OPENS),
            (self.closes, texts.CLOSES),
            (self.lunch_from, texts.LUNCH_FROM),
            (self.lunch_until, texts.LUNCH_UNTIL),
        ):
            edit.setDisplayFormat("HH:mm")
            words.name(edit, texts.DAY_FIELD, day=day, field=Message(caption))
        self.day = day
        self.open.toggled.connect(self.enable)
        self.lunch.toggled.connect(self.enable)
        page.watch(
            self.open, self.opens, self.closes, self.lunch, self.lunch_from, self.lunch_until
        )

    def widgets(self) -> list[QWidget]:
        return [self.open, self.opens, self.closes, self.lunch, self.lunch_from, self.lunch_until]

    def enable(self, *_args: object) -> None:
        is_open = self.open.isChecked()
        for edit in (self.opens, self.closes, self.lunch):
            edit.setEnabled(is_open)
        for edit in (self.lunch_from, self.lunch_until):
            edit.setEnabled(is_open and self.lunch.isChecked())

    def show(self, form: DayForm) -> None:
        self.open.setChecked(form.open)
        self.lunch.setChecked(form.lunch)
        for edit, moment in (
            (self.opens, form.opens),
            (self.closes, form.closes),
            (self.lunch_from, form.lunch_from),
            (self.lunch_until, form.lunch_until),
        ):
            edit.setTime(QTime(moment.hour, moment.minute))
        self.enable()

    def form(self) -> DayForm:
        return DayForm(
            self.weekday,
            self.open.isChecked(),
            _time(self.opens),
            _time(self.closes),
            self.lunch.isChecked(),
            _time(self.lunch_from),
            _time(self.lunch_until),
        )

    def retranslate(self, lang: str) -> None:
        self.lunch.setAccessibleDescription(self.day.translate(lang))


class ServicesPage(ItemsPage):
    def __init__(self, host: Host) -> None:
        super().__init__(host)
        words = self.words
        words.name(self.items, texts.SERVICES)
        self.services: dict[str, ServiceRow] = {}
        self.move_dialog: MoveDialog | None = None
        self.remove_dialog: RemoveDialog | None = None

        self.code, self.prefix = QLineEdit(), QLineEdit()
        self.code.setMaxLength(CODE_MAX)
        self.prefix.setMaxLength(4)
        self.names = {lang: QLineEdit() for lang in LANGUAGES}
        for edit in self.names.values():
            edit.setMaxLength(NAME_MAX)
        self.limit = QSpinBox()
        self.limit.setRange(0, DAILY_LIMIT_MAX)
        self.expected = QDoubleSpinBox()
        self.expected.setRange(0, EXPECTED_MINUTES_MAX)
        self.expected.setDecimals(1)
        self.target = QSpinBox()
        self.target.setRange(0, TARGET_WAIT_MAX)
        self.active = words.check(texts.ISSUING)
        self.days = [DayRow(self, weekday) for weekday in range(1, 8)]
        self.save_button = words.button(texts.SAVE, self.save, role="primary")
        self.new_button = words.button(texts.NEW, self.new)
        self.remove_button = words.button(texts.REMOVE, self.ask_remove, role="warn")
        self.watch(self.code, self.prefix, *self.names.values(), self.limit, self.expected)
        self.watch(self.target, self.active)

        fields = QGridLayout()
        fields.setHorizontalSpacing(12)
        fields.addWidget(words.label(texts.CODE, self.code), 0, 0)
        fields.addWidget(self.code, 0, 1)
        fields.addWidget(words.label(texts.PREFIX, self.prefix), 0, 2)
        fields.addWidget(self.prefix, 0, 3)
        for row, lang in enumerate(LANGUAGES, start=1):
            fields.addWidget(words.label(NAMES[lang], self.names[lang]), row, 0)
            fields.addWidget(self.names[lang], row, 1, 1, 3)
        fields.addWidget(words.label(texts.DAILY_LIMIT, self.limit), 4, 0)
        fields.addWidget(self.limit, 4, 1)
        fields.addWidget(words.label(texts.EXPECTED_MINUTES, self.expected), 4, 2)
        fields.addWidget(self.expected, 4, 3)
        fields.addWidget(words.label(texts.TARGET_WAIT, self.target), 5, 0)
        fields.addWidget(self.target, 5, 1)
        fields.addWidget(self.active, 5, 2, 1, 2)
        fields.setColumnStretch(1, 1)
        fields.setColumnStretch(3, 1)

        week = QGridLayout()
        week.setHorizontalSpacing(14)
        for column, caption in enumerate(
            (texts.DAY, texts.OPENS, texts.CLOSES, texts.LUNCH, texts.LUNCH_FROM, texts.LUNCH_UNTIL)
        ):
            week.addWidget(words.label(caption), 0, column)
        for row, day in enumerate(self.days, start=1):
            for column, widget in enumerate(day.widgets()):
                week.addWidget(widget, row, column)
        week.setColumnStretch(6, 1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)

        form = QWidget()
        column = QVBoxLayout(form)
        column.setContentsMargins(8, 0, 8, 0)
        column.addLayout(fields)
        column.addSpacing(10)
        column.addWidget(words.label(texts.WEEK, name="heading"))
        column.addLayout(week)
        column.addWidget(words.label(texts.MIDNIGHT_NOTE, name="note"))
        column.addStretch(1)
        column.addLayout(buttons)
        self.lay_out(texts.SERVICES, form)

    # ------------------------------------------------------------ ItemsPage
    def item_keys(self, snapshot: CentreAdmin) -> list[tuple[Any, str]]:
        self.services = {service.code: service for service in snapshot.services}
        lang = self.host.lang
        return [(service.code, texts.service_item(service, lang)) for service in snapshot.services]

    def item_name(self, key: Any) -> Callable[[str], str]:
        service = self.services.get(key)
        if service is None:
            return lambda lang: translate(texts.SERVICE_ITEM, lang, code=key)
        return service.name

    def fill(self, key: Any) -> None:
        service = self.services.get(key) if key is not None else None
        self.code.setReadOnly(service is not None)
        restyle(self.code)  # the style sheet draws a fixed field as such
        self.remove_button.setEnabled(service is not None)
        if service is None:
            self.code.clear()
            self.prefix.clear()
            for edit in self.names.values():
                edit.clear()
            self.limit.setValue(0)
            self.expected.setValue(10)
            self.target.setValue(15)
            self.active.setChecked(True)
            for day in self.days:
                day.show(DayForm.usual(day.weekday))
            return
        self.code.setText(service.code)
        self.prefix.setText(service.prefix)
        for lang, edit in self.names.items():
            edit.setText(service.names.get(lang, ""))
        self.limit.setValue(service.daily_limit or 0)
        self.expected.setValue(service.expected_minutes)
        self.target.setValue(service.target_wait_minutes)
        self.active.setChecked(service.active)
        for day in self.days:
            day.show(DayForm.of(day.weekday, service.hours_on(day.weekday)))

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self.limit.setSpecialValueText(translate(texts.NO_LIMIT, lang))
        for day in self.days:
            day.retranslate(lang)

    # ------------------------------------------------------------ acting
    def form(self) -> ServiceForm:
        return ServiceForm(
            code=self.code.text(),
            prefix=self.prefix.text(),
            names={lang: edit.text() for lang, edit in self.names.items()},
            daily_limit=self.limit.value(),
            expected_minutes=self.expected.value(),
            target_wait_minutes=self.target.value(),
            active=self.active.isChecked(),
            days=tuple(day.form() for day in self.days),
        )

    def save(self) -> None:
        form = self.form()
        code = form.code.strip()

        def saved(changes: list[Any]) -> None:
            item = self._named(code, form)
            done = texts.SAVED if changes else texts.NOTHING_CHANGED
            self.host.say(lambda lang: translate(done, lang, item=item(lang)))
            self.saved(code)

        self.host.act(lambda admin: admin.save_service(service_spec(form)), saved)

    def _named(self, code: str, form: ServiceForm) -> Callable[[str], str]:
        return lambda lang: form.names.get(lang, "").strip() or code

    def ask_remove(self) -> None:
        if self.key is not None:
            item = self.item_name(self.key)(self.host.lang)
            self.remove_dialog = ask_to_remove(self, item, self.host.lang, self.remove)

    def remove(self, move_to: str | None = None) -> None:
        code = self.key
        if code is None:
            return
        item = self.item_name(code)

        def removed(moved: int) -> None:
            if moved and move_to is not None:
                target = self.item_name(move_to)

                def said(lang: str) -> str:
                    return translate(
                        texts.REMOVED_MOVED, lang, item=item(lang), count=moved, target=target(lang)
                    )

                self.host.say(said)
            else:
                self.host.say(lambda lang: translate(texts.REMOVED, lang, item=item(lang)))
            self.refill(None)

        def refused(text: Text, error: BaseException) -> None:
            if isinstance(error, QueueError) and error.template == HAS_WAITING:
                self.ask_where(code, text)
            else:
                self.host.say(text, error=True)

        self.host.act(lambda admin: admin.remove_service(code, move_to=move_to), removed, refused)

    def ask_where(self, code: str, reason: Text) -> None:
        """People wait for ``code``: ask which service takes their tickets over."""
        lang = self.host.lang
        targets = [
            (item.code, item.name(lang)) for item in self.services.values() if item.code != code
        ]
        dialog = MoveDialog(self, reason(lang), targets, lang)
        dialog.accepted.connect(lambda: self.remove(move_to=dialog.chosen()))
        self.move_dialog = dialog
        dialog.open()
