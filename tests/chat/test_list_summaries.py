"""A list answer and a /search page, as a member reads them, never show an allegation without the
response the knowledge base has for it.

An entry's summary (at most 300 characters) ends with the response when there is one: "NSO denied
the claims.", "Amesys's lawyer denied it.", "QuaDream's lawyers did not reply." Both views cut every
summary at 180 characters, so for ten alleged or contested entries the member read the charge and
never the denial (knowledge/README.md and bot/kb/sourcing.py: an allegation never reaches a member
without its response). A summary is now shown whole, or (when twelve long ones would pass Discord's
4,096 characters) not at all for the last entries: title and badge, never half a paragraph.
"""

from __future__ import annotations

import pytest

from bot.chat.render.embeds import list_embed, search_embed
from bot.chat.render.text import DESCRIPTION_MAX, EMBED_TOTAL_MAX
from bot.kb.check import check_directory
from bot.kb.model import Entry
from bot.kb.present import SearchPage
from tests.kb.conftest import KNOWLEDGE

ENTRIES = check_directory(KNOWLEDGE).entries
DISPUTED = [e for e in ENTRIES if e.status != "established"]
OTHER = next(e for e in ENTRIES if e.status == "established")


def _whole(entry: Entry) -> str:
    return " ".join(entry.summary.split())


@pytest.mark.parametrize("entry", DISPUTED, ids=lambda e: e.id)
def test_a_list_shows_an_allegation_with_its_response(entry: Entry) -> None:
    embed = list_embed("which companies were accused?", [entry, OTHER])
    assert _whole(entry) in (embed.description or "")


@pytest.mark.parametrize("entry", DISPUTED, ids=lambda e: e.id)
def test_a_search_page_shows_an_allegation_with_its_response(entry: Entry) -> None:
    page = SearchPage(query="spyware", filters={}, entries=[entry, OTHER], page=1, pages=1, total=2)
    assert _whole(entry) in (search_embed(page).description or "")


def test_twelve_long_entries_fit_and_no_summary_is_cut() -> None:
    """The longest list Discord can be sent: every summary is whole or absent, within the limits."""
    longest = sorted(ENTRIES, key=lambda e: len(e.title) + len(e.summary), reverse=True)[:12]
    embed = list_embed("which vendors sold spyware?", longest, english_note=True)
    text = embed.description or ""
    assert len(text) <= DESCRIPTION_MAX and len(embed) <= EMBED_TOTAL_MAX
    assert _whole(longest[0]) in text  # the most relevant keep theirs
    for entry in longest:
        start = entry.summary.split()[:4]
        if " ".join(start) in text:
            assert _whole(entry) in text, f"{entry.id}'s summary is cut"
