"""A list question whose answer set holds one entry (talk10): "which cases involve Paragon?" names the
one case the knowledge base holds; it must not say "I don't have that" (as it did while a list needed
two items), and it says plainly that this is the only one. When the engine already answers with that
very entry, the member gets its card, as for any question."""

from __future__ import annotations

import json

import pytest

from bot.kb.present import NO_ANSWER
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered

from .test_small_talk import said


@pytest.mark.parametrize(
    ("question", "only"),
    [
        ("which cases involve Huawei?", "case-huawei-uganda-zambia"),
        ("which companies sold surveillance tech to Algeria?", "bae-systems"),
        ("which Austrian companies do you have?", "dsirf"),
        # answered with Cognyte's card until session 15's refit (now 0.57, under the cut-off)
        ("which companies are linked to Verint?", "cognyte"),
    ],
)
def test_a_list_of_one_shows_the_one_entry_and_says_it_is_the_only_one(
    kb: KnowledgeService, question: str, only: str
) -> None:
    result = kb.search(question)
    assert [e.id for e in result.items] == [only]
    assert result.as_list
    text = said(result)
    assert str(NO_ANSWER) not in text
    assert text.startswith("Only one entry in the knowledge base fits that")
    assert result.items[0].title in text and f"python -m bot ask {only}" in text
    shape = result.to_json()
    assert [item["id"] for item in shape["list"]] == [only]
    assert {"question", "answered", "confidence", "entry", "alternatives", "language"} <= set(shape)
    json.dumps(shape)


@pytest.mark.parametrize(
    ("question", "only"),
    [
        ("which cases involve Paragon?", "case-paragon-italy"),
    ],
)
def test_a_list_of_one_the_engine_already_answers_shows_its_card(
    kb: KnowledgeService, question: str, only: str
) -> None:
    result = answered(kb, question, only)
    assert [e.id for e in result.items] == [only]
    assert not result.as_list
    text = said(result)
    assert text.startswith(result.entry.title) and "Confidence:" in text


def test_two_or_more_items_are_still_a_list(kb: KnowledgeService) -> None:
    result = kb.search("which rules cover spyware exports?")
    assert len(result.items) >= 2 and result.as_list
    assert "Only one entry" not in said(result)
