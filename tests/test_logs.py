"""Logging set-up: the token never reaches the log, and JSON mode writes one object per line."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot.logs import QUIET_PAYLOAD_LOGGERS, REDACTED, setup_logging
from bot.settings import Settings

TOKEN = "MTIzNDU2Nzg5.secret-token.value"


@pytest.fixture
def restore_root() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    quiet = {name: logging.getLogger(name).level for name in QUIET_PAYLOAD_LOGGERS}
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, old in quiet.items():
        logging.getLogger(name).setLevel(old)


def settings(**values: object) -> Settings:
    return Settings(_env_file=None, discord_token=TOKEN, **values)  # type: ignore[call-arg]


def test_token_is_redacted_from_messages_args_and_tracebacks(restore_root: None) -> None:
    out = io.StringIO()
    setup_logging(settings(), stream=out)
    log = logging.getLogger("bot.test")
    log.warning("connecting with %s", TOKEN)
    try:
        raise RuntimeError(f"bad header Bot {TOKEN}")
    except RuntimeError:
        log.warning("failed", exc_info=True)
    text = out.getvalue()
    assert TOKEN not in text
    assert text.count(REDACTED) == 2


def test_json_lines(restore_root: None) -> None:
    out = io.StringIO()
    setup_logging(settings(log_json=True, log_level="DEBUG"), stream=out)
    logging.getLogger("bot.test").info("hello %s", "world")
    (line,) = out.getvalue().splitlines()
    entry = json.loads(line)
    assert entry["level"] == "INFO" and entry["logger"] == "bot.test" and entry["message"] == "hello world"


def test_setting_up_twice_keeps_one_handler_and_quiets_http_bodies(restore_root: None) -> None:
    out = io.StringIO()
    setup_logging(settings(log_level="DEBUG"), stream=io.StringIO())
    setup_logging(settings(log_level="DEBUG"), stream=out)
    logging.getLogger("bot.test").info("once")
    assert out.getvalue().count("once") == 1
    # discord.http DEBUG lines carry request bodies (members' text), so they stay off even at DEBUG.
    assert not logging.getLogger("discord.http").isEnabledFor(logging.DEBUG)


def test_gateway_payloads_stay_out_even_at_debug(restore_root: None) -> None:
    """A gateway DEBUG line is a whole INTERACTION_CREATE: an anonymous tipster's id and tip text."""
    out = io.StringIO()
    setup_logging(settings(log_level="DEBUG"), stream=out)
    payload = {"t": "INTERACTION_CREATE", "d": {"member": {"user": {"id": "412345678901234567"}}}}
    logging.getLogger("discord.gateway").debug("For Shard ID %s: WebSocket Event: %s", 0, payload)
    logging.getLogger("bot.test").debug("own debug line")
    text = out.getvalue()
    assert "412345678901234567" not in text
    assert "own debug line" in text  # DEBUG itself still works for the bot's own loggers
