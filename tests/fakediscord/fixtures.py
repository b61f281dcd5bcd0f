"""Fixtures for end-to-end Discord tests: a loopback Discord and the real bot connected to it.

Registered for the whole suite by tests/conftest.py (`pytest_plugins`), so tests anywhere
(tests/chat, tests/tips, ...) can ask for them.

`discord_env` is the one most tests want (see tests/fakediscord/__init__.py for a walk-through);
`start_bot` builds one with other settings (e.g. `guild_id=None` for global commands and DMs).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import pytest

from bot.kb.service import KnowledgeService
from tests.fakediscord import FakeDiscord
from tests.fakediscord.harness import DiscordEnv, StartBot, build_test_app, running_bot, settings_for

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """A started loopback Discord; fails the test if the bot sent anything Discord would reject."""
    fake = await FakeDiscord().start()
    try:
        yield fake
    finally:
        await fake.stop()
    fake.assert_clean()


@pytest.fixture
def knowledge() -> KnowledgeService | None:
    """The knowledge the bot serves; None = the shipped knowledge/ (override in a test module)."""
    return None


@pytest.fixture
async def start_bot(
    fake_discord: FakeDiscord, database_url: str, knowledge: KnowledgeService | None
) -> AsyncIterator[StartBot]:
    """`await start_bot(**settings_overrides)` -> a READY `DiscordEnv`; everything closes after the test."""
    async with AsyncExitStack() as stack:

        async def start(*, bot_options: dict[str, Any] | None = None, **overrides: Any) -> DiscordEnv:
            overrides.setdefault("knowledge_dir", ROOT / "knowledge")
            settings = settings_for(fake_discord, database_url, **overrides)
            app = await build_test_app(settings, kb=knowledge)
            stack.push_async_callback(app.close)
            running = await stack.enter_async_context(running_bot(fake_discord, app, **(bot_options or {})))
            return DiscordEnv(fake_discord, running.bot, app)

        yield start


@pytest.fixture
async def discord_env(start_bot: StartBot) -> DiscordEnv:
    """The bot with default test settings: commands synced to the fake's guild, roles mapped."""
    return await start_bot()
