"""Entry cards built once per entry and language (bot/chat/render/cards.py), as the member sees them:
the reused card is exactly the card built afresh, in the member's language, and an edited entry
shows its new text after `/kb reload` (never the card cached for the old one)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from bot.chat.render import badge, cards, entry_embed, has_more, shorten, shorten_plain
from bot.chat.render.cards import build_card, card_text, forget_cards, read_more_hint
from bot.chat.render.text import DESCRIPTION_MAX
from bot.i18n import current, reset_locale, set_locale
from bot.kb.model import Entry
from bot.kb.render import card_leaves_out, entry_description, kind_label, status_word
from bot.kb.service import KnowledgeService
from tests.chat.entries import sample_entries
from tests.fakediscord.harness import DiscordEnv
from tests.support.knowledge import editable_knowledge


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    return editable_knowledge(tmp_path)


@pytest.fixture
async def knowledge(kb_dir: Path) -> KnowledgeService:
    return await KnowledgeService.load(kb_dir)


@pytest.mark.parametrize("language", ["en", "de", "ar"])
def test_a_reused_card_is_the_card_built_afresh_in_the_members_language(language: str) -> None:
    forget_cards()
    entries = sample_entries()
    for entry in entries:  # fill the cache in English first: another language must not reuse it
        entry_embed(entry)
    token = set_locale(language)
    try:
        for entry in entries:
            first = entry_embed(entry).to_dict()
            again = entry_embed(entry).to_dict()  # from the cache
            assert again == first
            # The card as it was built before the cache: description from the entry's Markdown.
            full = entry_description(entry)
            assert first["description"] == shorten(full, DESCRIPTION_MAX, marker=read_more_hint())
            assert card_text(entry) == build_card(entry)
            # Its lines in lists, search pages, "Related entries" and menus, as they were built.
            card = card_text(entry)
            assert card.author == badge(entry)
            assert card.summary == " ".join(entry.summary.split())  # whole, never a prefix
            assert card.related_line == f"• {shorten_plain(entry.title, 120)} ({kind_label(entry.kind)})"
            assert card.option_description == f"{kind_label(entry.kind)} · {status_word(entry.status)}"
            assert card.option_label == shorten_plain(entry.title, 100)
            assert has_more(entry) == (len(full) > DESCRIPTION_MAX or card_leaves_out(entry))
    finally:
        reset_locale(token)


def test_the_cards_language_follows_the_member() -> None:
    forget_cards()
    entry = sample_entries()[0]
    english = entry_embed(entry).to_dict()
    token = set_locale("de")
    try:
        german = entry_embed(entry).to_dict()
    finally:
        reset_locale(token)
    assert english["footer"]["text"].startswith("Last reviewed")
    assert german["footer"]["text"] != english["footer"]["text"]
    assert "Last reviewed" not in german["footer"]["text"]
    assert entry_embed(entry).to_dict() == english


def test_a_new_entry_at_a_recycled_address_is_never_given_the_old_card() -> None:
    """CPython may give a new entry a dead one's id(); whether it does is up to the allocator, so the
    old card is put at the new entry's address by hand: the weak identity check must refuse it."""
    forget_cards()
    data = sample_entries()[0].model_dump()
    old, new = Entry(**data), Entry(**(data | {"title": "Renamed vendor"}))
    title = entry_embed(old).title
    key = (id(old), current())
    cards._cards[(id(new), key[1])] = cards._cards.pop(key)
    del old
    gc.collect()
    assert entry_embed(new).title == "Renamed vendor" != title


def test_the_cache_holds_at_most_its_bound_and_a_dropped_card_is_built_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A long-running bot that shows more entries (x languages) than the bound keeps only the most
    recently shown cards; an entry whose card was dropped still gets its own card, rebuilt."""
    forget_cards()
    monkeypatch.setattr(cards, "CACHED_MAX", 2)
    entries = sample_entries()[:3]
    built = [entry_embed(entry).to_dict() for entry in entries]
    assert len(cards._cards) == 2
    assert (id(entries[0]), current()) not in cards._cards  # the least recently shown went first
    assert entry_embed(entries[0]).to_dict() == built[0]
    forget_cards()


async def test_an_entry_edited_and_reloaded_shows_its_new_text(discord_env: DiscordEnv, kb_dir: Path) -> None:
    before = await (await discord_env.slash("vendor", name="acme-vision")).reply()
    assert "Fictional camera maker" in before.embed["description"]
    path = kb_dir / "vendors" / "acme-vision.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Fictional camera maker", "Imaginary lens maker"), encoding="utf-8")
    reloaded = await (await discord_env.slash("kb reload", by="ada")).reply()
    assert "Knowledge reloaded" in reloaded.text()
    after = await (await discord_env.slash("vendor", name="acme-vision")).reply()
    assert after.embed["title"] == "Acme Vision"
    assert "Imaginary lens maker" in after.embed["description"]
    assert "Fictional camera maker" not in after.embed["description"]
