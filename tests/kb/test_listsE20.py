"""listsE20 (issue 10 item 5): list questions that got NOTHING, asked in fresh wordings, and the
single-answer twins that must stay single.

A Dutch plural written with an apostrophe ("firma's") read as a singular and a stray "s"; "whom" with
an active or impersonal verb ("Kogo szpiegowano Pegasusem?", "¿a quién espiaron con Pegasus?") was no
"who was targeted"; Spanish "Cataluña" read as an inflected "Catar" (Qatar), and "Catalonia" in any
language as no place. Later: a government's actions or steps, a city for its country, French "où" and
"boîtes", "you've got", "wer alles".
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed

ISRAELI_SPYWARE = {"nso-group", "candiru", "paragon-solutions", "quadream"}
PREDATOR_TARGETS = {
    "case-predatorgate-greece",
    "case-egypt-nour-eltantawy",
    "case-predator-angola-mozambique",
}


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("welke Israëlische firma's verkopen spyware?", ISRAELI_SPYWARE),
        ("Nederlandse firma's in de database?", {"tkh-group", "noldus"}),
    ],
)
def test_a_dutch_plural_with_an_apostrophe_asks_for_firms(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    assert listed(kb, question) == wanted


def test_an_english_possessive_stays_apart(kb: KnowledgeService) -> None:
    result = kb.search("what is Area's role in Syria?")
    assert not result.items and result.answered and result.entry is not None
    assert result.entry.id == "case-area-syria"


@pytest.mark.parametrize(
    "question",
    ["Kogo szpiegowano Predatorem?", "¿A quiénes hackearon con Predator?", "wen hat Predator ausspioniert?"],
)
def test_whom_with_an_active_or_impersonal_verb_asks_who_was_targeted(
    kb: KnowledgeService, question: str
) -> None:
    got = listed(kb, question)
    assert got >= PREDATOR_TARGETS, got


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("¿a quién vendió NSO Pegasus?", "nso-group"),
        ("Kogo dotyczy sprawa Pegasusa w Polsce?", "case-pegasus-poland"),
    ],
)
def test_whom_without_a_verb_of_targeting_stays_one_answer(
    kb: KnowledgeService, question: str, card: str
) -> None:
    result = kb.search(question)
    assert not result.items
    assert result.answered and result.entry is not None and result.entry.id == card


def test_catalonia_is_in_spain_not_qatar(kb: KnowledgeService) -> None:
    got = listed(kb, "¿quién fue espiado en Cataluña?")
    assert "case-catalangate-2022" in got and "bae-systems" not in got, got
    spain = {"case-catalangate-2022", "case-candiru-victims-2021"}
    assert listed(kb, "which cases happened in Catalonia?") == spain
    # Qatar in Spanish is still Qatar
    assert "bae-systems" in listed(kb, "¿qué empresas vendieron vigilancia a Catar?")


US_SPYWARE_MEASURES = {"us-entity-list", "us-eo-14093", "us-ofac-spyware-sanctions"}


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("US actions against spyware firms", US_SPYWARE_MEASURES),
        ("what steps has the US taken against spyware?", US_SPYWARE_MEASURES),
        ("Brussels' actions on facial recognition", {"eu-ai-act", "reclaim-your-face"}),
        ("Washington's steps against Intellexa", {"us-ofac-spyware-sanctions", "us-entity-list"}),
    ],
)
def test_a_governments_actions_or_steps_are_its_measures(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    got = listed(kb, question)
    assert got >= wanted and all(e.startswith(("us-", "eu-", "reclaim", "amnesty")) for e in got), got


@pytest.mark.parametrize(
    "question",
    [
        "what steps can I take to protect my phone from Pegasus?",
        "legal actions against NSO",
        "what are the steps to get an export licence in the UK?",
    ],
)
def test_steps_or_actions_of_no_government_are_no_list(kb: KnowledgeService, question: str) -> None:
    assert not listed(kb, question)


def test_a_city_says_its_country_in_a_question_asking_for_firms_or_cases(kb: KnowledgeService) -> None:
    assert listed(kb, "which firms sold gear to Cairo?") == listed(kb, "which firms sold gear to Egypt?")
    assert listed(kb, "welche Fälle gab es in Warschau?") >= {"case-pegasus-poland"}
    got = listed(kb, "Tehran got its monitoring centres from which vendors?")
    assert got == {"trovicor", "case-trovicor-iran-bahrain"}, got
    # a city right before the firms is their home, not where their gear went: the firms whose cards
    # place them there (Candiru's says Tel Aviv; NSO's Herzliya), not every firm of its country
    assert listed(kb, "which Tel Aviv firms sell spyware?") == {"candiru"}


@pytest.mark.parametrize(
    "question", ["did Hikvision sell cameras to Moscow police?", "which journalists were hacked in Athens?"]
)
def test_a_city_makes_no_list_of_a_question_asking_no_kind(kb: KnowledgeService, question: str) -> None:
    assert not listed(kb, question)


PROSECUTIONS = {
    "case-amesys-libya",
    "case-finfisher-turkey-prosecution",
    "case-nexa-egypt-cerebro",
    "case-predatorgate-greece",
}


def test_a_relative_where_after_the_cases_keeps_them_asked(kb: KnowledgeService) -> None:
    """French 'où' (where) opens a relative clause as 'where' does; folded it is 'ou' (or), so only
    as the member accented it."""
    assert listed(kb, "les dossiers où des dirigeants ont été poursuivis") == PROSECUTIONS


def test_firms_you_have_got_on_file(kb: KnowledgeService) -> None:
    """'you've got' opens a relative clause without 'that': its auxiliary is no verb of the question."""
    assert listed(kb, "Italian firms you've got on file") == {"area-spa", "rcs-lab", "hacking-team"}


def test_wer_alles_after_a_noun_that_is_singular_too(kb: KnowledgeService) -> None:
    """'Anbieter' is singular and plural alike; 'wer alles?' after it asks for all of them."""
    got = listed(kb, "Europäische Anbieter mit Kunden in Ägypten – wer alles?")
    assert {"amesys-nexa", "case-nexa-egypt-cerebro", "hacking-team"} <= got, got
    assert "sandvine" not in got  # Canadian


def test_french_boites_are_firms(kb: KnowledgeService) -> None:
    """'boîte' is everyday French for a company ('ma boîte'): 'quelles boîtes' asks for firms."""
    assert listed(kb, "quelles boîtes israéliennes vendent des logiciels espions ?") == ISRAELI_SPYWARE
