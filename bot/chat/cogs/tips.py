"""/tip new | status | reply: file a tip (DMs or servers, always ephemeral) and follow it up by receipt.

Discord does not let a command group be invoked itself, so filing is `/tip new`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.render_tips import status_text
from bot.chat.views.tips import NO_MENTIONS, ReviewButton, TipModal, app_of, post_for_review
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

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(ReviewButton)

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
        tip = await app.tips.reply_by_receipt(receipt, text)
        await interaction.edit_original_response(
            content=f"Thank you — your answer was added to {tip.public_id}.", allowed_mentions=NO_MENTIONS
        )
        try:
            await _refresh_review_card(self.bot, app, tip.id, tip.review_message_id)
        except Exception as exc:
            # The answer is stored and the tipster thanked; an error now would make them send it again.
            log.warning(
                "Could not tell moderators about an answer to %s (%s); it is in /triage show",
                tip.public_id,
                type(exc).__name__,
            )


async def _refresh_review_card(client: Any, app: Any, tip_id: int, message_id: int | None) -> None:
    """Tell moderators an answer arrived: update the card (or post one if it was never posted or is gone)."""
    channel_id = app.settings.review_channel_id
    if not channel_id:
        return
    if message_id is None:
        await post_for_review(client, app, tip_id)
        return
    from bot.chat.render_tips import review_embed
    from bot.chat.views.tips import review_view
    from bot.permissions import Actor, Level

    tip = (await app.tips.show(Actor(user_id=0, level=Level.ADMIN), tip_id)).tip
    channel = client.get_channel(channel_id) or await client.fetch_channel(channel_id)
    message = channel.get_partial_message(message_id)
    try:
        await message.edit(embed=review_embed(tip), view=review_view(tip), allowed_mentions=NO_MENTIONS)
    except discord.NotFound:  # the card was deleted: post a fresh one so the tip stays visible
        await post_for_review(client, app, tip_id)
    await channel.send(
        f"{tip.public_id}: the tipster answered. Use Show or `/triage show {tip.public_id}`.",
        allowed_mentions=NO_MENTIONS,
    )


async def setup(bot: ExportWatchBot) -> None:
    await bot.add_cog(Tips(bot))
