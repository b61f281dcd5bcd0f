"""singles231: a two-word name typed apart by ear, a word of it misspelt ('blue cote', 'Hakking Tim'):
each word alone was corrected to another ('cote': 'code') or left unknown, and the name's card was
refused (.02, .45). Run together they sound as the name does (spacing.Spacing._pair_slip)."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("blue cote boxes in damascus", "case-blue-coat-syria"),
        ("Hakking Tim sudan deal", "case-hacking-team-leak-2015"),
        ("blue coat syria", "case-blue-coat-syria"),
        ("hacking team sudan", "case-hacking-team-leak-2015"),
    ],
)
def test_a_name_typed_apart_by_ear_gets_its_card(kb: KnowledgeService, question: str, entry: str) -> None:
    answered(kb, question, entry)


@pytest.mark.parametrize(
    "question",
    ["who played the alien in the Predator film with Arnold?", "what is the blue code of conduct?"],
)
def test_a_name_beside_an_everyday_word_stays_refused(kb: KnowledgeService, question: str) -> None:
    refused(kb, question)


@pytest.mark.parametrize(
    ("words", "spaced"),
    [
        (["pegasus", "para", "o"], ["pegasus", "para", "o"]),
        (["trovicor", "echt", "in"], ["trovicor", "echt", "in"]),
        (["clearview", "van", "de"], ["clearview", "van", "de"]),
        (["hakking", "tim", "sudan"], ["hacking", "team", "sudan"]),
    ],
)
def test_a_name_beside_a_foreign_word_is_left_as_typed(
    kb: KnowledgeService, words: list[str], spaced: list[str]
) -> None:
    assert kb.engine.index.spacing.respace(words) == spaced
