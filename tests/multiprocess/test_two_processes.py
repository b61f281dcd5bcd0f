"""Two bot processes, one database, the loopback Discord: each shard answers its own interactions,
and the weekly summary and retention jobs run exactly once between them.

The fake routes events by shard as Discord does (a guild to shard `(guild_id >> 22) % count`, DMs
to shard 0), so the bots run with SHARD_COUNT=n and SHARD_IDS=0 (DMs) and SHARD_IDS=<the guild's
shard>. Commands are synced globally (no GUILD_ID) so both shards have commands to answer. Both
processes run a clock frozen after this week's posting time, so both find both jobs due at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from pathlib import Path

from sqlmodel import select

from bot.store.engine import open_database
from bot.store.tables.ops import SummaryRun
from tests.fakediscord import FakeDiscord
from tests.multiprocess.spawn import ROOT, child_env, start_entry

NOW = "2026-11-25T12:00:00+00:00"  # a Wednesday: last week's summary is due
WEEK = "2026-W47"


async def wait_until(check, what: str, within: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(within / 0.05)):
        if check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


async def test_two_sharded_processes_share_one_database(database_url: str, tmp_path: Path) -> None:
    await (await open_database(database_url)).dispose()  # migrate once, before both start
    fake = await FakeDiscord().start()
    world = fake.world
    count = next(n for n in range(2, 64) if (world.guild_id >> 22) % n)
    guild_shard = (world.guild_id >> 22) % count
    settings = {
        **world.settings_overrides(),
        "guild_id": None,
        "database_url": database_url,
        "knowledge_dir": ROOT / "knowledge",
        "shard_count": count,
        "log_json": "true",
        "fake_discord_url": fake.base_url,
        "ew_fixed_now": NOW,
        "ew_fast_jobs": "1",
    }
    logs = [tmp_path / "bot-dm.log", tmp_path / "bot-guild.log"]
    procs = []
    try:
        for shard, log in zip((0, guild_shard), logs, strict=True):
            with log.open("wb") as sink:
                env = child_env(**settings, shard_ids=shard)
                procs.append(await start_entry("bot", env=env, cwd=tmp_path, stdout=sink, stderr=sink))
        # Each child loads the whole knowledge base before it connects: ~4 s on an idle machine, over
        # 20 s on a loaded 2-core one with both loading at once. A readiness wait, not a speed claim.
        await wait_until(lambda: len(fake.gateway.live()) == 2, "both processes to connect", within=90)
        assert sorted(s.shard for s in fake.gateway.live()) == sorted([(0, count), (guild_shard, count)])
        await wait_until(lambda: bool(fake.commands.get(None)), "commands to be synced")

        in_dm = await (await fake.slash("about", dm=True, by="alice")).reply(within=10)
        in_guild = await (await fake.slash("about", by="alice")).reply(within=10)
        assert "Knowledge base" in in_dm.text() and "Knowledge base" in in_guild.text()

        posted = await fake.wait_for_message("summary", within=30)
        assert WEEK in posted.text()
        await wait_until(
            lambda: sum(p.read_text().count("retention: question text purged") for p in logs) >= 1,
            "the retention job",
        )
        await asyncio.sleep(1.5)  # several more scheduler ticks in both processes
        assert len(fake.channel_messages("summary")) == 1, "the weekly summary was posted twice"
        assert sum(p.read_text().count("retention: question text purged") for p in logs) == 1
        db = await open_database(database_url, run_migrations=False)
        try:
            async with db.sessions() as session:
                runs = (await session.exec(select(SummaryRun))).all()
        finally:
            await db.dispose()
        assert [(r.week, r.attempts, r.message_id) for r in runs] == [(WEEK, 1, posted.id)]
    finally:
        for proc in procs:
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)
        codes = [await asyncio.wait_for(proc.wait(), 20) for proc in procs]
        await fake.stop()
    problems = "\n".join(p.read_text()[-3000:] for p in logs)
    assert codes == [0, 0], f"bot processes did not shut down cleanly:\n{problems}"
    assert '"level": "ERROR"' not in problems, problems
    fake.assert_clean()
