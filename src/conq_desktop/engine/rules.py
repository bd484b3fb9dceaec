"""The queue's rules, each written once: when a service gives out numbers, and which
move is legal in which state. The engine enforces them; the windows ask them which
buttons to offer (the engine keeps the last word: another window may have moved
first). docs/queue-rules.md says the same in words; keep the two in step.

No Qt here, and no database: plain values in, plain values out.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, time

from conq_desktop.models import ACTIVE_STATUSES, Role, Service, TicketStatus


class Availability(enum.StrEnum):
    OPEN = "open"
    CLOSED_NOW = "closed_now"  # one of its days, outside its hours
    LUNCH_BREAK = "lunch_break"  # one of its days, in its lunch break
    CLOSED_TODAY = "closed_today"  # not one of its days, or a holiday
    LIMIT_REACHED = "limit_reached"  # today's daily limit is given out
    NOT_OFFERED = "not_offered"  # switched off


def opening(
    service: Service, local_now: datetime, issued_today: int = 0, *, holiday: bool = False
) -> Availability:
    """Whether ``service`` gives out a number at ``local_now`` (the centre's local time),
    with ``issued_today`` numbers given out already, on a ``holiday`` or not: switched
    on, not a holiday, one of its days, within that day's hours and not at lunch, below
    its daily limit, in that order."""
    moment = local_now.time()
    if not service.active or service.retired:
        return Availability.NOT_OFFERED
    day = None if holiday else service.hours_on(local_now.isoweekday())
    if day is None:
        return Availability.CLOSED_TODAY
    if moment < day.opens_at or (day.closes_at is not None and moment >= day.closes_at):
        return Availability.CLOSED_NOW
    lunch = (day.lunch_from, day.lunch_until)
    if lunch[0] is not None and lunch[1] is not None and lunch[0] <= moment < lunch[1]:
        return Availability.LUNCH_BREAK
    if service.daily_limit is not None and issued_today >= service.daily_limit:
        return Availability.LIMIT_REACHED
    return Availability.OPEN


def clock_time(moment: time | None) -> str:
    """Opening hours as people read them; no closing time is "24:00"."""
    return moment.strftime("%H:%M") if moment is not None else "24:00"


def over_target(waiting: int, longest_wait_minutes: int, target_wait_minutes: int) -> bool:
    """Whether a service's queue has passed its target wait: someone waits, and the
    longest of them has waited longer than the target (whole minutes, as the status
    counts them: exactly at the target is not over). The supervisor view, the operator
    panel and the hall display all mark a service by this rule."""
    return waiting > 0 and longest_wait_minutes > target_wait_minutes


def appointment_due(appointment_at: datetime | None, now: datetime, may_take: bool) -> bool:
    """Whether a booked visitor's ticket goes ahead of walk-ins at this call
    (docs/queue-rules.md, "Appointments"): it was given at check-in, its slot has begun,
    and the window may take a booked visitor now (``may_take_appointment``)."""
    return may_take and appointment_at is not None and appointment_at <= now


def may_take_appointment(recent_calls: list[bool], call_every: int) -> bool:
    """A window gives a booked visitor precedence at most every ``call_every``-th call:
    only when none of its last ``call_every - 1`` calls today (``recent_calls``, newest
    first, True for a booked visitor's ticket) went to one."""
    return not any(recent_calls[: max(0, call_every - 1)])


def calling_key(
    priority: int,
    appointment_at: datetime | None,
    queued_at: datetime,
    ticket_id: int,
    *,
    now: datetime,
    may_take: bool,
) -> tuple[object, ...]:
    """The order of calling within one service: the higher priority class, then booked
    visitors whose slot has begun (the earlier slot first) when the window may take
    one, then the queued time, then the ticket id. ``claim.py`` orders by the same rule
    in SQL (with the window's preferred services between the booked and the queued
    time); the property tests hold the two together."""
    due = appointment_due(appointment_at, now, may_take)
    slot = appointment_at if due and appointment_at is not None else queued_at
    return (-priority, 0 if due else 1, slot, queued_at, ticket_id)


class Move(enum.StrEnum):
    """What an operator can do at a window."""

    NEXT = "next"
    CALL = "call"  # a chosen ticket, out of order
    RECALL = "recall"
    START = "start"
    FINISH = "finish"
    NO_SHOW = "no_show"
    POSTPONE = "postpone"
    REDIRECT = "redirect"
    PAUSE = "pause"  # or resume, on a break
    SIGN_OUT = "sign_out"


# The moves on the window's current ticket, by the states they accept.
TICKET_MOVES: dict[Move, frozenset[TicketStatus]] = {
    Move.RECALL: frozenset({TicketStatus.CALLED}),
    Move.START: frozenset({TicketStatus.CALLED}),
    Move.FINISH: frozenset({TicketStatus.SERVING}),
    Move.NO_SHOW: frozenset({TicketStatus.CALLED}),
    Move.POSTPONE: ACTIVE_STATUSES,
    Move.REDIRECT: ACTIVE_STATUSES,
}

# The same where the centre's service starts at the call (setting ``start_at_call``):
# Next → Finish. A called ticket is finished directly (its service time counts from
# the call), and there is nothing to start; a ticket started before the setting was
# switched on is still finished.
START_AT_CALL_MOVES: dict[Move, frozenset[TicketStatus]] = {
    **TICKET_MOVES,
    Move.START: frozenset(),
    Move.FINISH: ACTIVE_STATUSES,
}

# The plain forward moves: from, to, and the ticket's time stamp they set.
FORWARD_MOVES: dict[Move, tuple[TicketStatus, TicketStatus, str]] = {
    Move.START: (TicketStatus.CALLED, TicketStatus.SERVING, "started_at"),
    Move.FINISH: (TicketStatus.SERVING, TicketStatus.DONE, "finished_at"),
    Move.NO_SHOW: (TicketStatus.CALLED, TicketStatus.NO_SHOW, "finished_at"),
}


@dataclass(frozen=True)
class WindowSituation:
    """A window as the rules see it."""

    signed_in: bool
    paused: bool = False
    ticket: TicketStatus | None = None  # the current ticket's state, None when free
    recalls: int = 0  # of the current ticket
    recall_limit: int = 3
    other_services: bool = True  # another service is offered to redirect to
    start_at_call: bool = False  # the centre's setting: service starts at the call


def may_recall(recalls: int, limit: int) -> bool:
    return recalls < limit


def legal_moves(window: WindowSituation) -> frozenset[Move]:
    """Every move the engine would accept at ``window`` now; the engine asks it too
    (for the ticket's state), and the operator panel offers exactly these."""
    if not window.signed_in:
        return frozenset()
    if window.ticket is None:
        free = {Move.PAUSE, Move.SIGN_OUT}
        if not window.paused:
            free |= {Move.NEXT, Move.CALL}
        return frozenset(free)
    table = START_AT_CALL_MOVES if window.start_at_call else TICKET_MOVES
    moves = {move for move, states in table.items() if window.ticket in states}
    if not may_recall(window.recalls, window.recall_limit):
        moves.discard(Move.RECALL)
    if not window.other_services:
        moves.discard(Move.REDIRECT)
    return frozenset(moves)


class Permission(enum.StrEnum):
    """What needs a role beyond serving at one's own window."""

    ISSUE_PRIORITY = "issue_priority"  # a priority ticket, at the reception desk
    REPRINT = "reprint"
    CANCEL = "cancel"  # withdraw a waiting ticket
    CLOSE_SERVICE = "close_service"  # stop or resume issuing a service
    MOVE_WAITING = "move_waiting"  # send a service's waiting tickets to another
    ADMINISTER = "administer"  # the centre's services, windows, staff and settings
    CLOSE_DAY = "close_day"  # journal a day's counts and print its seal
    READ_REPORTS = "read_reports"  # the Reports window: the queue's figures, read-only
    BOOK = "book"  # make, cancel and move bookings


_RECEPTION = frozenset({Role.RECEPTIONIST, Role.SUPERVISOR, Role.ADMIN})
_SUPERVISION = frozenset({Role.SUPERVISOR, Role.ADMIN})

# Who may do what. Moves at a window are not here: they belong to whoever is signed in
# at that window, whatever their role.
PERMISSIONS: dict[Permission, frozenset[Role]] = {
    Permission.ISSUE_PRIORITY: _RECEPTION,
    Permission.REPRINT: _RECEPTION,
    Permission.CANCEL: _RECEPTION,
    Permission.CLOSE_SERVICE: _SUPERVISION,
    Permission.MOVE_WAITING: _SUPERVISION,
    Permission.ADMINISTER: frozenset({Role.ADMIN}),
    # The head of centre signs the day's seal: a supervisor, or the administrator.
    Permission.CLOSE_DAY: _SUPERVISION,
    # The head of centre reads the reports, as they sign the seal.
    Permission.READ_REPORTS: _SUPERVISION,
    # The reception desk books visitors, as it issues priority tickets.
    Permission.BOOK: _RECEPTION,
}


def may(role: Role, permission: Permission) -> bool:
    return role in PERMISSIONS[permission]
