"""/ask: a question in, the knowledge base's sourced answer (or an honest "I don't know") out."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.i18n import public_language
from bot.chat.render import question_line
from bot.chat.sends import defer_thinking, edit_original, send_followup
from bot.chat.views.answer import NO_MENTIONS, RATE_PROMPT, rateable
from bot.chat.views.prebuilt import answer_components, rating_rows
from bot.chat.views.search import DYNAMIC_ITEMS
from bot.i18n import _
from bot.questions.lane import AnswersFirst
from bot.questions.service import ASK_MAX, checked_question

if TYPE_CHECKING:
    from bot.app import AskOutcome
    from bot.chat.client import ExportWatchBot

log = logging.getLogger("bot.chat.ask")


class Ask(commands.Cog):
    def __init__(self, bot: ExportWatchBot) -> None:
        self.bot = bot
        self.answers_first: AnswersFirst = bot.app.answers_first  # the question log waits on it too

    async def cog_load(self) -> None:
        # Registered once here so every component (also on messages from before a restart) is handled.
        self.bot.add_dynamic_items(*DYNAMIC_ITEMS)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(*DYNAMIC_ITEMS)

    @app_commands.command(
        name="ask",
        description="Ask about surveillance-tech export rules, vendors or cases",
    )
    @app_commands.describe(
        question="Your question, in your own words",
        private="Only you see the answer (default: everyone in the channel)",
    )
    async def ask(
        self,
        interaction: discord.Interaction[Any],
        question: app_commands.Range[str, 1, ASK_MAX],
        private: bool = False,
    ) -> None:
        checked_question(question)  # a blank one is refused before acknowledging: the refusal is the reply
        ephemeral = private and interaction.guild is not None
        with self.answers_first.answering():
            outcome = await self._answer(interaction, question, ephemeral)
        if ephemeral or interaction.guild is None or not outcome.in_log:  # rated on the answer, or not at all
            return
        app = self.bot.app
        if (await outcome.logged()).question_id is None:  # the log is down: say so on the answer
            with public_language(interaction):
                embed, view = answer_components(app, question, outcome, rate_here=False)
            await edit_original(interaction, embed=embed, view=view, allowed_mentions=NO_MENTIONS)
        prompt_for = rateable(outcome)
        if prompt_for is not None:
            await self.answers_first.quiet()
            try:
                await send_followup(
                    interaction,
                    _(RATE_PROMPT),
                    view=rating_rows(prompt_for),
                    ephemeral=True,
                    allowed_mentions=NO_MENTIONS,
                )
            except discord.HTTPException as exc:
                # The answer is out; a lost "was this helpful?" is no error to tell the member about
                # (the error handler would say "something went wrong" under a good answer).
                log.warning("Could not send the rating prompt after an answer (HTTP %s)", exc.status)

    async def _answer(
        self, interaction: discord.Interaction[Any], question: str, ephemeral: bool
    ) -> AskOutcome:
        """Acknowledge, search, and replace "thinking..." with the answer."""
        # Logging the question touches the database: acknowledge first, so Discord's 3 s never bite.
        await defer_thinking(interaction, ephemeral=ephemeral)
        app = self.bot.app
        # Rating buttons go where only the asker sees them: on a private answer (or in a DM), else
        # on an ephemeral prompt after the public answer. Their custom ids never name the asker.
        seen_only_by_asker = ephemeral or interaction.guild is None
        # A public answer does not wait for the question-log write (group-committed): its rating
        # prompt, which needs the row's id, follows it.
        outcome = await app.ask(question, source="discord", wait_for_log=seen_only_by_asker)
        with public_language(interaction, public=not seen_only_by_asker):
            content = question_line(question)
            embed, view = answer_components(app, question, outcome, rate_here=seen_only_by_asker)
        # Replaces the "thinking..." message (ephemeral or not, as chosen when deferring); not read
        # back into discord.py's models (bot/chat/sends.py).
        await edit_original(
            interaction, content=content, embed=embed, view=view, allowed_mentions=NO_MENTIONS
        )
        return outcome


async def setup(bot: ExportWatchBot) -> None:
    await bot.add_cog(Ask(bot))
