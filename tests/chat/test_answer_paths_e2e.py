"""Answer and search paths the other tests leave out, through the loopback Discord: a private list
answer rated in place, a one-page search and a one-page entry (no paging buttons), the lookup of an
unknown rule, and what an attacker can do with crafted components or a flood of long searches."""

from __future__ import annotations

from typing import Any

import pytest

from bot.chat.views.search import SEARCHES
from bot.kb.service import KnowledgeService
from tests.chat.entries import _entry, sample_entries
from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.interactions import APPLICATION_COMMAND
from tests.fakediscord.options import command_data

DEFERRED_UPDATE = 6


EMBED_TOTAL = 6000
# Valid, if unwise: an id long enough that the card's footer ("id: ...") pushes it past 6,000.
LONG_ID = "huge" + "-footer" * 270


@pytest.fixture
def knowledge() -> KnowledgeService:
    huge = _entry(
        id=LONG_ID,
        kind="vendor",
        title="Hugefooter " + "Surveillance " * 30,
        aliases=["Hugefooter Corp"],
        summary="A vendor whose card fills every part Discord counts. " * 75,
        body="## Key facts\n" + "- Sells interception kit to ministries.\n" * 200,
        countries=["Freedonia"],
        technologies=["interception"],
        years=[2020],
        related=[f"gridvendor-{i:02d}" for i in range(1, 6)],
    )
    return KnowledgeService.from_entries([*sample_entries(), huge])


def embed_total(embed: dict[str, Any]) -> int:
    """What Discord counts towards 6,000: title, description, field names and values, footer, author."""
    fields = sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", []))
    parts = (embed.get("title", ""), embed.get("description", ""))
    return sum(map(len, parts)) + fields + len(embed["footer"]["text"]) + len(embed["author"]["name"])


async def test_a_private_list_answer_is_rated_on_the_answer_itself(discord_env: DiscordEnv) -> None:
    handle = await discord_env.slash("ask", question="which vendors sell video surveillance?", private=True)
    reply = await handle.reply()
    assert reply.ephemeral
    assert reply.embed["title"].endswith(
        " entries in the knowledge base may answer that (read each to check):"
    )
    labels = [b.get("label") for b in reply.buttons()]
    assert labels[:2] == ["Helpful", "Not helpful"] and "entry:pick" in {
        b.get("custom_id") for b in reply.buttons()
    }
    rated = await (await handle.click("Helpful")).reply()
    assert rated.ephemeral and rated.text() == "Thanks, your rating is recorded for the weekly summary."
    assert handle.followups == []  # no separate prompt: the answer carries the buttons


async def test_a_search_with_one_page_has_no_paging_buttons(discord_env: DiscordEnv) -> None:
    reply = await (await discord_env.slash("search", query="acme")).reply()
    assert reply.embed["footer"]["text"].startswith("Page 1 of 1")
    assert [b.get("custom_id") for b in reply.buttons()] == ["entry:pick"]


async def test_an_unknown_rule_is_polite(discord_env: DiscordEnv) -> None:
    fake = discord_env.fake
    data = command_data(fake, fake.command("rule"), [], {"name": "qqqq zzzz"})
    reply = await (await fake.interact(APPLICATION_COMMAND, data)).reply()
    assert reply.ephemeral and reply.embed["title"] == "No such rule"
    assert "I have no rule entry called qqqq zzzz." in reply.embed["description"]


async def test_a_crafted_empty_menu_choice_is_acknowledged_and_changes_nothing(
    discord_env: DiscordEnv,
) -> None:
    """Discord never sends a menu choice with no values; an attacker's client can. Nothing breaks."""
    handle = await discord_env.slash("search", query="cameras", kind="vendor")
    first = await handle.reply()
    posted = len(discord_env.fake.requests)
    empty = await handle.click("entry:pick", values=[])
    assert (await empty.response()).type == DEFERRED_UPDATE
    assert empty.followups == []
    assert len(discord_env.fake.requests) == posted + 1  # the acknowledgement, nothing else
    assert first.embed["footer"]["text"].startswith("Page 1 of 3")


async def test_an_old_read_more_button_on_a_one_page_entry_shows_it_without_paging(
    discord_env: DiscordEnv,
) -> None:
    """A "Read more" from before an entry was shortened: page 1 of 1, no Previous/Next to press."""
    card = await (await discord_env.slash("about")).reply()
    old_button = {"type": 2, "style": 2, "label": "Read more", "custom_id": "entry:page:gridvendor-01:1"}
    message = card.raw | {"components": [{"type": 1, "components": [old_button]}]}
    page = await discord_env.fake.component(old_button["custom_id"], message=message, by="alice")
    reply = await page.reply()
    assert reply.ephemeral and reply.embed["title"].startswith("Gridvendor 01 Cameras")
    assert reply.buttons() == []


async def test_a_flood_of_long_searches_cannot_grow_memory_the_oldest_expire_politely(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SEARCHES, "size", 2)
    long_query = "cameras " + "video surveillance " * 9

    async def search(country: str) -> Any:
        handle = await discord_env.slash("search", query=long_query.strip(), kind="vendor", country=country)
        return handle, await handle.reply()

    first = await search("Freedonia")
    await search("Sylvania")
    last = await search("Freedonia")
    assert len(SEARCHES._items) == 2
    expired = await (await first[0].click("Next ▶", message=first[1])).reply()
    assert expired.ephemeral and "This search has expired" in expired.content
    turned = await (await last[0].click("Next ▶", message=last[1])).reply()
    assert turned.embed["footer"]["text"].startswith("Page 2 of")


async def test_a_card_that_would_pass_6000_characters_is_cut_in_its_description(
    discord_env: DiscordEnv,
) -> None:
    """Discord refuses a message whose embeds total over 6,000: the card's description gives way."""
    fake = discord_env.fake
    data = command_data(fake, fake.command("vendor"), [], {"name": "Hugefooter Corp"})
    reply = await (await fake.interact(APPLICATION_COMMAND, data)).reply()
    card = reply.embed
    assert card["title"].startswith("Hugefooter Surveillance")
    assert LONG_ID in card["footer"]["text"] and card["fields"]  # footer and related entries kept whole
    assert 5900 < embed_total(card) <= EMBED_TOTAL
    assert "…" in card["description"]
