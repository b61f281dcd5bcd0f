"""review10: /search reads small talk since talk10, and a one-word search is what /search is for.
A member who searches "fine" (Clearview's fines) or "legal" must get entries, not "All right!":
those words nod in a chat ("fine", Portuguese "legal" = cool) only beside other small talk."""

from __future__ import annotations

import pytest

from bot.kb.filters import NO_FILTERS, SearchQuery
from bot.kb.service import KnowledgeService


@pytest.mark.parametrize(("query", "expected"), [("fine", "case-clearview-eu-enforcement"), ("legal", None)])
def test_a_search_for_a_keyword_that_can_also_nod_finds_entries(
    kb: KnowledgeService, query: str, expected: str | None
) -> None:
    page = kb.page(SearchQuery(query, NO_FILTERS), 1, 20)
    assert page.talk is None, f"/search {query} answered with small talk instead of results"
    assert page.total >= 1
    if expected is not None:
        assert expected in [e.id for e in page.entries]


@pytest.mark.parametrize("message", ["fine, thanks", "fine thanks!", "legal, obrigado"])
def test_those_words_beside_small_talk_are_still_small_talk(kb: KnowledgeService, message: str) -> None:
    assert kb.search(message).talk is not None
