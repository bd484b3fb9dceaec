"""Whether each service can give out a ticket right now, and why not; the admin PIN.

The kiosk asks before a visitor taps, so a closed service says so on its button instead
of refusing after the tap. The rule is ``rules.opening``, the one ``QueueEngine.issue``
enforces, in the centre's time zone by the engine's clock. The engine keeps the last
word: another kiosk can take the last number between this look and the tap, and
``issue`` then refuses.

No Qt here, and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from conq_desktop.engine.clock import local_day
from conq_desktop.engine.queue import QueueEngine
from conq_desktop.engine.reads import is_holiday
from conq_desktop.engine.rules import Availability, clock_time, opening
from conq_desktop.i18n import _, translate
from conq_desktop.models import DailyCounter, Operator, Role, Service


@dataclass(frozen=True)
class ServiceAvailability:
    code: str
    state: Availability
    opens: str  # today's hours, "08:30"; empty on a day it is closed
    closes: str  # "17:30", or "24:00" for "until midnight"
    issued_today: int
    daily_limit: int | None
    lunch_until: str = ""  # the end of today's lunch break, if it has one

    @property
    def is_open(self) -> bool:
        return self.state == Availability.OPEN

    @property
    def tickets_left(self) -> int | None:
        """Numbers still to give out today; None without a limit."""
        if self.daily_limit is None:
            return None
        return max(0, self.daily_limit - self.issued_today)

    @property
    def hours(self) -> str:
        return f"{self.opens}–{self.closes}"

    def message(self, lang: str | None = None) -> str:
        """One short line for a button or a list: why not, or until when."""
        if self.state == Availability.OPEN:
            if self.closes == "24:00":
                return translate(_("Open now"), lang)
            return translate(_("Open until {closes}"), lang, closes=self.closes)
        if self.state == Availability.CLOSED_NOW:
            return translate(_("Closed now; open {hours}"), lang, hours=self.hours)
        if self.state == Availability.LUNCH_BREAK:
            return translate(_("Lunch break; open again at {time}"), lang, time=self.lunch_until)
        if self.state == Availability.CLOSED_TODAY:
            return translate(_("Closed today"), lang)
        if self.state == Availability.LIMIT_REACHED:
            return translate(_("All of today's tickets have been given out"), lang)
        return translate(_("Not offered at the moment"), lang)


def service_availability(
    engine: QueueEngine, at: datetime | None = None
) -> list[ServiceAvailability]:
    """Every service in kiosk order (sort order, then code), as it stands at ``at``
    (default: the engine's clock)."""
    now = at or engine.clock.now()
    tz = engine.settings.timezone
    local_now = now.astimezone(tz)
    today = local_day(now, tz)
    with engine.db.read_session() as session:
        issued = dict(
            session.execute(
                select(DailyCounter.service_id, DailyCounter.last_sequence).where(
                    DailyCounter.day == today
                )
            ).all()
        )
        holiday = is_holiday(session, today)
        services = session.scalars(
            select(Service)
            .where(Service.retired.is_(False))
            .order_by(Service.sort_order, Service.code)
        )
        return [
            _one(service, local_now, issued.get(service.id, 0), holiday) for service in services
        ]


def _one(service: Service, local_now: datetime, issued: int, holiday: bool) -> ServiceAvailability:
    day = service.hours_on(local_now.isoweekday())
    return ServiceAvailability(
        code=service.code,
        state=opening(service, local_now, issued, holiday=holiday),
        opens=clock_time(day.opens_at) if day else "",
        closes=clock_time(day.closes_at) if day else "",
        lunch_until=clock_time(day.lunch_until) if day and day.lunch_until else "",
        issued_today=issued,
        daily_limit=service.daily_limit,
    )


def check_admin_pin(engine: QueueEngine, pin: str) -> bool:
    """True when ``pin`` is the PIN of an active administrator. Slow on purpose (the PIN
    hash): call it off the GUI thread."""
    if not pin:
        return False
    with engine.db.read_session() as session:
        admins = session.scalars(
            select(Operator).where(Operator.role == Role.ADMIN, Operator.active.is_(True))
        ).all()
        # Every admin is checked, so the time taken does not tell which one matched.
        matches = [admin.check_pin(pin) for admin in admins]
    return any(matches)
