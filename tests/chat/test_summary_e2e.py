"""/summary and the scheduled weekly post, end to end through the loopback Discord."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from bot.chat.summary_poster import channel_poster
from bot.clock import FakeClock
from bot.jobs.scheduler import Scheduler
from bot.text import visible
from tests.summary.dataset import NOW, TZ, WEEK, seed

POSTED_AT = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # Monday 09:00 Europe/Berlin


async def ready_env(start_bot, **overrides):
    env = await start_bot(summary_timezone=TZ, **overrides)
    env.app.clock = FakeClock(NOW)
    await seed(env.app.db)
    return env


def jobs_of(env) -> Scheduler:
    """The App's jobs as the process runner runs them beside the bot (bot/cli/run.serve_discord):
    the Discord poster handed in. One scheduler per bot process, as in production."""
    if not hasattr(env, "jobs"):
        env.jobs = env.app.scheduler(channel_poster(env.bot))
    return env.jobs


async def test_summary_for_a_coordinator_with_attachments(start_bot):
    env = await ready_env(start_bot)
    reply = await (await env.slash("summary", by="cora", week=WEEK)).reply()
    assert reply.ephemeral
    embed = reply.embed
    assert embed["title"] == "Weekly summary 2026-W47"
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Tips"] == "opened **7**\nclosed **4**"
    assert "**6** open" in fields["Backlog"] and "TIP-0009" in fields["Backlog"]
    assert "first action 3.0 h" in fields["Triage (median)"]
    assert "NSO Group (Pegasus spyware): **3**" in fields["Vendors"]  # the entry title, not "NSO GROUP"
    assert "asked **10**, answered **4** (40%)" in fields["Questions"]
    assert "who sold spyware to uganda (3)" in fields["Knowledge gaps (unanswered)"]
    assert embed["image"]["url"] == f"attachment://chart-{WEEK}.png"
    files = reply.attachments
    assert set(files) == {f"summary-{WEEK}.md", f"tips-{WEEK}.csv", f"chart-{WEEK}.png"}
    assert files[f"summary-{WEEK}.md"].decode().startswith("# Weekly summary 2026-W47")
    rows = list(csv.DictReader(io.StringIO(files[f"tips-{WEEK}.csv"].decode())))
    assert [r["tip"] for r in rows][:2] == ["TIP-0001", "TIP-0002"] and len(rows) == 8
    assert files[f"chart-{WEEK}.png"].startswith(b"\x89PNG")
    everything = repr(reply.raw).encode() + b"".join(files.values())
    assert b"987654321" not in everything and b"secret tip text" not in everything


async def test_default_week_is_the_last_full_week(start_bot):
    env = await ready_env(start_bot)
    reply = await (await env.slash("summary", by="ada")).reply()  # admins may too
    assert reply.embed["title"] == f"Weekly summary {WEEK}"


async def test_members_and_moderators_are_refused_politely(start_bot):
    env = await ready_env(start_bot)
    for who in ("alice", "mo"):
        reply = await (await env.slash("summary", by=who)).reply()
        assert reply.ephemeral and not reply.attachments
        assert "coordinator" in reply.text().lower()


async def test_bad_week_is_a_polite_error(start_bot):
    env = await ready_env(start_bot)
    reply = await (await env.slash("summary", by="cora", week="week 47")).reply()
    assert reply.ephemeral and "2026-W47" in visible(reply.text()) and not reply.attachments


async def test_scheduled_post_once_across_restart_and_two_processes(start_bot):
    first = await ready_env(start_bot)
    first.app.clock.set(POSTED_AT)
    assert "weekly_summary" in await jobs_of(first).run_due()
    post = await first.fake.wait_for_message("summary", lambda r: bool(r.embeds))
    assert post.embed["title"] == f"Weekly summary {WEEK}"
    assert set(post.attachments) == {f"summary-{WEEK}.md", f"tips-{WEEK}.csv", f"chart-{WEEK}.png"}

    # a second bot process on the same database (as after a restart), an hour later
    second = await start_bot(summary_timezone=TZ)
    second.app.clock = FakeClock(POSTED_AT)
    second.app.clock.advance(hours=1)
    first.app.clock.advance(hours=1)
    assert "weekly_summary" in await jobs_of(second).run_due()
    await jobs_of(first).run_due()
    assert len([m for m in first.fake.channel_messages("summary") if m.embeds]) == 1


async def test_the_weekly_post_keeps_no_member_question_in_their_words(start_bot):
    """What stays in the summary channel (embed and every attachment) counts the knowledge gaps but
    never quotes a member; the coordinator's ephemeral /summary still lists them."""
    env = await ready_env(start_bot)
    env.app.clock.set(POSTED_AT)
    await jobs_of(env).run_due()
    post = await env.fake.wait_for_message("summary", lambda r: bool(r.embeds))
    files = "".join(data.decode("utf-8", "replace") for data in post.attachments.values())
    kept = visible(post.text()) + files + repr(post.raw)
    for words in ("spyware to uganda", "facial recognition export", "drones to Saudi"):
        assert words not in kept, f"{words!r} is kept in the summary channel"
    assert "of similar unanswered questions" in visible(post.text())
    own = await (await env.slash("summary", by="cora", week=WEEK)).reply()
    assert own.ephemeral and "who sold spyware to uganda" in visible(own.text())


async def test_failed_scheduled_post_is_retried_once_discord_recovers(start_bot):
    env = await ready_env(start_bot)
    env.app.clock.set(POSTED_AT)
    scheduler = jobs_of(env)
    env.fake.fail("POST", "/channels/{channel_id}/messages", 403)  # not retried by discord.py itself
    await scheduler.run_due()
    assert not [m for m in env.fake.channel_messages("summary") if m.embeds]
    env.app.clock.advance(minutes=2)  # too soon: the failed attempt still owns the week
    await scheduler.run_due()
    assert not [m for m in env.fake.channel_messages("summary") if m.embeds]
    env.app.clock.advance(minutes=5)
    await scheduler.run_due()
    env.app.clock.advance(minutes=10)
    await scheduler.run_due()
    posts = [m for m in env.fake.channel_messages("summary") if m.embeds]
    assert len(posts) == 1 and posts[0].embed["title"] == f"Weekly summary {WEEK}"


async def test_crash_between_post_and_record_does_not_post_twice(start_bot):
    """Discord accepted the post but the process died before recording it: the retry adopts it."""
    from sqlalchemy import update

    from bot.store.tables.ops import SummaryRun

    env = await ready_env(start_bot)
    env.app.clock.set(POSTED_AT)
    scheduler = jobs_of(env)
    await scheduler.run_due()
    [post] = [m for m in env.fake.channel_messages("summary") if m.embeds]
    runs = SummaryRun.__table__
    async with env.app.db.engine.begin() as conn:  # as if the crash came before posted_at was written
        await conn.execute(update(runs).values(posted_at=None, message_id=None))
    env.app.clock.advance(minutes=10)  # past the retry window: the run is taken over
    await scheduler.run_due()
    posts = [m for m in env.fake.channel_messages("summary") if m.embeds]
    assert len(posts) == 1
    async with env.app.db.engine.connect() as conn:
        row = (await conn.execute(runs.select())).one()
    assert row.posted_at is not None and row.message_id == int(post.raw["id"])


async def test_a_look_alike_summary_by_someone_else_does_not_stop_the_weekly_post(start_bot):
    """Only the bot's own earlier post of the week is adopted: a member's message titled like it
    (posing as this week's summary) must not suppress the real one."""
    env = await ready_env(start_bot)
    fake = env.fake
    decoy = fake.world.message_payload(
        fake.world.channel_id("summary"),
        {"content": "", "embeds": [{"title": f"Weekly summary {WEEK}"}]},
        author=fake.world.members["alice"].user,
    )
    fake.store_message(decoy)
    env.app.clock.set(POSTED_AT)
    await jobs_of(env).run_due()
    bot_id = str(fake.world.bot_user.id)
    posts = [m for m in fake.channel_messages("summary") if m.embeds and m.raw["author"]["id"] == bot_id]
    assert len(posts) == 1 and posts[0].embed["title"] == f"Weekly summary {WEEK}"
