"""The loopback Discord itself: buttons, modals, selects, autocomplete, follow-ups, files, faults, RESUME.

A small cog exercises each interaction shape through the real client, so colleagues' tests can
rely on the fake behaving like Discord for those shapes.
"""

from __future__ import annotations

import asyncio

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from bot.chat.errors import SafeModal, SafeView
from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.spec import load_spec


class Form(SafeModal, title="Report"):
    what = discord.ui.TextInput(label="What happened", custom_id="what")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"got: {self.what.value}", ephemeral=True)


class RenameForm(SafeModal, title="Rename"):
    name = discord.ui.TextInput(label="New name", custom_id="name")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.edit_message(content=f"renamed: {self.name.value}")


class Buttons(SafeView):
    @discord.ui.button(label="Count", custom_id="count")
    async def count(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.edit_message(content=f"clicked by {interaction.user.name}", view=self)

    @discord.ui.button(label="Form", custom_id="form")
    async def form(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.send_modal(Form(custom_id="form-modal"))

    @discord.ui.button(label="Rename", custom_id="rename")
    async def rename(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.send_modal(RenameForm(custom_id="rename-modal"))

    @discord.ui.select(custom_id="pick", options=[discord.SelectOption(label=x) for x in ("a", "b")])
    async def pick(self, interaction: discord.Interaction, select: discord.ui.Select) -> None:
        await interaction.response.send_message(f"picked {select.values}", ephemeral=True)


class Demo(commands.Cog):
    @app_commands.command(name="demo", description="buttons")
    async def demo(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("start", view=Buttons())

    @app_commands.command(name="slow", description="defer, edit, follow up with a file")
    @app_commands.describe(topic="a topic")
    async def slow(
        self, interaction: discord.Interaction, topic: str, who: discord.Member | None = None
    ) -> None:
        await interaction.response.defer(thinking=True)
        await interaction.edit_original_response(content=f"topic={topic} who={who.name if who else None}")
        await interaction.followup.send("file", file=discord.File(_bytes(), "a.txt"))

    @slow.autocomplete("topic")
    async def topic_auto(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=f"{current}-{i}", value=f"{current}{i}") for i in range(3)]

    group = app_commands.Group(name="grp", description="a group")

    @group.command(name="sub", description="a subcommand")
    async def sub(self, interaction: discord.Interaction, n: int) -> None:
        await interaction.response.send_message(f"n={n}")

    @app_commands.command(name="post", description="posts to the review channel")
    async def post(self, interaction: discord.Interaction) -> None:
        channel = interaction.client.get_channel(interaction.client.app.settings.review_channel_id)
        await channel.send("new tip #1")
        await interaction.response.send_message("posted", ephemeral=True)


def _bytes():  # a file object discord.py can send
    import io

    return io.BytesIO(b"hello file")


@pytest.fixture
async def demo(discord_env: DiscordEnv) -> DiscordEnv:
    await discord_env.bot.add_cog(Demo())
    await discord_env.bot.sync_commands()
    return discord_env


async def test_button_updates_the_message_and_select_and_modal_work(demo: DiscordEnv) -> None:
    start = await demo.slash("demo", by="alice")
    reply = await start.reply()
    assert reply.content == "start"
    assert [b["custom_id"] for b in reply.buttons()] == ["count", "form", "rename", "pick"]

    clicked = await start.click("Count", by="mo")
    assert (await clicked.reply()).content == "clicked by mo"

    picked = await start.click("pick", values=["b"])
    assert (await picked.reply()).content == "picked ['b']"

    opened = await start.click("Form")
    modal = await opened.modal()
    assert modal["title"] == "Report"
    submitted = await opened.submit({"what": "a sale to X"})
    assert (await submitted.reply()).content == "got: a sale to X"

    # A modal opened from a button can update that button's message (type 7 on the submit).
    renamed = await (await start.click("Rename")).submit({"name": "Case 12"})
    updated = await renamed.reply()
    assert updated.content == "renamed: Case 12" and updated.id == reply.id


async def test_defer_edit_followup_with_file_options_and_autocomplete(demo: DiscordEnv) -> None:
    handle = await demo.slash("slow", topic="spyware", who="cora")
    assert (await handle.response()).type == 5
    assert (await handle.reply()).content == "topic=spyware who=cora"
    followup = await handle.followup(1)
    assert followup.attachments == {"a.txt": b"hello file"}

    auto = await demo.autocomplete("slow", "topic", topic="spy")
    assert [c["value"] for c in await auto.choices()] == ["spy0", "spy1", "spy2"]

    sub = await demo.slash("grp sub", n=7)
    assert (await sub.reply()).content == "n=7"

    post = await demo.slash("post", by="mo")
    await post.reply()
    message = await demo.fake.wait_for_message("review", lambda r: "tip" in r.text())
    assert message.content == "new tip #1"


async def test_unknown_options_and_commands_fail_loudly(demo: DiscordEnv) -> None:
    with pytest.raises(AssertionError, match="no option"):
        await demo.slash("grp sub", m=1)
    with pytest.raises(AssertionError, match="not registered"):
        await demo.slash("nope")


async def test_injected_429_is_retried_and_resume_replays_missed_events(demo: DiscordEnv) -> None:
    fake = demo.fake
    fake.fail("POST", "/interactions/{interaction_id}/{interaction_token}/callback", 429, retry_after=0.01)
    reply = await (await demo.slash("grp sub", n=1)).reply()
    assert reply.content == "n=1"
    statuses = [
        r.status
        for r in fake.requests_to("POST", "/interactions/{interaction_id}/{interaction_token}/callback")
    ]
    assert statuses == [429, 200]

    await fake.gateway.close_sockets(4000)
    for _ in range(100):
        if fake.gateway.live() and fake.gateway.resumes:
            break
        await asyncio.sleep(0.05)
    assert fake.gateway.resumes == 1 and len(fake.gateway.identifies) == 1
    reply = await (await demo.slash("grp sub", n=2)).reply()
    assert reply.content == "n=2"


def test_spec_matches_literal_paths_before_parameters() -> None:
    spec = load_spec()
    assert spec.match("GET", "/users/@me").template == "/users/@me"
    op = spec.match("PATCH", "/webhooks/1/tok/messages/@original")
    assert op.template.endswith("/messages/@original") and op.params == {
        "webhook_id": "1",
        "webhook_token": "tok",
    }
    assert spec.match("GET", "/no/such/path") is None


def test_spec_reports_the_intended_union_branch() -> None:
    spec = load_spec()
    op = spec.match("POST", "/interactions/1/t/callback")
    ok = {"type": 4, "data": {"content": "hi", "allowed_mentions": {"parse": []}}}
    assert spec.validate(op, ok) == []
    bad = {"type": 8, "data": {"choices": [{"name": "n" * 101, "value": "v"}]}}
    (problem,) = spec.validate(op, bad)
    assert "data/choices/0/name" in problem and "maxLength" in problem
