"""review10, from the member's side of truth10's authority reading: a list answers "which companies
are sanctioned by the US?"; asked the opposite ("are NOT sanctioned", "never", "didn't sell"), it
listed exactly the sanctioned firms (or the sellers) under "may answer that", the reverse of the
truth. A negated list question is no list: the engine answers it or says it does not know. A ban
("which companies can US agencies not buy from") is still a list."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService


@pytest.mark.parametrize(
    "question",
    [
        "which companies are not sanctioned by the US?",
        "which companies aren't sanctioned by the US?",
        "which companies have never been sanctioned by the US?",
        "which companies did not sell to Egypt?",
        "which companies didn't sell spyware to Egypt?",
    ],
)
def test_a_negated_list_question_never_lists_the_firms_it_excludes(
    kb: KnowledgeService, question: str
) -> None:
    result = kb.search(question)
    assert not result.as_list and result.items == [], [e.id for e in result.items]


@pytest.mark.parametrize(
    "question",
    [
        "which companies are sanctioned by the US?",
        "which companies can US federal agencies not buy equipment from under NDAA 889?",
    ],
)
def test_the_plain_question_and_a_ban_are_still_lists(kb: KnowledgeService, question: str) -> None:
    assert "hikvision" in [e.id for e in kb.search(question).items]
