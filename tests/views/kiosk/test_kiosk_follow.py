"""The issued page shows the centre's Telegram bot's QR code for the ticket (issue 18):
the link with the ticket's public id, under the line the ticket prints, named as it
reads for a screen reader; nothing of it without a bot; and the reception desk still
fits 1366×768 with it."""

# ruff: noqa: F811 (the kiosk fixture comes from test_kiosk_window)

from __future__ import annotations

from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.settings import write_settings
from conq_desktop.i18n import translate
from conq_desktop.models import Ticket
from conq_desktop.printing.layout import FOLLOW_IN_TELEGRAM
from conq_desktop.printing.qr import qr_matrix
from conq_desktop.views.common.qr_image import QUIET_MODULES
from tests.helpers.printer_listener import closed_port
from tests.views.kiosk.test_kiosk_window import (  # noqa: F401
    MakeKiosk,
    clipped_labels,
    issued_page,
    make_kiosk,
    screenshot,
    sign_in_at_desk,
    tap,
)

BOT = "bishkek_cson1_bot"


def give_bot(engine: QueueEngine, bot: str = BOT) -> None:
    with engine.db.write_session() as session:
        write_settings(session, {"telegram_bot": bot})
    engine.reload_settings()


def _public_id(engine: QueueEngine) -> str:
    with engine.db.read_session() as session:
        return session.scalars(select(Ticket.public_id).order_by(Ticket.id.desc())).first()


def test_the_issued_page_shows_the_bots_qr_code(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    give_bot(sqlite_engine)
    window = make_kiosk(lang="ru")
    tap(qtbot, window, "PASSPORT")
    qtbot.waitUntil(lambda: issued_page(window))
    page = window.issued_page
    public_id = _public_id(sqlite_engine)
    assert page.follow.isVisible()
    assert page.follow_qr.payload == f"https://t.me/{BOT}?start={public_id}"
    assert not page.follow_qr.pixmap().isNull()
    line = translate(FOLLOW_IN_TELEGRAM, "ru")
    assert page.follow_line.text() == line
    qr = QAccessible.queryAccessibleInterface(page.follow_qr)
    assert qr.text(QAccessible.Text.Name) == line
    # A screen reader hears it with the card.
    assert line.rstrip(".") in page.done_button.accessibleDescription()
    # The language switch changes the line and the name together.
    window.set_language("en")
    assert page.follow_line.text() == page.follow_qr.accessibleName()
    assert page.follow_line.text() == translate(FOLLOW_IN_TELEGRAM, "en")
    # The visitor has gone: the next card starts without it until its own ticket.
    window.show_services()
    assert page.follow.isHidden() and page.follow_qr.payload == ""


def test_without_a_bot_there_is_no_qr_code(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    window = make_kiosk()
    tap(qtbot, window, "PASSPORT")
    qtbot.waitUntil(lambda: issued_page(window))
    assert window.issued_page.follow.isHidden()
    assert window.issued_page.follow_qr.payload == ""
    translated = translate(FOLLOW_IN_TELEGRAM, "en")
    assert translated not in window.issued_page.done_button.accessibleDescription()


def test_a_crowded_desk_with_the_qr_code_fits_1366x768(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    give_bot(sqlite_engine)
    desk = make_kiosk(f"tcp://127.0.0.1:{closed_port()}", lang="ky", size=(1366, 768),
                      receptionist=True)  # fmt: skip
    sign_in_at_desk(qtbot, desk, "bakyt", "6666")
    qtbot.waitUntil(lambda: desk.actor is not None)
    tap(qtbot, desk, "PENSION")  # nobody serves PENSION: the long word on the card
    qtbot.waitUntil(lambda: desk.banner.isVisible(), timeout=10_000)
    assert desk.issued_page.follow.isVisible()
    screenshot(desk, "kiosk-issued-telegram-1366x768.png")
    assert desk.layout().totalMinimumSize().height() <= 768
    assert desk.height() == 768
    assert clipped_labels(desk) == []
    # Large enough for a phone: at least 3 pixels a module, and a quiet zone.
    qr = desk.issued_page.follow_qr
    modules = len(qr_matrix(qr.payload)) + 2 * QUIET_MODULES
    assert qr.width() == qr.height() >= 3 * modules


def test_the_issued_page_with_the_qr_code_at_full_hd(
    qtbot: QtBot, make_kiosk: MakeKiosk, sqlite_engine: QueueEngine
) -> None:
    give_bot(sqlite_engine)
    window = make_kiosk(lang="ky", size=(1920, 1080))
    tap(qtbot, window, "PASSPORT")
    qtbot.waitUntil(lambda: issued_page(window))
    assert window.number.font().pixelSize() >= 1080 / 5
    assert clipped_labels(window.issued_page) == []
    screenshot(window, "kiosk-issued-telegram-1920x1080.png")
