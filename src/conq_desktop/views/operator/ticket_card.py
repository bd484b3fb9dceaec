"""The main card of the panel: the current ticket, what state it is in, and how long
since it was called or its service started."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout

from conq_desktop.engine import TicketInfo
from conq_desktop.i18n import _, translate
from conq_desktop.models import TicketStatus
from conq_desktop.printing.layout import BOOKED_FOR
from conq_desktop.views.common.theme import font, restyle

NO_TICKET = "—"


def elapsed(since: datetime | None, now: datetime) -> str:
    """``mm:ss`` from ``since`` to ``now`` (minutes keep counting past an hour)."""
    if since is None:
        return ""
    if since.tzinfo is None:  # SQLite hands back UTC without a zone in some paths
        since = since.replace(tzinfo=UTC)
    seconds = max(0, int((now - since).total_seconds()))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class TicketCard(QFrame):
    """The number large in the middle, the state and the timer in a strip below."""

    def __init__(self) -> None:
        super().__init__(objectName="card")
        center = Qt.AlignmentFlag.AlignCenter
        self.card_caption = QLabel(objectName="caption", alignment=center)
        self.number_label = QLabel(NO_TICKET, objectName="number", alignment=center)
        self.service_label = QLabel(alignment=center)
        self.service_label.setWordWrap(True)
        self.badges = QLabel(objectName="badge")
        self.status_label = QLabel(objectName="status", alignment=center)
        self.timer_label = QLabel(objectName="timer", alignment=center)
        self.timer_caption = QLabel(objectName="caption", alignment=center)
        self.extra_label = QLabel(objectName="caption", alignment=center)
        for label in (self.number_label, self.service_label, self.status_label, self.timer_label):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        strip = QFrame(objectName="strip")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.status_label.setWordWrap(True)
        self.extra_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.timer_caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        bottom = QGridLayout(strip)
        bottom.setContentsMargins(28, 12, 28, 12)
        bottom.setHorizontalSpacing(24)
        bottom.setVerticalSpacing(0)
        bottom.addWidget(self.status_label, 0, 0)
        bottom.addWidget(self.extra_label, 1, 0)
        bottom.addWidget(self.timer_label, 0, 1)
        bottom.addWidget(self.timer_caption, 1, 1)
        bottom.setColumnStretch(0, 3)
        bottom.setColumnStretch(1, 2)
        card = QVBoxLayout(self)
        card.setContentsMargins(24, 20, 24, 20)
        card.setSpacing(6)
        card.addWidget(self.card_caption)
        card.addStretch(1)
        card.addWidget(self.number_label)
        card.addWidget(self.service_label)
        card.addWidget(self.badges, 0, Qt.AlignmentFlag.AlignHCenter)
        card.addStretch(1)
        card.addWidget(strip)

    def set_scale(self, scale: float) -> None:
        """Fonts for the panel scaled by ``scale`` from its full size."""
        for label, pixels, bold in (
            (self.card_caption, 28, False),
            (self.number_label, 210, True),
            (self.service_label, 42, False),
            (self.badges, 26, True),
            (self.status_label, 36, True),
            (self.timer_label, 100, True),
            (self.timer_caption, 26, False),
            (self.extra_label, 26, False),
        ):
            label.setFont(font(pixels * scale, bold=bold))

    def show_ticket(
        self,
        ticket: TicketInfo | None,
        paused: bool,
        recall_limit: int,
        source: str | None,
        lang: str,
        start_at_call: bool = False,
        booked: str | None = None,
    ) -> None:
        """The current ticket (``source``: the name of the service it was redirected
        from; ``booked``: the time of its booking, a checked-in visitor's), or what to
        do while there is none. Where service starts at the call (``start_at_call``), a
        called ticket is being served already."""

        def t(message: str, **params: Any) -> str:
            return translate(message, lang, **params)

        self.card_caption.setText(t(_("Current ticket")))
        badges: list[str] = []
        extra = ""
        if ticket is None:
            self.number_label.setText(NO_TICKET)
            self.service_label.setText(t(_("On a break")) if paused else t(_("No current ticket")))
            self.status_label.setText(
                t(_("Press Resume to take visitors again."))
                if paused
                else t(_("Press Next to call the next visitor."))
            )
            restyle(self.status_label, state="paused" if paused else "idle")
        else:
            self.number_label.setText(ticket.number)
            self.service_label.setText(ticket.service.name(lang))
            called = ticket.status == TicketStatus.CALLED
            if not called:
                state = t(_("Being served"))
            elif start_at_call:
                state = t(_("Called; the service time counts from the call"))
            else:
                state = t(_("Called, waiting for the visitor"))
            self.status_label.setText(state)
            restyle(self.status_label, state=ticket.status)
            if ticket.priority > 0:
                badges.append(t(_("Priority")))
            if booked is not None:
                # The words of the ticket's own line, so window and visitor read alike.
                badges.append(t(BOOKED_FOR, time=booked))
            if ticket.recall_count:
                extra = t(
                    _("Called again {count} of {limit} times"),
                    count=ticket.recall_count,
                    limit=recall_limit,
                )
            if source is not None:
                extra = " · ".join(
                    filter(None, [extra, t(_("Redirected from “{service}”"), service=source)])
                )
        self.badges.setText("  ".join(badges))
        self.badges.setVisible(bool(badges))
        self.extra_label.setText(extra)

    def show_timer(self, ticket: TicketInfo | None, now: datetime, lang: str) -> str:
        """The running time of ``ticket``, from its own timestamps; returns the time
        shown (empty without a ticket)."""
        if ticket is None:
            self.timer_label.setText("")
            self.timer_caption.setText("")
            return ""
        serving = ticket.status == TicketStatus.SERVING and ticket.started_at is not None
        since = ticket.started_at if serving else ticket.called_at
        text = elapsed(since, now)
        self.timer_label.setText(text)
        self.timer_caption.setText(
            translate(_("since the start of service"), lang)
            if serving
            else translate(_("since the call"), lang)
        )
        return text
