"""Trovicor's monitoring centres in Egypt, Syria and Yemen are on its card's places.

The brief (facts.md 2.12, Bloomberg, high) places Trovicor monitoring centres in Bahrain, Egypt, Syria
and Yemen; the card said so in its text but listed only Germany, Iran and Bahrain, so "which firms
sold surveillance gear to Yemen?" found no firm at all and the Syria and Egypt lists left Trovicor out.
Its headquarters city is not verified (facts.md section 5): a list by city never names it.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    "question",
    [
        "which firms sold surveillance gear to Yemen?",
        "what companies supplied monitoring centres to Syria",
        "Welche Firmen haben Überwachungstechnik nach Ägypten geliefert?",
        "¿Qué empresas vendieron equipos de vigilancia a Yemen?",
    ],
)
def test_trovicor_is_listed_where_its_centres_went(kb: KnowledgeService, question: str) -> None:
    assert "trovicor" in listed(kb, question)


@pytest.mark.parametrize(
    "question",
    [
        "which spyware cases happened in Yemen?",  # a case list: no case places Trovicor's gear there
        "which Israeli firms sold gear to Yemen?",  # Trovicor is no Israeli firm
    ],
)
def test_trovicor_stays_out_of_lists_it_does_not_answer(kb: KnowledgeService, question: str) -> None:
    assert "trovicor" not in listed(kb, question)
