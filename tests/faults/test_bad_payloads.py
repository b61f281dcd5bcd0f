"""Malformed and oversized interactions are refused cleanly: a WARNING at most, never a crash or an ERROR,
and the next interaction is answered as usual."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.interactions import APPLICATION_COMMAND, AUTOCOMPLETE
from tests.fakediscord.options import command_data

BIG = "A" * 100_000


def malformed(env: DiscordEnv) -> list[dict[str, Any]]:
    fake = env.fake
    good = fake.interaction_payload(
        APPLICATION_COMMAND, fake.command("about") | {}, by=fake.person("alice"), dm=False, channel="general"
    )
    no_token = {k: v for k, v in good.items() if k != "token"} | {"id": str(fake.world.ids.next())}
    return [
        {},
        {"id": "not-a-number", "type": 2},
        {"id": str(fake.world.ids.next()), "type": 2},  # no data, token, channel or user
        no_token,
        good | {"id": str(fake.world.ids.next()), "data": "garbage"},
        good | {"id": str(fake.world.ids.next()), "type": 3, "data": {"custom_id": 5}},
        good | {"id": str(fake.world.ids.next()), "type": 5, "data": {}},
        good | {"id": str(fake.world.ids.next()), "member": {"user": None}},
    ]


async def test_malformed_interactions_are_ignored_with_a_warning(
    discord_env: DiscordEnv, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    identifies = len(discord_env.fake.gateway.identifies)
    for payload in malformed(discord_env):
        await discord_env.fake.gateway.dispatch("INTERACTION_CREATE", payload, guild_id=None)
        await discord_env.fake.gateway.dispatch(
            "INTERACTION_CREATE", payload, guild_id=discord_env.fake.world.guild_id
        )
    reply = await (await discord_env.slash("about")).reply()
    assert "Knowledge base" in reply.text()
    warned = [r.getMessage() for r in caplog.records if r.name == "bot.chat.replay"]
    assert any("malformed" in m or "without a valid id" in m for m in warned)
    # Never a reconnect: the gateway reader did not choke on any of them.
    assert len(discord_env.fake.gateway.identifies) == identifies
    assert discord_env.fake.gateway.resumes == 0


async def test_an_oversized_option_gets_a_clean_reply(discord_env: DiscordEnv) -> None:
    """Discord caps /ask's question at 500 characters, but a forged or buggy payload need not."""
    data = discord_env.fake.command("ask")
    payload_data = {
        "id": data["id"],
        "name": "ask",
        "type": 1,
        "options": [{"name": "question", "type": 3, "value": BIG}],
    }
    if "guild_id" in data:
        payload_data["guild_id"] = data["guild_id"]
    handle = await discord_env.fake.interact(APPLICATION_COMMAND, payload_data)
    reply = await handle.reply()
    assert len(reply.content) <= 2000 and BIG not in reply.text()
    # Still serving.
    assert "Knowledge base" in (await (await discord_env.slash("about")).reply()).text()


async def test_oversized_autocomplete_input_gets_choices_or_none(discord_env: DiscordEnv) -> None:
    fake = discord_env.fake
    data = command_data(fake, fake.command("vendor"), [], {"name": BIG}, focused="name")
    handle = await fake.interact(AUTOCOMPLETE, data)
    choices = await handle.choices()
    assert len(choices) <= 25


async def test_an_error_quoting_a_long_input_still_fits_a_message(discord_env: DiscordEnv) -> None:
    """Found by the fuzzer: "'<6000 chars>' is not an ISO week" was longer than Discord allows."""
    reply = await (await discord_env.slash("summary", by="cora", week="\u00e3\x01" * 3000)).reply()
    assert reply.ephemeral and 0 < len(reply.content) <= 2000
