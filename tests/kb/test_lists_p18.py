"""listsP18 (issue 10 item 5): list answers that held what the member left out or never asked for.

"Apart from NSO", "außer NSO", "à part NSO" read NSO as a name narrowing the list, so the list held
NSO's entries, exactly what the member excluded; now the names after an exclusion word are left out,
with the cases about them alone. "Who was hit by Pegasus in Europe?" listed a firm that only mentions
NSO (Circles, which hit no one with Pegasus) and a case whose only European tie is a place it names,
not where anyone was hit (Ahmed Mansoor's, in the UAE).
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    "question",
    [
        "which spyware companies are on the entity list, apart from NSO?",
        "Welche Spyware-Firmen stehen außer NSO auf der Entity List?",
        "Quelles entreprises de logiciels espions sont sur l'Entity List, à part NSO ?",
        "¿Qué empresas de spyware están en la Entity List, aparte de NSO?",
        "Quali aziende di spyware sono nella Entity List oltre a NSO?",
    ],
)
def test_a_firm_left_out_is_not_listed(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert {"candiru", "intellexa-cytrox"} <= got, got
    assert "nso-group" not in got, got


def test_names_joined_after_the_exclusion_are_all_left_out(kb: KnowledgeService) -> None:
    got = listed(kb, "which Israeli spyware companies are there besides NSO and Candiru?")
    assert {"quadream", "paragon-solutions"} <= got, got
    assert not {"nso-group", "candiru"} & got, got


def test_the_cases_about_a_firm_left_out_go_with_it(kb: KnowledgeService) -> None:
    got = listed(kb, "what cases involve bahrain besides FinFisher?")
    assert "case-trovicor-iran-bahrain" in got, got
    assert "case-finfisher-bahrain" not in got, got


def test_a_case_left_out_of_a_who_list(kb: KnowledgeService) -> None:
    got = listed(kb, "who was hit by Pegasus in Europe apart from Catalangate?")
    assert {"case-pegasus-hungary", "case-pegasus-poland"} <= got, got
    assert "case-catalangate-2022" not in got, got


@pytest.mark.parametrize(
    "question", ["who was hit by Pegasus in Europe?", "who was hit by Pegasus in the EU?"]
)
def test_who_was_hit_lists_where_people_were_hit_and_whose_gear(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert {"case-pegasus-hungary", "case-pegasus-poland", "case-catalangate-2022", "nso-group"} <= got, got
    assert not {"circles", "case-ahmed-mansoor"} & got, got


def test_an_exception_word_is_no_exclusion(kb: KnowledgeService) -> None:
    """ "exceptions" is a noun, and a place after "besides" is no name: nothing is left out."""
    assert "nso-group" in listed(kb, "which Israeli spyware companies are there?")
    assert listed(kb, "which spyware companies are on the entity list, besides the usual?") >= {
        "nso-group",
        "candiru",
    }


@pytest.mark.parametrize(
    ("question", "kind", "wanted"),
    [
        ("which cases involve Chinese companies?", "case", {"case-hikvision-dahua-xinjiang"}),
        ("welche Fälle betreffen chinesische Firmen?", "case", {"case-hikvision-dahua-xinjiang"}),
        ("which US measures target spyware firms?", "rule", {"us-eo-14093", "us-ofac-spyware-sanctions"}),
    ],
)
def test_a_noun_the_verb_takes_is_not_asked_for(
    kb: KnowledgeService, question: str, kind: str, wanted: set[str]
) -> None:
    """The noun after the cue is what is asked for; the firms a verb takes only narrow it."""
    got = kb.search(question).items
    assert wanted <= {e.id for e in got}, got
    assert {e.kind for e in got} == {kind}, [e.id for e in got]


@pytest.mark.parametrize(
    "question",
    [
        "which companies and cases involve Egypt?",
        "which firms/cases are linked to Egypt?",
        "ما الشركات أو القضايا المرتبطة بمصر؟",
    ],
)
def test_nouns_joined_are_all_asked_for(kb: KnowledgeService, question: str) -> None:
    kinds = {e.kind for e in kb.search(question).items}
    assert {"case", "vendor"} <= kinds, kinds
