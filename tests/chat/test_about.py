"""/about end to end: what the bot is, the data statement from the live settings, knowledge freshness."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.clock import FakeClock
from bot.kb.render import reviewed_text
from bot.summary.knowledge import reviewed_on
from tests.fakediscord.harness import DiscordEnv, StartBot


async def test_about_in_the_guild_states_retention_and_freshness(start_bot: StartBot) -> None:
    env: DiscordEnv = await start_bot(question_log_days=45, reporter_link_days=14, closed_tip_purge_days=200)
    reply = await (await env.slash("about", by="alice")).reply()

    assert reply.ephemeral
    embed = reply.embed
    assert embed["title"] == "About ExportWatch"
    text = reply.text()
    # The statement follows the settings, not hard-coded numbers.
    assert "45 days" in text and "14 days" in text and "200 days" in text
    counts = env.app.kb.counts()
    assert f"{sum(counts.values())} entries" in text
    assert f"{counts['vendor']} vendors" in text
    # The review dates as English writes them ("November 26, 2026"), oldest to newest.
    dates = sorted(e.last_reviewed for e in env.app.kb.entries())
    assert f"Last reviewed: {reviewed_text(dates[0])} to {reviewed_text(dates[-1])}." in text


async def test_about_counts_entries_gone_stale(start_bot: StartBot) -> None:
    env = await start_bot(stale_review_days=30)
    total = sum(env.app.kb.counts().values())
    newest = env.app.kb.newest_review()
    assert newest is not None
    env.app.clock = FakeClock(datetime(newest.year + 10, 1, 1, tzinfo=UTC))  # long after every review
    reply = await (await env.slash("about")).reply()
    assert f"Not reviewed in the last 30 days: {total}." in reply.text()

    oldest = min(day for day, _ in filter(None, (reviewed_on(e.last_reviewed) for e in env.app.kb.entries())))
    env.app.clock = FakeClock(
        datetime(oldest.year, oldest.month, oldest.day, tzinfo=UTC)
    )  # the oldest review
    reply = await (await env.slash("about")).reply()
    assert "Not reviewed in the last 30 days: 0." in reply.text()


async def test_about_in_a_dm_with_global_commands(start_bot: StartBot) -> None:
    env = await start_bot(guild_id=None)
    assert "about" in {c["name"] for c in env.fake.commands[None]}

    reply = await (await env.slash("about", dm=True, by="cora")).reply()

    assert reply.embed["title"] == "About ExportWatch"
    assert "Knowledge base" in reply.text()


async def test_about_reply_pings_nobody(discord_env: DiscordEnv) -> None:
    handle = await discord_env.slash("about")
    await handle.reply()
    (callback,) = discord_env.fake.requests_to(
        "POST", "/interactions/{interaction_id}/{interaction_token}/callback"
    )
    assert callback.json["data"]["allowed_mentions"] == {"parse": []}
