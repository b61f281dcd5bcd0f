"""What the member sees when something fails mid-way, through the loopback Discord: mention-to-ask
when Discord or the bot fails, an autocomplete whose source fails, a database outage or a lost
interaction token while reporting an error, and the weekly post made by the scheduler's own loop."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from sqlmodel import select

from bot.chat.summary_poster import channel_poster
from bot.errors import StoreUnavailable
from bot.store.tables.ops import SummaryRun
from tests.chat.test_summary_e2e import POSTED_AT, WEEK, jobs_of, ready_env
from tests.fakediscord.harness import DiscordEnv, StartBot
from tests.fakediscord.options import command_data

CHANNEL_MESSAGES = "/channels/{channel_id}/messages"
FOLLOWUP = "/webhooks/{webhook_id}/{webhook_token}"
QUESTION = "Who sold FinFisher to governments?"


async def logged(caplog: pytest.LogCaptureFixture, text: str, within: float = 10.0) -> None:
    """Wait for a log line (the member-visible outcome here is that nothing else happens)."""
    for _ in range(int(within / 0.05)):
        if any(text in r.getMessage() for r in caplog.records):
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"never logged: {text!r}")


def bot_message(fake: Any, text: str) -> Any:
    return lambda r: r.raw["author"].get("bot", False) and text in r.text()


async def test_a_mention_discord_refuses_to_post_is_logged_and_the_next_is_answered(
    start_bot: StartBot, caplog: pytest.LogCaptureFixture
) -> None:
    env = await start_bot(message_content_mention=True)
    env.fake.expect("missing_access")  # the fake's rule id for a 403, if recorded
    env.fake.fail("POST", CHANNEL_MESSAGES, 403)  # the bot lost Send Messages in this channel
    caplog.set_level(logging.WARNING, "bot.chat.cogs.mention")
    await env.fake.post_message(QUESTION, mention_bot=True, by="alice")
    await env.fake.post_message(QUESTION, mention_bot=True, by="alice")
    await env.fake.wait_for_message("general", lambda r: r.raw["author"].get("bot", False) and bool(r.embeds))
    assert any("Could not answer a mention (HTTP 403)" in r.getMessage() for r in caplog.records)


@pytest.mark.allow_error_logs
async def test_a_mention_the_bot_fails_on_gets_an_apology_with_a_reference(
    start_bot: StartBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = await start_bot(message_content_mention=True)

    def broken(*_a: Any, **_k: Any) -> Any:
        raise RuntimeError("index corrupted")

    monkeypatch.setattr(env.app.kb, "search", broken)
    await env.fake.post_message(QUESTION, mention_bot=True, by="alice")
    apology = await env.fake.wait_for_message("general", bot_message(env.fake, "something went wrong"))
    assert "ref" in apology.text() and "index corrupted" not in apology.text()


@pytest.mark.allow_error_logs
async def test_a_mention_apology_that_cannot_be_posted_is_only_logged(
    start_bot: StartBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    env = await start_bot(message_content_mention=True)

    def broken(*_a: Any, **_k: Any) -> Any:
        raise RuntimeError("index corrupted")

    monkeypatch.setattr(env.app.kb, "search", broken)
    env.fake.fail("POST", CHANNEL_MESSAGES, 403)
    caplog.set_level(logging.WARNING, "bot.chat.cogs.mention")
    await env.fake.post_message(QUESTION, mention_bot=True, by="alice")
    await logged(caplog, "Could not tell the member about an error in mention-to-ask")
    monkeypatch.undo()
    await env.fake.post_message(QUESTION, mention_bot=True, by="alice")  # still serving afterwards
    await env.fake.wait_for_message("general", lambda r: r.raw["author"].get("bot", False) and bool(r.embeds))


@pytest.mark.allow_error_logs
@pytest.mark.parametrize("option", ["country", "technology"])
async def test_search_autocomplete_whose_source_fails_offers_no_choices(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch, option: str
) -> None:
    def broken() -> Any:
        raise RuntimeError("knowledge base reloading")

    monkeypatch.setattr(discord_env.app.kb, "entries", broken)
    fake = discord_env.fake
    data = command_data(fake, fake.command("search"), [], {option: "Ger"}, focused=option)
    handle = await fake.interact(4, data)
    assert await handle.choices() == []


async def test_a_database_outage_during_triage_is_a_polite_message(
    start_bot: StartBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = await start_bot()

    async def down(*_a: Any, **_k: Any) -> Any:
        raise StoreUnavailable("OperationalError")  # how the store reports a refused connection

    monkeypatch.setattr(env.app.tips, "queue", down)
    reply = await (await env.slash("triage queue", by="mo")).reply()
    assert reply.ephemeral and "database is temporarily unavailable" in reply.text()


async def test_an_error_the_member_cannot_be_told_about_is_logged(
    start_bot: StartBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The follow-up carrying the error fails too (token expired, Discord down): one WARNING."""
    env = await start_bot()

    async def down(*_a: Any, **_k: Any) -> Any:
        raise StoreUnavailable("OperationalError")  # how the store reports a refused connection

    monkeypatch.setattr(env.app.tips, "queue", down)
    env.fake.fail("POST", FOLLOWUP, 403)
    caplog.set_level(logging.WARNING, "bot.chat.errors")
    handle = await env.slash("triage queue", by="mo")
    await handle.response()
    await (await env.slash("about", by="mo")).reply()
    for _ in range(100):
        if any("Could not tell the member" in r.getMessage() for r in caplog.records):
            break
        await __import__("asyncio").sleep(0.05)
    assert any(
        "Could not tell the member about an error in /triage queue" in r.getMessage() for r in caplog.records
    )


async def test_the_scheduler_loop_posts_the_weekly_summary_by_itself(start_bot: StartBot) -> None:
    """Nothing calls a job here: the process's own job loop (as `serve_discord` runs it beside the
    bot) finds the week due and posts it through the Discord poster."""
    env = await ready_env(start_bot)
    env.app.clock.set(POSTED_AT)
    async with env.app.running_jobs(channel_poster(env.bot), tick=0.05, startup_delay=0.0):
        post = await env.fake.wait_for_message("summary", lambda r: bool(r.embeds), within=20)
    assert post.embed["title"] == f"Weekly summary {WEEK}"


async def test_a_summary_channel_that_is_a_category_fails_the_post_with_a_reason(
    fake_discord: Any, start_bot: StartBot
) -> None:
    """SUMMARY_CHANNEL_ID pointing at a category (no messages possible): nothing is sent anywhere,
    the attempt is recorded as failed with the reason the operator needs, and it will be retried."""
    category = fake_discord.world.add_channel("reports", kind=4)
    env = await ready_env(start_bot, summary_channel_id=category)
    env.app.clock.set(POSTED_AT)
    await jobs_of(env).run_due()
    assert env.fake.requests_to("POST", "/channels/{channel_id}/messages") == []
    async with env.app.db.sessions() as session:
        run = (await session.execute(select(SummaryRun).where(SummaryRun.week == WEEK))).scalar_one()
    assert run.posted_at is None and run.message_id is None
    assert run.last_error == f"TypeError: SUMMARY_CHANNEL_ID {category} is not a text channel"
