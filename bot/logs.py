"""Logging for the running bot: plain lines for people, JSON lines for collectors.

Secrets are scrubbed in the handler itself, so even a library that put the token in a message
(discord.py does not, today) could not leak it into the log.
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


def setup_logging(settings: Settings, *, stream: IO[str] | None = None) -> logging.Handler:
    """Install (or replace) the one process handler on the root logger; returns it."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.set_name(_HANDLER_NAME)
    if settings.log_json:
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    secrets = []
    if settings.discord_token is not None:
        secrets.append(settings.discord_token.get_secret_value())
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(settings.log_level.upper())
    # discord.py's DEBUG lines carry raw payloads: HTTP request bodies (member text, receipts) and
    # every gateway event (an INTERACTION_CREATE holds the tipster's user id and the tip's text).
    for name in QUIET_PAYLOAD_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.INFO, root.level))
    # Alembic announces its migration context at every start; that is noise unless debugging.
    logging.getLogger("alembic").setLevel(max(logging.WARNING, root.level))
    # bm25s sets its own logger to DEBUG and reports every index build.
    logging.getLogger("bm25s").setLevel(max(logging.WARNING, root.level))
    return handler
