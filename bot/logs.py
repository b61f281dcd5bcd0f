"""Logging for the running bot: plain lines for people, JSON lines for collectors.

Secrets are scrubbed in the handler itself, so even a library that put the token in a message
(discord.py does not, today) could not leak it into the log. Library loggers are capped in the
handler too (not only by level, which a library may reset): at DEBUG and INFO the database drivers
and SQLAlchemy write statements with their parameters and result rows (tip text, replies, receipt
hashes), and discord.py writes raw payloads. Only the bot's own loggers go below the caps.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import IO

from bot.settings import Settings

REDACTED = "[redacted]"
_HANDLER_NAME = "exportwatch"
# Loggers whose DEBUG output is raw Discord payloads; never below INFO, even with LOG_LEVEL=DEBUG.
QUIET_PAYLOAD_LOGGERS = ("discord.http", "discord.gateway", "discord.webhook.async_")
# The lowest level each library may write at, whatever LOG_LEVEL says. discord.py's INFO lines are
# connection events (no payloads); every other library (SQLAlchemy, aiosqlite, asyncpg, Alembic,
# asyncio, bm25s, anything added later) writes WARNING and above only.
LIBRARY_FLOOR = {"discord": logging.INFO}
DEFAULT_LIBRARY_FLOOR = logging.WARNING
# Known chatty libraries are also silenced at the source, so they do not even format DEBUG lines.
_SOURCE_CAPPED = ("sqlalchemy", "aiosqlite", "asyncpg", "alembic", "asyncio", "bm25s", "discord")


class RedactSecrets(logging.Filter):
    """Replace each secret in the final message (and traceback text) with a marker."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        if any(s in message for s in self.secrets):
            for secret in self.secrets:
                message = message.replace(secret, REDACTED)
            record.msg, record.args = message, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            for secret in self.secrets:
                record.exc_text = record.exc_text.replace(secret, REDACTED)
        return True


def own_logger(name: str) -> bool:
    return name == "bot" or name.startswith("bot.") or name == "__main__"


def library_floor(name: str) -> int:
    """The lowest level a (non-bot) logger may write at: the most specific configured prefix wins."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        floor = LIBRARY_FLOOR.get(".".join(parts[:end]))
        if floor is not None:
            return floor
    return DEFAULT_LIBRARY_FLOOR


class CapLibraries(logging.Filter):
    """Drop library records below their floor; the bot's own records pass at any level."""

    def filter(self, record: logging.LogRecord) -> bool:
        return own_logger(record.name) or record.levelno >= library_floor(record.name)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, and the traceback if any."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        ref = getattr(record, "ref", None)
        if ref:
            entry["ref"] = ref
        return json.dumps(entry, ensure_ascii=False)


def make_handler(settings: Settings, stream: IO[str] | None = None) -> logging.Handler:
    """A handler in the configured format that caps library loggers and scrubs secrets."""
    handler = logging.StreamHandler(stream or sys.stderr)
    if settings.log_json:
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    handler.addFilter(CapLibraries())
    secrets = []
    if settings.discord_token is not None:
        secrets.append(settings.discord_token.get_secret_value())
    handler.addFilter(RedactSecrets(secrets))
    return handler


def setup_logging(settings: Settings, *, stream: IO[str] | None = None) -> logging.Handler:
    """Install (or replace) the one process handler on the root logger; returns it."""
    handler = make_handler(settings, stream)
    handler.set_name(_HANDLER_NAME)
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(settings.log_level.upper())
    # The handler's filter is the guarantee; levels at the source save the formatting work.
    for name in _SOURCE_CAPPED:
        logging.getLogger(name).setLevel(max(library_floor(name), root.level))
    for name in QUIET_PAYLOAD_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.INFO, root.level))
    return handler
