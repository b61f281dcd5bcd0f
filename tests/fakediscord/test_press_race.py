"""A member presses a button only once Discord shows it; the harness must not press sooner.

discord.py stores a message's view after it has read Discord's answer to the request that sent
the message (discord/interactions.py: `store_view` after `create_interaction_response`). The fake
records the message as the request arrives, on the same event loop as the bot, so a press sent
right then can reach the bot before its own answer: no view yet, and discord.py drops the press
(CI saw "no callback within 5 s" for the tip preview's "Send anonymously"). Here the answer that
carries the preview is held back until the bot has read the press, or until the harness waits
for the bot to route it: without that wait the press is dropped every time, not one run in many.
"""

from __future__ import annotations

import asyncio
from typing import Any

import discord
import pytest

from tests.chat.tipflow import TIP_RE, VALUES
from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.interactions import MESSAGE_COMPONENT, MODAL_SUBMIT

CALLBACK = "/interactions/{interaction_id}/{interaction_token}/callback"
PRESSED = "tipnew:anon"


async def test_a_press_on_a_just_sent_preview_reaches_its_view(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = discord_env
    released = asyncio.Event()

    def pressed(interaction: discord.Interaction[Any]) -> bool:
        return (interaction.data or {}).get("custom_id") == PRESSED

    # Released when the bot has read the press (a harness that pressed at once)...
    read = asyncio.create_task(env.bot.wait_for("interaction", check=pressed))
    read.add_done_callback(lambda _: released.set())
    # ...or when the harness starts waiting for the bot to route it (the fix).
    waiting = env.fake.until_routed

    async def until_routed(payload: dict[str, Any], within: float = 5.0) -> None:
        if payload["data"]["custom_id"] == PRESSED:
            released.set()
        await waiting(payload, within)

    monkeypatch.setattr(env.fake, "until_routed", until_routed)

    opened = await env.slash("tip new", by="alice")
    await opened.modal()
    env.fake.hold("POST", CALLBACK, released)  # the next callback: the preview, with its view
    previewed = await opened.submit(VALUES)
    preview = await previewed.reply()  # recorded by the fake; the bot has not read the answer yet
    sent = await previewed.click(PRESSED, message=preview)
    receipt = await sent.reply_where(lambda r: bool(TIP_RE.search(r.text())))  # times out if dropped
    assert "`" in receipt.text()  # the receipt words
    read.cancel()


async def test_a_press_the_bot_never_routes_fails_loudly(discord_env: DiscordEnv) -> None:
    fake = discord_env.fake
    message = fake.world.message_payload(
        fake.world.channel_id("general"),
        {
            "components": [
                {"type": 1, "components": [{"type": 2, "style": 1, "label": "X", "custom_id": "nowhere"}]}
            ]
        },
    )
    alice = fake.person("alice")
    press = fake.interaction_payload(
        MESSAGE_COMPONENT,
        {"custom_id": "nowhere", "component_type": 2},
        by=alice,
        dm=False,
        channel="general",
        message=message,
    )
    with pytest.raises(AssertionError, match=r"routes no press 'nowhere' on message \d+.*stale=True"):
        await fake.until_routed(press, within=0.2)
    form = fake.interaction_payload(
        MODAL_SUBMIT, {"custom_id": "never-opened", "components": []}, by=alice, dm=False, channel="general"
    )
    with pytest.raises(AssertionError, match="routes no form 'never-opened'"):
        await fake.until_routed(form, within=0.2)
