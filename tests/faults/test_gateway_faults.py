"""Gateway drops, RESUME, INVALID_SESSION and replayed interactions, against the loopback Discord.

A replay must be processed once: a second /ask would log the question twice and try to answer an
interaction Discord has already seen acknowledged (a 400, which would surface as an ERROR).
"""

from __future__ import annotations

import asyncio
import gc

import pytest
from sqlalchemy import func, select

from bot.store.tables.questions import QuestionLog
from tests.fakediscord.harness import DiscordEnv
from tests.support.waiting import eventually

QUESTION = "Which rules control exports of spyware from the EU?"
CALLBACK = "/interactions/{interaction_id}/{interaction_token}/callback"


async def count(env: DiscordEnv, table: type) -> int:
    await env.app.question_writer.drain()  # a public answer is sent before its log row is written
    async with env.app.db.sessions() as session:
        result = await (await session.connection()).execute(select(func.count()).select_from(table))
        return int(result.scalar_one())


async def test_resume_after_a_dropped_socket_then_commands_work(discord_env: DiscordEnv) -> None:
    gateway = discord_env.fake.gateway
    await gateway.close_sockets(4000)
    await eventually(lambda: gateway.resumes >= 1 and bool(gateway.live()))
    assert len(gateway.identifies) == 1  # resumed, not a new session
    reply = await (await discord_env.slash("about")).reply()
    assert "Knowledge base" in reply.text()


async def test_invalid_session_makes_the_bot_identify_again(discord_env: DiscordEnv) -> None:
    gateway = discord_env.fake.gateway
    await gateway.invalid_session(resumable=False)
    # discord.py waits 1-5 s (as Discord asks) before it identifies again.
    await eventually(lambda: len(gateway.identifies) >= 2 and bool(gateway.live()), within=10.0)
    reply = await (await discord_env.slash("about")).reply()
    assert "Knowledge base" in reply.text()


async def test_a_shutdown_during_the_ready_delay_logs_no_error(discord_env: DiscordEnv) -> None:
    """After a new session discord.py waits out the guilds before 'ready'; a shutdown in that wait
    must not leave the wait to dispatch on the closed client (an ERROR in the operator's log)."""
    bot = discord_env.bot
    bot._connection.guild_ready_timeout = 0.5  # the wait a shutdown lands in
    gateway = discord_env.fake.gateway
    await gateway.invalid_session(resumable=False)
    await eventually(
        lambda: len(gateway.identifies) >= 2 and bot._connection._ready_task is not None, within=10.0
    )
    await bot.close()
    await asyncio.sleep(0.8)  # past the wait: an uncancelled one has failed by now
    gc.collect()  # an unretrieved task failure is logged when the task is collected
    # the suite's error-log guard fails the test on any ERROR logged meanwhile


async def test_replayed_interaction_after_resume_is_processed_once(discord_env: DiscordEnv) -> None:
    handle = await discord_env.slash("ask", question=QUESTION)
    await handle.reply()
    gateway = discord_env.fake.gateway
    await gateway.close_sockets(4000)
    await eventually(lambda: gateway.resumes >= 1 and bool(gateway.live()))
    await handle.redispatch()
    # The next interaction is answered, which shows the replay went through the pipeline before it.
    await (await discord_env.slash("about")).reply()
    await asyncio.sleep(0.2)
    assert len(handle.callbacks) == 1
    assert await count(discord_env, QuestionLog) == 1
    assert len(discord_env.fake.requests_to("POST", CALLBACK)) == 2  # the /ask and the /about


@pytest.mark.parametrize("route", [CALLBACK, "/webhooks/{webhook_id}/{webhook_token}/messages/@original"])
async def test_rate_limits_are_waited_out(discord_env: DiscordEnv, route: str) -> None:
    method = "POST" if route == CALLBACK else "PATCH"
    discord_env.fake.fail(method, route, 429, retry_after=0.3)
    handle = await discord_env.slash("ask", question=QUESTION)
    reply = await handle.reply(within=10.0)
    assert reply.text()
    attempts = discord_env.fake.requests_to(method, route)
    assert [r.status for r in attempts] == [429, 200]
    assert attempts[1].at - attempts[0].at >= 0.3  # it waited as long as Discord asked
