"""The notifier: a visitor follows their ticket in Telegram (docs/phone.md).

A process of its own (``conq-desktop notifier``) beside the windows: it hears every
commit through the same change feed (conq_desktop.notify), turns the journal's events
of followed tickets into messages (``feed``), sends them through python-telegram-bot
(``outbox``, ``bot``) in the follower's language (``texts``), and keeps the bot's token
out of every log (``redact``). Its storage is the engine's (engine/phone.py). Nothing
here is on the queue's path: with no token, or no internet, the queue works as before.
"""
