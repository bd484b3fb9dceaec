"""Importing an online portal's bookings (engine/booking_import.py,
docs/booking-import.md): CSV and iCalendar files, idempotent re-imports, moves and
cancellations, every bad row listed with its line and nothing imported, broken files
refused whole, over-full slots kept with a warning, and who may import."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conq_desktop.engine import QueueEngine
from conq_desktop.engine.booking_file import FileFormat
from conq_desktop.engine.booking_import import ImportRefused, ImportReport, import_bookings
from conq_desktop.engine.bookings import Bookings
from conq_desktop.errors import NotAllowed, NotFound, UsageError
from conq_desktop.models import Booking, BookingSource, BookingStatus, EventKind, TicketEvent

WEDNESDAY = date(2026, 11, 25)  # the clock: Tuesday 24 November 2026, 10:00 in Bishkek
KYRGYZ_NAME = "Айгүл Өмүрбекова"
HEADER = "code,service,date,time,ref,name,phone,id_digits"


def write(tmp_path: Path, text: str, name: str = "portal.csv", *, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def run_import(
    engine: QueueEngine, path: Path, login: str = "bakyt", pin: str = "6666", **options: object
) -> ImportReport:
    actor = engine.authenticate(login, pin)
    return import_bookings(engine.db, path, actor, engine.clock, **options)  # type: ignore[arg-type]


def bookings(engine: QueueEngine) -> list[tuple[object, ...]]:
    with engine.db.read_session() as session:
        rows = session.scalars(select(Booking).order_by(Booking.code))
        return [
            (b.code, b.service_id, b.day, b.slot, b.status, b.source, b.external_ref, b.name)
            for b in rows
        ]


def events(engine: QueueEngine, kind: EventKind | None = None) -> list[TicketEvent]:
    with engine.db.read_session() as session:
        query = select(TicketEvent).order_by(TicketEvent.seq)
        if kind is not None:
            query = query.where(TicketEvent.kind == kind)
        return list(session.scalars(query))


def event_count(engine: QueueEngine) -> int:
    with engine.db.read_session() as session:
        return session.scalar(select(func.count()).select_from(TicketEvent)) or 0


def test_a_csv_file_is_imported_and_journalled(engine: QueueEngine, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"{HEADER}\n"
        f"tn0a1b,PASSPORT,2026-11-25,09:00,T-100,{KYRGYZ_NAME},+996 555 123456,4321\n"
        "EO77QQ,CIVIL,2026-11-25,11:30,,,,\n",
    )
    report = run_import(engine, path)
    assert (report.added, report.moved, report.cancelled, report.unchanged) == (2, 0, 0, 0)
    assert report.warnings == []

    with engine.db.read_session() as session:
        imported = session.scalars(select(Booking).where(Booking.code == "TN0A1B")).one()
        # The portal's code, upper-cased; look-alike 0 and 1 are the portal's business.
        assert (imported.day, imported.slot) == (WEDNESDAY, time(9, 0))
        assert imported.source == BookingSource.IMPORT
        assert imported.external_ref == "online:T-100"
        assert imported.status == BookingStatus.BOOKED
        assert imported.name == KYRGYZ_NAME  # Kyrgyz letters survive
        assert (imported.phone, imported.id_last_digits) == ("+996 555 123456", "4321")
        other = session.scalars(select(Booking).where(Booking.code == "EO77QQ")).one()
        assert other.external_ref == "online:EO77QQ"  # no ref: the code is the reference

    journalled = events(engine, EventKind.BOOKING_IMPORT)
    assert [event.details for event in journalled] == [
        {
            "code": "TN0A1B",
            "service": "PASSPORT",
            "day": "2026-11-25",
            "time": "09:00",
            "source": "import",
            "portal": "online",
        },
        {
            "code": "EO77QQ",
            "service": "CIVIL",
            "day": "2026-11-25",
            "time": "11:30",
            "source": "import",
            "portal": "online",
        },
    ]
    assert all(event.operator_id is not None for event in journalled)
    history = json.dumps([event.details for event in events(engine)], ensure_ascii=False)
    assert KYRGYZ_NAME not in history and "555 123456" not in history and "4321" not in history

    # Found at check-in as the desk's bookings are: by the code in any case.
    listed = Bookings(engine.db, clock=engine.clock).list_bookings(WEDNESDAY, "PASSPORT")
    assert [(b.code, b.name) for b in listed] == [("TN0A1B", KYRGYZ_NAME)]


def test_semicolons_a_byte_order_mark_and_dotted_dates(engine: QueueEngine, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "\ufeffCode;Service;Date;Time;Name\r\nAB12CD;PASSPORT;25.11.2026;14:15;Бакыт Асанов\r\n",
    )
    assert run_import(engine, path, portal="tunduk").added == 1
    with engine.db.read_session() as session:
        booking = session.scalars(select(Booking)).one()
    assert (booking.code, booking.day, booking.slot) == ("AB12CD", WEDNESDAY, time(14, 15))
    assert booking.external_ref == "tunduk:AB12CD" and booking.name == "Бакыт Асанов"


ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Earlyone//Bookings//EN\r
BEGIN:VEVENT\r
UID:eo-1@earlyone\r
DTSTART:20261125T030000Z\r
SUMMARY:Паспорт. Code: ky5r2m\r
X-SERVICE:PASSPORT\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:eo-2@earlyone\r
DTSTART;TZID=Europe/Moscow:20261125T070000\r
X-BOOKING-CODE:QW12ER\r
CATEGORIES:CIVIL,Акты\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:eo-3@earlyone\r
DTSTART:20261126T143000\r
DESCRIPTION:Your code: ZX98CV\\nCome 20 minutes early.\r
CATEGORIES:PENSION\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_an_ics_file_is_imported_in_the_centres_time(engine: QueueEngine, tmp_path: Path) -> None:
    path = write(tmp_path, ICS, "earlyone.ics")
    report = run_import(engine, path, portal="earlyone")
    assert report.added == 3
    with engine.db.read_session() as session:
        rows = {
            b.code: (b.day, b.slot, b.external_ref)
            for b in session.scalars(select(Booking).order_by(Booking.code))
        }
    assert rows == {
        # 03:00 UTC is 09:00 in Bishkek (UTC+6).
        "KY5R2M": (WEDNESDAY, time(9, 0), "earlyone:eo-1@earlyone"),
        # 07:00 in Moscow (UTC+3) is 10:00 in Bishkek.
        "QW12ER": (WEDNESDAY, time(10, 0), "earlyone:eo-2@earlyone"),
        # A time without a zone is the centre's own.
        "ZX98CV": (date(2026, 11, 26), time(14, 30), "earlyone:eo-3@earlyone"),
    }
    # The same file as CSV by mistake: it has no header row of ours.
    with pytest.raises(UsageError):
        run_import(engine, path, file_format=FileFormat.CSV)


def test_importing_the_same_file_again_changes_nothing(engine: QueueEngine, tmp_path: Path) -> None:
    csv_file = write(
        tmp_path,
        f"{HEADER}\nAAAA11,PASSPORT,2026-11-25,09:00,1,{KYRGYZ_NAME},,\n"
        "BBBB22,PASSPORT,2026-11-25,09:15,2,,,\n",
    )
    ics_file = write(tmp_path, ICS, "earlyone.ics")
    run_import(engine, csv_file)
    run_import(engine, ics_file)
    before, count = bookings(engine), event_count(engine)

    again = run_import(engine, csv_file)
    assert (again.added, again.moved, again.cancelled, again.unchanged) == (0, 0, 0, 2)
    assert run_import(engine, ics_file).unchanged == 3
    assert bookings(engine) == before
    assert event_count(engine) == count


def test_a_new_time_moves_a_booking_and_a_cancelled_row_cancels_it(
    engine: QueueEngine, tmp_path: Path
) -> None:
    run_import(
        engine,
        write(
            tmp_path,
            f"{HEADER}\nAAAA11,PASSPORT,2026-11-25,09:00,1,,,\nBBBB22,CIVIL,2026-11-25,09:15,2,,,\n",
        ),
    )
    changed = write(
        tmp_path,
        "code,service,date,time,ref,status\n"
        "AAAA11,PASSPORT,2026-11-26,15:00,1,booked\n"
        "BBBB22,CIVIL,2026-11-25,09:15,2,cancelled\n"
        "CCCC33,CIVIL,2026-11-25,09:30,3,cancelled\n",  # never had it: nothing to do
        "changed.csv",
    )
    report = run_import(engine, changed)
    assert (report.added, report.moved, report.cancelled, report.unchanged) == (0, 1, 1, 1)
    [moved] = events(engine, EventKind.BOOKING_MOVED)
    assert moved.details["code"] == "AAAA11"
    assert moved.details["old"] == {"day": "2026-11-25", "time": "09:00"}
    assert moved.details["new"] == {"day": "2026-11-26", "time": "15:00"}
    [cancelled] = events(engine, EventKind.BOOKING_CANCELLED)
    assert (cancelled.details["code"], cancelled.details["new"]) == ("BBBB22", "cancelled")
    with engine.db.read_session() as session:
        codes = {b.code: (b.day, b.slot, b.status) for b in session.scalars(select(Booking))}
    assert codes == {
        "AAAA11": (date(2026, 11, 26), time(15, 0), BookingStatus.BOOKED),
        "BBBB22": (WEDNESDAY, time(9, 15), BookingStatus.CANCELLED),
    }
    # Again: nothing more.
    count = event_count(engine)
    assert run_import(engine, changed).unchanged == 3
    assert event_count(engine) == count


def test_bad_rows_are_listed_with_their_lines_and_nothing_is_imported(
    engine: QueueEngine, tmp_path: Path
) -> None:
    desk = Bookings(engine.db, engine.authenticate("bakyt", "6666"), engine.clock)
    taken = desk.book("PASSPORT", WEDNESDAY, time(10, 0)).code
    before, count = bookings(engine), event_count(engine)
    path = write(
        tmp_path,
        "code,service,date,time,ref,name\n"  # line 1
        "GOOD01,PASSPORT,2026-11-25,09:00,1,\n"  # 2: good
        "GOOD02,NOPE,2026-11-25,09:00,2,\n"  # 3: unknown service
        "GOOD03,PASSPORT,2026-13-01,09:00,3,\n"  # 4: bad date
        'GOOD04,PASSPORT,2026-11-25,9h,4,"Асан\nУсөнов"\n'  # 5–6: bad time, two lines
        "GOOD05,PASSPORT,2026-11-23,09:00,5,\n"  # 7: yesterday
        "GOOD06,PASSPORT,2026-11-29,09:00,6,\n"  # 8: Sunday, PASSPORT is closed
        "GOOD07,PROPERTY,2026-11-25,08:30,7,\n"  # 9: PROPERTY opens at 09:00
        f"{taken},PASSPORT,2026-11-25,09:00,8,\n"  # 10: the desk's code
        "GOOD09,PASSPORT,2026-11-25,09:00,1,\n"  # 11: ref 1 again
        "AB,PASSPORT,2026-11-25,09:00,10,\n"  # 12: too short a code
        "GOOD11,PASSPORT,2026-11-25\n",  # 13: too few fields
    )
    with pytest.raises(ImportRefused) as refused:
        run_import(engine, path)
    lines = [(problem.line, problem.reason.translate("en")) for problem in refused.value.problems]
    assert [line for line, _reason in lines] == [3, 4, 5, 7, 8, 9, 10, 11, 12, 13]
    text = dict(lines)
    assert "NOPE" in text[3]
    assert "2026-13-01" in text[4]
    assert "9h" in text[5]
    assert "2026-11-23" in text[7]
    assert "no slot" in text[8] and "no slot" in text[9]
    assert taken in text[10]
    assert "line 2" in text[11]
    assert "AB" in text[12]
    assert "fields" in text[13]
    message = refused.value.message("en")
    assert message.startswith("Nothing was imported: 10 rows")
    assert "line 7:" in message
    assert refused.value.exit_code == 3

    assert bookings(engine) == before
    assert event_count(engine) == count


def test_a_full_slot_keeps_the_portals_bookings_with_a_warning(
    engine: QueueEngine, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "code,service,date,time\n"
        "FULL01,PASSPORT,2026-11-25,09:00\n"
        "FULL02,PASSPORT,2026-11-25,09:00\n"
        "FULL03,PASSPORT,2026-11-25,09:00\n"  # the slot has 2 places
        "HALF01,PASSPORT,2026-11-25,09:07\n",  # between our slots' starts: kept as given
    )
    report = run_import(engine, path)
    assert report.added == 4
    [warning] = report.warnings
    assert warning.line == 2
    assert "3 bookings for 2 places" in warning.reason.translate("en")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("garbage.csv", bytes(range(256)) * 4),  # binary
        ("latin.csv", "code,service,date,time\nÄÖ12,PASSPORT,2026-11-25,09:00\n".encode("cp1252")),
        ("zeros.csv", b"code,service,date,time\n\x00\x00\x00\n"),
        ("headless.csv", b"AAAA11,PASSPORT,2026-11-25,09:00\n"),  # no header row
        ("empty.csv", b""),
        ("cut.ics", ICS[: ICS.index("END:VEVENT")].encode()),  # cut short
        ("cut-late.ics", ICS.replace("END:VCALENDAR\r\n", "").encode()),
        ("garbage.ics", b"BEGIN:VCALENDAR\r\nnot a line of a calendar\r\nEND:VCALENDAR\r\n"),
    ],
)
def test_a_broken_file_is_refused_whole(
    engine: QueueEngine, tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before, count = bookings(engine), event_count(engine)
    with pytest.raises(UsageError) as refused:
        run_import(engine, path)
    assert refused.value.exit_code == 2
    assert bookings(engine) == before and event_count(engine) == count


def test_a_missing_file_is_not_found(engine: QueueEngine, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        run_import(engine, tmp_path / "nowhere.csv")


def test_only_the_reception_may_import(engine: QueueEngine, tmp_path: Path) -> None:
    path = write(tmp_path, "code,service,date,time\nAAAA11,PASSPORT,2026-11-25,09:00\n")
    with pytest.raises(NotAllowed):
        run_import(engine, path, login="aibek", pin="1111")  # an operator
    with pytest.raises(NotAllowed):
        import_bookings(engine.db, path, None, engine.clock)  # nobody signed in
    assert bookings(engine) == []
    for login, pin in (("gulnara", "5555"), ("admin", "9999")):  # supervisor, administrator
        run_import(engine, path, login=login, pin=pin)
    assert len(bookings(engine)) == 1


def test_an_event_cancelled_in_the_portal_cancels_its_booking(
    engine: QueueEngine, tmp_path: Path
) -> None:
    run_import(engine, write(tmp_path, ICS, "all.ics"))
    one_off = ICS.replace("UID:eo-1@earlyone\r\n", "UID:eo-1@earlyone\r\nSTATUS:CANCELLED\r\n")
    report = run_import(engine, write(tmp_path, one_off, "one-off.ics"))
    assert (report.cancelled, report.unchanged) == (1, 2)
    # A calendar sent to withdraw its events (METHOD:CANCEL) cancels them all.
    withdrawn = ICS.replace("VERSION:2.0\r\n", "VERSION:2.0\r\nMETHOD:CANCEL\r\n")
    report = run_import(engine, write(tmp_path, withdrawn, "withdrawn.ics"))
    assert (report.cancelled, report.unchanged) == (2, 1)
    with engine.db.read_session() as session:
        statuses = set(session.scalars(select(Booking.status)))
    assert statuses == {BookingStatus.CANCELLED}
    assert len(events(engine, EventKind.BOOKING_CANCELLED)) == 3
