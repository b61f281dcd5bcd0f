"""Message edits as Discord applies them, through the real discord.py client.

Discord (docs/resources/message.mdx "Edit Message", docs/resources/webhook.mdx "Edit Webhook
Message", which `@original` uses): every field is optional and nullable. A field the edit leaves out
stays as it was (an edit of only the buttons keeps the text and the card); null or an empty list
clears it. Of the flags only SUPPRESS_EMBEDS can be set and unset (and IS_COMPONENTS_V2 only set):
an edit naming other bits, EPHEMERAL among them, does not change them.
"""

from __future__ import annotations

import discord
import pytest
from discord import app_commands
from discord.ext import commands
from discord.http import Route

from bot.chat.errors import SafeView
from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.interactions import Reply

NONE = discord.AllowedMentions.none()
EPHEMERAL, SUPPRESS_EMBEDS = 1 << 6, 1 << 2


def edited(reply: Reply) -> bool:
    return bool(reply.raw.get("edited_timestamp"))


def card() -> discord.Embed:
    return discord.Embed(title="Card", description="the card's text")


class Buttons(SafeView):
    def __init__(self, label: str) -> None:
        super().__init__(timeout=None)
        self.add_item(discord.ui.Button(label=label, custom_id=f"edits-{label}"))


async def patch_original(interaction: discord.Interaction, body: dict[str, object]) -> None:
    """A raw edit of `@original` (discord.py sends flags only for its own features)."""
    route = Route(
        "PATCH",
        "/webhooks/{webhook_id}/{webhook_token}/messages/@original",
        webhook_id=interaction.application_id,
        webhook_token=interaction.token,
    )
    await interaction.client.http.request(route, json={**body, "allowed_mentions": {"parse": []}})


class Editing(commands.Cog):
    @app_commands.command(name="onlyview", description="reply, then edit only its buttons")
    async def onlyview(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(
            "some text", embed=card(), view=Buttons("One"), allowed_mentions=NONE
        )
        await interaction.edit_original_response(view=Buttons("Two"))

    @app_commands.command(name="onlyembeds", description="reply, then clear only its embeds")
    async def onlyembeds(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("some text", embed=card(), allowed_mentions=NONE)
        await interaction.edit_original_response(embeds=[])

    @app_commands.command(name="nullcontent", description="reply, then set its content to null")
    async def nullcontent(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("some text", embed=card(), allowed_mentions=NONE)
        await interaction.edit_original_response(content=None)

    @app_commands.command(name="channeledit", description="post, then edit only the embed")
    async def channeledit(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True)
        assert isinstance(interaction.channel, discord.TextChannel)
        posted = await interaction.channel.send("posted text", embed=card(), allowed_mentions=NONE)
        await posted.edit(embed=discord.Embed(title="New card", description="new"), allowed_mentions=NONE)
        await interaction.followup.send("done", ephemeral=True, allowed_mentions=NONE)

    @app_commands.command(name="flagsprivate", description="ephemeral reply, edit asks for flags 4")
    async def flagsprivate(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("only you", ephemeral=True, allowed_mentions=NONE)
        await patch_original(interaction, {"flags": SUPPRESS_EMBEDS})

    @app_commands.command(name="flagspublic", description="public reply, edit asks for ephemeral")
    async def flagspublic(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("everyone", allowed_mentions=NONE)
        await patch_original(interaction, {"flags": EPHEMERAL})


@pytest.fixture
async def editing(discord_env: DiscordEnv) -> DiscordEnv:
    await discord_env.bot.add_cog(Editing())
    await discord_env.bot.sync_commands()
    return discord_env


async def test_an_edit_of_only_the_buttons_keeps_the_text_and_the_card(editing: DiscordEnv) -> None:
    handle = await editing.slash("onlyview")
    reply = await handle.reply_where(edited)
    assert reply.content == "some text"
    assert reply.embed["title"] == "Card"
    assert [b["label"] for b in reply.buttons()] == ["Two"]


async def test_an_edit_of_only_the_embeds_keeps_the_text(editing: DiscordEnv) -> None:
    handle = await editing.slash("onlyembeds")
    reply = await handle.reply_where(edited)
    assert reply.content == "some text" and reply.embeds == []


async def test_null_content_clears_the_text_and_keeps_the_card(editing: DiscordEnv) -> None:
    handle = await editing.slash("nullcontent")
    reply = await handle.reply_where(edited)
    assert reply.content == "" and reply.embed["title"] == "Card"


async def test_a_channel_message_edit_of_the_embed_keeps_its_text(editing: DiscordEnv) -> None:
    await (await editing.slash("channeledit")).reply()
    posted = [m for m in editing.fake.channel_messages("general") if m.content == "posted text"]
    assert len(posted) == 1 and posted[0].embed["title"] == "New card"


async def test_an_edit_cannot_make_an_ephemeral_reply_public(editing: DiscordEnv) -> None:
    handle = await editing.slash("flagsprivate")
    reply = await handle.reply_where(edited)
    assert reply.ephemeral and reply.flags & SUPPRESS_EMBEDS


async def test_an_edit_cannot_make_a_public_reply_ephemeral(editing: DiscordEnv) -> None:
    handle = await editing.slash("flagspublic")
    assert not (await handle.reply_where(edited)).ephemeral
