"""/vendor, /rule, /case (with autocomplete over names and aliases) and /search with paging."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.errors import message_for
from bot.chat.i18n import public_language
from bot.chat.render import entry_embed, not_found_embed, search_embed, shorten_plain
from bot.chat.render.text import CHOICE_NAME_MAX
from bot.chat.views.answer import NO_MENTIONS, entry_view, suggestions_view
from bot.chat.views.search import search_page
from bot.kb.filters import VALUE_MAX, Filters, SearchQuery, specs, suggested_values
from bot.kb.model import KINDS
from bot.kb.present import CLOSE_NAMES

if TYPE_CHECKING:
    from bot.chat.client import ExportWatchBot

MAX_CHOICES = 25
NAME_MAX = 100
KIND_CHOICES = [app_commands.Choice(name=kind, value=kind) for kind in KINDS]


def _choice(name: str, value: str) -> app_commands.Choice[str]:
    return app_commands.Choice(
        name=shorten_plain(name, CHOICE_NAME_MAX) or value[:CHOICE_NAME_MAX], value=value[:CHOICE_NAME_MAX]
    )


def _no_choices(error: Exception, where: str) -> list[app_commands.Choice[str]]:
    """An empty menu instead of a spinner: discord.py only logs an autocomplete's exception (with its
    traceback) and never answers, so the tree's error handler cannot; log it our way (a reference,
    no message text) and offer nothing."""
    message_for(error, where)
    return []


class Lookup(commands.Cog):
    def __init__(self, bot: ExportWatchBot) -> None:
        self.bot = bot

    # --- entry lookups ---------------------------------------------------------------------------
    async def _complete(self, kind: str, current: str) -> list[app_commands.Choice[str]]:
        """rapidfuzz over titles and aliases (in the core); the value is the entry id."""
        try:
            entries = self.bot.app.kb.complete(current, kind=kind, limit=MAX_CHOICES)
        except Exception as error:
            return _no_choices(error, f"autocomplete /{kind}")
        return [_choice(entry.title, entry.id) for entry in entries][:MAX_CHOICES]

    async def _show(self, interaction: discord.Interaction[Any], kind: str, name: str) -> None:
        app = self.bot.app
        entry = app.kb.resolve(name, kind)
        if entry is None:
            suggestions = app.kb.complete(name, kind=kind, limit=CLOSE_NAMES)
            view = suggestions_view(suggestions)
            await interaction.response.send_message(
                embed=not_found_embed(kind, name, suggestions),
                view=view or discord.utils.MISSING,
                ephemeral=True,
                allowed_mentions=NO_MENTIONS,
            )
            return
        related = app.kb.related(entry)
        with public_language(interaction):
            embed, view = entry_embed(entry, related=related), entry_view(app, entry, related=related)
        await interaction.response.send_message(
            embed=embed,
            view=view,
            allowed_mentions=NO_MENTIONS,
        )

    @app_commands.command(name="vendor", description="Look up a surveillance-technology vendor")
    @app_commands.describe(name="The company or product name (start typing for suggestions)")
    async def vendor(
        self, interaction: discord.Interaction[Any], name: app_commands.Range[str, 1, NAME_MAX]
    ) -> None:
        await self._show(interaction, "vendor", name)

    @vendor.autocomplete("name")
    async def _vendor_names(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._complete("vendor", current)

    @app_commands.command(name="rule", description="Look up an export rule, regime or report")
    @app_commands.describe(name="The rule's name (start typing for suggestions)")
    async def rule(
        self, interaction: discord.Interaction[Any], name: app_commands.Range[str, 1, NAME_MAX]
    ) -> None:
        await self._show(interaction, "rule", name)

    @rule.autocomplete("name")
    async def _rule_names(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._complete("rule", current)

    @app_commands.command(name="case", description="Look up a documented case")
    @app_commands.describe(name="The case (start typing for suggestions)")
    async def case(
        self, interaction: discord.Interaction[Any], name: app_commands.Range[str, 1, NAME_MAX]
    ) -> None:
        await self._show(interaction, "case", name)

    @case.autocomplete("name")
    async def _case_names(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await self._complete("case", current)

    # --- search ----------------------------------------------------------------------------------
    @app_commands.command(name="search", description="Search the knowledge base, with optional filters")
    @app_commands.describe(query="Words to look for", **{name: spec.help for name, spec in specs()})
    @app_commands.choices(kind=KIND_CHOICES)
    async def search(
        self,
        interaction: discord.Interaction[Any],
        query: app_commands.Range[str, 1, 200],
        kind: str | None = None,
        country: app_commands.Range[str, 1, VALUE_MAX] | None = None,
        technology: app_commands.Range[str, 1, VALUE_MAX] | None = None,
        year: app_commands.Range[int, 1900, 2100] | None = None,
    ) -> None:
        """Parsing only: the core reads the filters (one declaration) and pages the results."""
        filters = Filters.of(kind=kind, country=country, technology=technology, year=year)
        wanted = SearchQuery(" ".join(query.split()), filters)
        with public_language(interaction):
            page, view = search_page(self.bot.app, wanted, 1)
            embed = search_embed(page)
        await interaction.response.send_message(
            embed=embed, view=view or discord.utils.MISSING, allowed_mentions=NO_MENTIONS
        )

    def _values(self, name: str, current: str) -> list[app_commands.Choice[str]]:
        """The core's suggestions for a filter value (bot/kb/filters.py), as Discord choices."""
        try:
            values = suggested_values(self.bot.app.kb.entries(), name, current, MAX_CHOICES)
        except Exception as error:
            return _no_choices(error, f"autocomplete /search {name}")
        return [_choice(v, v) for v in values]

    @search.autocomplete("country")
    async def _countries(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return self._values("country", current)

    @search.autocomplete("technology")
    async def _technologies(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return self._values("technology", current)


async def setup(bot: ExportWatchBot) -> None:
    await bot.add_cog(Lookup(bot))
