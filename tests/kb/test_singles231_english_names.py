"""singles231: an English question with one foreign-looking name is English. 'mansour' is a French
word and 'mansur' a Turkish one, so 'ahmad mansour emirati activist spyware' read as French and
'Mansur UAE jailed wen' as Turkish, their English words weighed as names, and the Ahmed Mansoor card
was refused (.32, .15) though lingua read both as English (0.70, 0.99)."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.answers import answered


@pytest.mark.parametrize("question", ["ahmad mansour emirati activist spyware", "Mansur UAE jailed wen"])
def test_an_english_question_with_a_foreign_looking_name_is_answered(
    kb: KnowledgeService, question: str
) -> None:
    assert kb.engine.read(question).lang == "en"
    answered(kb, question, "case-ahmed-mansoor")


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Was ist NSO?", "de"),
        ("Vertel me over NSO", "nl"),
        ("Dimmi di FinFisher", "it"),
        ("Cos'è Pegasus?", "it"),
        ("Ägs Axis av Canon?", "sv"),
    ],
)
def test_short_questions_of_another_language_keep_it(kb: KnowledgeService, question: str, lang: str) -> None:
    assert kb.engine.read(question).lang == lang
