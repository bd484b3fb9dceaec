"""The hash-chained history (docs/queue-rules.md, "Provable history"): every event is a
link of one gapless chain, whoever writes it, and ``verify_chain`` names the first event
that was edited, deleted, inserted or reordered behind the program's back; a seal
catches even a history whose every hash was recomputed after an edit."""

from __future__ import annotations

import json
import multiprocessing
import shutil
from datetime import UTC, date, datetime
from itertools import pairwise
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest
from sqlalchemy import create_engine, delete, insert, select, text, update

from conq_desktop.db import JSON_TEXT, Database, open_database
from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.audit import Seal, current_seal, verify_chain
from conq_desktop.engine.centre_file import parse_centre
from conq_desktop.engine.centre_load import load_centre
from conq_desktop.engine.journal import GENESIS, event_hash
from conq_desktop.errors import NothingToCall, UsageError
from conq_desktop.models import ChainHead, EventKind, TicketEvent
from tests.conftest import TUESDAY_MORNING, fresh_pg_database, staff
from tests.engine.test_concurrency import WINDOWS, eight_window_centre
from tests.helpers.processes import in_processes

RELEASES = Path(__file__).parents[1] / "fixtures" / "releases"


def busy_morning(engine: QueueEngine) -> None:
    """A few dozen events of every common kind."""
    staff(engine, 1, 2, 3)
    for i in range(6):
        engine.issue("PASSPORT" if i % 2 else "CIVIL")
        engine.clock.advance(minutes=1)
    for window in (1, 2, 3):
        try:
            ticket = engine.call_next(window)
        except NothingToCall:
            continue
        engine.start(window, number=ticket.number)
        engine.finish(window, number=ticket.number)


def chain(db: Database) -> list[tuple[int, str, str]]:
    with db.read_session() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(TicketEvent.seq, TicketEvent.prev_hash, TicketEvent.hash).order_by(
                    TicketEvent.id
                )
            )
        ]


def tamper(db: Database, *statements) -> None:  # type: ignore[no-untyped-def]
    """Raw changes behind the program's back, in one transaction."""
    with db.engine.begin() as connection:
        for statement in statements:
            connection.execute(statement)


def problem(db: Database, **options) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    report = verify_chain(db, **options)
    assert report.problem is not None, "the change went unnoticed"
    return report.problem.seq, report.problem.kind


def last_seq(db: Database) -> int:
    with db.read_session() as session:
        return session.scalar(select(ChainHead.seq))


@pytest.fixture
def history(engine: QueueEngine) -> Database:
    busy_morning(engine)
    assert last_seq(engine.db) >= 15
    return engine.db


def test_every_event_is_a_link_of_one_chain(history: Database) -> None:
    links = chain(history)
    assert [seq for seq, _prev, _own in links] == list(range(1, len(links) + 1))
    assert links[0][1] == GENESIS
    for (_s, _p, own), (_seq, prev, _o) in pairwise(links):
        assert prev == own
    report = verify_chain(history)
    assert report.intact
    assert (report.checked, report.last_seq, report.last_hash) == (
        len(links),
        len(links),
        links[-1][2],
    )


def test_an_edited_field_is_named(history: Database) -> None:
    tamper(history, update(TicketEvent).where(TicketEvent.seq == 7).values(kind="cancelled"))
    assert problem(history) == (7, "edited")


def test_edited_details_are_named(history: Database) -> None:
    tamper(
        history,
        update(TicketEvent).where(TicketEvent.seq == 5).values(details={"number": "Б-999"}),
    )
    assert problem(history) == (5, "edited")


def test_a_deleted_event_is_named(history: Database) -> None:
    tamper(history, delete(TicketEvent).where(TicketEvent.seq == 6))
    assert problem(history) == (6, "deleted")


def test_deleting_the_last_events_is_seen(history: Database) -> None:
    last = last_seq(history)
    tamper(history, delete(TicketEvent).where(TicketEvent.seq >= last - 1))
    assert problem(history) == (last - 1, "deleted")


def _make_room(at: int):  # type: ignore[no-untyped-def]
    """Move events ``at`` and later one place on (unique seq: through negatives)."""
    return (
        update(TicketEvent).where(TicketEvent.seq >= at).values(seq=-TicketEvent.seq - 1),
        update(TicketEvent).where(TicketEvent.seq < 0).values(seq=-TicketEvent.seq),
    )


def test_an_inserted_event_is_named(history: Database) -> None:
    with history.read_session() as session:
        before = session.execute(select(TicketEvent).where(TicketEvent.seq == 8)).scalar_one()
    forged = {
        "kind": "cancelled",
        "ticket_id": before.ticket_id,
        "at": before.at,
        "details": {"number": "А-001"},
        "seq": 9,
        "prev_hash": before.hash,
        "hash": "f" * 64,
    }
    tamper(history, *_make_room(9), insert(TicketEvent).values(**forged))
    assert problem(history) == (9, "inserted")


def test_an_inserted_event_with_a_right_hash_is_named(history: Database) -> None:
    with history.read_session() as session:
        before = session.execute(select(TicketEvent).where(TicketEvent.seq == 8)).scalar_one()
    forged = {
        "kind": "cancelled",
        "ticket_id": before.ticket_id,
        "operator_id": None,
        "service_point_id": None,
        "at": before.at,
        "details": {"number": "А-001"},
    }
    own = event_hash(before.hash, 9, **forged)
    tamper(
        history,
        *_make_room(9),
        insert(TicketEvent).values(**forged, seq=9, prev_hash=before.hash, hash=own),
    )
    assert problem(history) == (9, "inserted")


def test_two_swapped_events_are_named(history: Database) -> None:
    tamper(
        history,
        update(TicketEvent).where(TicketEvent.seq == 10).values(seq=-1),
        update(TicketEvent).where(TicketEvent.seq == 11).values(seq=10),
        update(TicketEvent).where(TicketEvent.seq == -1).values(seq=11),
    )
    assert problem(history) == (10, "reordered")


def rehash_everything(db: Database) -> None:
    """The forger's last step: every hash recomputed, the head too."""
    with db.engine.begin() as connection:
        rows = connection.execute(select(TicketEvent).order_by(TicketEvent.seq)).all()
        prev = GENESIS
        for row in rows:
            own = event_hash(
                prev,
                row.seq,
                row.kind.value,
                row.at,
                row.ticket_id,
                row.operator_id,
                row.service_point_id,
                row.details,
            )
            connection.execute(
                update(TicketEvent).where(TicketEvent.id == row.id).values(prev_hash=prev, hash=own)
            )
            prev = own
        connection.execute(update(ChainHead).values(hash=prev))


def test_a_seal_catches_an_edit_with_every_hash_recomputed(engine: QueueEngine) -> None:
    busy_morning(engine)
    seal = current_seal(engine.db)
    assert verify_chain(engine.db, seal=seal).intact
    engine.issue("PASSPORT")  # life goes on after the seal
    tamper(engine.db, update(TicketEvent).where(TicketEvent.seq == 3).values(kind="cancelled"))
    rehash_everything(engine.db)
    assert verify_chain(engine.db).intact  # the chain alone cannot tell
    assert problem(engine.db, seal=seal) == (seal.seq, "rewritten")


def test_a_seal_of_another_centre_is_refused(history: Database) -> None:
    seal = current_seal(history)
    other = Seal("0" * 32, seal.seq, seal.hash)
    with pytest.raises(UsageError, match="another centre"):
        verify_chain(history, seal=other)


@pytest.mark.parametrize(
    "payload",
    [
        "",
        "conq-seal:1:abc",
        "conq-seal:2:" + "a" * 32 + ":1:" + "b" * 64,
        "conq-seal:1:" + "a" * 32 + ":x:" + "b" * 64,
        "conq-seal:1:" + "a" * 32 + ":1:" + "b" * 63,
        "conq-seal:1:" + "a" * 32 + ":01:" + "b" * 64,
    ],
)
def test_a_garbled_seal_is_refused(payload: str) -> None:
    with pytest.raises(UsageError, match="not a seal"):
        Seal.parse(payload)


def test_a_seal_beyond_the_end_of_the_history(history: Database) -> None:
    seal = current_seal(history)
    later = Seal(seal.centre_id, seal.seq + 5, seal.hash)
    assert problem(history, seal=later) == (seal.seq + 1, "deleted")


def test_days_without_events(history: Database) -> None:
    report = verify_chain(history, from_day=date(2026, 11, 1), to_day=date(2026, 11, 2))
    assert report.intact and report.in_range == 0 and report.first_in_range is None
    report = verify_chain(history, from_day=date(2026, 11, 24), to_day=date(2026, 11, 24))
    # All but the first event, the centre's loading, which took the real clock's time.
    assert report.intact and report.checked == last_seq(history)
    assert (report.in_range, report.first_in_range) == (report.checked - 1, 2)
    with pytest.raises(UsageError):
        verify_chain(history, from_day=date(2026, 11, 25), to_day=date(2026, 11, 24))


def test_a_day_range_verifies_from_the_first_event(engine: QueueEngine) -> None:
    busy_morning(engine)
    monday_last = last_seq(engine.db)
    engine.clock.advance(days=1)
    engine.issue("PASSPORT")
    engine.issue("PASSPORT")
    tamper(engine.db, update(TicketEvent).where(TicketEvent.seq == 2).values(kind="cancelled"))
    wednesday = date(2026, 11, 25)
    assert problem(engine.db, from_day=wednesday, to_day=wednesday)[0] == 2
    report = verify_chain(engine.db, from_day=date(2026, 11, 24), to_day=date(2026, 11, 24))
    assert report.last_in_range == monday_last


# ---------------------------------------------------------------------- many writers


def issue_and_call(url: str, window: int, now_iso: str, start: Barrier) -> int:
    """One OS process: issue tickets and call them at its own window, as fast as it can."""
    db = open_database(url, upgrade=False)
    engine = QueueEngine(db, FixedClock(datetime.fromisoformat(now_iso)))
    _ = engine.settings
    start.wait(timeout=60)
    done = 0
    for i in range(15):
        engine.issue("A" if i % 2 else "B")
        try:
            ticket = engine.call_next(window)
        except NothingToCall:
            continue
        engine.no_show(window, number=ticket.number)
        done += 1
    db.dispose()
    return done


def test_eight_processes_write_one_gapless_chain(db_url: str) -> None:
    db = open_database(db_url)
    load_centre(db, parse_centre(eight_window_centre()))
    engine = QueueEngine(db, FixedClock(TUESDAY_MORNING))
    for window in range(1, WINDOWS + 1):
        engine.sign_in(window, f"op{window}", f"{window:04d}")
    context = multiprocessing.get_context("spawn")
    barrier = context.Manager().Barrier(WINDOWS)
    calls = in_processes(
        issue_and_call,
        [
            (db_url, window, TUESDAY_MORNING.isoformat(), barrier)
            for window in range(1, WINDOWS + 1)
        ],
    )
    links = chain(db)
    expected = 1 + WINDOWS + 15 * WINDOWS + 2 * sum(calls)
    assert len(links) == expected
    assert sorted(seq for seq, _p, _o in links) == list(range(1, expected + 1))
    report = verify_chain(db)
    assert report.intact, report.problem
    assert report.checked == expected
    db.dispose()


# ---------------------------------------------------------------------- upgrading


def test_the_upgrade_chains_a_release_history(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(RELEASES / "conq-0.1.0.sqlite3", path)
    _upgraded_history_verifies(f"sqlite:///{path}")


@pytest.mark.postgres
def test_the_upgrade_chains_a_release_history_on_a_server(pg_server_url: str) -> None:
    url = fresh_pg_database(pg_server_url)
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            (RELEASES / "conq-0.1.0.postgresql.sql").read_text(encoding="utf-8")
        )
    engine.dispose()
    _upgraded_history_verifies(url)


def _upgraded_history_verifies(url: str) -> None:
    db = open_database(url)
    try:
        links = chain(db)
        assert len(links) > 10
        # Chained in the order the events were written.
        assert [seq for seq, _p, _o in links] == list(range(1, len(links) + 1))
        report = verify_chain(db)
        assert report.intact, report.problem
        assert report.checked == len(links)
        # And the journal carries on from there.
        engine = QueueEngine(db)
        engine.expire_stale()
        seal = current_seal(db)
        assert seal.seq >= len(links)
        assert verify_chain(db, seal=seal).intact
    finally:
        db.dispose()


def test_verify_reads_any_details_as_the_journal_hashed_them(engine: QueueEngine) -> None:
    """The check spells the journal's encoding out for speed: both give one text."""
    from conq_desktop.engine.journal import record

    odd = {
        "text": 'Кыргыз "тили" \\ \n\t€ 😀',
        "nested": {"b": [1, 2.5, None, True], "a": {"z": "", "y": -0.0}},
        "tuple": (1, "two"),
        "keys": {3: "a number as a key"},
        "big": 10**20,
    }
    with engine.db.write_session() as session:
        record(session, EventKind.SETTINGS_CHANGED, datetime(2026, 11, 24, 4, 0, 0, 1, UTC), **odd)
        record(session, EventKind.PRINTED, datetime(2026, 11, 24, 10, 0, tzinfo=UTC))
    report = verify_chain(engine.db)
    assert report.intact, report.problem
    assert report.checked == last_seq(engine.db)


def test_details_spelt_otherwise_verify_by_their_content(history: Database) -> None:
    """The program stores details in the canonical encoding and verify hashes that text
    as it is; details spelt otherwise (an older version, re-spaced by hand) are judged
    by their content: the same content verifies, another is named."""
    with history.read_session() as session:
        seq, details = session.execute(
            select(TicketEvent.seq, TicketEvent.details)
            .where(TicketEvent.kind == EventKind.ISSUED)
            .order_by(TicketEvent.seq)
        ).first()
    assert len(details) >= 2, "needs keys to reorder"
    respaced = json.dumps(dict(reversed(details.items())), indent=2, ensure_ascii=True)
    value = "CAST(:d AS json)" if history.dialect == "postgresql" else ":d"
    with history.engine.begin() as connection:
        stored = connection.execute(
            text("SELECT details FROM ticket_events WHERE seq = :s"), {"s": seq}
        ).scalar_one()
        statement = text(f"UPDATE ticket_events SET details = {value} WHERE seq = :s")
        connection.execute(statement, {"d": respaced, "s": seq})
    if isinstance(stored, str):  # SQLite hands the stored text back
        assert stored == JSON_TEXT(details) != respaced
    assert verify_chain(history).intact

    changed = {**details, "number": "Б-999"}
    with history.engine.begin() as connection:
        connection.execute(statement, {"d": json.dumps(changed, indent=1), "s": seq})
    assert problem(history) == (seq, "edited")
