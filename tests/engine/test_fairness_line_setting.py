"""The centre's setting ``display_fairness_line`` (the hall display's fairness line):
off by default, set by the centre file and the administration window, checked, and
exported so that loading the export back changes nothing."""

from __future__ import annotations

import tomllib

import pytest

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.accounts import change_settings
from conq_desktop.engine.centre_export import export_centre
from conq_desktop.engine.centre_file import check_settings, parse_centre
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.errors import ConfigError
from conq_desktop.models import EventKind, TicketEvent


def test_it_is_off_unless_a_centre_turns_it_on(engine: QueueEngine) -> None:
    assert engine.settings.display_fairness_line is False
    assert "display_fairness_line = false" in export_centre(engine.db)


def test_the_centre_file_sets_checks_and_exports_it(engine: QueueEngine) -> None:
    admin = engine.authenticate("admin", "9999")
    spec = parse_centre({"centre": {"display_fairness_line": True}})
    assert spec.settings == {"display_fairness_line": "true"}
    load_centre(engine.db, spec, replace=True, actor=admin)
    engine.reload_settings()
    assert engine.settings.display_fairness_line is True
    text = export_centre(engine.db)
    assert "display_fairness_line = true" in text
    # The export read back sets it the same.
    assert parse_centre(tomllib.loads(text)).settings["display_fairness_line"] == "true"

    with pytest.raises(ConfigError, match="“display_fairness_line” must be true or false"):
        parse_centre({"centre": {"display_fairness_line": "yes"}})
    with pytest.raises(ConfigError, match="“display_fairness_line” must be true or false"):
        check_settings({"display_fairness_line": "on"})
    assert check_settings({"display_fairness_line": " false "}) == {
        "display_fairness_line": "false"
    }


def test_turning_it_on_is_journalled(engine: QueueEngine) -> None:
    admin = engine.authenticate("admin", "9999")
    changed = change_settings(engine.db, {"display_fairness_line": "true"}, actor=admin)
    assert changed == {"display_fairness_line": ("false", "true")}
    engine.reload_settings()
    assert engine.settings.display_fairness_line is True
    with engine.db.read_session() as session:
        [event] = session.query(TicketEvent).filter_by(kind=EventKind.SETTINGS_CHANGED).all()
        assert event.details["changes"] == [
            {"key": "display_fairness_line", "old": "false", "new": "true"}
        ]
