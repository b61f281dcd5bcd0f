"""/summary for coordinators.

The cog only parses, renders and sends: the permission check and the figures are the core's
(bot/summary). The scheduled weekly post is not the cog's: the process runner runs the jobs and
hands them bot/chat/summary_poster.py.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.render.summary import summary_message
from bot.chat.views.tips import actor_of

if TYPE_CHECKING:
    from bot.chat.client import ExportWatchBot

log = logging.getLogger(__name__)


class Summary(commands.Cog):
    def __init__(self, bot: ExportWatchBot) -> None:
        self.bot = bot

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
        actor = actor_of(interaction)
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
