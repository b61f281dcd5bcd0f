"""A tests-only entry point for bot processes the multi-process and fault tests start.

    python -m tests.multiprocess.entry bot          # the real client and run path, against loopback
    python -m tests.multiprocess.entry file-tips    # a burst of tips through the core, one line each

`bot` does what `python -m bot run` does (settings from the environment, JSON logs, build_app,
serve_discord: the jobs beside run_bot with its SIGTERM handling) with three test hooks read
from the environment:
FAKE_DISCORD_URL points discord.py's REST and gateway URLs at a FakeDiscord (as the in-process
harness does); EW_FIXED_NOW (ISO time) freezes the App's clock so the scheduler's jobs are due;
EW_FAST_JOBS makes the App's jobs start and tick in fractions of a second.

`file-tips` files `--count` tips with interaction ids `--first-id`, `--first-id + 1`, ... and
prints `FILED <interaction id> <public id>` (or `REPLAY ...` when the id was already filed) only
after the tip's transaction committed: a printed line is a confirmation the member has seen.

Crash hooks for the kill -9 test (EW_CRASH), so where the kill lands is decided, not raced:
`after-commit` SIGKILLs the process the moment the first commit returns (committed, nobody told);
`after-confirm:N` SIGKILLs it right after the N-th confirmation line, and holds every commit back
until a confirmation arrives (or 0.3 s pass), so a writer that confirms before it commits is
always killed with the confirmed tip uncommitted. Before each commit, `SYNC <setting>` reports the
durability setting in force on the committing connection (SQLite `synchronous`, PostgreSQL
`synchronous_commit`): a kill -9 cannot show what a power cut would lose, the setting can.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import sys
from datetime import datetime

import discord
import discord.gateway
import discord.http
import yarl
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import build_app
from bot.chat.client import make_bot
from bot.cli.run import serve_discord
from bot.clock import FakeClock
from bot.logs import setup_logging
from bot.settings import Settings
from bot.store.engine import open_database
from bot.tips.model import Reporter, TipForm
from bot.tips.service import TipService

SUMMARY_COG = "bot.chat.cogs.summary"


def point_at_fake(base_url: str) -> None:
    discord.http.Route.BASE = f"{base_url}/api/v10"
    gateway = base_url.replace("http", "ws", 1) + "/gateway"
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)


async def run_bot_process() -> int:
    settings = Settings()
    setup_logging(settings)
    point_at_fake(os.environ["FAKE_DISCORD_URL"])
    fixed = os.environ.get("EW_FIXED_NOW")
    clock = FakeClock(datetime.fromisoformat(fixed)) if fixed else None
    app = await build_app(settings, clock=clock)
    bot = make_bot(app, guild_ready_timeout=0.01)
    original_setup = bot.setup_hook

    async def setup_hook() -> None:
        await original_setup()
        if SUMMARY_COG not in bot.extensions:  # until the summary cog is in COGS, load it here
            await bot.load_extension(SUMMARY_COG)

    bot.setup_hook = setup_hook  # type: ignore[method-assign]
    fast = {"tick": 0.2, "startup_delay": 0.2} if os.environ.get("EW_FAST_JOBS") else {}
    try:
        return await serve_discord(app, bot=bot, jobs=fast)
    finally:
        await app.close()


def _kill_now() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def install_crash_hook(mode: str) -> asyncio.Event:
    """Wrap every commit as EW_CRASH says (see the module docstring); returns the 'confirmed' event."""
    confirmed = asyncio.Event()
    original = AsyncSession.commit

    async def commit(self: AsyncSession) -> None:
        conn = await self.connection()
        setting = "PRAGMA synchronous" if conn.dialect.name == "sqlite" else "SHOW synchronous_commit"
        sys.stdout.write(f"SYNC {(await conn.exec_driver_sql(setting)).scalar()}\n")
        sys.stdout.flush()
        if mode.startswith("after-confirm"):
            confirmed.clear()
            with contextlib.suppress(TimeoutError):  # the window between confirmation and commit, made wide
                await asyncio.wait_for(confirmed.wait(), 0.3)
        await original(self)
        if mode == "after-commit":
            _kill_now()

    AsyncSession.commit = commit  # type: ignore[method-assign]
    return confirmed


async def file_tips(count: int, first_id: int, concurrency: int) -> int:
    settings = Settings(tip_cooldown_seconds=0, tip_max_open_per_member=10_000)  # type: ignore[call-arg]
    db = await open_database(settings.database_url)
    service = TipService(db, settings)
    gate = asyncio.Semaphore(concurrency)
    crash = os.environ.get("EW_CRASH", "")
    confirmed = install_crash_hook(crash) if crash else asyncio.Event()
    kill_after = int(crash.split(":", 1)[1]) if crash.startswith("after-confirm:") else 0
    printed = 0

    async def one(i: int) -> None:
        interaction_id = first_id + i
        form = TipForm(
            what=f"Burst tip {i}: interception kit shipped to the ministry's monitoring centre.",
            vendor="Acme Vision",
            country="Examplestan",
        )
        async with gate:
            filed = await service.file_tip(
                form, reporter=Reporter(5_000_000 + i), anonymous=True, interaction_id=interaction_id
            )
        nonlocal printed
        word = "REPLAY" if filed.replayed else "FILED"
        sys.stdout.write(f"{word} {interaction_id} {filed.public_id}\n")
        sys.stdout.flush()
        printed += 1
        confirmed.set()
        if printed == kill_after:
            _kill_now()

    try:
        await asyncio.gather(*(one(i) for i in range(count)))
    finally:
        await db.dispose()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.multiprocess.entry")
    sub = parser.add_subparsers(dest="mode", required=True)
    sub.add_parser("bot")
    tips = sub.add_parser("file-tips")
    tips.add_argument("--count", type=int, default=200)
    tips.add_argument("--first-id", type=int, default=1_000_000)
    tips.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    if args.mode == "bot":
        return asyncio.run(run_bot_process())
    return asyncio.run(file_tips(args.count, args.first_id, args.concurrency))


if __name__ == "__main__":
    sys.exit(main())
