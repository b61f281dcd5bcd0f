"""What a member reads on a card, through the loopback Discord (member14's review, issue 10).

- "Last reviewed" was on every answer card twice (the description's last line and the footer).
- "match 84%" under a card meant nothing to a member: the card is the answer; the score stays in
  `python -m bot ask` (and --json) for the people who tune the search.
- "Did you mean" listed raw entry ids (`case-pegasus-mexico-2017`) beside the titles although the
  buttons under the message open them.
- A key fact cut at 300 characters could end inside a bracket: "…Internal Security Agency (ABW) (AP…".
- A refusal is not rated (its question already reaches the coordinators as a knowledge gap), a
  list is: the rule is the core's (`SearchResult.rateable`, `QuestionLogService.rate`).
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.chat.render import entry_embed, not_found_embed
from bot.errors import InvalidInput
from bot.i18n import use_locale
from bot.kb.render import MAX_FACT_CHARS, _shorten_fact, body_sections, entry_description
from bot.kb.service import KnowledgeService
from bot.store.tables.questions import REFUSED, QuestionLog
from tests.chat.entries import sample_knowledge
from tests.fakediscord.harness import DiscordEnv

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def knowledge() -> KnowledgeService:
    return sample_knowledge()


async def test_a_card_gives_its_review_date_once_and_no_search_score(discord_env: DiscordEnv) -> None:
    for locale, reviewed in (("en-US", "Last reviewed"), ("de", "Zuletzt geprüft")):
        asked = "who sold interception kit to Ruritania?"
        handle = await discord_env.slash("ask", question=asked, locale=locale, guild_locale=locale)
        card = (await handle.reply()).embed
        assert card["title"] == "Acme interception sale to Ruritania (2019)"
        shown = card["description"] + "\n" + card["footer"]["text"]
        assert shown.count(reviewed) == 1, shown
        assert "%" not in card["footer"]["text"] and "match" not in card["footer"]["text"]


async def test_did_you_mean_names_titles_and_the_buttons_open_them(discord_env: DiscordEnv) -> None:
    handle = await discord_env.slash("ask", question="acme pricing of bananas")
    description = (await handle.reply()).embed["description"]
    assert "• **Acme Intercept GmbH** (Vendor)" in description
    assert "acme-intercept" not in description and "`" not in description.split("\n\n")[0]
    opened = await (await handle.click("entry:open:acme-intercept")).reply()
    assert opened.embed["title"] == "Acme Intercept GmbH"


def test_a_lookup_with_no_such_name_offers_titles_not_ids() -> None:
    [acme] = [e for e in sample_knowledge().entries() if e.id == "acme-intercept"]
    description = not_found_embed("vendor", "Acme Intercep", [acme]).description or ""
    assert "Acme Intercept GmbH" in description and "acme-intercept" not in description


def _balanced(text: str) -> bool:
    depth = {"(": 0, "[": 0}
    closing = {")": "(", "]": "["}
    for char in text:
        if char in depth:
            depth[char] += 1
        elif char in closing:
            depth[closing[char]] -= 1
    return all(v == 0 for v in depth.values()) and text.count('"') % 2 == 0 and text.count("**") % 2 == 0


def test_a_long_key_fact_ends_at_a_sentence_or_a_word_never_inside_a_bracket() -> None:
    fact = (
        "April 2024: the minister told parliament that the spyware had been used in cases concerning "
        "578 people between 2017 and 2022, by the Central Anticorruption Bureau (CBA), the Military "
        "Counterintelligence Service (SKW) and the Internal Security Agency (ABW) "
        "(AP; Süddeutsche Zeitung; Gazeta Wyborcza; Notes from Poland)."
    )
    assert len(fact) > MAX_FACT_CHARS
    shown = _shorten_fact(fact)
    assert shown.endswith("(ABW)…") and _balanced(shown)
    sentences = "Gamma was an Anglo-German group. " + "It sold FinFisher to many governments " * 8 + "."
    shown = _shorten_fact(sentences)
    assert shown == "Gamma was an Anglo-German group. …" or shown.endswith(("governments…", "to…"))
    quoted = "The firm said " + '"' + "we never sold " * 30 + '"' + " in a statement."
    assert _balanced(_shorten_fact(quoted))


def test_every_shipped_card_cuts_its_facts_cleanly() -> None:
    """Each key fact on a shipped card is whole, or whole sentences or words of it with nothing left
    open: the fact's own text up to the cut, then "…"."""
    kb = asyncio.run(KnowledgeService.load(ROOT / "knowledge"))
    cut = 0
    for entry in kb.entries():
        for _heading, bullets in body_sections(entry.body):
            for fact in bullets:
                shown = _shorten_fact(fact)
                if shown == fact:
                    continue
                cut += 1
                kept = shown.removesuffix("…").rstrip()
                assert fact.startswith(kept), (entry.id, shown)
                after = fact[len(kept) :]
                assert re.match(r"[\s,;:.)]|$", after), (entry.id, shown)  # never mid-word
                assert _balanced(kept) or _balanced(shown), (entry.id, shown)
                assert len(shown) <= MAX_FACT_CHARS, entry.id
        with use_locale("en"):
            description = entry_description(entry)
            assert "Last reviewed" not in description  # the footer has it
            assert entry_embed(entry).footer.text.count("Last reviewed") == 1
    assert cut  # the shipped knowledge has long facts, so the check checked something


async def test_a_list_is_rated_and_a_refusal_is_not(discord_env: DiscordEnv) -> None:
    listed = await discord_env.slash("ask", question="which vendors sell video surveillance?")
    prompt = await listed.followup(1)
    assert [b.get("label") for b in prompt.buttons()] == ["Helpful", "Not helpful"]
    refused = await discord_env.slash("ask", question="acme pricing of bananas", private=True)
    assert "Helpful" not in [b.get("label") for b in (await refused.reply()).buttons()]
    # A crafted rating of the refusal's log row is refused by the core, politely
    app = discord_env.app
    await app.question_writer.drain()
    async with app.db.sessions() as session:
        rows = list((await session.execute(select(QuestionLog))).scalars())
    refusal = next(r for r in rows if r.outcome == REFUSED)
    with pytest.raises(InvalidInput, match="no answer to rate"):
        await app.questions.rate(int(refusal.id or 0), True)
    async with app.db.sessions() as session:
        row = await session.get(QuestionLog, refusal.id)
        assert row is not None and row.rating in (None, 0)
