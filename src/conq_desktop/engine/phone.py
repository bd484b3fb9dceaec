"""Following a ticket on the phone: the notifier's storage (docs/phone.md).

Which Telegram chat follows which of today's tickets (``PhoneSubscription``), and the
messages to send (``PhoneMessage``, the outbox). The notifier process
(conq_desktop.phone) reads the journal through here and writes only these two tables,
each change one short transaction of ``Database.write_session``: the queue's own
tables are never written, and nothing here is journalled (it is not the queue's
history).

Personal data: only the chat id, linked to one ticket of one day. A day's rows go when
the day is closed (``forget_in``, from engine/day_close.py) and earlier days' rows when
the notifier starts, and every few minutes while it runs (``forget_before``).

No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import case, delete, func, or_, select, true, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, joinedload

from conq_desktop.db import Database
from conq_desktop.engine.clock import local_day
from conq_desktop.engine.estimate import estimate_wait, people_ahead, serving_now
from conq_desktop.engine.settings import CentreSettings, read_settings, setting_values
from conq_desktop.i18n import PUBLIC_LANGUAGES
from conq_desktop.models import (
    ChainHead,
    EventKind,
    PhoneMessage,
    PhoneSubscription,
    Service,
    ServicePoint,
    Ticket,
    TicketEvent,
    TicketStatus,
)

# A ticket's public id as printed in its QR code (models/ticket.py: 8 random bytes).
PUBLIC_ID = re.compile(r"[0-9a-f]{16}")
# The language of a ticket that says none (the state language).
DEFAULT_LANGUAGE = "ky"
# Events read from the journal in one go.
BATCH = 500


class Refusal(StrEnum):
    """Why ``subscribe`` follows nothing."""

    UNKNOWN = "unknown"  # no such ticket (mistyped, or another centre's)
    ENDED = "ended"  # an earlier day's ticket, or one that is finished


@dataclass(frozen=True)
class Place:
    """A followed ticket as the bot tells it."""

    ticket_id: int
    number: str
    status: TicketStatus
    service_names: dict[str, str]
    ahead: int
    # Expected minutes; None while nobody serves the service (no wait promised).
    wait_minutes: int | None
    window: int | None
    language: str
    day: date

    def service(self, lang: str) -> str:
        return self.service_names.get(lang) or self.service_names.get("en") or ""


@dataclass(frozen=True)
class Happening:
    """One journal event of a followed ticket."""

    seq: int
    kind: EventKind
    ticket_id: int
    window: int | None
    details: dict[str, Any]


@dataclass(frozen=True)
class Follower:
    """One chat following one ticket, as the feed needs it."""

    id: int
    ticket_id: int
    chat_id: int
    language: str
    last_seq: int
    ahead_sent: bool
    number: str
    day: date

    @classmethod
    def of(cls, sub: PhoneSubscription, number: str) -> Follower:
        return cls(
            sub.id,
            sub.ticket_id,
            sub.chat_id,
            sub.language,
            sub.last_seq,
            sub.ahead_sent,
            number,
            sub.day,
        )


@dataclass(frozen=True)
class Outgoing:
    """A message to queue: ``key`` names it once and for all (the same event's message
    to the same chat has the same key, so it can never be queued twice)."""

    key: str
    chat_id: int
    day: date
    text: str


@dataclass(frozen=True)
class Progress:
    """What the feed did to a subscription: how far it has read, whether the "N
    ahead" message is made, whether it ended."""

    subscription_id: int
    last_seq: int | None = None
    ahead_sent: bool | None = None
    stopped: bool | None = None


@dataclass(frozen=True)
class Due:
    """A message to send now."""

    id: int
    chat_id: int
    text: str
    created_at: datetime
    attempts: int


# ------------------------------------------------------------------ the visitor's acts


def subscribe(
    db: Database, public_id: str, chat_id: int, now: datetime, ahead_limit: int
) -> Place | Refusal:
    """Let ``chat_id`` follow the ticket ``public_id`` (today's, not finished). The
    place is read first, outside any write; the subscription then starts after the
    journal's head as it was read, so nothing that happens later is missed, and the
    "N ahead" message counts as made if the answer already says so."""
    public_id = public_id.strip().lower()
    if not PUBLIC_ID.fullmatch(public_id):
        return Refusal.UNKNOWN
    with db.read_session() as session:
        ticket = session.scalars(select(Ticket).where(Ticket.public_id == public_id)).first()
        if ticket is None:
            return Refusal.UNKNOWN
        tz = read_settings(session).timezone
        if ticket.day != local_day(now, tz) or ticket.status.is_final:
            return Refusal.ENDED
        head = _head(session)
        existing = session.scalars(
            select(PhoneSubscription).where(
                PhoneSubscription.ticket_id == ticket.id, PhoneSubscription.chat_id == chat_id
            )
        ).first()
        language = existing.language if existing else ticket_language(session, ticket.id)
        place = _place(session, ticket, now, tz, language)
    near = place.status == TicketStatus.WAITING and place.ahead <= ahead_limit
    with db.write_session() as session:
        found = session.scalars(
            select(PhoneSubscription).where(
                PhoneSubscription.ticket_id == place.ticket_id,
                PhoneSubscription.chat_id == chat_id,
            )
        ).first()
        if found is None:
            session.add(
                PhoneSubscription(
                    ticket_id=place.ticket_id,
                    day=place.day,
                    chat_id=chat_id,
                    language=language,
                    last_seq=head,
                    ahead_sent=near,
                    stopped=False,
                    created_at=now,
                )
            )
        else:
            found.stopped = False
            found.last_seq = max(found.last_seq, head)
            found.ahead_sent = found.ahead_sent or near
    return place


def ticket_language(session: Session, ticket_id: int) -> str:
    """The language the ticket was issued in, if its ``issued`` event says (the kiosk's
    screen language), else Kyrgyz."""
    details = session.scalar(
        select(TicketEvent.details)
        .where(TicketEvent.ticket_id == ticket_id, TicketEvent.kind == EventKind.ISSUED)
        .limit(1)
    )
    for key in ("lang", "language"):
        lang = (details or {}).get(key)
        if lang in PUBLIC_LANGUAGES:
            return str(lang)
    return DEFAULT_LANGUAGE


def centre_settings(db: Database) -> CentreSettings:
    """The centre's settings as they are now (the notifier reads them at each use: an
    administrator may change the "N ahead" or the centre's name at any time)."""
    with db.read_session() as session:
        return read_settings(session)


def bot_token(db: Database) -> str:
    """The bot's token (a secret: ``settings.SECRET_SETTINGS``), "" when none is set."""
    with db.read_session() as session:
        return setting_values(session)["telegram_token"].strip()


def places(db: Database, chat_id: int, now: datetime) -> list[Place]:
    """The tickets ``chat_id`` follows today (not stopped), with their place now."""
    with db.read_session() as session:
        tz = read_settings(session).timezone
        rows = session.execute(
            select(PhoneSubscription.language, Ticket)
            .join(Ticket, Ticket.id == PhoneSubscription.ticket_id)
            .where(
                PhoneSubscription.chat_id == chat_id,
                PhoneSubscription.stopped.is_(False),
                PhoneSubscription.day == local_day(now, tz),
            )
            .order_by(PhoneSubscription.id)
        ).all()
        return [_place(session, ticket, now, tz, language) for language, ticket in rows]


def chat_language(db: Database, chat_id: int) -> str | None:
    """The language of the chat's latest subscription, if it has one."""
    with db.read_session() as session:
        return session.scalar(
            select(PhoneSubscription.language)
            .where(PhoneSubscription.chat_id == chat_id)
            .order_by(PhoneSubscription.id.desc())
            .limit(1)
        )


def set_language(db: Database, chat_id: int, lang: str) -> int:
    """Write to ``chat_id`` in ``lang`` from now on; how many subscriptions."""
    if lang not in PUBLIC_LANGUAGES:
        raise ValueError(f"not a public language: {lang!r}")
    with db.write_session() as session:
        result = session.execute(
            update(PhoneSubscription)
            .where(PhoneSubscription.chat_id == chat_id)
            .values(language=lang)
        )
        return int(result.rowcount or 0)


def stop(db: Database, chat_id: int) -> int:
    """No more messages to ``chat_id``; how many subscriptions it had."""
    with db.write_session() as session:
        result = session.execute(
            update(PhoneSubscription)
            .where(PhoneSubscription.chat_id == chat_id, PhoneSubscription.stopped.is_(False))
            .values(stopped=True)
        )
        return int(result.rowcount or 0)


# ------------------------------------------------------------------ the feed


def head_seq(db: Database) -> int:
    with db.read_session() as session:
        return _head(session)


def start_seq(db: Database, today: date) -> int:
    """Where the feed starts reading: the earliest point a live subscription of
    ``today`` was left at (what happened while the notifier was down is caught up),
    else the journal's head."""
    with db.read_session() as session:
        earliest = session.scalar(
            select(func.min(PhoneSubscription.last_seq)).where(
                PhoneSubscription.stopped.is_(False), PhoneSubscription.day == today
            )
        )
        return int(earliest) if earliest is not None else _head(session)


@dataclass(frozen=True)
class Batch:
    """What the journal holds after a point: the events of followed tickets (in
    ``seq`` order), how far they go (the journal's head, or the last one read when
    there are more), the followers of those tickets, and the services whose queue any
    event in that stretch touched (whose people ahead may have changed)."""

    events: list[Happening]
    upto: int
    followers: dict[int, list[Follower]]
    services: set[int]


def happenings(db: Database, after: int, limit: int = BATCH) -> Batch:
    """The journal after ``after`` (see ``Batch``)."""
    with db.read_session() as session:
        head = _head(session)
        if head <= after:
            return Batch([], after, {}, set())
        followed = select(PhoneSubscription.ticket_id).where(PhoneSubscription.stopped.is_(False))
        rows = session.execute(
            select(
                TicketEvent.seq,
                TicketEvent.kind,
                TicketEvent.ticket_id,
                ServicePoint.number,
                TicketEvent.details,
            )
            .outerjoin(ServicePoint, ServicePoint.id == TicketEvent.service_point_id)
            .where(
                TicketEvent.seq > after,
                TicketEvent.seq <= head,
                TicketEvent.ticket_id.in_(followed),
            )
            .order_by(TicketEvent.seq)
            .limit(limit)
        ).all()
        events = [
            Happening(seq, kind, ticket, window, details or {})
            for seq, kind, ticket, window, details in rows
        ]
        upto = events[-1].seq if len(events) == limit else head
        followers = _followers(session, {event.ticket_id for event in events})
        services = set(
            session.scalars(
                select(Ticket.service_id)
                .distinct()
                .join(TicketEvent, TicketEvent.ticket_id == Ticket.id)
                .where(TicketEvent.seq > after, TicketEvent.seq <= upto)
            )
        )
    return Batch(events, upto, followers, services)


def _followers(session: Session, ticket_ids: set[int]) -> dict[int, list[Follower]]:
    if not ticket_ids:
        return {}
    found: dict[int, list[Follower]] = {}
    rows = session.execute(
        select(PhoneSubscription, Ticket.number)
        .join(Ticket, Ticket.id == PhoneSubscription.ticket_id)
        .where(PhoneSubscription.ticket_id.in_(ticket_ids), PhoneSubscription.stopped.is_(False))
        .order_by(PhoneSubscription.id)
    ).all()
    for sub, number in rows:
        found.setdefault(sub.ticket_id, []).append(Follower.of(sub, number))
    return found


def service_names(db: Database, codes: Iterable[str]) -> dict[str, dict[str, str]]:
    """Each service code's names (for a redirect's message)."""
    wanted = sorted(set(codes))
    if not wanted:
        return {}
    with db.read_session() as session:
        services = session.scalars(select(Service).where(Service.code.in_(wanted)))
        return {service.code: dict(service.names) for service in services}


def services_of(db: Database, ticket_ids: Iterable[int]) -> set[int]:
    """The services the tickets are in now."""
    wanted = sorted(set(ticket_ids))
    if not wanted:
        return set()
    with db.read_session() as session:
        return set(session.scalars(select(Ticket.service_id).where(Ticket.id.in_(wanted))))


def near_turn(
    db: Database, service_ids: Iterable[int] | None, now: datetime, ahead_limit: int
) -> list[tuple[Follower, int]]:
    """Followers of waiting tickets in ``service_ids`` still owed the "N ahead" message
    whose ticket now has at most ``ahead_limit`` people ahead (``estimate.people_ahead``),
    with that number. Walk-ins of one service and priority class are looked at in
    their order and the look stops at the first one too far back: everybody behind it
    is further back still. ``service_ids`` None: every service."""
    wanted = None if service_ids is None else sorted(set(service_ids))
    if wanted is not None and not wanted:
        return []
    found: list[tuple[Follower, int]] = []
    with db.read_session() as session:
        tz = read_settings(session).timezone
        rows = session.execute(
            select(PhoneSubscription, Ticket)
            .join(Ticket, Ticket.id == PhoneSubscription.ticket_id)
            .where(
                PhoneSubscription.stopped.is_(False),
                PhoneSubscription.ahead_sent.is_(False),
                Ticket.status == TicketStatus.WAITING,
                Ticket.day == local_day(now, tz),
                Ticket.service_id.in_(wanted) if wanted is not None else true(),
            )
            .order_by(Ticket.queued_at, Ticket.id)
        ).all()
        groups: dict[tuple[int, int, bool], list[tuple[PhoneSubscription, Ticket]]] = {}
        for sub, ticket in rows:
            groups.setdefault(
                (ticket.service_id, ticket.priority, ticket.appointment_at is None), []
            ).append((sub, ticket))
        counted: dict[int, int] = {}
        for (_service, _priority, walk_in), members in groups.items():
            for sub, ticket in members:
                ahead = counted.get(ticket.id)
                if ahead is None:
                    ahead = counted[ticket.id] = people_ahead(session, ticket, now)
                if ahead > ahead_limit:
                    if walk_in:
                        break
                    continue
                found.append(
                    (
                        Follower.of(sub, ticket.number),
                        ahead,
                    )
                )
    return found


def record_progress(
    db: Database, messages: Sequence[Outgoing], progress: Sequence[Progress], now: datetime
) -> int:
    """Queue ``messages`` (each key once: one already queued is left as it is) and move
    the subscriptions on, in one transaction; how many messages were new."""
    if not messages and not progress:
        return 0
    added = 0
    with db.write_session() as session:
        connection = session.connection()
        statement = _insert_ignoring_duplicates(db.dialect)
        for message in messages:
            result = connection.execute(
                statement,
                {
                    "key": message.key,
                    "day": message.day,
                    "chat_id": message.chat_id,
                    "text": message.text,
                    "created_at": now,
                    "attempts": 0,
                },
            )
            added += result.first() is not None  # nothing back: the key was there
        for change in progress:
            values: dict[str, Any] = {}
            if change.last_seq is not None:
                values["last_seq"] = case(
                    (PhoneSubscription.last_seq < change.last_seq, change.last_seq),
                    else_=PhoneSubscription.last_seq,
                )
            if change.ahead_sent is not None:
                values["ahead_sent"] = change.ahead_sent
            if change.stopped is not None:
                values["stopped"] = change.stopped
            if values:
                connection.execute(
                    update(PhoneSubscription)
                    .where(PhoneSubscription.id == change.subscription_id)
                    .values(**values)
                )
    return added


def _insert_ignoring_duplicates(dialect: str) -> Any:
    table = PhoneMessage.__table__
    module = postgresql if dialect == "postgresql" else sqlite
    return module.insert(table).on_conflict_do_nothing(index_elements=["key"]).returning(table.c.id)


# ------------------------------------------------------------------ the outbox


def due(db: Database, now: datetime, limit: int = 50) -> list[Due]:
    """Messages not sent nor dropped whose time has come, oldest first."""
    with db.read_session() as session:
        rows = session.execute(
            select(
                PhoneMessage.id,
                PhoneMessage.chat_id,
                PhoneMessage.text,
                PhoneMessage.created_at,
                PhoneMessage.attempts,
            )
            .where(
                PhoneMessage.sent_at.is_(None),
                PhoneMessage.dropped_at.is_(None),
                or_(PhoneMessage.next_try_at.is_(None), PhoneMessage.next_try_at <= now),
            )
            .order_by(PhoneMessage.id)
            .limit(limit)
        ).all()
        return [Due(*row) for row in rows]


def next_try(db: Database) -> datetime | None:
    """When the earliest message waiting for another try is due."""
    with db.read_session() as session:
        return session.scalar(
            select(func.min(PhoneMessage.next_try_at)).where(
                PhoneMessage.sent_at.is_(None), PhoneMessage.dropped_at.is_(None)
            )
        )


def mark_sent(db: Database, message_id: int, now: datetime) -> None:
    """The Bot API accepted the message: it is never sent again."""
    _mark(db, message_id, sent_at=now, attempts=PhoneMessage.attempts + 1)


def mark_retry(db: Database, message_id: int, retry_at: datetime) -> None:
    _mark(db, message_id, next_try_at=retry_at, attempts=PhoneMessage.attempts + 1)


def mark_dropped(db: Database, message_id: int, now: datetime) -> None:
    _mark(db, message_id, dropped_at=now, attempts=PhoneMessage.attempts + 1)


def _mark(db: Database, message_id: int, **values: Any) -> None:
    with db.write_session() as session:
        session.execute(update(PhoneMessage).where(PhoneMessage.id == message_id).values(**values))


def stop_chat_messages(db: Database, chat_id: int, now: datetime) -> None:
    """The chat blocked the bot: no more messages to it, none of those waiting."""
    with db.write_session() as session:
        session.execute(
            update(PhoneSubscription)
            .where(PhoneSubscription.chat_id == chat_id)
            .values(stopped=True)
        )
        session.execute(
            update(PhoneMessage)
            .where(
                PhoneMessage.chat_id == chat_id,
                PhoneMessage.sent_at.is_(None),
                PhoneMessage.dropped_at.is_(None),
            )
            .values(dropped_at=now)
        )


# ------------------------------------------------------------------ forgetting


def forget_in(session: Session, day: date) -> int:
    """Delete the subscriptions and messages of ``day`` and earlier days, in the
    caller's transaction (closing the day); how many rows."""
    gone = session.execute(delete(PhoneMessage).where(PhoneMessage.day <= day)).rowcount or 0
    gone += (
        session.execute(delete(PhoneSubscription).where(PhoneSubscription.day <= day)).rowcount or 0
    )
    return int(gone)


def forget_before(db: Database, today: date, now: datetime, keep: timedelta) -> int:
    """Delete the subscriptions of days before ``today`` and their messages, except
    those still waiting to be sent that were made less than ``keep`` ago (an earlier
    day's last messages, just after midnight); how many rows. Writes nothing when there
    is nothing to delete."""
    with db.read_session() as session:
        stale = session.scalar(
            select(func.count()).select_from(PhoneSubscription).where(PhoneSubscription.day < today)
        ) or session.scalar(
            select(func.count()).select_from(PhoneMessage).where(PhoneMessage.day < today)
        )
    if not stale:
        return 0
    with db.write_session() as session:
        gone = (
            session.execute(
                delete(PhoneMessage).where(
                    PhoneMessage.day < today,
                    or_(
                        PhoneMessage.sent_at.is_not(None),
                        PhoneMessage.dropped_at.is_not(None),
                        PhoneMessage.created_at < now - keep,
                    ),
                )
            ).rowcount
            or 0
        )
        gone += (
            session.execute(delete(PhoneSubscription).where(PhoneSubscription.day < today)).rowcount
            or 0
        )
    return int(gone)


# ------------------------------------------------------------------ reading


def _head(session: Session) -> int:
    return int(session.scalar(select(ChainHead.seq).where(ChainHead.id == 1)) or 0)


def _place(session: Session, ticket: Ticket, now: datetime, tz: ZoneInfo, language: str) -> Place:
    """As ``QueueEngine.position`` tells it: people ahead and the expected wait, 0 once
    called; no wait while nobody serves the service."""
    ticket = session.scalars(
        select(Ticket)
        .where(Ticket.id == ticket.id)
        .options(joinedload(Ticket.service), joinedload(Ticket.service_point))
    ).one()
    waiting = ticket.status == TicketStatus.WAITING
    ahead = people_ahead(session, ticket, now) if waiting else 0
    serving = serving_now(session, ticket.service, now, tz)
    wait = estimate_wait(session, ticket.service, ahead, now, tz) if serving and waiting else None
    point = ticket.service_point
    return Place(
        ticket_id=ticket.id,
        number=ticket.number,
        status=ticket.status,
        service_names=dict(ticket.service.names),
        ahead=ahead,
        wait_minutes=wait,
        window=point.number if point is not None and not waiting else None,
        language=language,
        day=ticket.day,
    )
