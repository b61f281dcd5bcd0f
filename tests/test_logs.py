"""Logging set-up: the token never reaches the log, and JSON mode writes one object per line."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from bot.logs import REDACTED, setup_logging
from bot.settings import Settings
from tests.support.logs import process_logging_kept

TOKEN = "MTIzNDU2Nzg5.secret-token.value"


@pytest.fixture
def restore_root() -> Iterator[None]:
    with process_logging_kept():
        yield


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


@pytest.fixture
def every_logger_restored() -> Iterator[None]:
    """Put back the root handlers and every logger's level that setup_logging changes."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {
        n: lg.level for n, lg in logging.root.manager.loggerDict.items() if isinstance(lg, logging.Logger)
    }
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, old in levels.items():
        logging.getLogger(name).setLevel(old)


@pytest.mark.parametrize("log_json", [False, True], ids=["plain", "json"])
async def test_debug_logs_of_every_library_never_hold_tip_text_replies_receipts_or_the_member(
    db: Any, log_json: bool, every_logger_restored: None
) -> None:
    """LOG_LEVEL=DEBUG is a documented setting: file a tip, ask, reply and look through every line
    any logger wrote (database drivers, SQLAlchemy, Alembic, discord.py included) in this format."""
    from bot.clock import FakeClock
    from bot.permissions import Actor, Level
    from bot.tips.model import Reporter, TipForm
    from bot.tips.receipts import hash_receipt
    from bot.tips.service import TipService

    out = io.StringIO()
    config = settings(
        log_level="DEBUG", log_json=log_json, tip_cooldown_seconds=60, tip_max_open_per_member=5
    )
    setup_logging(config, stream=out)
    member, mod = 712345678901234567, Actor(user_id=2, level=Level.MODERATOR, display_name="mod")
    what = "Zyxwvu interception kit delivered to the ministry in secret, says the quartermaster."
    tips = TipService(db, config, FakeClock())
    filed = await tips.file_tip(
        TipForm(what=what, vendor="Qwertyco"), reporter=Reporter(member, "Quiet Observer"), anonymous=False
    )
    await tips.ask(mod, filed.id, "Which ministry, plumquat?")
    assert filed.receipt is not None
    await tips.reply_by_receipt(filed.receipt, "The interior ministry, snorkelwick.")
    await tips.export_tips()
    logging.getLogger("sqlalchemy.engine.Engine").info("INSERT %s", (what,))  # a library reset its level
    logging.getLogger("bot.tips.service").debug("own debug line")  # nothing logs as a tip is filed
    text = out.getvalue()
    assert "own debug line" in text  # the bot's own DEBUG lines are written
    for secret in ("Zyxwvu", "Qwertyco", "plumquat", "snorkelwick", str(member), "Quiet Observer"):
        assert secret not in text, f"{secret!r} reached the log"
    assert hash_receipt(filed.receipt) not in text and filed.receipt not in text
    assert tips.rate.key(member) not in text


def test_a_cli_command_run_in_a_test_leaves_the_process_logging_as_it_was() -> None:
    """What the suite's autouse fixture relies on (tests/conftest.py): after a command installs the
    bot's handler and levels, the root logger, its handlers and every logger's level are back."""
    root = logging.getLogger()
    before = (list(root.handlers), root.level, logging.getLogger("sqlalchemy").level)
    with process_logging_kept():
        setup_logging(Settings(_env_file=None, log_level="DEBUG"))  # type: ignore[call-arg]
        assert root.level == logging.DEBUG and any(h.get_name() == "exportwatch" for h in root.handlers)
        assert logging.getLogger("sqlalchemy").level == logging.WARNING
    assert (list(root.handlers), root.level, logging.getLogger("sqlalchemy").level) == before
