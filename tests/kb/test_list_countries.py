"""listsC19: countries asked for. "Which countries bought FinFisher?" got nothing: countries are no
entries, and no kind noun was read. The cases tell where a firm's gear went, so the list is the cases
of what the question names (or, naming nothing, of a technology in a place). "Which countries" about
one rule, one case, a firm's present customers or countries that sold stays the engine's answer."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed

FINFISHER = {"case-finfisher-bahrain", "case-finfisher-turkey-prosecution", "case-ahmed-mansoor"}
PREDATOR = {"case-predatorgate-greece", "case-predator-angola-mozambique", "case-egypt-nour-eltantawy"}
PEGASUS_EU = {"case-catalangate-2022", "case-pegasus-hungary", "case-pegasus-poland"}


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("which countries bought FinFisher?", FINFISHER),
        ("Welche Länder haben FinFisher gekauft?", FINFISHER),
        ("which governments used Predator?", PREDATOR),
        ("Quels pays ont utilisé Predator ?", PREDATOR),
        ("in which EU countries was there a Pegasus scandal?", PEGASUS_EU),
        ("¿Qué gobiernos usaron Pegasus en Europa?", PEGASUS_EU),
        ("in which EU countries were journalists hacked with spyware?", {"case-pegasus-hungary"}),
    ],
)
def test_countries_asked_for_are_the_cases_that_tell_them(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    got = listed(kb, question)
    assert wanted <= got
    assert not {e for e in got if not e.startswith("case-")}, "countries are told by cases only"
    assert "case-hikvision-dahua-xinjiang" not in got


def test_a_place_narrows_the_countries(kb: KnowledgeService) -> None:
    got = listed(kb, "in which EU countries was there a Pegasus scandal?")
    assert "case-pegasus-mexico-2017" not in got and "case-pegasus-thailand-2022" not in got


@pytest.mark.parametrize(
    "question",
    [
        "which countries signed the Pall Mall Process code of practice?",  # one rule
        "which countries are members of the Wassenaar Arrangement?",
        "In which countries was the Hermit spyware found?",  # one case's card names them
        "candiru victims - which countries were they in?",
        "Positive Technologies sells to which governments exactly?",  # a firm's customers now
        "which EU countries shipped snooping kit to Azerbaijan and Rwanda?",  # the sellers
        "Which countries have banned Worldcoin's iris scanning?",  # nothing held narrows it
        "which country is NSO Group based in?",
        "how does Israel decide which countries NSO can sell to?",
    ],
)
def test_countries_of_one_thing_stay_single(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == set()


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Predator spyware victims?", PREDATOR),
        ("FinFisher victims", {"case-finfisher-bahrain", "case-ahmed-mansoor"}),
        ("Pegasus targets in Europe", PEGASUS_EU),
        ("من استُهدف ببرنامج بريداتور؟", PREDATOR),  # the English reading: "victims ... predator"
    ],
)
def test_victims_asked_for_are_the_cases_that_tell_them(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    got = listed(kb, question)
    assert wanted <= got
    assert "case-hikvision-dahua-xinjiang" not in got


@pytest.mark.parametrize(
    "question",
    [
        "how many of the catalan targets were hit with candiru specifically vs pegasus",  # a number
        "candiru victims - how many were there?",  # one case's card
        "what happened to the victims of Catalangate?",
    ],
)
def test_victims_of_one_case_stay_single(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == set()


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("where was Pegasus used?", PEGASUS_EU | {"case-pegasus-mexico-2017"}),
        ("Wo wurde FinFisher eingesetzt?", FINFISHER),
        ("¿dónde se ha usado Predator?", PREDATOR),
    ],
)
def test_where_gear_was_used_is_the_cases_that_tell_it(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    got = listed(kb, question)
    assert wanted <= got
    assert not {e for e in got if not e.startswith("case-")}


@pytest.mark.parametrize(
    "question",
    ["where is NSO Group based?", "Where was Ahmed Mansoor targeted?", "where was Hermit spyware used?"],
)
def test_where_one_thing_is_stays_single(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == set()
