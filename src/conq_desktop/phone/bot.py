"""The notifier process: the Telegram bot's commands and the loop that feeds it.

One asyncio loop runs python-telegram-bot's ``Application`` (long polling for the
visitors' commands) and the pump: woken by the change feed (conq_desktop.notify) on
every commit anywhere, or every ``SAFETY_SECONDS`` as a safety net, it turns new
journal events into queued messages (``feed``) and sends what is due (``outbox``).
Every database call runs on a worker thread.

The commands (docs/phone.md):

- ``/start <public id>``: follow that ticket (today's, not finished); the answer, in
  the ticket's language, says the number, the people ahead and the expected wait;
- ``/status``: the followed tickets' places now; ``/stop``: no more messages;
- ``/ky``, ``/ru`` (or ``/lang ky``): the language of the messages.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

from conq_desktop.db import Database
from conq_desktop.engine import phone
from conq_desktop.engine.clock import Clock, SystemClock, local_day
from conq_desktop.i18n import PUBLIC_LANGUAGES
from conq_desktop.notify import ChangeWatcher, watch_changes
from conq_desktop.phone import redact, texts
from conq_desktop.phone.feed import Feed
from conq_desktop.phone.outbox import LIFETIME, Sender, wall_clock

log = logging.getLogger(__name__)

DEFAULT_API = "https://api.telegram.org/bot"
# The pump looks even when the change feed said nothing (should a wake be missed).
SAFETY_SECONDS = 30.0
# Earlier days' subscriptions are deleted at start and this often.
FORGET_SECONDS = 600.0
# getUpdates' long poll: how long Telegram may hold the request.
POLL_SECONDS = 10
# Starting while the Bot API cannot be reached: tried again after 1, 2, 4 … 30 s.
START_RETRY_MOST = 30.0
# After a pass that failed (the database away): the next one no sooner.
FAILED_PASS_PAUSE = 1.0

COMMANDS = (
    ("status", "Status / Абалы"),
    ("stop", "Stop / Токтотуу"),
    ("ky", "Кыргызча"),
    ("ru", "Русский"),
)


class NotifierError(Exception):
    """The notifier cannot run (the token was refused)."""


class Notifier:
    """``run()`` blocks until ``stop()`` (from any thread or a signal handler)."""

    def __init__(
        self,
        db: Database,
        token: str,
        *,
        base_url: str | None = None,
        clock: Clock | None = None,
        poll_seconds: int = POLL_SECONDS,
    ) -> None:
        if not token:
            raise ValueError("no bot token")
        redact.hide(token)
        self.db = db
        self._token = token
        self.base_url = base_url or DEFAULT_API
        self.clock = clock or SystemClock()
        self.poll_seconds = poll_seconds
        self.feed = Feed(db, self.clock)
        self.sender = Sender(db)
        self.ready = threading.Event()  # polling has started
        self.username: str | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._wake: asyncio.Event | None = None
        self._stop_asked = threading.Event()
        self._watcher: ChangeWatcher | None = None
        self.passes = 0

    def __repr__(self) -> str:  # never the token
        return f"Notifier({self.db.url!r}, bot={self.username!r})"

    # ------------------------------------------------------------------ running

    def run(self) -> None:
        asyncio.run(self._main())

    def stop(self) -> None:
        """Ask the notifier to end (safe from any thread, and before it started)."""
        self._stop_asked.set()
        loop, stopping = self._loop, self._stopping
        if loop is not None and stopping is not None:
            with contextlib.suppress(RuntimeError):  # the loop has ended already
                loop.call_soon_threadsafe(stopping.set)

    def wake(self) -> None:
        """Something changed: look at the journal (the change feed's callback)."""
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(wake.set)

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        self._wake = asyncio.Event()
        if self._stop_asked.is_set():
            return
        application = self._application()
        if not await self._initialize(application):
            return
        try:
            await self._forget()
            await asyncio.to_thread(self.feed.start)
            self._watcher = await asyncio.to_thread(
                watch_changes, self.db, lambda _change: self.wake()
            )
            await application.start()
            assert application.updater is not None
            await application.updater.start_polling(
                poll_interval=0,
                timeout=timedelta(seconds=self.poll_seconds),
                bootstrap_retries=-1,
                allowed_updates=[Update.MESSAGE],
            )
            self.ready.set()
            log.info("notifier started: @%s", self.username)
            await self._pump(application)
        finally:
            if self._watcher is not None:
                await asyncio.to_thread(self._watcher.stop)
            with contextlib.suppress(Exception):
                if application.updater is not None and application.updater.running:
                    await application.updater.stop()
            with contextlib.suppress(Exception):
                if application.running:
                    await application.stop()
            with contextlib.suppress(Exception):
                await application.shutdown()
            log.info("notifier stopped")

    def _application(self) -> Application[Any, Any, Any, Any, Any, Any]:
        application = (
            Application.builder()
            .token(self._token)
            .base_url(self.base_url)
            .connect_timeout(5)
            .read_timeout(10)
            .write_timeout(10)
            .pool_timeout(5)
            .get_updates_connect_timeout(5)
            .get_updates_read_timeout(self.poll_seconds + 10)
            .build()
        )
        application.add_handler(CommandHandler("start", self._on_start))
        application.add_handler(CommandHandler("status", self._on_status))
        application.add_handler(CommandHandler("stop", self._on_stop))
        application.add_handler(CommandHandler(list(PUBLIC_LANGUAGES), self._on_language))
        application.add_handler(CommandHandler("lang", self._on_language))
        application.add_handler(MessageHandler(filters.ALL, self._on_other))
        application.add_error_handler(self._on_error)
        return application

    async def _initialize(self, application: Application[Any, Any, Any, Any, Any, Any]) -> bool:
        """Ask the Bot API who the bot is, however long it stays unreachable; False when
        asked to stop meanwhile. A refused token ends the notifier."""
        assert self._stopping is not None
        wait = 1.0
        while not self._stopping.is_set():
            try:
                await application.initialize()
            except InvalidToken as exc:
                raise NotifierError("the bot token was refused") from exc
            except NetworkError as exc:
                log.warning(
                    "the Telegram Bot API cannot be reached (%s); trying again in %.0f s",
                    exc,
                    wait,
                )
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), wait)
                wait = min(wait * 2, START_RETRY_MOST)
                continue
            self.username = application.bot.username
            with contextlib.suppress(TelegramError):
                await application.bot.set_my_commands(
                    [BotCommand(name, description) for name, description in COMMANDS]
                )
            return True
        return False

    async def _pump(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        assert self._stopping is not None and self._wake is not None
        bot = application.bot
        forgotten = time.monotonic()
        self._wake.set()  # the first pass: catch up
        while not self._stopping.is_set():
            timeout = SAFETY_SECONDS
            retry = self.sender.wait_seconds()
            if retry is None:
                retry = await self._quietly(self.sender.next_retry_seconds)
            if retry is not None:
                timeout = min(timeout, retry + 0.05)
            await self._wait(timeout)
            if self._stopping.is_set():
                return
            self._wake.clear()
            if not await self._pass(bot):
                await self._wait(FAILED_PASS_PAUSE, wake=False)
            if time.monotonic() - forgotten > FORGET_SECONDS:
                forgotten = time.monotonic()
                await self._quietly(self._forget)

    async def _pass(self, bot: Any) -> bool:
        """One look: the journal's new events, then what is due, then "N ahead"."""
        try:
            await asyncio.to_thread(self.feed.events)
            await self.sender.send_due(bot)
            if self.feed.has_touched and await asyncio.to_thread(self.feed.near):
                await self.sender.send_due(bot)
        except Exception:
            log.exception("the notifier's pass failed; trying again")
            return False
        finally:
            self.passes += 1
        return True

    async def _wait(self, seconds: float, *, wake: bool = True) -> None:
        assert self._stopping is not None and self._wake is not None
        waits = [asyncio.ensure_future(self._stopping.wait())]
        if wake:
            waits.append(asyncio.ensure_future(self._wake.wait()))
        try:
            await asyncio.wait(waits, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiting in waits:
                waiting.cancel()

    async def _quietly(self, work: Callable[[], Any]) -> Any:
        try:
            return await work()
        except Exception:
            log.exception("the notifier's database look failed")
            return None

    async def _forget(self) -> None:
        now = self.clock.now()
        tz = (await asyncio.to_thread(phone.centre_settings, self.db)).timezone
        gone = await asyncio.to_thread(
            phone.forget_before, self.db, local_day(now, tz), wall_clock(), LIFETIME
        )
        if gone:
            log.info("deleted %d rows of earlier days' followers", gone)

    # ------------------------------------------------------------------ the commands

    async def _on_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat = _chat(update)
        if chat is None:
            return
        if not context.args:
            lang = await self._language(update, chat)
            await self._answer(context, chat, texts.reply(texts.NO_CODE, lang))
            return
        settings = await asyncio.to_thread(phone.centre_settings, self.db)
        found = await asyncio.to_thread(
            phone.subscribe,
            self.db,
            context.args[0],
            chat,
            self.clock.now(),
            settings.phone_ahead,
        )
        if isinstance(found, phone.Refusal):
            lang = await self._language(update, chat)
            await self._answer(context, chat, texts.refusal(found, lang))
            return
        centre = settings.names.get(found.language, "")
        await self._answer(
            context, chat, texts.place(found, centre, settings.phone_ahead, welcome=True)
        )

    async def _on_status(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat = _chat(update)
        if chat is None:
            return
        settings = await asyncio.to_thread(phone.centre_settings, self.db)
        found = await asyncio.to_thread(phone.places, self.db, chat, self.clock.now())
        if not found:
            lang = await self._language(update, chat)
            await self._answer(context, chat, texts.reply(texts.NOTHING_FOLLOWED, lang))
            return
        for place in found:
            centre = settings.names.get(place.language, "")
            text = texts.place(place, centre, settings.phone_ahead, welcome=False)
            await self._answer(context, chat, text)

    async def _on_stop(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat = _chat(update)
        if chat is None:
            return
        lang = await self._language(update, chat)
        await asyncio.to_thread(phone.stop, self.db, chat)
        await self._answer(context, chat, texts.reply(texts.STOPPED, lang))

    async def _on_language(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat = _chat(update)
        message = update.effective_message
        if chat is None or message is None or not message.text:
            return
        command = message.text.split()[0].lstrip("/").split("@")[0].lower()
        lang = command if command in PUBLIC_LANGUAGES else None
        if lang is None and context.args:
            lang = context.args[0].lower() if context.args[0].lower() in PUBLIC_LANGUAGES else None
        if lang is None:
            current = await self._language(update, chat)
            await self._answer(context, chat, texts.reply(texts.HELP, current))
            return
        await asyncio.to_thread(phone.set_language, self.db, chat, lang)
        await self._answer(context, chat, texts.reply(texts.LANGUAGE_SET, lang))

    async def _on_other(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat = _chat(update)
        if chat is None:
            return
        lang = await self._language(update, chat)
        await self._answer(context, chat, texts.reply(texts.HELP, lang))

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        error = context.error
        if isinstance(error, NetworkError):
            log.warning("Telegram: %s", error)
        else:
            log.error("a bot command failed", exc_info=error)

    async def _language(self, update: Update, chat: int) -> str:
        """The chat's language: its latest subscription's, else the Telegram app's
        (Kyrgyz or Russian), else Kyrgyz."""
        stored = await asyncio.to_thread(phone.chat_language, self.db, chat)
        if stored:
            return stored
        user = update.effective_user
        code = (user.language_code or "").split("-")[0].lower() if user else ""
        return code if code in PUBLIC_LANGUAGES else phone.DEFAULT_LANGUAGE

    async def _answer(self, context: ContextTypes.DEFAULT_TYPE, chat: int, text: str) -> None:
        await context.bot.send_message(chat_id=chat, text=text, parse_mode=ParseMode.HTML)


def _chat(update: Update) -> int | None:
    return update.effective_chat.id if update.effective_chat is not None else None
