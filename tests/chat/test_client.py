"""The client end to end against the loopback Discord: connect, intents, command sync, errors, shutdown."""

from __future__ import annotations

import asyncio
import io
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from bot.chat.client import EXPIRED_MESSAGE, UNHANDLED_GRACE, make_bot, run_bot
from bot.chat.errors import STALE_COMMAND_MESSAGE
from bot.errors import InvalidInput
from tests.fakediscord import FakeDiscord
from tests.fakediscord.harness import DiscordEnv, StartBot, build_test_app, settings_for
from tests.support.waiting import eventually

ROOT = Path(__file__).resolve().parents[2]
GUILDS_INTENT = 1 << 0
MESSAGE_CONTENT_INTENT = 1 << 15
TIP_TEXT = "the minister's driver said the crates came from Milan"
GUILD_COMMANDS = "/applications/{application_id}/guilds/{guild_id}/commands"


async def test_connects_with_guilds_intent_only_and_syncs_to_the_guild(discord_env: DiscordEnv) -> None:
    fake = discord_env.fake
    assert discord_env.bot.is_ready()
    assert [i["intents"] for i in fake.gateway.identifies] == [GUILDS_INTENT]
    names = {c["name"] for c in fake.commands[fake.world.guild_id]}
    assert "about" in names
    assert None not in fake.commands  # nothing registered globally when GUILD_ID is set
    (put,) = fake.requests_to("PUT", GUILD_COMMANDS)
    assert put.status == 200 and not put.violations
    assert all(len(c["name"]) <= 32 and len(c.get("description", "")) <= 100 for c in put.json)


async def test_message_content_is_requested_only_for_mention_to_ask(start_bot: StartBot) -> None:
    env = await start_bot(message_content_mention=True)
    (identify,) = env.fake.gateway.identifies
    assert identify["intents"] & MESSAGE_CONTENT_INTENT


async def test_syncs_globally_without_a_guild(start_bot: StartBot) -> None:
    env = await start_bot(guild_id=None)
    assert env.fake.requests_to("PUT", "/applications/{application_id}/commands")
    assert not env.fake.requests_to("PUT", GUILD_COMMANDS)


async def test_sharded_client_connects(start_bot: StartBot) -> None:
    env = await start_bot(shard_count=1)
    assert env.bot.shard_count == 1
    assert env.fake.gateway.identifies[0]["shard"] == [0, 1]
    reply = await (await env.slash("about")).reply()
    assert reply.embed["title"] == "About ExportWatch"


async def test_close_disconnects_from_the_gateway(discord_env: DiscordEnv) -> None:
    assert discord_env.fake.gateway.live()
    await discord_env.bot.close()
    assert discord_env.bot.is_closed()
    # The fake marks the socket closed when it reads the close frame: waited for, not given 0.05 s.
    await eventually(lambda: not discord_env.fake.gateway.live())


class Faulty(commands.Cog):
    """Commands that fail, to drive the shared error handler."""

    @app_commands.command(name="polite-fail", description="raises a user-facing error")
    async def polite_fail(self, interaction: discord.Interaction) -> None:
        raise InvalidInput("That receipt code has the wrong format.")

    @app_commands.command(name="crash", description="raises an unexpected error")
    async def crash(self, interaction: discord.Interaction) -> None:
        raise RuntimeError(f"insert failed, parameters: {TIP_TEXT}")

    @app_commands.command(name="late-crash", description="defers, then raises")
    async def late_crash(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        raise RuntimeError("after defer")


async def _with_faulty(env: DiscordEnv) -> DiscordEnv:
    await env.bot.add_cog(Faulty())
    await env.bot.sync_commands()
    return env


async def test_user_facing_error_becomes_a_polite_ephemeral_message(discord_env: DiscordEnv) -> None:
    env = await _with_faulty(discord_env)
    reply = await (await env.slash("polite-fail")).reply()
    assert reply.ephemeral
    assert reply.content == "That receipt code has the wrong format."


@pytest.mark.allow_error_logs
async def test_unexpected_error_is_logged_with_a_reference_the_member_sees(discord_env, error_logs) -> None:
    env = await _with_faulty(discord_env)
    reply = await (await env.slash("crash")).reply()
    assert reply.ephemeral
    assert "something went wrong" in reply.content and "Traceback" not in reply.content
    ref = reply.content.split("(ref ")[1].split(")")[0]
    (record,) = error_logs.records
    logged = record.getMessage()
    assert ref in logged and "/crash" in logged
    # The stack is logged, the exception's message is not: it could quote what a member typed.
    assert "builtins.RuntimeError (message withheld)" in logged and "test_client.py" in logged
    assert TIP_TEXT not in logged and record.exc_info is None

    # After a defer, the apology arrives as an ephemeral follow-up instead.
    late = await env.slash("late-crash")
    followup = await late.followup(1)
    assert followup.ephemeral and "(ref " in followup.content


async def test_a_button_nobody_handles_is_answered_as_expired(discord_env: DiscordEnv) -> None:
    fake = discord_env.fake
    stale = fake.world.button_message("gone:1")
    handle = await fake.component("gone:1", message=stale, by="alice", stale=True)
    callback = await handle.response(within=5)
    assert callback.type == 4 and callback.data["content"] == EXPIRED_MESSAGE
    assert callback.data["flags"] & 64


async def test_a_command_removed_since_the_last_sync_gets_a_polite_answer(discord_env: DiscordEnv) -> None:
    fake = discord_env.fake
    stale = {
        "id": str(fake.world.ids.next()),
        "name": "retired",
        "description": "old",
        "type": 1,
        "options": [],
    }
    fake.commands[fake.world.guild_id].append(stale)  # Discord's list still shows it
    reply = await (await discord_env.slash("retired")).reply()
    assert reply.ephemeral and reply.content == STALE_COMMAND_MESSAGE


class SlowButton(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="Slow", custom_id="slow-button")
    async def slow(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await asyncio.sleep(UNHANDLED_GRACE + 0.3)  # slower than the grace for unhandled buttons
        await interaction.response.send_message("done", ephemeral=True)


async def test_a_slow_but_handled_button_is_never_answered_as_expired(discord_env: DiscordEnv) -> None:
    fake = discord_env.fake
    discord_env.bot.add_view(SlowButton())
    message = fake.world.message_payload(
        fake.world.channel_id("general"),
        {
            "components": [
                {
                    "type": 1,
                    "components": [{"type": 2, "style": 1, "label": "Slow", "custom_id": "slow-button"}],
                }
            ]
        },
    )
    handle = await fake.component("slow-button", message=message, by="alice")
    assert (await handle.reply()).content == "done"
    assert len(handle.callbacks) == 1


async def test_the_fake_rejects_what_discord_would_reject(discord_env: DiscordEnv) -> None:
    """The schema check can fail: an over-long embed title is refused and reported."""
    fake = discord_env.fake
    embed = discord.Embed(title="x" * 300)
    channel = discord_env.bot.get_channel(fake.world.channel_id("general"))
    assert isinstance(channel, discord.TextChannel)
    with pytest.raises(discord.HTTPException) as raised:
        await channel.send(embed=embed)
    assert raised.value.status == 400
    assert any("title" in p and "maxLength" in p for p in fake.problems)
    fake.problems.clear()  # expected here; any other problem still fails the test at teardown


async def test_rejected_token_exits_2_without_printing_it(
    fake_discord: FakeDiscord, database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "wrong.token-that-must-never-appear"
    settings = settings_for(
        fake_discord, database_url, discord_token=secret, knowledge_dir=ROOT / "knowledge"
    )
    app = await build_test_app(settings)
    err = io.StringIO()
    caplog.set_level(logging.DEBUG)
    try:
        with fake_discord.patch_discord():
            status = await asyncio.wait_for(run_bot(app, stderr=err), 10)
    finally:
        await app.close()
    assert status == 2
    assert "rejected the bot token" in err.getvalue()
    assert secret not in err.getvalue() and secret not in caplog.text
    assert fake_discord.requests_to("GET", "/users/@me")[0].status == 401


async def test_inconsistent_sharding_is_a_message_and_exit_2(
    fake_discord: FakeDiscord, database_url: str
) -> None:
    settings = settings_for(
        fake_discord, database_url, shard_count=2, shard_ids=[2], knowledge_dir=ROOT / "knowledge"
    )
    app = await build_test_app(settings)
    err = io.StringIO()
    try:
        with fake_discord.patch_discord():
            status = await run_bot(app, stderr=err)
    finally:
        await app.close()
    assert status == 2 and "outside 0..1" in err.getvalue()
    assert not fake_discord.gateway.identifies


async def test_message_content_not_enabled_in_the_portal_is_a_message_and_exit_2(
    fake_discord: FakeDiscord, database_url: str
) -> None:
    fake_discord.gateway.allowed_privileged = 0
    settings = settings_for(
        fake_discord, database_url, message_content_mention=True, knowledge_dir=ROOT / "knowledge"
    )
    app = await build_test_app(settings)
    err = io.StringIO()
    try:
        with fake_discord.patch_discord():
            status = await asyncio.wait_for(run_bot(app, stderr=err), 15)
    finally:
        await app.close()
    assert status == 2 and "Message Content intent" in err.getvalue()


async def test_sigterm_shuts_down_gracefully(fake_discord: FakeDiscord, database_url: str) -> None:
    settings = settings_for(fake_discord, database_url, knowledge_dir=ROOT / "knowledge")
    app = await build_test_app(settings)
    bot = make_bot(app, guild_ready_timeout=0.01)
    try:
        with fake_discord.patch_discord():
            runner = asyncio.create_task(run_bot(app, bot=bot))
            await asyncio.wait_for(bot.ready_event.wait(), 10)
            os.kill(os.getpid(), signal.SIGTERM)
            status = await asyncio.wait_for(runner, 10)
    finally:
        await app.close()
    assert status == 0
    assert bot.is_closed()
    assert not fake_discord.gateway.live()


def run_cli(cwd: Path, *args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS` as a user would run it, without a token unless `env` gives one."""
    environ = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"} | {"PYTHONPATH": str(ROOT)} | env
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=environ,
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_missing_token_when_not_interactive_exits_2_with_directions(tmp_path: Path) -> None:
    done = run_cli(tmp_path, "run")
    assert done.returncode == 2
    assert "No DISCORD_TOKEN" in done.stderr and "Discord set-up" in done.stderr
    assert "Traceback" not in done.stderr


def test_missing_token_with_console_flag_opens_the_console(tmp_path: Path) -> None:
    done = run_cli(
        tmp_path,
        "run",
        "--console",
        stdin="/quit\n",
        KNOWLEDGE_DIR=str(ROOT / "knowledge"),
        DATABASE_URL=f"sqlite:///{tmp_path / 'console.db'}",
    )
    assert done.returncode == 0, done.stderr
    assert "No DISCORD_TOKEN" in done.stderr and "Starting the local console" in done.stderr
    assert "ExportWatch console" in done.stdout


def test_unreachable_database_is_a_message_without_the_password(tmp_path: Path) -> None:
    done = run_cli(
        tmp_path,
        "run",
        DISCORD_TOKEN="some.token",
        KNOWLEDGE_DIR=str(ROOT / "knowledge"),
        DATABASE_URL="postgresql://ew:s3cret-pw@127.0.0.1:1/exportwatch",
    )
    assert done.returncode == 1  # unreachable: a supervisor's restart may help (README exit table)
    assert "could not open the database" in done.stderr
    assert "s3cret-pw" not in done.stderr + done.stdout and "some.token" not in done.stderr + done.stdout
    assert "Traceback" not in done.stderr
