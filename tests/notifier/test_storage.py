"""The notifier's storage (engine/phone.py) on both backends: following, the journal
read for followed tickets, each message queued once, "N ahead", forgetting a day."""

from __future__ import annotations

from datetime import UTC, datetime

from conq_desktop.engine import QueueEngine, phone
from conq_desktop.models import EventKind
from tests.conftest import staff


def test_follow_read_queue_once_and_forget(engine: QueueEngine) -> None:
    staff(engine, 1)
    db, now = engine.db, engine.clock.now()
    issued = [engine.issue("PASSPORT") for _ in range(6)]
    assert phone.subscribe(db, "f" * 16, 9, now, 3) == phone.Refusal.UNKNOWN
    found = phone.subscribe(db, issued[5].ticket.public_id, 9, now, 3)
    assert isinstance(found, phone.Place)
    assert (found.number, found.ahead, found.language) == (issued[5].ticket.number, 5, "ky")
    start = phone.head_seq(db)
    assert phone.start_seq(db, found.day) == start

    engine.call_next(1)
    engine.start(1)
    engine.finish(1)
    assert phone.near_turn(db, None, now, 3) == []  # 4 ahead
    engine.call_next(1)  # 3 ahead of the followed ticket now
    batch = phone.happenings(db, start)
    assert batch.events == []  # nothing happened to the followed ticket itself
    assert batch.upto == phone.head_seq(db)
    assert len(batch.services) == 1  # the passport service
    (near,) = phone.near_turn(db, batch.services, now, 3)
    assert near[1] == 3
    engine.start(1)
    engine.finish(1)

    message = phone.Outgoing("key-1", 9, found.day, "hello")
    stamp = datetime.now(UTC)
    assert (
        phone.record_progress(db, [message], [phone.Progress(near[0].id, ahead_sent=True)], stamp)
        == 1
    )
    assert phone.record_progress(db, [message], [], stamp) == 0  # the same key: not again
    assert phone.near_turn(db, None, now, 3) == []
    (due,) = phone.due(db, stamp)
    phone.mark_sent(db, due.id, stamp)
    assert phone.due(db, stamp) == []

    for _ in range(3):
        engine.call_next(1)
        engine.start(1)
        engine.finish(1)
    engine.call_next(1)  # the followed ticket
    batch = phone.happenings(db, start)
    assert [event.kind for event in batch.events] == [EventKind.CALLED]
    assert batch.events[0].window == 1
    (follower,) = batch.followers[found.ticket_id]
    assert follower.chat_id == 9

    assert phone.places(db, 9, now)[0].window == 1
    assert phone.set_language(db, 9, "ru") == 1
    assert phone.chat_language(db, 9) == "ru"
    assert phone.stop(db, 9) == 1
    assert phone.places(db, 9, now) == []
    with db.write_session() as session:
        assert phone.forget_in(session, found.day) == 2
