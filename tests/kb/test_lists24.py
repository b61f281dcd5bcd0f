"""lists24: list questions asked as members ask them, in more languages, that got too much or nothing."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    "question",
    [
        "quelles entreprises ont livré à la fois la Turquie et l'Égypte ?",
        "quali aziende hanno fornito sia la Turchia che l'Egitto?",
        "welke bedrijven leverden zowel aan Turkije als aan Egypte?",
        "que empresas forneceram tanto a Turquia quanto o Egito?",
        "które firmy dostarczały sprzęt zarówno do Turcji, jak i do Egiptu?",
        "vilka företag levererade både till Turkiet och Egypten?",
        "hangi şirketler hem Türkiye'ye hem Mısır'a ekipman sattı?",
        "какие компании поставляли оборудование как в Турцию, так и в Египет?",
    ],
)
def test_both_places_in_other_languages_is_each_place(kb: KnowledgeService, question: str) -> None:
    # Sandvine's gear went to Turkey and Egypt; Gamma's to Turkey only, Amesys/Nexa's to Egypt only
    assert listed(kb, question, kind="vendor") == {"sandvine"}


@pytest.mark.parametrize(
    "question",
    [
        "quelles entreprises ont livré la Turquie et l'Égypte ?",
        "quali aziende hanno fornito la Turchia o l'Egitto?",
    ],
)
def test_either_place_without_both_is_still_either(kb: KnowledgeService, question: str) -> None:
    # near-miss control: without a "both", the firms of either place are listed
    got = listed(kb, question, kind="vendor")
    assert {"sandvine", "gamma-finfisher"} <= got


@pytest.mark.parametrize(
    ("question", "firm"),
    [
        ("which cases involve Area?", "area-spa"),
        ("quali casi riguardano Area?", "area-spa"),
        ("welche Fälle betreffen Axis?", "axis-communications"),
        ("what cases involve Axis?", "axis-communications"),
    ],
)
def test_a_short_name_said_as_a_name_names_the_firm(kb: KnowledgeService, question: str, firm: str) -> None:
    # "Area SpA", "Axis Communications": the cases listed are the firm's own (Syria's, China's PSB)
    related = {e.id: set(e.related) for e in kb.engine.entries}
    got = listed(kb, question)
    assert got and all(firm in related[i] for i in got if i != firm)


@pytest.mark.parametrize(
    "question", ["which firms are active in the area of Syria?", "which firms sold gear in the Syria area?"]
)
def test_the_everyday_word_in_lower_case_names_no_firm(kb: KnowledgeService, question: str) -> None:
    # near-miss control: "area" in lower case is no name; the list is of Syria, not of Area SpA alone
    got = listed(kb, question, kind="vendor")
    assert {"area-spa", "utimaco", "blue-coat"} <= got


def test_a_short_name_in_a_relative_clause_is_not_the_plurals_one_entry(kb: KnowledgeService) -> None:
    # "firms" asks for several: Area's possessive inside the clause narrows them, it is no one card
    assert "case-area-syria" in listed(kb, "which firms had kit in Area's interception project in Syria?")
