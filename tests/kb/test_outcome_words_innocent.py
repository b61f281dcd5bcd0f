"""An outcome word used in passing asks no outcome: 'fine-grained' is no fine, Spanish 'datos
procesados' (processed data) no trial. Feature `unsettled` read them as a fine and a charge the
cards do not hold, and refused plain questions the cards answer (0.66 -> 0.25, 0.82 -> 0.50)."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Does Hikvision offer fine-grained ethnic detection in Xinjiang?", "case-hikvision-dahua-xinjiang"),
        ("¿Qué datos procesados vendió Sandvine a Egipto?", "case-sandvine-turkey-belarus-egypt"),
    ],
)
def test_an_outcome_word_in_passing_does_not_refuse_the_answer(kb: KnowledgeService, question, entry) -> None:
    result = kb.search(question)
    assert result.answered and result.entry is not None and result.entry.id == entry


@pytest.mark.parametrize(
    "question",
    ["was Area SpA fined?", "fueron procesados los directivos de Nexa?"],
)
def test_the_outcome_itself_is_still_asked(question) -> None:
    from bot.kb.values import default_asked_values

    assert default_asked_values().asked(question, "en" if question.startswith("was") else "es") & {
        "fine",
        "charge",
    }
