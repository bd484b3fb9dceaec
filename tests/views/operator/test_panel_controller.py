"""The panel's controller without its widgets: which actions it offers in which state
(the queue's rules, plus the compact view), which buttons it shows, and when the
compact view may open."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.accounts import change_settings
from conq_desktop.engine.rules import Move
from conq_desktop.models import TicketStatus
from conq_desktop.views.common.worker import EngineRunner
from conq_desktop.views.operator.panel_controller import COMPACT, PanelController
from conq_desktop.views.operator.panel_view import ACTIONS

FREE = {"next", "call", "pause", "sign_out", "compact"}
CALLED = {"recall", "start", "no_show", "postpone", "redirect", "compact"}
SERVING = {"finish", "postpone", "redirect", "compact"}


@pytest.fixture
def controller(sqlite_engine: QueueEngine) -> Iterator[PanelController]:
    """Window 3's controller, signed in as elena, with the queue read once."""
    owner = QObject()  # stands for the panel: the controller lives as long as it
    runner = EngineRunner(owner)
    controller = PanelController(sqlite_engine, 3, runner, owner)
    controller.login = "elena"
    controller.status = sqlite_engine.status()
    yield controller
    runner.wait()


def serve(
    controller: PanelController,
    engine: QueueEngine,
    status: TicketStatus,
    recalls: int = 0,
) -> None:
    """Put a CIVIL ticket on the controller's screen in ``status``, as if read."""
    ticket = engine.issue("CIVIL").ticket
    controller.ticket = replace(ticket, status=status, window=3, recall_count=recalls)


def test_every_move_of_the_rules_is_an_action_of_the_panel() -> None:
    assert {name for name, *_rest in ACTIONS} == {move.value for move in Move} | {COMPACT}


def test_signed_out_nothing_is_offered(controller: PanelController) -> None:
    controller.login = None
    assert controller.enabled_actions() == frozenset()


def test_a_free_window_calls_and_a_paused_one_does_not(controller: PanelController) -> None:
    assert controller.enabled_actions() == FREE
    controller.paused = True
    assert controller.enabled_actions() == FREE - {"next", "call"}


def test_a_called_ticket_is_recalled_up_to_the_limit(
    controller: PanelController, sqlite_engine: QueueEngine
) -> None:
    controller.recall_limit = 3
    serve(controller, sqlite_engine, TicketStatus.CALLED, recalls=2)
    assert controller.enabled_actions() == CALLED
    serve(controller, sqlite_engine, TicketStatus.CALLED, recalls=3)
    assert controller.enabled_actions() == CALLED - {"recall"}
    # Shown all the same, greyed: it is where the operator looks for it.
    assert controller.shown_actions() == CALLED


def test_only_the_moves_of_the_moment_are_shown(
    controller: PanelController, sqlite_engine: QueueEngine
) -> None:
    assert controller.shown_actions() == FREE
    controller.paused = True
    assert controller.shown_actions() == FREE - {"next", "call"}
    controller.paused = False
    serve(controller, sqlite_engine, TicketStatus.CALLED)
    assert controller.shown_actions() == CALLED
    serve(controller, sqlite_engine, TicketStatus.SERVING)
    assert controller.shown_actions() == SERVING
    controller.login = None
    assert controller.shown_actions() == frozenset()


def test_where_service_starts_at_the_call_a_called_ticket_is_finished(
    controller: PanelController, sqlite_engine: QueueEngine
) -> None:
    controller.start_at_call = True
    assert controller.enabled_actions() == FREE
    serve(controller, sqlite_engine, TicketStatus.CALLED)
    assert controller.enabled_actions() == CALLED - {"start"} | {"finish"}
    assert controller.shown_actions() == CALLED - {"start"} | {"finish"}
    serve(controller, sqlite_engine, TicketStatus.SERVING)  # started before the switch
    assert controller.enabled_actions() == SERVING


def test_the_setting_is_read_with_the_queue(
    qtbot: QtBot, controller: PanelController, sqlite_engine: QueueEngine
) -> None:
    admin = sqlite_engine.authenticate("admin", "9999")
    change_settings(sqlite_engine.db, {"start_at_call": "true"}, actor=admin)
    sqlite_engine.reload_settings()  # what a live update does in the program
    assert not controller.start_at_call
    controller.refresh()
    qtbot.waitUntil(lambda: controller.start_at_call)


def test_a_ticket_in_service_is_finished_and_redirected_only_where_possible(
    controller: PanelController, sqlite_engine: QueueEngine
) -> None:
    serve(controller, sqlite_engine, TicketStatus.SERVING)
    assert controller.enabled_actions() == SERVING
    assert "CIVIL" not in {service.code for service in controller.redirect_targets()}

    status = controller.status
    assert status is not None
    controller.status = replace(
        status, services=[queue for queue in status.services if queue.service.code == "CIVIL"]
    )
    assert controller.redirect_targets() == []
    assert controller.enabled_actions() == SERVING - {"redirect"}


def test_only_a_signed_in_operator_gets_the_compact_view(controller: PanelController) -> None:
    controller.login = None
    assert not controller.set_compact(True)
    assert not controller.compact
    controller.login = "elena"
    assert controller.set_compact(True)
    assert controller.compact
    assert not controller.set_compact(True)  # already compact: nothing to change
    controller.login = None  # signed out elsewhere: back to the full view all the same
    assert controller.set_compact(False)
    assert not controller.compact
