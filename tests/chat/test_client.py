"""The client end to end against the loopback Discord: connect, intents, command sync, shutdown."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService


@pytest.fixture
def knowledge() -> KnowledgeService:
    return KnowledgeService.from_entries([])


async def test_connects_and_syncs_commands_to_the_guild(discord_env) -> None:
    fake = discord_env.fake
    assert discord_env.bot.is_ready()
    names = {c["name"] for c in fake.commands[fake.world.guild_id]}
    assert "about" in names
    assert fake.commands.get(None) is None  # nothing registered globally when GUILD_ID is set
    puts = fake.requests_to("PUT", "/applications/{application_id}/guilds/{guild_id}/commands")
    assert len(puts) == 1 and puts[0].status == 200 and not puts[0].violations
