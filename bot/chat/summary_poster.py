"""The Discord side of the weekly post: the `Poster` the core's jobs are handed (bot/summary/posting).

The process runner builds it when SUMMARY_CHANNEL_ID is set and passes it to `App.running_jobs`;
the exactly-once bookkeeping stays in the core, this only renders, de-duplicates and sends.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import discord

from bot.chat.render.summary import summary_message
from bot.i18n import use_locale
from bot.summary.model import Report

if TYPE_CHECKING:
    from bot.chat.client import ExportWatchBot, ShardedExportWatchBot

# Recent messages searched for an earlier post of the same week before posting (retries only find
# something when a crash hit between Discord accepting the post and the run being recorded).
HISTORY_LOOKBACK = 50
# How long a post waits for the gateway connection before it counts as a failed attempt (retried).
READY_WAIT = 120.0


class ChannelPoster:
    """Posts the weekly summary to one channel; satisfies `bot.summary.posting.Poster`."""

    def __init__(self, bot: ExportWatchBot | ShardedExportWatchBot, channel_id: int) -> None:
        self.bot = bot
        self.channel_id = channel_id

    async def __call__(self, report: Report) -> int:
        """Send the report and return the message id (an earlier post of the same week is adopted)."""
        async with asyncio.timeout(READY_WAIT):
            await self.bot.wait_until_ready()
        channel = self.bot.get_channel(self.channel_id) or await self.bot.fetch_channel(self.channel_id)
        if not isinstance(channel, discord.abc.Messageable):
            raise TypeError(f"SUMMARY_CHANNEL_ID {self.channel_id} is not a text channel")
        with use_locale(self.bot.app.settings.team_language):  # the channel is the team's
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
        assert me is not None  # set once the client is ready, which __call__ waited for
        async for message in channel.history(limit=HISTORY_LOOKBACK):
            if message.author.id == me.id and any(e.title == title for e in message.embeds):
                return message.id
        return None


def channel_poster(bot: ExportWatchBot | ShardedExportWatchBot) -> ChannelPoster | None:
    """The poster for SUMMARY_CHANNEL_ID, or None when no channel is configured (no weekly post)."""
    channel_id = bot.app.settings.summary_channel_id
    return ChannelPoster(bot, channel_id) if channel_id else None
