"""From the journal to the outbox: what each followed ticket's visitor is told.

Woken by the change feed, the notifier reads the journal (``ticket_events`` in ``seq``
order) after the last event it handled and queues, for every chat following a ticket:

- called (the window, large), recalled, postponed, redirected (the new service),
  expired, no-show, withdrawn: one message each (engine/phone.py keys it by ticket,
  chat and event, so it is queued once however often the journal is read again);
- finished, no-show, withdrawn and expired end the subscription;
- "N people ahead" once per ticket (again after a postpone or a redirect), when any
  event touched its service's queue and ``estimate.people_ahead`` says N or fewer
  (N: the ``phone_ahead`` setting).

Every pass is a few reads and at most one short write per stretch of the journal;
nothing here runs in the queue's transactions.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from conq_desktop.db import Database
from conq_desktop.engine import phone
from conq_desktop.engine.clock import Clock, SystemClock, local_day
from conq_desktop.models import EventKind
from conq_desktop.phone import texts
from conq_desktop.phone.outbox import wall_clock

# The subscription ends with these.
ENDING = frozenset({EventKind.FINISHED, EventKind.NO_SHOW, EventKind.CANCELLED, EventKind.EXPIRED})
# The visitor is back in a queue: the "N ahead" message is owed again.
REQUEUED = frozenset({EventKind.POSTPONED, EventKind.REDIRECTED})
# Past the queue: no "N ahead" any more.
CALLED = frozenset({EventKind.CALLED, EventKind.RECALLED, EventKind.STARTED})


def event_key(follower: phone.Follower, seq: int) -> str:
    return f"{follower.ticket_id}:{follower.chat_id}:{seq}"


def near_key(follower: phone.Follower) -> str:
    # The point in the journal the subscription had reached: a second "N ahead" after a
    # postpone is another message, a second look at the same state is not.
    return f"{follower.ticket_id}:{follower.chat_id}:near:{follower.last_seq}"


class Feed:
    def __init__(
        self,
        db: Database,
        clock: Clock | None = None,
        now: Callable[[], datetime] = wall_clock,
    ) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        self.now = now  # the outbox's times: real time, whatever the queue's clock
        self.cursor: int | None = None
        # Services whose queue changed since the last "N ahead" look; None: all.
        self.touched: set[int] | None = None

    def start(self) -> None:
        """Start where the live subscriptions were left (catching up what happened
        while the notifier was down); the first look for "N ahead" covers every
        service."""
        settings = phone.centre_settings(self.db)
        self.cursor = phone.start_seq(self.db, local_day(self.clock.now(), settings.timezone))
        self.touched = None

    def events(self) -> int:
        """Queue the messages of the journal's new events; how many were new."""
        if self.cursor is None:
            self.start()
        assert self.cursor is not None
        added = 0
        while True:
            batch = phone.happenings(self.db, self.cursor)
            if batch.upto == self.cursor:
                return added
            if self.touched is not None:
                self.touched |= batch.services
            added += self._queue(batch)
            self.cursor = batch.upto
            if len(batch.events) < phone.BATCH:
                return added

    def _queue(self, batch: phone.Batch) -> int:
        names = phone.service_names(
            self.db,
            (str(e.details.get("to", "")) for e in batch.events if e.kind == EventKind.REDIRECTED),
        )
        messages: list[phone.Outgoing] = []
        changes: dict[int, dict[str, bool]] = {}
        for event in batch.events:
            for follower in batch.followers.get(event.ticket_id, ()):
                if event.seq <= follower.last_seq:
                    continue
                text = texts.happening(event, follower, names)
                if text is not None:
                    messages.append(
                        phone.Outgoing(
                            event_key(follower, event.seq), follower.chat_id, follower.day, text
                        )
                    )
                change = changes.setdefault(follower.id, {})
                if event.kind in ENDING:
                    change["stopped"] = True
                if event.kind in REQUEUED:
                    change["ahead_sent"] = False
                elif event.kind in CALLED:
                    change["ahead_sent"] = True
        progress = [
            phone.Progress(
                subscription_id,
                last_seq=batch.upto,
                ahead_sent=change.get("ahead_sent"),
                stopped=change.get("stopped"),
            )
            for subscription_id, change in changes.items()
        ]
        return phone.record_progress(self.db, messages, progress, self.now())

    def near(self) -> int:
        """Queue "N people ahead" for the tickets that have come that near; how many."""
        touched, self.touched = self.touched, set()
        if touched is not None and not touched:
            return 0
        limit = phone.centre_settings(self.db).phone_ahead
        found = phone.near_turn(self.db, touched, self.clock.now(), limit)
        if not found:
            return 0
        messages = [
            phone.Outgoing(
                near_key(follower), follower.chat_id, follower.day, texts.near(follower, ahead)
            )
            for follower, ahead in found
        ]
        progress = [phone.Progress(follower.id, ahead_sent=True) for follower, _ahead in found]
        return phone.record_progress(self.db, messages, progress, self.now())

    @property
    def has_touched(self) -> bool:
        return self.touched is None or bool(self.touched)
