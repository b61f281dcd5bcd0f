"""The bot against Discord's transport rules: rate-limit buckets and the global limit, op 7
RECONNECT, a zombie connection, every kind of close code, and zlib-stream compressed frames.

The fake sends real X-RateLimit-* headers (docs/topics/rate-limits.md), so discord.py's own bucket
bookkeeping and global lock run as they would against Discord; the gateway behaviours follow
docs/topics/gateway.mdx and the close-code table in docs/topics/opcodes-and-status-codes.md.
"""

from __future__ import annotations

from typing import Any

import discord
import pytest

from tests.fakediscord import FakeDiscord
from tests.fakediscord.fixtures import ROOT
from tests.fakediscord.harness import DiscordEnv, build_test_app, running_bot, settings_for
from tests.support.tipping import file_tip
from tests.support.waiting import eventually

CHANNEL_MESSAGES = "/channels/{channel_id}/messages"
CALLBACK = "/interactions/{interaction_id}/{interaction_token}/callback"
CAMERAS = {"what": "Cameras with face matching were installed at the border in May."}
SHIPMENT = {"what": "A second shipment of interception gear reached the port in June."}


async def works(env: DiscordEnv) -> None:
    reply = await (await env.slash("about")).reply()
    assert "Knowledge base" in reply.text()


# --- rate limits -------------------------------------------------------------------------------
async def test_bot_waits_for_an_exhausted_bucket_instead_of_hitting_429(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    env.fake.rate_limit("POST", CHANNEL_MESSAGES, limit=1, per=1.5)
    first = (await file_tip(env, CAMERAS)).public_id
    second = (await file_tip(env, SHIPMENT)).public_id
    for public_id in (first, second):
        await env.fake.wait_for_message(
            "review", lambda r, p=public_id: bool(r.embeds) and p in r.embed["title"]
        )
    posts = env.fake.requests_to("POST", CHANNEL_MESSAGES)
    assert [r.status for r in posts] == [200, 200]
    # discord.py read "remaining 0, reset after 1.5 s" and waited for the window instead of a 429.
    assert env.fake.rate_limited == []
    assert posts[1].at - posts[0].at >= 1.0


async def test_global_rate_limit_holds_every_request_back_then_the_card_is_posted(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    fake = env.fake
    fake.global_rate_limit(retry_after=0.3, on=("POST", CHANNEL_MESSAGES))
    public_id = (await file_tip(env, CAMERAS)).public_id
    await fake.wait_for_message("review", lambda r: bool(r.embeds) and public_id in r.embed["title"])
    assert [r.template for r in fake.rate_limited] == [CHANNEL_MESSAGES]
    posts = fake.requests_to("POST", CHANNEL_MESSAGES)
    assert [r.status for r in posts] == [429, 200]
    assert posts[1].at - posts[0].at >= 0.25  # discord.py's global lock waited the retry_after
    await works(env)  # and the lock was released again


async def test_interaction_callback_429_through_the_proxy_is_retried(discord_env: DiscordEnv) -> None:
    fake = discord_env.fake
    fake.global_rate_limit(retry_after=0.1, on=("POST", CALLBACK))
    reply = await (await discord_env.slash("ask", question="EU dual use regulation")).reply()
    assert reply.embeds
    assert [r.status for r in fake.requests_to("POST", CALLBACK)] == [429, 200]


# --- gateway -------------------------------------------------------------------------------------
async def test_op7_reconnect_resumes_and_replays_what_was_missed(discord_env: DiscordEnv) -> None:
    gateway = discord_env.fake.gateway
    connections = gateway.connections
    await gateway.reconnect()
    await eventually(lambda: gateway.resumes >= 1 and bool(gateway.live()))
    assert gateway.connections == connections + 1 and len(gateway.identifies) == 1
    await works(discord_env)


async def test_zombie_connection_is_dropped_and_resumed(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(bot_options={"heartbeat_timeout": 1.0})
    gateway = env.fake.gateway
    # Short heartbeats from the next HELLO on; make the bot reconnect once to pick them up.
    gateway.heartbeat_interval_ms = 200
    await gateway.reconnect()
    await eventually(lambda: gateway.resumes >= 1 and bool(gateway.live()))
    await eventually(lambda: gateway.heartbeats >= 2)
    resumes = gateway.resumes
    gateway.ack_heartbeats = False  # Discord stops answering: the connection is a zombie
    await eventually(lambda: gateway.resumes > resumes and bool(gateway.live()))
    gateway.ack_heartbeats = True
    assert len(gateway.identifies) == 1  # the session survived: resumed, not re-identified
    await works(env)


@pytest.mark.parametrize("code", [1001, 4000, 4001, 4002, 4003, 4005, 4008])
async def test_resumable_close_codes_resume(discord_env: DiscordEnv, code: int) -> None:
    gateway = discord_env.fake.gateway
    await gateway.close_sockets(code)
    await eventually(lambda: gateway.resumes >= 1 and bool(gateway.live()))
    assert len(gateway.identifies) == 1
    await works(discord_env)


async def test_session_timed_out_close_starts_a_new_session(discord_env: DiscordEnv) -> None:
    gateway = discord_env.fake.gateway
    await gateway.close_sockets(4009)
    # The RESUME is refused (op 9), then discord.py waits 1-5 s and identifies again.
    await eventually(lambda: len(gateway.identifies) >= 2 and bool(gateway.live()))
    await works(discord_env)
    # discord.py announces the new session's READY after waiting for guilds (its _delay_ready task);
    # let that finish, or the bot closes under it at teardown and it dispatches to a closed loop.
    state = discord_env.bot._connection
    await eventually(lambda: state._ready_task is None or state._ready_task.done())


@pytest.mark.parametrize("code", [4010, 4011, 4012, 4013])
async def test_fatal_close_codes_stop_the_bot_instead_of_looping(
    fake_discord: FakeDiscord, database_url: str, code: int
) -> None:
    settings = settings_for(fake_discord, database_url, knowledge_dir=ROOT / "knowledge")
    app = await build_test_app(settings)
    try:
        with pytest.raises(discord.ConnectionClosed) as closed:
            async with running_bot(fake_discord, app) as running:
                gateway = fake_discord.gateway
                connections = gateway.connections
                await gateway.close_sockets(code)
                await eventually(running.task.done)
        assert closed.value.code == code
        assert running.bot.is_closed() and gateway.connections == connections  # no reconnect loop
    finally:
        await app.close()


async def test_frames_are_zlib_stream_compressed_when_asked(discord_env: DiscordEnv) -> None:
    gateway = discord_env.fake.gateway
    before = gateway.compressed_frames
    await works(discord_env)  # the INTERACTION_CREATE went out compressed and was read
    assert gateway.compressed_frames > before
    assert gateway.compressed_frames >= 3  # HELLO, READY, GUILD_CREATE at least
