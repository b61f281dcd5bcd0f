"""Mention-to-ask: "@ExportWatch what did Amesys sell to Libya?" answered like /ask.

Loaded by the client only when MESSAGE_CONTENT_MENTION is on (it needs message events, which the
default guilds-only intents do not receive). The answer is rendered exactly as /ask renders it, with
the same buttons, and replies without pinging anyone.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

from bot.chat.errors import message_for
from bot.chat.render import question_line
from bot.chat.views.answer import NO_MENTIONS
from bot.chat.views.reply import answer_reply
from bot.i18n import N_, _, format_number, negotiate, use_locale
from bot.questions.service import ASK_MAX

if TYPE_CHECKING:
    from bot.chat.client import ExportWatchBot

log = logging.getLogger("bot.chat.mention")

EMPTY_HINT = N_(
    "Ask me a question after the mention, e.g. `@ExportWatch who sold FinFisher?`, or use `/ask`."
)
TOO_LONG = N_("That question is too long; please keep it under {n} characters or use `/ask`.")


def question_from(message: discord.Message, bot_id: int) -> str:
    """The message text without the mention(s) of the bot."""
    return re.sub(rf"<@!?{bot_id}>", " ", message.content).strip()


class MentionAsk(commands.Cog):
    def __init__(self, bot: ExportWatchBot) -> None:
        self.bot = bot

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        me = self.bot.user
        if me is None or message.author.bot or message.mention_everyone or not me.mentioned_in(message):
            return
        # A message carries no member locale (only interactions do): the server's language, else English.
        with use_locale(negotiate(message.guild.preferred_locale.value if message.guild else None)):
            await self._reply(message, question_from(message, me.id))

    async def _reply(self, message: discord.Message, question: str) -> None:
        try:
            if not question:
                await message.reply(_(EMPTY_HINT), mention_author=False, allowed_mentions=NO_MENTIONS)
            elif len(question) > ASK_MAX:
                text = _(TOO_LONG).format(n=format_number(ASK_MAX))
                await message.reply(text, mention_author=False, allowed_mentions=NO_MENTIONS)
            else:
                await self._answer(message, question)
        except discord.HTTPException as exc:
            log.warning("Could not answer a mention (HTTP %s)", exc.status)
        except Exception as exc:  # same contract as commands: polite reply, reference in the log
            text = message_for(exc, "mention-to-ask")
            try:
                await message.reply(text, mention_author=False, allowed_mentions=NO_MENTIONS)
            except discord.HTTPException:
                log.warning("Could not tell the member about an error in mention-to-ask")

    async def _answer(self, message: discord.Message, question: str) -> None:
        app = self.bot.app
        async with message.channel.typing():
            outcome = await app.ask(question, source="discord")
        # A reply in a channel is public, and rating buttons there could be pressed by anyone (and
        # no longer name the asker): only a DM, seen by the asker alone, gets them.
        embed, view = answer_reply(app, question, outcome, rate_here=message.guild is None)
        kwargs: dict[str, Any] = {"view": view} if view is not None else {}
        await message.reply(
            question_line(question), embed=embed, mention_author=False, allowed_mentions=NO_MENTIONS, **kwargs
        )


async def setup(bot: ExportWatchBot) -> None:
    await bot.add_cog(MentionAsk(bot))
