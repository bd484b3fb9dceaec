"""A stand-in for the Telegram Bot API: a small threaded HTTP server on 127.0.0.1.

It answers what python-telegram-bot asks (``getMe``, ``deleteWebhook``,
``setMyCommands``, ``getUpdates`` with the updates a test injects, ``sendMessage``
recording what was sent) under ``/bot<token>/<method>``; a wrong token gets 401 as
Telegram answers. ``stop()`` cuts it off (connections refused), ``start()`` brings it
back on the same port.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

BOT_NAME = "conq_test_bot"
# getUpdates is held at most this long (the notifier's long poll in the tests is 1 s).
MOST_HOLD = 1.0


@dataclass(frozen=True)
class Sent:
    chat_id: int
    text: str
    at: float  # time.monotonic() when it arrived


class BotApi:
    def __init__(self, token: str) -> None:
        self.token = token
        self.port = 0
        self.sent: list[Sent] = []
        self.calls: list[str] = []
        self._updates: list[dict[str, Any]] = []
        self._next_update = 1
        self._next_message = 1
        self._changed = threading.Condition()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.down = threading.Event()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def start(self) -> BotApi:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                api._handle(self)

            do_GET = do_POST

            def log_message(self, format: str, *args: Any) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        server.daemon_threads = True
        self.port = server.server_address[1]
        self._server = server
        self.down.clear()
        self._thread = threading.Thread(target=server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.down.set()
        with self._changed:
            self._changed.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)

    # ------------------------------------------------------------------ the test's side

    def command(self, chat_id: int, text: str, language_code: str = "ky") -> None:
        """A visitor in ``chat_id`` writes ``text`` (a /command) to the bot."""
        word = text.split()[0]
        with self._changed:
            update_id = self._next_update
            self._next_update += 1
            self._updates.append(
                {
                    "update_id": update_id,
                    "message": {
                        "message_id": 10_000 + update_id,
                        "date": int(time.time()),
                        "chat": {"id": chat_id, "type": "private", "first_name": "Visitor"},
                        "from": {
                            "id": chat_id,
                            "is_bot": False,
                            "first_name": "Visitor",
                            "language_code": language_code,
                        },
                        "text": text,
                        "entities": (
                            [{"type": "bot_command", "offset": 0, "length": len(word)}]
                            if word.startswith("/")
                            else []
                        ),
                    },
                }
            )
            self._changed.notify_all()

    def to(self, chat_id: int) -> list[str]:
        with self._changed:
            return [sent.text for sent in self.sent if sent.chat_id == chat_id]

    def wait_for(
        self, found: Callable[[list[Sent]], bool], timeout: float = 20.0, what: str = ""
    ) -> list[Sent]:
        """Wait until ``found(sent)`` holds, at most ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not found(list(self.sent)):
                left = deadline - time.monotonic()
                if left <= 0:
                    texts = [(s.chat_id, s.text) for s in self.sent]
                    raise AssertionError(f"not sent in {timeout} s: {what}; sent: {texts}")
                self._changed.wait(left)
            return list(self.sent)

    def wait_messages(self, chat_id: int, count: int, timeout: float = 20.0) -> list[str]:
        """Wait until ``chat_id`` has received at least ``count`` messages."""
        self.wait_for(
            lambda sent: sum(1 for s in sent if s.chat_id == chat_id) >= count,
            timeout,
            f"{count} messages to {chat_id}",
        )
        return self.to(chat_id)

    # ------------------------------------------------------------------ the server's side

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        path = request.path.split("?")[0]
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else b""
        params = _params(request.headers.get("Content-Type") or "", body)
        prefix, _, method = path.rpartition("/")
        if prefix != f"/bot{self.token}":
            self._reply(
                request, 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
            )
            return
        with self._changed:
            self.calls.append(method)
        if method == "getMe":
            result: Any = {
                "id": 4242,
                "is_bot": True,
                "first_name": "Queue",
                "username": BOT_NAME,
                "can_join_groups": False,
                "can_read_all_group_messages": False,
                "supports_inline_queries": False,
            }
        elif method == "getUpdates":
            result = self._updates_after(params)
            if result is None:  # cut off while holding the request: no answer at all
                return
        elif method == "sendMessage":
            result = self._send(params)
        else:  # deleteWebhook, setMyCommands, …
            result = True
        self._reply(request, 200, {"ok": True, "result": result})

    def _updates_after(self, params: dict[str, Any]) -> list[dict[str, Any]] | None:
        offset = int(params.get("offset") or 0)
        hold = min(float(params.get("timeout") or 0), MOST_HOLD)
        deadline = time.monotonic() + hold
        with self._changed:
            # Telegram forgets what an offset confirms.
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while not self._updates and not self.down.is_set():
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._changed.wait(left)
            if self.down.is_set():
                return None
            return list(self._updates)

    def _send(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        text = str(params["text"])
        with self._changed:
            message_id = self._next_message
            self._next_message += 1
            self.sent.append(Sent(chat_id, text, time.monotonic()))
            self._changed.notify_all()
        return {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Visitor"},
            "from": {"id": 4242, "is_bot": True, "first_name": "Queue", "username": BOT_NAME},
            "text": text,
        }

    def _reply(self, request: BaseHTTPRequestHandler, status: int, payload: Any) -> None:
        data = json.dumps(payload).encode()
        try:
            request.send_response(status)
            request.send_header("Content-Type", "application/json")
            request.send_header("Content-Length", str(len(data)))
            request.end_headers()
            request.wfile.write(data)
        except OSError:  # the client went away (the notifier stopping)
            pass


def _params(content_type: str, body: bytes) -> dict[str, Any]:
    if not body:
        return {}
    if content_type.startswith("application/json"):
        return json.loads(body)
    if content_type.startswith("application/x-www-form-urlencoded"):
        return {key: values[-1] for key, values in parse_qs(body.decode()).items()}
    if content_type.startswith("multipart/form-data"):
        boundary = content_type.split("boundary=")[-1].encode()
        found: dict[str, Any] = {}
        for part in body.split(b"--" + boundary):
            head, _, value = part.partition(b"\r\n\r\n")
            if b'name="' not in head:
                continue
            name = head.split(b'name="')[1].split(b'"')[0].decode()
            found[name] = value.rstrip(b"\r\n").decode()
        return found
    return {}
