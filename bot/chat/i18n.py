"""Discord in the member's language: command localisations, the reply language, and Discord's limits.

- `CatalogTranslator` gives discord.py the catalogs' translations of every command and group name,
  description, option name and description, and choice name (discord.py turns the cogs' plain
  strings into `locale_str` itself), so `sync` sends `name_localizations` etc. Each kind of string
  has its own gettext context ("command name", "option description"...), because a name and a
  sentence with the same English need different translations and have different limits.
- `route_reply_language` makes every interaction (command, autocomplete, button, form) handled in
  the member's language: their /language choice, else `interaction.locale`, else the server's
  preferred locale, else English.
- The gettext contexts and Discord's limit for each (`DISCORD_LIMITS`, `limit_problem`) are catalog
  tooling and live in bot/i18n_catalogs.py (the CLI's `i18n check` needs no Discord).

Discord offers no Arabic client locale (discord.Locale has none), so a member chooses the reply
language with /language (bot/language_choice.py keeps the choice in memory only), and that choice
comes first.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import discord
from discord import app_commands
from discord.app_commands import TranslationContextLocation as Where
from discord.ext import commands

from bot import i18n
from bot.i18n_catalogs import (
    CHOICE,
    COMMAND_DESCRIPTION,
    COMMAND_NAME,
    OPTION_DESCRIPTION,
    OPTION_NAME,
    Extra,
)
from bot.language_choice import CHOICES

log = logging.getLogger("bot.chat.i18n")

CONTEXTS: dict[Where, str] = {
    Where.command_name: COMMAND_NAME,
    Where.group_name: COMMAND_NAME,
    Where.command_description: COMMAND_DESCRIPTION,
    Where.group_description: COMMAND_DESCRIPTION,
    Where.parameter_name: OPTION_NAME,
    Where.parameter_description: OPTION_DESCRIPTION,
    Where.choice_name: CHOICE,
}
# discord.py's description for an option nobody described; never sent for translation.
UNDESCRIBED = "…"


class CatalogTranslator(app_commands.Translator):
    """The catalogs' translation for each Discord locale we have (None: Discord shows the English)."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContext,
    ) -> str | None:
        where = string.extras.get("context") or CONTEXTS.get(context.location)
        if where is None or string.message == UNDESCRIBED:
            return None
        language = i18n.negotiate(locale.value)
        return i18n.translate_to(language, string.message, where)


def _member_id(data: dict[str, Any]) -> int | None:
    """Who sent the interaction: `member.user` in a server, `user` in a DM."""
    user = (data.get("member") or {}).get("user") or data.get("user") or {}
    try:
        return int(user["id"])
    except (KeyError, TypeError, ValueError):
        return None


def reply_language(data: dict[str, Any]) -> str:
    """The language the member chose with /language (kept in memory only), else their Discord
    language if we have it, else the server's preferred one, else English."""
    chosen = CHOICES.chosen(_member_id(data))
    return chosen or i18n.negotiate(data.get("locale"), data.get("guild_locale"))


def route_reply_language(client: discord.Client) -> bool:
    """Handle each INTERACTION_CREATE in its member's language.

    discord.py starts every handler (command, autocomplete, view, modal, on_interaction) as a task
    while parsing the event, and a task copies the context it was created in: setting the language
    around the parse gives each handler its own, and the gateway's reader is left as it was.
    Wraps a discord.py internal (the state's parser table); if that changes, replies stay English
    and this says so in the log.
    """
    try:
        parsers: dict[str, Callable[[Any], Any]] = client._connection.parsers
        original = parsers["INTERACTION_CREATE"]
    except (AttributeError, KeyError, TypeError):
        log.warning("Could not hook the interaction parser; replies will be in English")
        return False

    def parse_interaction_create(data: Any) -> None:
        payload = data if isinstance(data, dict) else {}
        token = i18n.set_locale(reply_language(payload))
        # Command names as this member's client shows them: their Discord language, not a /language
        # choice (English when we have no catalog for it, as Discord then shows the English names).
        shown = i18n.set_command_language(i18n.negotiate(payload.get("locale")))
        try:
            original(data)
        finally:
            i18n.reset_command_language(shown)
            i18n.reset_locale(token)

    parsers["INTERACTION_CREATE"] = parse_interaction_create
    return True


async def install(client: commands.Bot) -> None:
    """Before the commands are synced: localisations for the sync, languages for the replies."""
    await client.tree.set_translator(CatalogTranslator())
    route_reply_language(client)


# --- the strings the command tree registers, for extraction -----------------------------------
def _walk(command: app_commands.Command[Any, ..., Any] | app_commands.Group, where: str) -> Iterator[Extra]:
    yield Extra(command.name, COMMAND_NAME, where, "Discord command name: lowercase, no spaces, at most 32")
    if command.description and command.description != UNDESCRIBED:
        yield Extra(
            command.description, COMMAND_DESCRIPTION, where, "Discord command description: at most 100"
        )
    if isinstance(command, app_commands.Group):
        for child in command.commands:
            yield from _walk(child, where)
        return
    for parameter in command.parameters:
        yield Extra(
            parameter.name, OPTION_NAME, where, "Discord option name: lowercase, no spaces, at most 32"
        )
        if parameter.description and parameter.description != UNDESCRIBED:
            yield Extra(
                parameter.description, OPTION_DESCRIPTION, where, "Discord option description: at most 100"
            )
        for choice in parameter.choices:
            yield Extra(choice.name, CHOICE, where, "Discord choice: at most 100")


def command_messages(modules: tuple[str, ...] | None = None) -> list[Extra]:
    """Every translatable string of the slash commands, read from the cog classes (no bot needed)."""
    from bot.chat.cogs import COGS, MENTION_COG

    root = Path(__file__).resolve().parents[2]
    found: list[Extra] = []
    for name in modules or (*COGS, MENTION_COG):
        module = importlib.import_module(name)
        where = str(Path(inspect.getfile(module)).resolve().relative_to(root))
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, commands.Cog) and cls.__module__ == module.__name__:
                for command in cls.__cog_app_commands__:
                    found.extend(_walk(command, where))
    return found


def public_language(
    interaction: discord.Interaction[Any], *, public: bool = True
) -> contextlib.AbstractContextManager[object]:
    """Speak the server's language in a message the whole channel reads.

    A member's own language (their Discord's, or a /language choice kept only in memory) in a public
    reply would tell the channel something about them: Discord has no Arabic client, so an Arabic
    answer in an English server can only mean that member chose Arabic. Private replies keep theirs.
    """
    if not public or interaction.guild is None:
        return contextlib.nullcontext()
    guild = interaction.guild_locale
    return i18n.use_locale(i18n.negotiate(str(guild) if guild is not None else None))
