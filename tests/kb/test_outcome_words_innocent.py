"""An outcome word used in passing asks no outcome: 'fine-grained' is no fine, Spanish 'datos
procesados' (processed data) no trial, a report 'released' frees no one. Feature `unsettled` read them
as outcomes the cards do not hold and refused plain questions the cards answer."""

from __future__ import annotations

import pytest

from bot.kb.asked_values import default_asked_values
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Does Hikvision offer fine-grained ethnic detection in Xinjiang?", "case-hikvision-dahua-xinjiang"),
        ("¿Qué datos procesados vendió Sandvine a Egipto?", "case-sandvine-turkey-belarus-egypt"),
    ],
)
def test_an_outcome_word_in_passing_does_not_refuse_the_answer(kb: KnowledgeService, question, entry) -> None:
    answered(kb, question, entry)


@pytest.mark.parametrize(
    "question",
    ["was Area SpA fined?", "fueron procesados los directivos de Nexa?", "was Ahmed Mansoor released?"],
)
def test_the_outcome_itself_is_still_asked(question) -> None:
    # what the fixes leave alone: the outcome asked outright
    lang = "en" if question.startswith("was") else "es"
    assert default_asked_values().asked(question, lang) & {"fine", "charge", "release"}


def test_a_report_released_is_a_report_published(kb: KnowledgeService) -> None:
    # 'released' after a report asks when it came out, not whether someone was freed
    answered(kb, "When was Amnesty's Automated Apartheid report released?", "case-automated-apartheid-2023")
