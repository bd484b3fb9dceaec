"""The centre as a centre file: what the administration window's "Export" and
``conq-desktop setup --export`` write.

The file is the one ``setup --from`` reads (docs/centre-file.md), with every service's
hours written per weekday, and without PINs: loading it back changes nothing, and a
copy left on a shared folder gives nobody a way in.

No Qt here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from conq_desktop.db import Database
from conq_desktop.engine.centre_file import DAY_KEYS
from conq_desktop.engine.centre_load import stored_week
from conq_desktop.engine.settings import setting_values
from conq_desktop.i18n import LANGUAGES, PUBLIC_LANGUAGES
from conq_desktop.models import Holiday, Operator, Service, ServicePoint

HEADER = (
    "# conq-desktop centre file (docs/centre-file.md), exported from the database.\n"
    "# It holds no PINs: load it with `conq-desktop setup --from FILE --replace`.\n"
)


def export_centre(db: Database) -> str:
    """The database's centre as the text of a centre file."""
    with db.read_session() as session:
        values = setting_values(session)
        holidays = list(session.scalars(select(Holiday).order_by(Holiday.day)))
        services = session.scalars(
            select(Service).where(Service.retired.is_(False)).order_by(Service.sort_order)
        ).all()
        windows = session.scalars(
            select(ServicePoint)
            .where(ServicePoint.retired.is_(False))
            .order_by(ServicePoint.number)
        ).all()
        operators = session.scalars(select(Operator).order_by(Operator.id)).all()
        parts = [HEADER, _centre(values, holidays)]
        parts += [_service(service) for service in services]
        parts += [_window(point) for point in windows]
        parts += [_operator(operator) for operator in operators]
    return "\n".join(parts)


def _centre(values: dict[str, str], holidays: Iterable[Holiday]) -> str:
    lines = ["[centre]"]
    lines.append(f"name = {_names(values, 'centre_name', LANGUAGES)}")
    lines.append(f"timezone = {_text(values['timezone'])}")
    lines.append(f"recall_limit = {int(values['recall_limit'])}")
    lines.append(f"ticket_footer = {_names(values, 'ticket_footer', PUBLIC_LANGUAGES)}")
    lines.append(f"ticker = {_names(values, 'ticker', PUBLIC_LANGUAGES)}")
    languages = ", ".join(_text(code) for code in values["kiosk_languages"].split(","))
    lines.append(f"languages = [{languages}]")
    lines.append(f"start_at_call = {_bool(values['start_at_call'] == 'true')}")
    fairness = values["display_fairness_line"] == "true"
    lines.append(f"display_fairness_line = {_bool(fairness)}")
    # The bot's name, never its token: a secret stays in the database.
    lines.append(f"telegram_bot = {_text(values['telegram_bot'])}")
    lines.append(f"phone_ahead = {int(values['phone_ahead'])}")
    lines.append(f"display_phone_qr = {_bool(values['display_phone_qr'] == 'true')}")
    days = [
        f"{{ day = {holiday.day.isoformat()}, name = {_text(holiday.name)} }}"
        if holiday.name
        else holiday.day.isoformat()
        for holiday in holidays
    ]
    lines.append(f"holidays = [{', '.join(days)}]")
    return "\n".join(lines) + "\n"


def _service(service: Service) -> str:
    lines = ["[[services]]"]
    lines.append(f"code = {_text(service.code)}")
    lines.append(f"prefix = {_text(service.prefix)}")
    lines.append(f"name = {_inline(service.names)}")
    if service.daily_limit is not None:
        lines.append(f"daily_limit = {service.daily_limit}")
    lines.append(f"expected_minutes = {service.expected_minutes!r}")
    lines.append(f"target_wait_minutes = {service.target_wait_minutes}")
    week = {day.weekday: day for day in stored_week(service)}
    days = {name: (week[i].text() if i in week else "closed") for i, name in enumerate(DAY_KEYS, 1)}
    # No "hours": every day is named, so the file says the week exactly.
    lines.append(f"week = {_inline(days)}")
    lines.append(f"active = {_bool(service.active)}")
    return "\n".join(lines) + "\n"


def _window(point: ServicePoint) -> str:
    services = ", ".join(_text(link.service.code) for link in point.links)
    return (
        f"[[windows]]\nnumber = {point.number}\nname = {_text(point.name)}\n"
        f"services = [{services}]\n"
    )


def _operator(operator: Operator) -> str:
    return (
        f"[[operators]]\nlogin = {_text(operator.login)}\n"
        f"name = {_text(operator.display_name)}\nrole = {_text(operator.role.value)}\n"
        f"active = {_bool(operator.active)}\n"
    )


def _names(values: dict[str, str], stem: str, langs: Iterable[str]) -> str:
    return _inline({lang: values[f"{stem}_{lang}"] for lang in langs})


def _inline(table: dict[str, Any]) -> str:
    return "{ " + ", ".join(f"{key} = {_text(value)}" for key, value in table.items()) + " }"


def _text(value: str) -> str:
    # A JSON string is a TOML basic string: the same quotes and escapes.
    return json.dumps(value, ensure_ascii=False)


def _bool(value: bool) -> str:
    return "true" if value else "false"
