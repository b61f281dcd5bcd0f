"""/summary for coordinators, and the scheduler that posts the weekly summary on its own.

The cog only parses, renders and sends: the permission check, the figures and the exactly-once
bookkeeping are the core's (bot/summary, bot/jobs). The scheduler starts with the cog and stops
when the bot closes (commands.Bot.close removes cogs, which calls cog_unload).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.render_summary import summary_message
from bot.jobs.scheduler import Scheduler, build_scheduler
from bot.permissions import Actor, level_for
from bot.summary.service import Report

if TYPE_CHECKING:
    from bot.chat.client import ExportWatchBot

log = logging.getLogger(__name__)


def actor_of(interaction: discord.Interaction[Any], settings: Any) -> Actor:
    roles = getattr(interaction.user, "roles", [])  # a DM caller has no roles: member level
    return Actor(interaction.user.id, level_for((r.id for r in roles), settings))


# Recent messages searched for an earlier post of the same week before posting (retries only find
# something when a crash hit between Discord accepting the post and the run being recorded).
HISTORY_LOOKBACK = 50


class Summary(commands.Cog):
    # Jobs wait this long after READY, so a restart storm or a short-lived test bot does no work.
    STARTUP_DELAY = 30.0
    TICK = 30.0

    def __init__(self, bot: ExportWatchBot) -> None:
        self.bot = bot
        poster = self.post_weekly if bot.app.settings.summary_channel_id else None
        self.scheduler: Scheduler = build_scheduler(bot.app, poster, tick=self.TICK)
        self._runner: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        self._runner = asyncio.create_task(self._run_jobs(), name="exportwatch-jobs")

    async def cog_unload(self) -> None:
        if self._runner is not None:
            self._runner.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._runner
        await self.scheduler.stop()

    async def _run_jobs(self) -> None:
        await self.bot.wait_until_ready()
        await asyncio.sleep(self.STARTUP_DELAY)
        while not self.bot.is_closed():
            await self.scheduler.run_due()
            await asyncio.sleep(self.TICK)

    async def post_weekly(self, report: Report) -> int:
        """The poster the core's WeeklyPoster calls: send to SUMMARY_CHANNEL_ID, return the message id."""
        channel_id = self.bot.app.settings.summary_channel_id
        assert channel_id is not None
        channel = self.bot.get_channel(channel_id) or await self.bot.fetch_channel(channel_id)
        if not isinstance(channel, discord.abc.Messageable):
            raise TypeError(f"SUMMARY_CHANNEL_ID {channel_id} is not a text channel")
        embed, files = summary_message(report)
        earlier = await self._already_posted(channel, embed.title or "")
        if earlier is not None:
            # A crash between Discord accepting the post and the run being recorded: adopt it.
            return earlier
        message = await channel.send(
            embed=embed, files=files, allowed_mentions=discord.AllowedMentions.none()
        )
        return message.id

    async def _already_posted(self, channel: discord.abc.Messageable, title: str) -> int | None:
        """The id of this week's summary if the bot already posted it among the recent messages."""
        me = self.bot.user
        if me is None:
            return None
        async for message in channel.history(limit=HISTORY_LOOKBACK):
            if message.author.id == me.id and any(e.title == title for e in message.embeds):
                return message.id
        return None

    @app_commands.command(
        name="summary", description="Coordinators: the weekly summary (default: last full week)"
    )
    @app_commands.describe(week="ISO week such as 2026-W47; empty for the last full week")
    @app_commands.guild_only()
    async def summary(
        self,
        interaction: discord.Interaction,
        week: app_commands.Range[str, None, 20] | None = None,
    ) -> None:
        app = self.bot.app
        actor = actor_of(interaction, app.settings)
        app.summary.authorize(actor)  # refusals and bad week strings fail politely before any work
        app.summary.period(week)
        await interaction.response.defer(ephemeral=True, thinking=True)
        # Ephemeral, for this coordinator only: the one place the questions appear in their words.
        report = await app.summary.report(week, actor=actor, verbatim=True)
        embed, files = summary_message(report)
        await interaction.edit_original_response(
            embed=embed, attachments=files, allowed_mentions=discord.AllowedMentions.none()
        )


async def setup(bot: ExportWatchBot) -> None:
    await bot.add_cog(Summary(bot))
