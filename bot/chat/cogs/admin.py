"""/kb reload and SIGHUP: new knowledge without a restart.

The reload, who may ask for it and what the log says are the core's (`App.reload_knowledge`,
over `KnowledgeService.reload`): it builds a new index off the event loop and swaps it in only
when the directory is clean, so a broken file leaves the previous knowledge serving. This face
only words the outcome. SIGHUP (what `systemctl reload` sends, see
docs/deploy/exportwatch.service) runs the same reload as the system and reports to the log, since
there is nobody to reply to.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import App
from bot.chat.render.text import shorten_plain
from bot.chat.views.tips import actor_of
from bot.i18n import N_, _, format_number, ngettext
from bot.kb.check import Problem
from bot.kb.render import kind_count
from bot.permissions import system_actor

if TYPE_CHECKING:
    from bot.chat.client import ExportWatchBot

log = logging.getLogger("bot.chat.admin")

MESSAGE_MAX = 2000
PROBLEMS_SHOWN = 10
STILL_SERVING = N_("The previous knowledge is still serving.")


def counts_text(app: App) -> str:
    """The counts per kind in the member's language: '4 entries (1 rule, 2 vendors, 1 case)'."""
    counts = app.kb.counts()
    total = sum(counts.values())
    parts = _(", ").join(kind_count(kind, n) for kind, n in counts.items())
    return ngettext("{n} entry ({parts})", "{n} entries ({parts})", total).format(
        n=format_number(total), parts=parts
    )


def reload_message(app: App, problems: Sequence[Problem]) -> str:
    """What an admin is told: the counts now served, or the problems (path:line: message)."""
    if not problems:
        return _("Knowledge reloaded: {counts}.").format(counts=counts_text(app))
    n = len(problems)
    head = ngettext(
        "Knowledge not reloaded: {n} problem.", "Knowledge not reloaded: {n} problems.", n
    ).format(n=format_number(n))
    head = f"{head} {_(STILL_SERVING)}\n"
    budget = MESSAGE_MAX - len(head) - 120  # room for the fence and the "... and N more" line
    # Paths and messages come from files, not members, but may hold Markdown: show them as code.
    shown: list[str] = []
    for problem in problems[:PROBLEMS_SHOWN]:
        line = shorten_plain(str(problem), 300).replace("`", "'")
        if sum(len(s) + 1 for s in shown) + len(line) > budget:
            break
        shown.append(line)
    more = len(problems) - len(shown)
    tail = (
        "\n"
        + ngettext(
            "... and {n} more (run `python -m bot kb check` for all)",
            "... and {n} more (run `python -m bot kb check` for all)",
            more,
        ).format(n=format_number(more))
        if more > 0
        else ""
    )
    body = "```\n" + "\n".join(shown) + "\n```"
    return head + body + tail


class Admin(commands.Cog):
    kb = app_commands.Group(name="kb", description="Knowledge base administration (admins)")

    def __init__(self, bot: ExportWatchBot) -> None:
        self.bot = bot
        self._reloads: set[asyncio.Task[Any]] = set()

    async def cog_load(self) -> None:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            # Only possible in the main thread on Unix; elsewhere /kb reload still works.
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self.on_sighup)

    async def cog_unload(self) -> None:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # False if never installed
            asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)
        for task in list(self._reloads):
            task.cancel()

    def on_sighup(self) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(self._reload_logged())
        self._reloads.add(task)
        task.add_done_callback(self._reloads.discard)
        return task

    async def _reload_logged(self) -> None:
        try:
            await self.bot.app.reload_knowledge(system_actor(), "SIGHUP")
        except Exception:
            log.exception("Knowledge reload (SIGHUP) failed; the previous knowledge is still serving")

    @kb.command(name="reload", description="Re-read the knowledge files; a broken file keeps the old ones")
    async def reload(self, interaction: discord.Interaction[Any]) -> None:
        app = self.bot.app
        actor = actor_of(interaction)
        app.authorize_reload(actor)  # a refusal is the reply itself, before acknowledging
        await interaction.response.defer(ephemeral=True, thinking=True)
        problems = await app.reload_knowledge(actor, f"/kb reload by {interaction.user.id}")
        await interaction.edit_original_response(
            content=reload_message(app, problems), allowed_mentions=discord.AllowedMentions.none()
        )


async def setup(bot: ExportWatchBot) -> None:
    await bot.add_cog(Admin(bot))
