"""What the catalog extraction reads from the Discord command tree, from the translators' side: a
command or option nobody described carries discord.py's placeholder "…", which must never reach a
catalog (every language would be asked to translate an ellipsis, and `i18n check` would then demand
it). The cog below is defined here so the extraction reads a real discord.py command."""

from __future__ import annotations

from typing import Any

from discord import app_commands
from discord.ext import commands

from bot.chat.i18n import UNDESCRIBED, command_messages
from bot.i18n_catalogs import COMMAND_NAME, OPTION_NAME


class UndescribedCog(commands.Cog):
    @app_commands.command(name="undescribed")
    async def undescribed(self, interaction: Any, thing: str) -> None:  # no docstring on purpose
        del interaction, thing


def test_an_undescribed_command_and_option_give_translators_their_names_only() -> None:
    extras = command_messages((__name__,))
    assert UndescribedCog.__cog_app_commands__[0].description == UNDESCRIBED  # discord.py's placeholder
    assert [(e.msgid, e.context) for e in extras] == [("undescribed", COMMAND_NAME), ("thing", OPTION_NAME)]
    assert all(e.location == "tests/chat/test_command_strings.py" for e in extras)
