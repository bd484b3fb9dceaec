"""A centre where service starts at the call (setting ``start_at_call``): Next, then
Finish, with the service time counted from the call; without it, Start comes between
(docs/queue-rules.md). On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.accounts import change_settings
from conq_desktop.engine.centre_export import export_centre
from conq_desktop.engine.centre_file import check_settings, parse_centre
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.engine.rules import Move, WindowSituation, legal_moves
from conq_desktop.errors import ConfigError, QueueError
from conq_desktop.models import EventKind, TicketStatus
from tests.conftest import staff


@pytest.fixture
def engine(engine: QueueEngine) -> QueueEngine:
    """The demo centre with elena signed in at window 3."""
    return staff(engine, 3)


def start_at_call(engine: QueueEngine, on: bool = True) -> None:
    """The administrator switches the setting, as the administration window does."""
    admin = engine.authenticate("admin", "9999")
    change_settings(engine.db, {"start_at_call": "true" if on else "false"}, actor=admin)
    engine.reload_settings()


def test_the_setting_is_off_unless_a_centre_says_so(engine: QueueEngine) -> None:
    assert engine.settings.start_at_call is False
    start_at_call(engine)
    assert engine.settings.start_at_call is True


def test_next_then_finish_counts_the_service_from_the_call(
    engine: QueueEngine, clock: FixedClock
) -> None:
    start_at_call(engine)
    engine.issue("CIVIL")
    clock.advance(minutes=2)
    called = engine.call_next(3)
    assert called.status == TicketStatus.CALLED
    clock.advance(minutes=7)
    done = engine.finish(3, number=called.number)
    assert done.status == TicketStatus.DONE
    assert done.called_at is not None and done.started_at == done.called_at
    assert done.finished_at == clock.now()
    stored = engine.ticket(called.number)
    assert stored.started_at == stored.called_at
    assert [event.kind for event in engine.events()][-2:] == [
        EventKind.CALLED,
        EventKind.FINISHED,
    ]
    assert engine.current_ticket(3) is None


def test_start_is_not_a_move_where_service_starts_at_the_call(engine: QueueEngine) -> None:
    start_at_call(engine)
    engine.issue("CIVIL")
    called = engine.call_next(3)
    with pytest.raises(QueueError, match="needs no Start; press Finish when done"):
        engine.start(3)
    assert engine.ticket(called.number).status == TicketStatus.CALLED
    # The visitor who does not come is still a no-show, and can still be recalled.
    assert engine.recall(3).recall_count == 1
    assert engine.no_show(3).status == TicketStatus.NO_SHOW


def test_without_the_setting_finish_needs_start_first(
    engine: QueueEngine, clock: FixedClock
) -> None:
    engine.issue("CIVIL")
    called = engine.call_next(3)
    with pytest.raises(QueueError, match="has not been started yet; press Start first"):
        engine.finish(3)
    assert engine.ticket(called.number).status == TicketStatus.CALLED
    clock.advance(minutes=1)
    started = engine.start(3)
    assert started.started_at == clock.now() != started.called_at
    clock.advance(minutes=5)
    done = engine.finish(3)
    assert done.status == TicketStatus.DONE and done.started_at == started.started_at


def test_a_ticket_started_before_the_switch_is_still_finished(engine: QueueEngine) -> None:
    engine.issue("CIVIL")
    engine.call_next(3)
    started = engine.start(3)
    start_at_call(engine)
    done = engine.finish(3)
    assert done.status == TicketStatus.DONE and done.started_at == started.started_at


def test_switching_back_brings_start_back(engine: QueueEngine) -> None:
    start_at_call(engine)
    start_at_call(engine, on=False)
    engine.issue("CIVIL")
    engine.call_next(3)
    with pytest.raises(QueueError, match="press Start first"):
        engine.finish(3)
    assert engine.start(3).status == TicketStatus.SERVING


def test_the_rules_offer_finish_and_no_start_on_a_called_ticket() -> None:
    called = WindowSituation(signed_in=True, ticket=TicketStatus.CALLED)
    assert Move.START in legal_moves(called) and Move.FINISH not in legal_moves(called)
    at_call = WindowSituation(signed_in=True, ticket=TicketStatus.CALLED, start_at_call=True)
    assert legal_moves(at_call) == {
        Move.RECALL,
        Move.FINISH,
        Move.NO_SHOW,
        Move.POSTPONE,
        Move.REDIRECT,
    }
    serving = WindowSituation(signed_in=True, ticket=TicketStatus.SERVING, start_at_call=True)
    assert legal_moves(serving) == {Move.FINISH, Move.POSTPONE, Move.REDIRECT}
    free = WindowSituation(signed_in=True, start_at_call=True)
    assert legal_moves(free) == legal_moves(WindowSituation(signed_in=True))


def test_the_centre_file_sets_checks_and_exports_it(engine: QueueEngine) -> None:
    assert "start_at_call = false" in export_centre(engine.db)
    spec = parse_centre({"centre": {"start_at_call": True}})
    assert spec.settings == {"start_at_call": "true"}
    load_centre(engine.db, spec, replace=True, actor=engine.authenticate("admin", "9999"))
    engine.reload_settings()
    assert engine.settings.start_at_call is True
    text = export_centre(engine.db)
    assert "start_at_call = true" in text

    with pytest.raises(ConfigError, match="“start_at_call” must be true or false"):
        parse_centre({"centre": {"start_at_call": "yes"}})
    with pytest.raises(ConfigError, match="“start_at_call” must be true or false"):
        check_settings({"start_at_call": "1"})
    assert check_settings({"start_at_call": " true "}) == {"start_at_call": "true"}
