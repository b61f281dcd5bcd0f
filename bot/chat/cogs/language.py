"""/language: the member chooses the language the bot answers them in (Discord has no Arabic).

The choice lives in the core's in-memory store (bot/language_choice.py): never in the database, a
log or a file, and forgotten on restart. It is keyed by a hash of the member id under a per-process
secret, which keeps ids out of the map but not from whoever can read the process's whole memory
(the secret is there too; docs/threat-model.md section 2). This cog only parses the choice and
renders the confirmation, in the language just chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import i18n
from bot.i18n import _, language_name, use_locale
from bot.language_choice import CHOICES

if TYPE_CHECKING:
    from bot.chat.client import ExportWatchBot

FOLLOW_DISCORD = "discord"
# Each language by its own name, so a member finds theirs whatever language Discord shows.
NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "ar": "العربية",
}


def confirmation(language: str | None, discord_language: str) -> str:
    """What the member reads after choosing, in the language they will be answered in from now on."""
    shown = language or discord_language
    with use_locale(shown):
        if language is None:
            first = _("From now on I answer you in your Discord language ({language}).")
        else:
            first = _("From now on I answer you in {language}.")
        kept = _(
            "Your choice is kept only in this bot's memory, never in its database, and it is forgotten "
            "whenever the bot restarts; then choose again with {command}."
        )
        return (
            f"{first.format(language=language_name(shown))} {kept.format(command=i18n.command('language'))}"
        )


class Language(commands.Cog):
    def __init__(self, bot: ExportWatchBot) -> None:
        self.bot = bot

    @app_commands.command(name="language", description="Choose the language the bot answers you in")
    @app_commands.describe(language="The language for the bot's replies to you")
    @app_commands.choices(
        language=[
            *(app_commands.Choice(name=NATIVE_NAMES[code], value=code) for code in i18n.LANGUAGES),
            app_commands.Choice(name="Follow my Discord language", value=FOLLOW_DISCORD),
        ]
    )
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    async def language(
        self, interaction: discord.Interaction[Any], language: app_commands.Choice[str]
    ) -> None:
        chosen = None if language.value == FOLLOW_DISCORD else language.value
        CHOICES.choose(interaction.user.id, chosen)
        discord_language = i18n.negotiate(
            str(interaction.locale.value),
            str(interaction.guild_locale.value) if interaction.guild_locale else None,
        )
        await interaction.response.send_message(
            confirmation(chosen, discord_language),
            ephemeral=True,
            allowed_mentions=discord.AllowedMentions.none(),
        )


async def setup(bot: ExportWatchBot) -> None:
    await bot.add_cog(Language(bot))
