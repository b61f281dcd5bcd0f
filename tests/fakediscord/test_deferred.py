"""Deferred replies as Discord models them, through the real discord.py client.

Discord (docs/interactions/receiving-and-responding.mdx, Create Followup Message): the first
follow-up after a deferred "thinking" reply edits that message instead of posting a new one, and
keeps the defer's visibility (its own ephemeral flag is ignored); later follow-ups are new messages.
`@original` can be read, edited and deleted; a deleted one is gone for good.
"""

from __future__ import annotations

import asyncio

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from bot.chat.errors import SafeView
from tests.fakediscord.harness import DiscordEnv


class Bump(SafeView):
    def __init__(self, gate: asyncio.Event) -> None:
        super().__init__(timeout=None)
        self.gate, self.count = gate, 0

    @discord.ui.button(label="Bump", custom_id="bump")
    async def bump(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.defer()  # type 6: the edit comes later
        await self.gate.wait()
        self.gate.clear()
        self.count += 1
        await interaction.edit_original_response(content=f"bumped {self.count}", view=self)


class Deferring(commands.Cog):
    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.missing_after_delete: bool | None = None

    @app_commands.command(name="thinkpub", description="public defer, two ephemeral follow-ups")
    async def thinkpub(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        await interaction.followup.send(
            "first", ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )
        await interaction.followup.send(
            "second", ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )

    @app_commands.command(name="thinkpriv", description="private defer, a public follow-up")
    async def thinkpriv(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        await interaction.followup.send("only you", allowed_mentions=discord.AllowedMentions.none())

    @app_commands.command(name="gone", description="edit then delete @original")
    async def gone(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("v1", allowed_mentions=discord.AllowedMentions.none())
        await interaction.edit_original_response(content="v2")
        await interaction.delete_original_response()
        try:
            await interaction.original_response()
            self.missing_after_delete = False
        except discord.NotFound:
            self.missing_after_delete = True
        await interaction.followup.send(
            "after", ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )

    @app_commands.command(name="bumper", description="a message with a slow button")
    async def bumper(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("bumped 0", view=Bump(self.gate))


@pytest.fixture
async def deferring(discord_env: DiscordEnv) -> tuple[DiscordEnv, Deferring]:
    cog = Deferring()
    await discord_env.bot.add_cog(cog)
    await discord_env.bot.sync_commands()
    return discord_env, cog


async def test_first_followup_replaces_public_thinking_and_stays_public(
    deferring: tuple[DiscordEnv, Deferring],
) -> None:
    env, _ = deferring
    handle = await env.slash("thinkpub")
    reply = await handle.reply()
    first, second = await handle.followup(1), await handle.followup(2)
    assert reply.content == "first" and not reply.ephemeral  # the ephemeral flag was ignored
    assert first.id == reply.id  # no new message: the thinking message became it
    assert second.id != reply.id and second.ephemeral and second.content == "second"
    assert not any(m.flags & 128 for m in env.fake.channel_messages("general"))  # nothing left "thinking"


async def test_private_defer_keeps_its_followup_private(deferring: tuple[DiscordEnv, Deferring]) -> None:
    env, _ = deferring
    reply = await (await env.slash("thinkpriv")).reply()
    assert reply.content == "only you" and reply.ephemeral


async def test_deleted_original_is_gone_and_the_next_followup_is_new(
    deferring: tuple[DiscordEnv, Deferring],
) -> None:
    env, cog = deferring
    handle = await env.slash("gone")
    await handle.followup(1)
    reply = await handle.reply()  # the response is deleted: what remains is the follow-up
    assert reply.content == "after" and reply.ephemeral
    assert cog.missing_after_delete is True
    assert [m.content for m in env.fake.channel_messages("general")] == ["after"]


async def test_reply_after_a_deferred_update_waits_for_this_clicks_edit(
    deferring: tuple[DiscordEnv, Deferring],
) -> None:
    env, cog = deferring
    start = await env.slash("bumper")
    first = await start.click("Bump")
    cog.gate.set()
    once = await first.reply()
    assert once.content == "bumped 1"
    # The clicked message now has an edited_timestamp; the next click's reply must still wait for
    # its own edit rather than return the message as it was before the click.
    second = await start.click("Bump", message=once)
    assert (await second.response()).type == 6
    waiting = asyncio.create_task(second.reply())
    await asyncio.sleep(0)
    cog.gate.set()
    assert (await waiting).content == "bumped 2"
