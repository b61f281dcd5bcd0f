"""/triage queue | show | set | technology | note | draft for moderators (the core checks the level)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.errors import report_error, typed_back
from bot.chat.render.text import CONTENT_MAX
from bot.chat.render.tips import conversation_text, queue_text, review_embed
from bot.chat.views.review import kept_title
from bot.chat.views.tips import NO_MENTIONS, actor_of, app_of, wake_notices
from bot.i18n import _, isolate, pgettext
from bot.tips.intake import QUESTION_MAX, REASON_MAX
from bot.tips.model import STATUSES
from bot.tips.queue import shown_status as status_word
from bot.tips.technology import known_technologies

if TYPE_CHECKING:
    from bot.chat.client import ExportWatchBot

TIP_ID = "TIP-0042 or 42"
STATUS_CHOICES = [app_commands.Choice(name=s.replace("_", "-"), value=s) for s in STATUSES]
TECHNOLOGY_CHOICES = [
    *(app_commands.Choice(name=t, value=t) for t in known_technologies()),
    app_commands.Choice(name="none (clear it)", value="none"),
]


def _status_or_none(status: str | None) -> str:
    """An event's status in the moderator's words (a tip's first event comes from none)."""
    return status_word(status) if status else "–"


class Triage(commands.Cog):
    triage = app_commands.Group(name="triage", description="Moderators: work the tip queue", guild_only=True)

    def __init__(self, bot: ExportWatchBot) -> None:
        self.bot = bot

    async def _say(self, interaction: discord.Interaction[Any], text: str, **kw: Any) -> None:
        """Every text said here is built to fit Discord's 2,000 characters (the queue by whole lines
        with a count of the rest, /triage show by budgeting the conversation); a blind cut here
        would only hide that count or break a line's Markdown."""
        await interaction.edit_original_response(content=text, allowed_mentions=NO_MENTIONS, **kw)

    @triage.command(name="queue", description="Open tips, oldest first (or one status; or only yours)")
    @app_commands.choices(status=STATUS_CHOICES)
    @app_commands.describe(status="Only tips in this status", mine="Only tips you claimed")
    async def queue(
        self,
        interaction: discord.Interaction[Any],
        status: app_commands.Choice[str] | None = None,
        mine: bool = False,
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        service, actor, wanted = (
            app_of(interaction).tips,
            actor_of(interaction),
            status.value if status else None,
        )
        tips = await service.queue(actor, wanted, mine=mine)
        total = await service.queue_total(actor, wanted, mine=mine) if tips else 0
        await self._say(interaction, queue_text(tips, total))

    @triage.command(name="show", description="One tip with its details")
    @app_commands.describe(id=TIP_ID)
    async def show(self, interaction: discord.Interaction[Any], id: str) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        detail = await app_of(interaction).tips.show(actor_of(interaction), id)
        # Times stay ISO and to the hour (views carry no finer); the event codes are the audit's own.
        history = "\n".join(
            f"{e.at:%Y-%m-%d %H}:00 · {e.actor_role} · {e.action}"
            + (
                f" {_status_or_none(e.from_status)}→{_status_or_none(e.to_status)}"
                if e.from_status != e.to_status
                else ""
            )
            for e in detail.events[-15:]
        )
        text = _("History:\n{history}").format(history=history)
        if detail.messages:
            # The conversation gets what the history leaves of the message (answers run to 1,500).
            around = "\n\n" + _("Conversation:\n{conversation}").format(conversation="")
            convo = conversation_text(detail.messages, CONTENT_MAX - len(text) - len(around))
            text += "\n\n" + _("Conversation:\n{conversation}").format(conversation=convo)
        await self._say(
            interaction,
            text,
            embed=review_embed(detail.tip, permanent=False),  # ephemeral: may name a contact
        )

    @triage.command(
        name="set", description="Change a tip's status (reason: the question, original id, or why)"
    )
    @app_commands.choices(status=STATUS_CHOICES)
    @app_commands.describe(
        id=TIP_ID,
        status="The new status",
        reason="The question (needs-info), the original's id (duplicate), or why",
    )
    async def set_status(
        self,
        interaction: discord.Interaction[Any],
        id: str,
        status: app_commands.Choice[str],
        reason: app_commands.Range[str, 0, REASON_MAX] = "",
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            tip = await app_of(interaction).tips.set_status(actor_of(interaction), id, status.value, reason)
        except Exception as error:  # the reason (a question to the tipster, perhaps) comes back
            await report_error(interaction, error, kept=typed_back(kept_title("set"), reason))
            return
        await self._say(
            interaction,
            _("{tip} is now {status}.").format(tip=isolate(tip.public_id), status=status_word(tip.status)),
        )
        wake_notices(self.bot)  # the core queued the card's update (e.g. no contact mention once closed)

    @triage.command(name="technology", description="Confirm or correct a tip's technology")
    @app_commands.describe(id="TIP-0042 or 42", technology="One the bot knows, or none to clear it")
    @app_commands.choices(technology=TECHNOLOGY_CHOICES)
    async def technology(
        self, interaction: discord.Interaction[Any], id: str, technology: app_commands.Choice[str]
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        tip = await app_of(interaction).tips.set_technology(actor_of(interaction), id, technology.value)
        shown = pgettext("choice", tip.technology) if tip.technology else _("not set")
        await self._say(
            interaction,
            _("{tip}: technology is now {technology}.").format(tip=isolate(tip.public_id), technology=shown),
        )
        wake_notices(self.bot)  # the core queued the card's re-render

    @triage.command(name="note", description="Add a moderator-only note")
    @app_commands.describe(id=TIP_ID, text="The note (moderators only)")
    async def note(
        self, interaction: discord.Interaction[Any], id: str, text: app_commands.Range[str, 1, QUESTION_MAX]
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            tip = await app_of(interaction).tips.note(actor_of(interaction), id, text)
        except Exception as error:  # a mistyped id must not cost the note
            await report_error(interaction, error, kept=typed_back(kept_title("note"), text))
            return
        await self._say(interaction, _("Note added to {tip}.").format(tip=isolate(tip.public_id)))

    @triage.command(name="draft", description="Write a knowledge draft (status alleged) from an accepted tip")
    @app_commands.describe(
        id=TIP_ID, force="Replace a draft that already exists (it may hold an editor's work)"
    )
    async def draft(self, interaction: discord.Interaction[Any], id: str, force: bool = False) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        path = await app_of(interaction).tips.draft_from_tip(actor_of(interaction), id, force=force)
        await self._say(
            interaction,
            _("Draft written: {file} in the drafts folder. Run {command} after editing.").format(
                file=f"`{path.name}`", command="`kb check`"
            ),
        )


async def setup(bot: ExportWatchBot) -> None:
    await bot.add_cog(Triage(bot))
