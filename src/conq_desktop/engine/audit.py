"""Checking the hash-chained history, and the seals that pin it.

``verify_chain`` reads every event in ``seq`` order, streamed (never the whole history
in memory), recomputes each hash as the journal made it (``journal.event_hash``) and
stops at the first event that does not fit: changed after it was written (its hash no
longer matches), removed (a gap in ``seq``), slipped in (a second event with one
``seq``, or one that does not follow its predecessor) or moved (two events swapped).
``seal`` gives the payload that pins the chain as it is now; verifying with it proves
the history up to it was not rewritten since, even by someone who recomputed every hash
after an edit. Both only read. The rules are in docs/queue-rules.md, "Provable history".
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import chain
from typing import Any

from sqlalchemy import String, Text, cast, func, select, type_coerce
from sqlalchemy.orm import Session

from conq_desktop.db import Database
from conq_desktop.engine.journal import GENESIS, event_timestamp
from conq_desktop.engine.settings import read_settings
from conq_desktop.errors import ConqError, UsageError
from conq_desktop.i18n import Message, _
from conq_desktop.models import ChainHead, TicketEvent

SEAL_PREFIX = "conq-seal"
SEAL_VERSION = "1"
_SEAL = re.compile(r"conq-seal:1:([0-9a-f]{32}):(0|[1-9][0-9]{0,17}):([0-9a-f]{64})")
# Rows fetched per round trip (PostgreSQL: a server-side cursor).
BATCH = 5000
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
_DECODER = json.JSONDecoder()


class HistoryBroken(ConqError):
    """The history does not verify: an event was changed, removed, slipped in or moved
    after it was written, or rewritten since a seal (exit status 8)."""

    exit_code = 8


@dataclass(frozen=True)
class Seal:
    """The end of the chain at one moment: this centre's id, the last ``seq`` and its
    hash. Printed, signed or kept elsewhere, it pins the history up to it."""

    centre_id: str
    seq: int
    hash: str

    @property
    def payload(self) -> str:
        return f"{SEAL_PREFIX}:{SEAL_VERSION}:{self.centre_id}:{self.seq}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> Seal:
        match = _SEAL.fullmatch(text.strip())
        if match is None:
            raise UsageError(
                _(
                    "“{seal}” is not a seal of this program: it reads "
                    "conq-seal:1:CENTRE:SEQ:HASH (as “audit seal” prints it)."
                ),
                seal=text.strip()[:200],
            )
        return cls(match.group(1), int(match.group(2)), match.group(3))


@dataclass(frozen=True)
class Problem:
    """The first event that does not fit, and how."""

    seq: int
    kind: str  # edited, deleted, inserted, reordered, rewritten
    message: Message


@dataclass(frozen=True)
class ChainReport:
    """What ``verify_chain`` found."""

    centre_id: str
    checked: int  # events checked, from the first
    last_seq: int  # the last event checked (0: none)
    last_hash: str  # its hash (64 zeros: none)
    from_day: date | None
    to_day: date | None
    # The events of the days asked for (all of them without --from/--to).
    in_range: int
    first_in_range: int | None
    last_in_range: int | None
    seal: Seal | None
    problem: Problem | None

    @property
    def intact(self) -> bool:
        return self.problem is None

    def error(self) -> HistoryBroken:
        assert self.problem is not None
        return HistoryBroken(self.problem.message.template, **self.problem.message.params)


def current_seal(db: Database) -> Seal:
    """The seal of the chain as it ends now."""
    with db.read_session() as session:
        head = session.get_one(ChainHead, 1)
        return Seal(head.centre_id, head.seq, head.hash)


def verify_chain(
    db: Database,
    *,
    from_day: date | None = None,
    to_day: date | None = None,
    seal: Seal | None = None,
) -> ChainReport:
    """Check the chain from its first event: all of it, or up to the last event of
    ``to_day`` (the centre's local days), and up to ``seal`` at least. Only reads."""
    if from_day is not None and to_day is not None and from_day > to_day:
        raise UsageError(
            _("--from {start} is after --to {end}."),
            start=from_day.isoformat(),
            end=to_day.isoformat(),
        )
    with db.read_session() as session:
        head = session.get_one(ChainHead, 1)
        if seal is not None and seal.centre_id != head.centre_id:
            raise UsageError(
                _(
                    "The seal belongs to another centre ({seal_centre}); this database's "
                    "history is centre {centre}."
                ),
                seal_centre=seal.centre_id,
                centre=head.centre_id,
            )
        tz = read_settings(session).timezone
        start = datetime.combine(from_day, time.min, tz) if from_day else None
        end = datetime.combine(to_day + timedelta(days=1), time.min, tz) if to_day else None
        in_range, first, last = _range(session, start, end)
        limit: int | None = None
        if end is not None:
            before_end = session.scalar(
                select(func.max(TicketEvent.seq)).where(TicketEvent.at < end)
            )
            limit = max(last or 0, before_end or 0)
            if seal is not None:
                limit = max(limit, seal.seq)
        checker = _Checker(seal)
        if db.dialect == "postgresql":
            # The time already as the journal hashed it, made by the server.
            at = func.to_char(
                func.timezone("UTC", TicketEvent.at),
                'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"',
            )
        else:
            at = type_coerce(TicketEvent.at, String())
        query = select(
            TicketEvent.seq,
            type_coerce(TicketEvent.kind, String()),
            at,
            TicketEvent.ticket_id,
            TicketEvent.operator_id,
            TicketEvent.service_point_id,
            # The stored text, not the driver's decoded value (see _Checker.run).
            cast(TicketEvent.details, Text())
            if db.dialect == "postgresql"
            else type_coerce(TicketEvent.details, Text()),
            TicketEvent.prev_hash,
            TicketEvent.hash,
        ).order_by(TicketEvent.seq)
        if limit is not None:
            query = query.where(TicketEvent.seq <= limit)
        # Core, not the ORM: plain rows, streamed.
        result = session.connection().execute(query.execution_options(yield_per=BATCH))
        problem = checker.run(chain.from_iterable(result.partitions()))
        if problem is None and limit is None:
            problem = checker.against_head(head.seq, head.hash)
        if problem is None and seal is not None and checker.last_seq < seal.seq:
            problem = Problem(
                checker.last_seq + 1,
                "deleted",
                Message(
                    _(
                        "The seal names event {seal_seq}, but the history ends at event "
                        "{last}: events were removed since the seal was taken (or this is "
                        "an older copy of the database)."
                    ),
                    seal_seq=seal.seq,
                    last=checker.last_seq,
                ),
            )
        return ChainReport(
            centre_id=head.centre_id,
            checked=checker.checked,
            last_seq=checker.last_seq,
            last_hash=checker.running,
            from_day=from_day,
            to_day=to_day,
            in_range=in_range,
            first_in_range=first,
            last_in_range=last,
            seal=seal,
            problem=problem,
        )


def _range(
    session: Session, start: datetime | None, end: datetime | None
) -> tuple[int, int | None, int | None]:
    query = select(func.count(), func.min(TicketEvent.seq), func.max(TicketEvent.seq))
    if start is not None:
        query = query.where(TicketEvent.at >= start)
    if end is not None:
        query = query.where(TicketEvent.at < end)
    count, first, last = session.execute(query).one()
    return count, first, last


# ---------------------------------------------------------------------- the check

Row = tuple[Any, ...]

EDITED = _(
    "The history was changed: event {seq} no longer matches its hash (it was edited "
    "after it was written)."
)
DELETED = _("The history was changed: event {seq} is missing (it was deleted).")
DUPLICATE = _("The history was changed: there are two events numbered {seq} (one was inserted).")
INSERTED = _(
    "The history was changed: event {seq} was inserted; it is not part of the chain "
    "written by the program."
)
REORDERED = _(
    "The history was changed: events {seq} and {next} were swapped (the order was changed)."
)
OUT_OF_PLACE = _(
    "The history was changed at event {seq}: it does not follow event {previous} (an "
    "event was inserted or removed before it, or the order was changed)."
)
REWRITTEN = _(
    "The history up to event {seq} was rewritten after the seal was taken: its hash is "
    "not the sealed one."
)
HEAD_AHEAD = _(
    "The history was changed: it ends at event {last}, but the program wrote events up "
    "to {head} (event {seq} and any after it were deleted)."
)
HEAD_BEHIND = _(
    "The history was changed: event {seq} and any after it were added outside the "
    "program (the program's last event is {head})."
)


class _Checker:
    """Walks the rows once, remembering the last two hashes."""

    def __init__(self, seal: Seal | None) -> None:
        self.seal = seal
        self.checked = 0
        self.last_seq = 0
        self.running = GENESIS  # the hash of the last event that checked out
        self.before = GENESIS  # the one before it

    def run(self, rows: Iterator[Row]) -> Problem | None:
        # The journal's encoding (journal.canonical_event), spelt out for speed: the
        # keys in their sorted order, the numbers as JSON writes them. A test holds
        # the two to the same text.
        encode, loads, sha256 = _ENCODER.encode, _DECODER.decode, hashlib.sha256
        sealed_seq = self.seal.seq if self.seal is not None else -1
        if sealed_seq == 0 and self.seal is not None and self.seal.hash != GENESIS:
            return Problem(0, "rewritten", Message(REWRITTEN, seq=0))
        expected = 1
        running = GENESIS
        for row in rows:
            seq, kind, at, ticket_id, operator_id, point_id, details, prev_hash, stored = row
            if seq != expected:
                return self._gap(seq, expected)
            if prev_hash != running:
                return self._out_of_place(row, next(rows, None))
            try:
                if type(at) is str and len(at) == 26 and at[10] == " ":
                    # SQLite's "2026-11-30 14:00:00.123456", UTC: the fast way.
                    stamp = f"{at[:10]}T{at[11:]}+00:00"
                elif type(at) is str and len(at) == 32 and at[10] == "T":
                    stamp = at  # PostgreSQL's, made by to_char above
                else:
                    stamp = _timestamp(at)
                # The details as stored: in the canonical encoding already when this
                # program wrote them (db.py), so most events need no decoding.
                text = details if type(details) is str else encode(details)
                head = f'{{"at":"{stamp}","details":'
                tail = (
                    f',"kind":{_text(kind, encode)},'
                    f'"operator_id":{_number(operator_id, encode)},"seq":{seq},'
                    f'"service_point_id":{_number(point_id, encode)},'
                    f'"ticket_id":{_number(ticket_id, encode)}}}'
                )
                computed = sha256(f"{running}\n{head}{text}{tail}".encode()).hexdigest()
                if computed != stored and type(details) is str:
                    # Stored in another spelling (by an older version, or re-spaced by
                    # hand): the content is what was hashed.
                    text = encode(loads(details))
                    computed = sha256(f"{running}\n{head}{text}{tail}".encode()).hexdigest()
            except (ValueError, TypeError):  # a time or details no program wrote
                return self._edited(row, next(rows, None))
            if computed != stored:
                return self._edited(row, next(rows, None))
            if seq == sealed_seq and computed != self.seal.hash:  # type: ignore[union-attr]
                return Problem(seq, "rewritten", Message(REWRITTEN, seq=seq))
            self.before, running = running, stored
            self.running, self.last_seq = running, seq
            self.checked += 1
            expected += 1
        return None

    def _gap(self, seq: int, expected: int) -> Problem:
        if seq < expected:
            return Problem(seq, "inserted", Message(DUPLICATE, seq=seq))
        return Problem(expected, "deleted", Message(DELETED, seq=expected))

    def _out_of_place(self, row: Row, following: Row | None) -> Problem:
        seq, prev_hash = row[0], row[7]
        if following is not None and prev_hash == following[8]:
            # It follows the next one: the two were swapped.
            return Problem(seq, "reordered", Message(REORDERED, seq=seq, next=following[0]))
        if seq > 1 and prev_hash == self.before:
            # It follows the event before the last: the last one was slipped in.
            return Problem(seq - 1, "inserted", Message(INSERTED, seq=seq - 1))
        if following is not None and following[7] == self.running:
            # The next one follows the last good event: this one was slipped in.
            return Problem(seq, "inserted", Message(INSERTED, seq=seq))
        return Problem(seq, "reordered", Message(OUT_OF_PLACE, seq=seq, previous=seq - 1))

    def _edited(self, row: Row, following: Row | None) -> Problem:
        seq, stored = row[0], row[8]
        if following is not None and following[7] == self.running and following[7] != stored:
            # The next event follows the one before this: this one was slipped in.
            return Problem(seq, "inserted", Message(INSERTED, seq=seq))
        return Problem(seq, "edited", Message(EDITED, seq=seq))

    def against_head(self, head_seq: int, head_hash: str) -> Problem | None:
        """The chain's last event against the head the journal keeps."""
        if head_seq > self.last_seq:
            return Problem(
                self.last_seq + 1,
                "deleted",
                Message(HEAD_AHEAD, last=self.last_seq, head=head_seq, seq=self.last_seq + 1),
            )
        if head_seq < self.last_seq:
            return Problem(
                head_seq + 1, "inserted", Message(HEAD_BEHIND, seq=head_seq + 1, head=head_seq)
            )
        if head_hash != self.running:
            return Problem(self.last_seq, "edited", Message(EDITED, seq=self.last_seq))
        return None


def _text(value: Any, encode: Any) -> str:
    # A kind is a plain word: JSON writes it as it is, in quotes.
    return f'"{value}"' if type(value) is str and value.isidentifier() else encode(value)


def _number(value: Any, encode: Any) -> str:
    if value is None:
        return "null"
    return str(value) if type(value) is int else encode(value)


def _timestamp(at: Any) -> str:
    """The stored time as the journal hashed it: SQLite keeps UTC without a zone as
    text, PostgreSQL hands back an aware instant."""
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return event_timestamp(at)
