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

import pytest

from tests.chat.tipflow import VALUES
from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.interactions import MESSAGE_COMPONENT, MODAL_SUBMIT, UPDATE_MESSAGE
from tests.support.tipping import TIP_RE

CALLBACK = "/interactions/{interaction_id}/{interaction_token}/callback"


def held_until_read_or_awaited(
    env: DiscordEnv, monkeypatch: pytest.MonkeyPatch, custom_id: str | None
) -> asyncio.Event:
    """Set when the bot has read the press (`custom_id`; None: any form), as it would be by a harness
    that pressed at once, or when the harness starts waiting for the bot to route it (the fix)."""
    released = asyncio.Event()

    def ours(kind: int, data: dict[str, Any]) -> bool:
        return data.get("custom_id") == custom_id if custom_id else kind == MODAL_SUBMIT

    read = asyncio.create_task(
        env.bot.wait_for("interaction", check=lambda i: ours(i.type.value, i.data or {}))  # type: ignore[arg-type]
    )
    read.add_done_callback(lambda _: released.set())
    waiting = env.fake.until_routed

    async def until_routed(payload: dict[str, Any], within: float = 5.0) -> None:
        if ours(payload["type"], payload["data"]):
            released.set()
        await waiting(payload, within)

    monkeypatch.setattr(env.fake, "until_routed", until_routed)
    return released


async def test_a_press_on_a_just_sent_preview_reaches_its_view(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = discord_env
    released = held_until_read_or_awaited(env, monkeypatch, "tipnew:anon")
    opened = await env.slash("tip new", by="alice")
    await opened.modal()
    env.fake.hold("POST", CALLBACK, released)  # the next callback: the preview, with its view
    previewed = await opened.submit(VALUES)
    preview = await previewed.reply()  # recorded by the fake; the bot has not read the answer yet
    sent = await previewed.click("tipnew:anon", message=preview)
    receipt = await sent.reply_where(lambda r: bool(TIP_RE.search(r.text())))  # times out if dropped
    assert "`" in receipt.text()  # the receipt words


async def test_a_choice_in_a_just_sent_select_reaches_its_view(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = discord_env
    released = held_until_read_or_awaited(env, monkeypatch, "tipnew:tech")
    opened = await env.slash("tip new", by="alice")
    await opened.modal()
    env.fake.hold("POST", CALLBACK, released)
    previewed = await opened.submit(VALUES)
    preview = await previewed.reply()
    technology = preview.button("tipnew:tech")["options"][-1]["value"]
    chosen = await previewed.click("tipnew:tech", values=[technology], message=preview)
    callback = await chosen.response()
    assert callback.type == UPDATE_MESSAGE, f"the choice was dropped; the member saw {callback.data}"


async def test_a_form_submitted_right_after_it_opened_reaches_its_modal(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = discord_env
    released = held_until_read_or_awaited(env, monkeypatch, None)
    env.fake.hold("POST", CALLBACK, released)  # the next callback: the modal /tip new opens
    opened = await env.slash("tip new", by="alice")
    previewed = await opened.submit(VALUES)
    preview = await previewed.reply()
    assert preview.button("tipnew:anon"), f"the form was dropped; the member saw {preview.text()!r}"


async def test_a_press_the_bot_never_routes_fails_loudly(discord_env: DiscordEnv) -> None:
    fake = discord_env.fake
    message = fake.world.button_message("nowhere", label="X")
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
