"""lists23: list questions asked as members ask them, that got too much or nothing."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    "question",
    [
        "which firms supplied both Egypt and Turkey?",
        "which companies sold to both Turkey and Egypt?",
        "welche Firmen lieferten sowohl an die Türkei als auch an Ägypten?",
        "¿qué empresas vendieron a ambos, Egipto y Turquía?",
    ],
)
def test_firms_asked_of_both_places_went_to_each(kb: KnowledgeService, question: str) -> None:
    # Sandvine's gear went to Turkey and Egypt; Gamma's went to Turkey, Amesys/Nexa's to Egypt only
    assert listed(kb, question, kind="vendor") == {"sandvine"}


def test_spyware_used_in_both_places_is_the_firm_found_in_each(kb: KnowledgeService) -> None:
    got = listed(kb, "which companies' spyware was used in both Spain and Mexico?", kind="vendor")
    assert got == {"nso-group"}  # Candiru (Spain) and QuaDream (Mexico) each in one only


def test_without_a_word_of_both_two_places_list_either(kb: KnowledgeService) -> None:
    got = listed(kb, "which companies sold to Turkey and Egypt?", kind="vendor")
    assert {"sandvine", "gamma-finfisher", "amesys-nexa"} <= got


@pytest.mark.parametrize(
    "question",
    [
        "which firms sold to both Bahrain and Iceland?",
        "which companies sold spyware to both Mexico and Norway?",
    ],
)
def test_no_firm_in_both_places_is_no_list(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == set()


def test_a_yes_no_question_of_both_places_stays_one_answer(kb: KnowledgeService) -> None:
    result = kb.search("did Sandvine sell to both Turkey and Egypt?")
    assert not result.items and result.answered and result.entry is not None
    assert result.entry.id == "case-sandvine-turkey-belarus-egypt"
