"""What a centre file may hold: every limit just inside is accepted, just outside refused.

The limits follow the database columns (models/*.py) and docs/centre-file.md. A value
the parser lets through reaches the database: on PostgreSQL a too-long text fails the
whole load with a database error, on SQLite it is silently stored and breaks the hall
display or the ticket later.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conq_desktop.engine.centre_file import (
    MISTAKES_MAX,
    check_settings,
    parse_centre,
    parse_centre_file,
    parse_service,
)
from conq_desktop.errors import ConfigError
from conq_desktop.models import Operator, Service, ServicePoint
from tests.conftest import DEMO_CENTRE

NAMES = {"ky": "Кызмат", "ru": "Услуга", "en": "Service"}


def centre(**changes: Any) -> dict[str, Any]:
    """A small valid centre, with ``service``, ``window``, ``operator`` or ``centre``
    entries replaced or added (None removes the key)."""
    data: dict[str, Any] = {
        "centre": {"name": dict(NAMES), "timezone": "Asia/Bishkek", "recall_limit": 3},
        "services": [{"code": "PASSPORT", "prefix": "А", "name": dict(NAMES)}],
        "windows": [{"number": 1, "name": "Терезе 1", "services": ["PASSPORT"]}],
        "operators": [{"login": "aibek", "name": "Айбек", "pin": "1111"}],
    }
    for part, values in changes.items():
        table = data["centre"] if part == "centre" else data[f"{part}s"][0]
        for key, value in values.items():
            if value is None:
                table.pop(key, None)
            else:
                table[key] = value
    return data


def refusal(data: dict[str, Any]) -> str:
    with pytest.raises(ConfigError) as raised:
        parse_centre(data, "centre.toml")
    message = raised.value.message("en")
    assert len(message.splitlines()) == 1, message
    return message


def test_the_demo_centre_loads() -> None:
    spec = parse_centre_file(DEMO_CENTRE)
    assert [service.prefix for service in spec.services] == ["А", "Б", "В", "Г", "Д"]
    assert {operator.pin for operator in spec.operators} >= {"1111", "2222"}


def test_the_small_centre_used_here_is_valid() -> None:
    spec = parse_centre(centre())
    assert spec.services[0].prefix == "А" and spec.operators[0].pin == "1111"


@pytest.mark.parametrize(
    ("column", "build"),
    [
        # The window keeps serving PASSPORT: an over-long code in both places would be
        # two mistakes, both reported (test_every_mistake_of_a_file_is_reported).
        pytest.param(Service.code, lambda n: centre(service={"code": "C" * n}), id="code"),
        pytest.param(
            Service.name_ru,
            lambda n: centre(service={"name": {**NAMES, "ru": "ы" * n}}),
            id="service-name",
        ),
        pytest.param(
            ServicePoint.name, lambda n: centre(window={"name": "ы" * n}), id="window-name"
        ),
        pytest.param(Operator.login, lambda n: centre(operator={"login": "l" * n}), id="login"),
        pytest.param(
            Operator.display_name, lambda n: centre(operator={"name": "ы" * n}), id="operator"
        ),
        pytest.param(Service.prefix, lambda n: centre(service={"prefix": "Ң" * n}), id="prefix"),
    ],
)
def test_text_limits_match_the_database_columns(
    column: Any, build: Callable[[int], dict[str, Any]]
) -> None:
    """If a column is widened or narrowed, the file's limit must follow it."""
    length = column.type.length
    parse_centre(build(length))
    refusal(build(length + 1))


@pytest.mark.parametrize(
    ("key", "limit"), [("name", 200), ("ticket_footer", 300)], ids=["name", "footer"]
)
def test_centre_name_and_footer_limits(key: str, limit: int) -> None:
    langs = ("ky", "ru", "en") if key == "name" else ("ky", "ru")
    texts = {lang: "ы" for lang in langs}
    parse_centre(centre(centre={key: {**texts, "ky": "ы" * limit}}))
    assert f"“{key}.ky” is longer than {limit} characters" in refusal(
        centre(centre={key: {**texts, "ky": "ы" * (limit + 1)}})
    )


def test_a_five_million_character_name_is_refused_without_echoing_it() -> None:
    message = refusal(centre(centre={"name": {**NAMES, "ky": "Ы" * 5_000_000}}))
    assert "longer than 200" in message and len(message) < 300


@pytest.mark.parametrize("prefix", ["А", "Ң", "ӨҮ", "ЖЁЛК", "A", "QRSW", " Б "])
def test_capital_letters_of_one_alphabet_make_a_prefix(prefix: str) -> None:
    assert parse_centre(centre(service={"prefix": prefix})).services[0].prefix == prefix.strip()


@pytest.mark.parametrize(
    "prefix",
    [
        "😀",  # it used to issue ticket 😀-001
        "",
        "АБВГД",  # five letters
        "А1",
        "1",
        "А-",
        "А Б",
        "а",  # the operator panel reads a typed "а3" as "А-003"
        "ң",
        "AБ",  # Latin A with Cyrillic Б: two keyboard layouts
        "É",
        "Ω",
        "Ѐ\u0301",
        "Ⅻ",
    ],
)
def test_anything_else_is_not_a_prefix(prefix: str) -> None:
    assert "“prefix” must be 1–4 capital letters" in refusal(centre(service={"prefix": prefix}))


def test_prefixes_that_look_the_same_on_the_display_are_refused() -> None:
    data = centre()
    data["services"] = [
        {"code": "LATIN", "prefix": "A", "name": NAMES},
        {"code": "CYRILLIC", "prefix": "А", "name": NAMES},
    ]
    assert "“A” and “А” look the same" in refusal(data)
    data["services"][1]["prefix"] = "Б"
    parse_centre(data)


@pytest.mark.parametrize("code", ["PASSPORT", "ID_CARD", "ID-2", "2NDFL", "ПАСПОРТ", "Жаңы"])
def test_codes_are_letters_digits_underscores_and_dashes(code: str) -> None:
    data = centre(service={"code": code}, window={"services": [code]})
    assert parse_centre(data).services[0].code == code


@pytest.mark.parametrize("code", ["", "  ", "-X", "_X", "A B", "A/B", "A.B", "Ä", "😀", "A\nB"])
def test_other_codes_are_refused(code: str) -> None:
    message = refusal(centre(service={"code": code}, window={"services": ["PASSPORT"]}))
    assert "“code”" in message


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"operator": {"pin": 1234}}, "“pin” must be in quotes"),
        ({"operator": {"pin": "123"}}, "“pin” must be 4–8 digits"),
        ({"operator": {"pin": "123456789"}}, "“pin” must be 4–8 digits"),
        ({"operator": {"pin": "12a4"}}, "“pin” must be 4–8 digits"),
        ({"operator": {"pin": "١٢٣٤"}}, "“pin” must be 4–8 digits"),  # Arabic-Indic digits
        ({"operator": {"pin": True}}, "“pin” must be text in quotes"),
        ({"operator": {"login": "a\tb"}}, "“login” must be one line"),
        ({"operator": {"name": "Айбек\nТоктогулов"}}, "“name” must be one line"),
        ({"operator": {"name": "  "}}, "“name” is empty"),
        ({"operator": {"role": "boss"}}, "unknown role boss"),
        ({"operator": {"pinn": "1111"}}, "unknown key “pinn”"),
        ({"window": {"number": 0}}, "“number” must be a whole number from 1 to 9999"),
        ({"window": {"number": 10_000}}, "“number” must be a whole number from 1 to 9999"),
        ({"window": {"number": "1"}}, "“number” must be a whole number"),
        ({"window": {"number": True}}, "“number” must be a whole number"),
        ({"window": {"services": "PASSPORT"}}, "“services” must be a list"),
        ({"window": {"services": [1]}}, "“services” must be a list of service codes"),
        ({"window": {"services": ["PASSPORT", "PASSPORT"]}}, "“PASSPORT” appears twice"),
        ({"window": {"name": ""}}, "“name” is empty"),
        ({"window": {"servces": []}}, "unknown key “servces”"),
        ({"service": {"daly_limit": 10}}, "unknown key “daly_limit”"),
        ({"service": {"daily_limit": 0}}, "“daily_limit” must be a whole number from 1 to 9999"),
        ({"service": {"daily_limit": 10_000}}, "from 1 to 9999"),
        ({"service": {"daily_limit": 2.5}}, "“daily_limit” must be a whole number"),
        ({"service": {"expected_minutes": 0}}, "“expected_minutes” must be more than 0"),
        ({"service": {"expected_minutes": 481}}, "at most 480"),
        ({"service": {"expected_minutes": float("nan")}}, "“expected_minutes”"),
        ({"service": {"expected_minutes": float("inf")}}, "“expected_minutes”"),
        ({"service": {"active": "yes"}}, "“active” must be true or false"),
        ({"service": {"hours": "8:30-17:30pm"}}, "“hours” must look like 08:30-17:30"),
        ({"service": {"hours": "17:30-08:30"}}, "“hours” must end after they start"),
        ({"service": {"weekdays": "mon-xyz"}}, "“weekdays” must look like mon-fri"),
        ({"service": {"name": {**NAMES, "kg": "x"}}}, "unknown key “name.kg”"),
        ({"service": {"name": {**NAMES, "en": ""}}}, "“name” needs a “en” text"),
        ({"centre": {"recall_limit": -1}}, "“recall_limit” must be a whole number from 0 to 99"),
        ({"centre": {"recall_limit": 100}}, "from 0 to 99"),
        ({"centre": {"timezone": "Asia/" + "x" * 60}}, "“timezone” is longer than 64"),
        ({"centre": {"timezone": "Mars/Olympus"}}, "Unknown time zone"),
        ({"centre": {"ticket_footer": {"ky": "a", "ru": "b", "en": "c"}}}, "“ticket_footer.en”"),
        ({"centre": {"nmae": NAMES}}, "unknown key “nmae”; the known ones are name, timezone"),
    ],
)
def test_values_the_centre_cannot_use_are_refused_with_their_place(
    changes: dict[str, dict[str, Any]], words: str
) -> None:
    message = refusal(centre(**changes))
    assert message.startswith("centre.toml: ")
    assert words in message


@pytest.mark.parametrize(
    ("changes", "check"),
    [
        ({"operator": {"pin": "0123"}}, lambda spec: spec.operators[0].pin == "0123"),
        ({"operator": {"pin": "12345678"}}, lambda spec: spec.operators[0].pin == "12345678"),
        ({"window": {"number": 9999}}, lambda spec: spec.windows[0].number == 9999),
        ({"window": {"name": None}}, lambda spec: spec.windows[0].name == "1"),
        ({"service": {"daily_limit": 9999}}, lambda spec: spec.services[0].daily_limit == 9999),
        (
            {"service": {"expected_minutes": 0.5}},
            lambda spec: spec.services[0].expected_minutes == 0.5,
        ),
        ({"service": {"hours": "8-17"}}, lambda spec: spec.services[0].week[0].opens_at.hour == 8),
        (
            {"service": {"hours": "00:00-24:00"}},
            lambda spec: spec.services[0].week[0].closes_at is None,
        ),
        ({"centre": {"recall_limit": 0}}, lambda spec: spec.settings["recall_limit"] == "0"),
        (
            {"centre": {"ticket_footer": {"ky": "", "ru": ""}}},
            lambda spec: spec.settings["ticket_footer_ru"] == "",
        ),
    ],
)
def test_values_at_the_limits_are_accepted(changes: dict[str, dict[str, Any]], check: Any) -> None:
    assert check(parse_centre(centre(**changes)))


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"service": [{"code": "X"}]}, "centre.toml: unknown key “service”"),
        ({"services": {"code": "X"}}, "“services” must be a list"),
        ({"services": ["X"]}, "services #1: expected a table"),
        ({"centre": "Бишкек"}, "“centre” must be a table"),
    ],
)
def test_the_shape_of_the_file_is_checked(data: dict[str, Any], words: str) -> None:
    assert words in refusal(data)


def test_every_mistake_of_a_file_is_reported() -> None:
    """Issue 19: a file with several mistakes in different tables names them all, each
    with its place, one a line, in the order of the file; nothing else is said."""
    data = centre(centre={"recall_limit": -1, "timezone": "Mars/Olympus"})
    data["services"].append(
        {"code": "CIVIL", "prefix": "Б1", "name": NAMES, "hours": "18:00-09:00"}
    )
    data["services"].append({"code": "PASSPORT", "prefix": "В", "name": NAMES})
    data["windows"][0]["number"] = 0
    data["operators"][0].update(pin="12", role="boss")
    with pytest.raises(ConfigError) as raised:
        parse_centre(data, "centre.toml")
    lines = raised.value.message("en").splitlines()
    assert lines == [
        "centre.toml: [centre]: Unknown time zone: Mars/Olympus",
        "centre.toml: [centre]: “recall_limit” must be a whole number from 0 to 99",
        "centre.toml: services #2: “prefix” must be 1–4 capital letters of one alphabet, "
        "Cyrillic or Latin, not “Б1”",
        "centre.toml: services #2: “hours” must end after they start: 18:00-09:00",
        "centre.toml: services: “PASSPORT” appears twice",
        "centre.toml: windows #1: “number” must be a whole number from 1 to 9999",
        "centre.toml: operators #1: unknown role boss",
        "centre.toml: operators #1: “pin” must be 4–8 digits",
    ]
    assert raised.value.exit_code == 6  # as for one mistake


def test_a_misspelt_key_is_reported_once_and_the_other_entries_still_checked() -> None:
    """An entry with an unknown key is not checked further (its "services" would also
    be missing), but the next entries are."""
    data = centre(window={"servces": ["PASSPORT"], "services": None})
    data["operators"][0]["pin"] = "1"
    with pytest.raises(ConfigError) as raised:
        parse_centre(data)
    lines = raised.value.message("en").splitlines()
    assert len(lines) == 2, lines
    assert "windows #1: unknown key “servces”" in lines[0]
    assert "operators #1: “pin” must be 4–8 digits" in lines[1]


def test_the_check_stops_after_fifty_mistakes() -> None:
    data = centre()
    data["services"] = [{"code": f"S{index}", "prefix": "1", "name": NAMES} for index in range(80)]
    with pytest.raises(ConfigError) as raised:
        parse_centre(data)
    lines = raised.value.message("en").splitlines()
    assert len(lines) == MISTAKES_MAX + 1
    assert lines[-2].startswith(f"centre.toml: services #{MISTAKES_MAX}: “prefix”")
    assert lines[-1] == f"… and perhaps more: the check stopped after {MISTAKES_MAX} mistakes."


def test_settings_name_every_wrong_value_and_a_form_its_first() -> None:
    with pytest.raises(ConfigError) as raised:
        check_settings({"recall_limit": "100", "start_at_call": "yes", "ticker_ky": "ok"})
    assert raised.value.message("en").splitlines() == [
        "“recall_limit” must be a whole number from 0 to 99",
        "“start_at_call” must be true or false",
    ]
    # One item of an administration form: the first mistake, which names its field.
    with pytest.raises(ConfigError) as first:
        parse_service({"code": "X", "prefix": "1", "name": NAMES, "daily_limit": 0})
    assert first.value.message("en").startswith("“prefix” must be")
    assert first.value.params == {"text": "1"}
