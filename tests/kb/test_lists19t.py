"""listsT19 (issue 10 item 5): list questions of the sixteenth set's shapes that got NO list, asked in
other wordings and languages, and their single-answer twins.

"Who are the German surveillance companies?" was no list ("who" asks for one thing unless a verb of
sale follows); nor were the people asked for ("which people were spied on with Candiru's spyware?",
"Predator victims in Europe - who?"), nouns members use for firms ("outfits", Italian "ditte", Turkish
"şirketlerini"), a Turkish request after the noun ("... listeler misin?", where "misin" also read as
Mısır, Egypt), "anything involving Sudan?", and "who supplied spying gear to Libya?" ("spying" was
no word of the field).
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed

ISRAELI_SPYWARE = {"nso-group", "candiru", "paragon-solutions", "quadream"}


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("who are the German surveillance companies?", {"utimaco", "trovicor", "gamma-finfisher"}),
        ("who are the Italy-based spyware suppliers", {"hacking-team", "rcs-lab"}),
        ("wer sind die italienischen Spyware-Hersteller?", {"hacking-team", "rcs-lab"}),
    ],
)
def test_who_are_the_firms_of_an_origin(kb: KnowledgeService, question: str, wanted: set[str]) -> None:
    got = listed(kb, question)
    assert got == wanted, got


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("which people were targeted with Candiru's spyware?", {"case-candiru-victims-2021"}),
        ("Predator victims in Europe - who?", {"case-predatorgate-greece", "case-predator-files-2023"}),
        ("quais pessoas foram espionadas com o spyware Predator?", {"case-predatorgate-greece"}),
    ],
)
def test_the_people_targeted_are_the_cases_that_tell_them(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    got = listed(kb, question, kind="case")
    assert wanted <= got, got


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("spyware outfits from Israel", ISRAELI_SPYWARE),
        ("elenco delle ditte israeliane di spyware", ISRAELI_SPYWARE),
        ("İtalyan casus yazılım şirketlerini listeler misiniz?", {"hacking-team", "rcs-lab"}),
        ("Alman gözetim firmalarını listele", {"utimaco", "trovicor", "gamma-finfisher"}),
    ],
)
def test_everyday_nouns_for_firms_and_a_turkish_request(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    got = listed(kb, question)
    assert got == wanted, got


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("anything involving Sudan?", {"hacking-team", "case-hacking-team-leak-2015"}),
        ("anything linked to Myanmar?", {"cognyte", "case-cognyte-myanmar"}),
        ("who supplied spying gear to Libya?", {"amesys-nexa", "vastech", "zte"}),
        ("who provided wiretap equipment to Myanmar?", {"cognyte"}),
    ],
)
def test_anything_involving_a_place_and_who_supplied_spying_gear(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    assert wanted <= listed(kb, question)


@pytest.mark.parametrize(
    "question",
    [
        "who are the founders of NSO Group?",  # no kind noun: one firm's card
        "which people founded Intellexa?",  # people, but none targeted
        "who are the people behind Candiru?",
        "who supplied the spyware that hit him?",  # one case pointed at
        "who is the spying firm behind Pegasus?",  # one firm
    ],
)
def test_single_answer_twins_stay_single(kb: KnowledgeService, question: str) -> None:
    assert not listed(kb, question)


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("only the Italian companies in your database please", {"hacking-team", "rcs-lab", "area-spa"}),
        ("nur die deutschen Firmen aus eurer Datenbank bitte", {"utimaco", "trovicor", "gamma-finfisher"}),
        ("welche freiwilligen Regeln gibt es?", {"pall-mall-code-2025", "eu-recommendation-2024-2659"}),
        ("quelles mesures volontaires existent ?", {"pall-mall-code-2025", "eu-recommendation-2024-2659"}),
    ],
)
def test_just_the_firms_of_a_place_and_the_voluntary_rules(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    got = listed(kb, question)
    assert got == wanted, got


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Wer hat Gaddafis Regime mit Abhörtechnik ausgestattet?", {"amesys-nexa", "vastech", "zte"}),
        ("wer hat Spyware nach Mexiko geliefert?", {"nso-group"}),
        ("Burma's state telecom: who supplied its interception gear?", {"cognyte"}),
        ("what's there on Bahrain?", {"gamma-finfisher", "trovicor"}),
    ],
)
def test_who_supplied_in_the_german_perfect_or_pointing_back_and_whats_there_on(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    assert wanted <= listed(kb, question, kind="vendor")


@pytest.mark.parametrize(
    "question",
    [
        "only NSO please",  # one firm named
        "Wer hat NSO gegründet?",  # founding, no sale
        "wer hat Pegasus entwickelt?",  # one product's maker
        "who made its spyware?",  # "its" points at one thing, no buyer's place before
        "is the Pall Mall Code voluntary?",  # a yes/no about one code
    ],
)
def test_single_answer_twins_of_the_narrower_shapes(kb: KnowledgeService, question: str) -> None:
    assert not listed(kb, question)
