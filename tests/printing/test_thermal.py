"""Tickets on a thermal printer: real ESC/POS bytes over TCP to a listener on 127.0.0.1,
and every way a printer lets a centre down."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conq_desktop.engine import QueueEngine
from conq_desktop.errors import ConfigError
from conq_desktop.models import EventKind, Ticket
from conq_desktop.printing.printer_config import PrinterConfig, PrintMode, Scheme, parse_printer_uri
from conq_desktop.printing.service import PrintSpooler, TicketPrinter
from tests.helpers.printer_listener import PAPER_OUT, closed_port, fake_printer, stalled_printer

INIT, RASTER_IMAGE, CUT = b"\x1b@", b"\x1dv0", b"\x1dV"


def printer_for(engine: QueueEngine, uri: str, **options: object) -> TicketPrinter:
    return TicketPrinter(engine, PrinterConfig.from_values(uri, {"timeout": 2, **options}))


def print_events(engine: QueueEngine) -> list[tuple[EventKind, dict]]:
    return [
        (event.kind, event.details)
        for event in engine.events()
        if event.kind in (EventKind.PRINTED, EventKind.PRINT_FAILED)
    ]


def ticket_count(engine: QueueEngine) -> int:
    with engine.db.read_session() as session:
        return session.execute(select(func.count()).select_from(Ticket)).scalar_one()


def test_image_ticket_reaches_the_printer(sqlite_engine: QueueEngine) -> None:
    with fake_printer() as device:
        printer = printer_for(sqlite_engine, device.uri)
        issued = sqlite_engine.issue("PENSION")
        outcome = printer.print_issued(issued)
        job = device.wait_for_job()
    assert outcome.printed, outcome.error
    # Initialise, then a raster image (GS v 0), then cut, in that order.
    assert job.index(INIT) < job.index(RASTER_IMAGE) < job.rindex(CUT)
    width_bytes = int.from_bytes(
        job[job.index(RASTER_IMAGE) + 4 : job.index(RASTER_IMAGE) + 6], "little"
    )
    assert width_bytes * 8 == 576  # 80 mm paper at 203 dpi
    assert print_events(sqlite_engine) == [
        (EventKind.PRINTED, {"number": "Г-001", "printer": device.uri, "copy": False})
    ]


def test_profile_narrows_the_image(sqlite_engine: QueueEngine) -> None:
    with fake_printer() as device:
        printer = printer_for(sqlite_engine, device.uri, profile="TM-T88V")
        assert printer.print_issued(sqlite_engine.issue("PENSION")).printed
        job = device.wait_for_job()
    start = job.index(RASTER_IMAGE)
    assert int.from_bytes(job[start + 4 : start + 6], "little") * 8 == 512


def test_58mm_printer_without_cutter_feeds_instead(sqlite_engine: QueueEngine) -> None:
    with fake_printer() as device:
        printer = printer_for(sqlite_engine, device.uri, paper_width=58, profile="POS-5890")
        assert printer.print_issued(sqlite_engine.issue("PENSION")).printed
        job = device.wait_for_job()
    start = job.index(RASTER_IMAGE)
    assert int.from_bytes(job[start + 4 : start + 6], "little") * 8 == 384
    assert CUT not in job[start:]
    assert job.endswith(b"\x1bd\x06")


def test_text_mode_cp866_and_rk1048(sqlite_engine: QueueEngine) -> None:
    issued = sqlite_engine.issue("PENSION")  # Пенсия жана социалдык төлөмдөр
    with fake_printer() as device:
        assert printer_for(sqlite_engine, device.uri, mode="text").print_issued(issued).printed
        cp866 = device.wait_for_job()
    assert b"\x1bt\x11" in cp866  # ESC t 17: PC866
    assert "Пенсии и социальные выплаты".encode("cp866") in cp866
    # CP866 has no ө: the nearest Russian letter rather than "?".
    assert "төлөмдөр".translate(str.maketrans("ө", "о")).encode("cp866") in cp866
    assert RASTER_IMAGE not in cp866 and CUT in cp866

    with fake_printer() as device:
        printer = printer_for(sqlite_engine, device.uri, mode="text", text_codepage="rk1048:51")
        assert printer.print_issued(issued).printed
        rk1048 = device.wait_for_job()
    assert b"\x1bt\x33" in rk1048
    assert "төлөмдөр".encode("kz1048") in rk1048


def test_unreachable_printer_keeps_the_ticket(sqlite_engine: QueueEngine) -> None:
    printer = printer_for(sqlite_engine, f"tcp://127.0.0.1:{closed_port()}")
    issued = sqlite_engine.issue("PASSPORT")
    started = time.monotonic()
    outcome = printer.print_issued(issued)
    assert time.monotonic() - started < printer.config.timeout
    assert not outcome.printed
    assert "unreachable" in outcome.error.message("en")
    assert sqlite_engine.ticket(issued.ticket.number).status == "waiting"
    assert print_events(sqlite_engine)[0][0] == EventKind.PRINT_FAILED


def test_printer_that_stops_answering_times_out(sqlite_engine: QueueEngine) -> None:
    issued = sqlite_engine.issue("PASSPORT")
    with stalled_printer() as uri:
        printer = printer_for(sqlite_engine, uri, timeout=1)
        started = time.monotonic()
        outcome = printer.print_issued(replace(issued, ticket=issued.ticket))
        elapsed = time.monotonic() - started
    assert not outcome.printed
    assert "did not answer within 1 s" in outcome.error.message("en")
    assert elapsed < 1 + 0.5


def test_paper_out_then_reprint_without_a_second_ticket(sqlite_engine: QueueEngine) -> None:
    issued = sqlite_engine.issue("CIVIL")
    with fake_printer(status_answer=PAPER_OUT) as empty:
        outcome = printer_for(sqlite_engine, empty.uri).print_issued(issued)
        sent = empty.wait_for_job()
    assert "out of paper" in outcome.error.message("en")
    assert INIT not in sent  # nothing was printed into an empty printer
    tickets = ticket_count(sqlite_engine)
    with fake_printer() as refilled:
        desk = sqlite_engine.authenticate("bakyt", "6666")
        again = printer_for(sqlite_engine, refilled.uri).reprint(issued.ticket.number, desk)
        refilled.wait_for_job()
    assert again.printed
    assert ticket_count(sqlite_engine) == tickets
    assert [kind for kind, _ in print_events(sqlite_engine)] == [
        EventKind.PRINT_FAILED,
        EventKind.PRINTED,
    ]
    assert print_events(sqlite_engine)[1][1]["copy"] is True


def test_file_printer(sqlite_engine: QueueEngine, tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    assert (
        printer_for(sqlite_engine, f"file:{device}")
        .print_issued(sqlite_engine.issue("PENSION"))
        .printed
    )
    assert device.read_bytes().startswith(INIT)
    missing = printer_for(sqlite_engine, f"file:{tmp_path / 'no' / 'lp0'}")
    outcome = missing.print_issued(sqlite_engine.issue("PENSION"))
    assert "Cannot write to the printer" in outcome.error.message("en")


def test_no_printer_is_not_a_failure(sqlite_engine: QueueEngine) -> None:
    outcome = printer_for(sqlite_engine, "none").print_issued(sqlite_engine.issue("PENSION"))
    assert outcome.skipped and not outcome.printed
    assert print_events(sqlite_engine) == []


def test_spooler_prints_off_the_calling_thread(sqlite_engine: QueueEngine) -> None:
    threads: list[str] = []
    with fake_printer() as device:
        spooler = PrintSpooler(
            printer_for(sqlite_engine, device.uri),
            on_done=lambda outcome: threads.append(threading.current_thread().name),
        )
        futures = [spooler.submit(sqlite_engine.issue("PASSPORT")) for _ in range(3)]
        outcomes = [future.result(timeout=10) for future in futures]
        spooler.close()
    assert [outcome.number for outcome in outcomes] == ["А-001", "А-002", "А-003"]
    assert all(outcome.printed for outcome in outcomes)
    assert threads and threading.current_thread().name not in threads


@pytest.mark.parametrize(
    ("uri", "scheme", "address", "port"),
    [
        ("tcp://192.0.2.7", Scheme.TCP, "192.0.2.7", 9100),
        ("tcp://printer.local:9101", Scheme.TCP, "printer.local", 9101),
        ("usb://04b8:0e15", Scheme.USB, "04b8:0e15", 0),
        ("serial:///dev/ttyUSB0?baudrate=19200", Scheme.SERIAL, "/dev/ttyUSB0", 0),
        ("file:/dev/usb/lp0", Scheme.FILE, "/dev/usb/lp0", 0),
        ("cups://Kiosk_Printer", Scheme.CUPS, "Kiosk_Printer", 0),
        ("win32://POS-80 Printer", Scheme.WIN32, "POS-80 Printer", 0),
        ("none", Scheme.NONE, "", 0),
    ],
)
def test_printer_uris(uri: str, scheme: Scheme, address: str, port: int) -> None:
    target = parse_printer_uri(uri)
    assert (target.scheme, target.address, target.port) == (scheme, address, port)


@pytest.mark.parametrize("uri", ["lpt1", "tcp://", "usb://epson", "ftp://x", "file:"])
def test_bad_printer_uris(uri: str) -> None:
    with pytest.raises(ConfigError, match="printer address is not valid"):
        parse_printer_uri(uri)


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"paper_width": 72}, "58 or 80"),
        ({"mode": "colour"}, "image or text"),
        ({"timeout": 0}, "timeout"),
    ],
)
def test_bad_printer_options(options: dict, words: str) -> None:
    with pytest.raises(ConfigError, match=words):
        PrinterConfig.from_values("none", options)


def test_modes_are_named_in_config() -> None:
    assert PrinterConfig.from_values("none", {"mode": "text"}).mode == PrintMode.TEXT


@pytest.mark.parametrize(
    "uri", ["usb://04b8:0e15", "serial:///dev/ttyUSB9", "cups://Kiosk", "win32://POS"]
)
def test_missing_printer_library_is_explained(sqlite_engine: QueueEngine, uri: str) -> None:
    scheme = uri.split(":")[0]
    pytest.importorskip("escpos.printer")
    from escpos import printer as backends

    backend = {
        "usb": backends.Usb,
        "serial": backends.Serial,
        "cups": backends.CupsPrinter,
        "win32": backends.Win32Raw,
    }
    if backend[scheme].is_usable():
        pytest.skip(f"the {scheme} library is installed here")
    outcome = printer_for(sqlite_engine, uri).print_issued(sqlite_engine.issue("PENSION"))
    assert f"pip install conq-desktop[{scheme}]" in outcome.error.message("en")
    assert print_events(sqlite_engine)[0][0] == EventKind.PRINT_FAILED
