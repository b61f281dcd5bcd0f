"""review10, from the member's side of truth10: a list must not present a denied claim as fact.
IDEMIA denied having surveillance technology in Argentina (facts.md 2.1; the card keeps Argentina
as an other_tie, 'no sale on record'), yet 'did business in Argentina' lists IDEMIA as fitting,
under a summary that never mentions Argentina nor the denial."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService


# answer11: "business" asks where a firm traded, as a sale word does (bot/kb/data/list_words.yaml)
@pytest.mark.parametrize(
    "question",
    ["which companies did business in Argentina?", "which firms have business ties to Argentina?"],
)
def test_a_denied_sale_is_not_listed_as_business_done_there(kb: KnowledgeService, question: str) -> None:
    result = kb.search(question)
    assert "idemia" not in [e.id for e in result.items]
