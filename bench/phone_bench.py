"""How fast a call reaches the visitor's phone, and what the notifier costs in memory.

A fresh SQLite database with the demo centre (always open, no daily limits, every
window staffed: bench/queue_bench.py's ``prepare``), the stand-in Bot API of the tests
(tests/notifier/standin.py) on 127.0.0.1, and the real ``conq-desktop notifier``
process pointed at it (``CONQ_TELEGRAM_API``). Then:

1. ``--tickets`` tickets are issued (``--calls`` of them for the passport service, the
   rest spread over the others) and every one is followed from its own chat
   (``/start <public id>``, answered by the bot); the notifier's memory (RSS, and its
   peak) is read from /proc with them all subscribed;
2. ``--calls`` times: ``call_next`` at window 1, and the time from its return (the
   call committed) to the stand-in receiving the "go to window 1" message for that
   ticket (handed to the Bot API); then start and finish, as an operator would.

    .venv/bin/python bench/phone_bench.py [--tickets 1000] [--calls 200] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

from tests.notifier.standin import BOT_NAME, BotApi  # noqa: E402

from conq_desktop.db import open_database  # noqa: E402
from conq_desktop.engine import QueueEngine  # noqa: E402
from conq_desktop.engine.settings import write_settings  # noqa: E402
from queue_bench import prepare  # noqa: E402

TOKEN = "4242:BENCH-token-never-logged"
OTHERS = ("CIVIL", "PROPERTY", "PENSION", "PRIORITY")


def memory(pid: int) -> dict[str, float]:
    """The process's resident memory now and at its peak, in MiB (Linux)."""
    found: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            found[name] = int(value.split()[0]) / 1024
    return {"rss_mib": round(found["VmRSS"], 1), "peak_mib": round(found["VmHWM"], 1)}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run(tickets: int, calls: int) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="conq-phone-bench-"))
    url = f"sqlite:///{folder / 'queue.sqlite3'}"
    db = open_database(url)
    prepare(db, 7)
    with db.write_session() as session:
        write_settings(session, {"telegram_bot": BOT_NAME, "phone_ahead": "3"})
    engine = QueueEngine(db)
    issued = [engine.issue("PASSPORT") for _ in range(calls)]
    issued += [engine.issue(OTHERS[i % len(OTHERS)]) for i in range(tickets - calls)]

    api = BotApi(TOKEN).start()
    env = {
        **os.environ,
        "CONQ_TELEGRAM_TOKEN": TOKEN,
        "CONQ_TELEGRAM_API": api.base_url,
        "CONQ_DATA_DIR": str(folder / "data"),
        "CONQ_CONFIG": str(folder / "config.toml"),
    }
    notifier = subprocess.Popen(
        [sys.executable, "-m", "conq_desktop", "--db", url, "notifier"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        started = time.monotonic()
        for chat, ticket in enumerate(issued, start=1):
            api.command(chat, f"/start {ticket.ticket.public_id}")
        api.wait_for(lambda sent: len(sent) >= tickets, timeout=600, what="the answers")
        subscribing = time.monotonic() - started
        subscribed = memory(notifier.pid)

        latencies: list[float] = []
        for chat in range(1, calls + 1):
            called = engine.call_next(1)
            committed = time.monotonic()
            assert called.number == issued[chat - 1].ticket.number, called.number
            sent = api.wait_for(
                lambda sent, chat=chat, at=committed: any(
                    s.chat_id == chat and s.at >= at and "🔔" in s.text for s in sent
                ),
                timeout=30,
                what=f"the call of {called.number}",
            )
            arrived = next(s.at for s in sent if s.chat_id == chat and "🔔" in s.text)
            latencies.append((arrived - committed) * 1000)
            engine.start(1)
            engine.finish(1)
        after = memory(notifier.pid)
    finally:
        notifier.send_signal(signal.SIGTERM)
        _out, err = notifier.communicate(timeout=60)
        api.stop()
        db.dispose()
    if TOKEN in err:
        raise SystemExit("the token was logged")
    return {
        "tickets_followed": tickets,
        "subscribe_seconds": round(subscribing, 1),
        "calls": calls,
        "call_to_bot_api_ms": {
            "median": round(statistics.median(latencies), 1),
            "p95": round(percentile(latencies, 0.95), 1),
            "max": round(max(latencies), 1),
        },
        "notifier_memory_followed": subscribed,
        "notifier_memory_after_calls": after,
        "notifier_exit": notifier.returncode,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=1000)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.calls > args.tickets:
        parser.error("--calls must not exceed --tickets")
    result = run(args.tickets, args.calls)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    latency = result["call_to_bot_api_ms"]
    print(
        f"call_next committed → message at the Bot API, {result['calls']} calls: "
        f"median {latency['median']} ms, p95 {latency['p95']} ms, max {latency['max']} ms"
    )
    print(
        f"notifier memory with {result['tickets_followed']} tickets followed: "
        f"{result['notifier_memory_followed']['rss_mib']} MiB RSS "
        f"(peak {result['notifier_memory_followed']['peak_mib']} MiB); after the calls "
        f"{result['notifier_memory_after_calls']['rss_mib']} MiB"
    )
    print(f"subscribing {result['tickets_followed']} chats took {result['subscribe_seconds']} s")


if __name__ == "__main__":
    main()
