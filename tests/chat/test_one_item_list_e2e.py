"""A list question with one match, as a member sees it in Discord (talk10): the one entry, told as
the only one the knowledge base holds, with a menu to open it and a rating prompt, never "I don't
have that" (as while a list needed two items). Shipped knowledge: tests/kb/test_one_item_lists.py
pins the same question's result in the core."""

from __future__ import annotations

import pytest

from bot.kb.check import check_directory
from bot.kb.present import NO_ANSWER
from bot.kb.service import KnowledgeService
from tests.fakediscord.harness import DiscordEnv
from tests.kb.conftest import KNOWLEDGE


@pytest.fixture
def knowledge() -> KnowledgeService:
    return KnowledgeService.from_entries(check_directory(KNOWLEDGE).entries)


async def test_a_list_of_one_shows_the_one_entry_and_says_it_is_the_only_one(discord_env: DiscordEnv) -> None:
    handle = await discord_env.slash("ask", question="which cases involve Huawei?", by="alice")
    reply = await handle.reply()
    assert not reply.ephemeral
    assert reply.embed["title"] == "Only one entry in the knowledge base fits that (read it to check):"
    assert reply.embed["title"] != str(NO_ANSWER)
    entry = discord_env.app.kb.get("case-huawei-uganda-zambia")
    assert entry is not None and f"**1. {entry.title}" in reply.embed["description"]
    menu = reply.button("entry:pick")
    assert [o["value"] for o in menu["options"]] == ["case-huawei-uganda-zambia"]
    prompt = await handle.followup(1)  # rated like any answer, on the asker's own prompt
    assert prompt.ephemeral and [b.get("label") for b in prompt.buttons()] == ["Helpful", "Not helpful"]
    opened = await (await handle.click("entry:pick", values=["case-huawei-uganda-zambia"])).reply()
    assert opened.ephemeral and opened.embed["title"] == entry.title
