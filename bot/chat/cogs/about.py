"""/about: what the bot is, what it keeps about whom and for how long, and how fresh its knowledge is.

The words live in `bot.about`, shared with the console, so the two faces cannot drift apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.about import NOT_LEGAL_ADVICE, WHAT_IT_IS, data_statement, knowledge_line, translations_line
from bot.app import App
from bot.i18n import _, pgettext, translation_note

if TYPE_CHECKING:
    from bot.chat.client import ExportWatchBot


def about_embed(app: App) -> discord.Embed:
    """/about in the member's language, with the review status of every translation (and, under an
    unreviewed one, the note that the English is authoritative)."""
    embed = discord.Embed(
        title=pgettext("embed title", "About ExportWatch"),
        description=_(WHAT_IT_IS),
        colour=discord.Colour.blurple(),
    )
    embed.add_field(
        name=pgettext("embed field name", "What is stored, and for how long"),
        value=data_statement(app.settings),
        inline=False,
    )
    embed.add_field(
        name=pgettext("embed field name", "Knowledge base"), value=knowledge_line(app), inline=False
    )
    languages = translations_line()
    note = translation_note()
    embed.add_field(
        name=pgettext("embed field name", "Translations"),
        value=f"{note}\n{languages}" if note else languages,
        inline=False,
    )
    embed.set_footer(text=_(NOT_LEGAL_ADVICE))
    return embed


class About(commands.Cog):
    def __init__(self, bot: ExportWatchBot) -> None:
        self.bot = bot

    @app_commands.command(
        name="about", description="What ExportWatch is, what it stores, and how fresh it is"
    )
    async def about(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(
            embed=about_embed(self.bot.app), ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )


async def setup(bot: ExportWatchBot) -> None:
    await bot.add_cog(About(bot))
