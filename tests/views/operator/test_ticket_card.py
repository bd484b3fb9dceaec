"""The running time on the ticket card."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conq_desktop.views.operator.ticket_card import elapsed

NOW = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)


def test_the_time_runs_in_minutes_and_seconds_past_the_hour() -> None:
    assert elapsed(NOW - timedelta(minutes=62, seconds=5), NOW) == "62:05"
    assert elapsed(None, NOW) == ""


def test_a_time_without_a_zone_is_utc_and_never_negative() -> None:
    assert elapsed(datetime(2026, 11, 24, 3, 59, 30), NOW) == "00:30"
    assert elapsed(NOW + timedelta(seconds=3), NOW) == "00:00"
