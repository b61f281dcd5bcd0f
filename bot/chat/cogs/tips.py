"""/tip new | status | reply: file a tip (DMs or servers, always ephemeral) and follow it up by receipt.

Discord does not let a command group be invoked itself, so filing is `/tip new`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.errors import report_error, typed_back
from bot.chat.notices import NoticePump
from bot.chat.render.tips import status_text
from bot.chat.views.review import ReviewButton
from bot.chat.views.tips import NO_MENTIONS, TipModal, app_of, wake_notices
from bot.i18n import _, isolate, pgettext
from bot.tips.intake import REPLY_MAX

if TYPE_CHECKING:
    from bot.chat.client import ExportWatchBot

log = logging.getLogger("bot.chat.tips")

EVERYWHERE = app_commands.AppCommandContext(guild=True, dm_channel=True, private_channel=True)


class Tips(commands.Cog):
    tip = app_commands.Group(
        name="tip",
        description="Report a surveillance-technology sale, contract or deployment, safely",
        allowed_contexts=EVERYWHERE,
    )

    def __init__(self, bot: ExportWatchBot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        # Review buttons carry the tip id in their custom_id, so they work on cards posted before a restart.
        self.bot.add_dynamic_items(ReviewButton)
        self.bot.tip_notices = NoticePump(self.bot)  # cards, answers, edits, tombstones (bot/chat/notices.py)
        self.bot.tip_notices.start()

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(ReviewButton)
        assert self.bot.tip_notices is not None  # set in cog_load; only a loaded cog is unloaded
        await self.bot.tip_notices.stop()

    @tip.command(name="new", description="File a tip (anonymous unless you choose otherwise)")
    async def new(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.send_modal(TipModal())

    @tip.command(name="status", description="See your tip's status and any question from moderators")
    @app_commands.describe(receipt="The six receipt words you were given")
    async def status(self, interaction: discord.Interaction[Any], receipt: str) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        result = await app_of(interaction).tips.status_by_receipt(receipt)
        await interaction.edit_original_response(content=status_text(result), allowed_mentions=NO_MENTIONS)

    @tip.command(name="reply", description="Answer the moderators' question, still without your name")
    @app_commands.describe(receipt="The six receipt words you were given", text="Your answer")
    async def reply(
        self,
        interaction: discord.Interaction[Any],
        receipt: str,
        text: app_commands.Range[str, 1, REPLY_MAX],
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        app = app_of(interaction)
        try:
            tip = await app.tips.reply_by_receipt(receipt, text)
        except Exception as error:
            # Discord clears the command once sent: a refusal (a mistyped receipt, a tip closed
            # meanwhile) gives the answer back to copy, or it would be lost (never the receipt).
            title = pgettext("embed title", "Your answer, not sent: copy it to send again")
            await report_error(interaction, error, kept=typed_back(title, text))
            return
        await interaction.edit_original_response(
            content=_("Thank you — your answer was added to {tip}.").format(tip=isolate(tip.public_id)),
            allowed_mentions=NO_MENTIONS,
        )
        wake_notices(self.bot)  # moderators hear of it with the next batch (bot/tips/notices.py)


async def setup(bot: ExportWatchBot) -> None:
    await bot.add_cog(Tips(bot))
