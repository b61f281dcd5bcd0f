"""How `run_bot` ends, as the operator sees it, against the loopback Discord: each way out is one
plain line on stderr and an exit status a supervisor can act on (2: fix the settings; 1: try again)."""

from __future__ import annotations

import asyncio
import io
import logging
from pathlib import Path
from typing import Any

import pytest

from bot.chat import client as client_module
from bot.chat.client import make_bot, run_bot
from tests.fakediscord import FakeDiscord
from tests.fakediscord.harness import DiscordEnv, build_test_app, settings_for

ROOT = Path(__file__).resolve().parents[2]
ME = "/users/@me"


async def run(fake: FakeDiscord, database_url: str, **settings: Any) -> tuple[int, str]:
    app = await build_test_app(settings_for(fake, database_url, knowledge_dir=ROOT / "knowledge", **settings))
    err = io.StringIO()
    try:
        with fake.patch_discord():
            status = await asyncio.wait_for(run_bot(app, stderr=err), 15)
    finally:
        await app.close()
    return status, err.getvalue()


async def test_no_token_is_exit_2_before_anything_is_sent(
    fake_discord: FakeDiscord, database_url: str
) -> None:
    status, err = await run(fake_discord, database_url, discord_token=None)
    assert (status, err) == (2, "No DISCORD_TOKEN is configured.\n")
    assert fake_discord.requests == []


async def test_shard_ids_without_a_count_is_exit_2(fake_discord: FakeDiscord, database_url: str) -> None:
    status, err = await run(fake_discord, database_url, shard_ids=[0])
    assert status == 2
    assert err.startswith("Invalid configuration: SHARD_IDS is set but SHARD_COUNT is not")
    assert not fake_discord.gateway.identifies


async def test_discord_failing_at_login_is_exit_1_try_again(
    fake_discord: FakeDiscord, database_url: str
) -> None:
    fake_discord.fail("GET", ME, 503)
    status, err = await run(fake_discord, database_url)
    assert status == 1
    assert err.startswith("Could not reach Discord (DiscordServerError).") and "Traceback" not in err
    assert [r.status for r in fake_discord.requests_to("GET", ME)] == [503]


@pytest.mark.allow_error_logs
async def test_an_unexpected_refusal_is_exit_1_with_a_withheld_stack(
    fake_discord: FakeDiscord, database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    fake_discord.fail("GET", ME, 400)
    status, err = await run(fake_discord, database_url)
    assert (status, err) == (1, "")
    (record,) = [r for r in caplog.records if r.levelno == logging.ERROR and r.name == "bot.chat.client"]
    assert record.getMessage().startswith("The bot stopped on an unexpected error")
    assert "discord.errors.HTTPException (message withheld)" in record.getMessage()


async def test_a_client_closed_from_inside_exits_0(fake_discord: FakeDiscord, database_url: str) -> None:
    """Something in the bot closes the client (no signal): the run ends cleanly, not as a crash."""
    app = await build_test_app(settings_for(fake_discord, database_url, knowledge_dir=ROOT / "knowledge"))
    bot = make_bot(app, guild_ready_timeout=0.01)
    try:
        with fake_discord.patch_discord():
            runner = asyncio.create_task(run_bot(app, bot=bot))
            await asyncio.wait_for(bot.ready_event.wait(), 10)
            await bot.close()
            status = await asyncio.wait_for(runner, 10)
    finally:
        await app.close()
    assert status == 0 and bot.is_closed()
    assert not fake_discord.gateway.live()


async def test_closing_with_a_handler_stuck_says_so_and_still_closes(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A handler in flight gets a grace period at shutdown; one that hangs past it is named in the
    log (so a lost answer is explained) and the client closes anyway."""
    monkeypatch.setattr(client_module, "SHUTDOWN_GRACE", 0.2)
    never = asyncio.Event()

    async def hang(question: str, **_: Any) -> Any:
        await never.wait()

    monkeypatch.setattr(discord_env.app, "ask", hang)
    handle = await discord_env.slash("ask", question="who sold spyware?")
    await handle.response()  # deferred: the handler is now waiting on the answer
    caplog.set_level(logging.WARNING, "bot.chat.client")
    await asyncio.wait_for(discord_env.bot.close(), 10)
    assert discord_env.bot.is_closed()
    assert "Closing with 1 interaction handler(s) still running" in caplog.messages
    for task in asyncio.all_tasks():
        if task.get_name().startswith(client_module.HANDLER_TASKS):
            task.cancel()
