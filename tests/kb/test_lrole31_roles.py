"""lrole31 (issue 10 item 5): lists of who was behind, who supplied, and everything on a person.

"Everything on Tal Dilian" listed every Predator case and US rule tied to Intellexa, whose alias the
name is; a member asking about a person gets the cards that tell of that person. German "wie" (how)
was read as Dutch "wie" (who): "Wie hat Deutschland Spyware nach Ägypten geliefert?" became a list.
Reading "the cameras in East Jerusalem" as where gear stands was tried and taken out: "who sold the
systems in Germany?" then listed whatever touches Germany.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("everything on Tal Dilian", {"intellexa-cytrox", "us-ofac-spyware-sanctions"}),
        ("everything about Ayman Nour", {"case-egypt-nour-eltantawy", "intellexa-cytrox"}),
        ("anything on Carmen Aristegui?", {"case-pegasus-mexico-2017", "nso-group"}),
        ("everything about Nikos Androulakis", {"case-predatorgate-greece"}),
    ],
)
def test_everything_on_a_person_lists_the_cards_telling_of_them(
    kb: KnowledgeService, question: str, wanted: set[str]
) -> None:
    got = listed(kb, question)
    assert got == wanted, got


def test_a_firm_or_a_kind_asked_keeps_its_list(kb: KnowledgeService) -> None:
    """Twins: everything on the firm itself, and a kind asked of a person, are as they were."""
    firm = listed(kb, "everything on Intellexa")
    assert {"intellexa-cytrox", "case-predatorgate-greece", "us-entity-list"} <= firm, firm
    assert listed(kb, "which cases involve Carmen Aristegui?") == {"case-pegasus-mexico-2017"}


@pytest.mark.parametrize(
    "question",
    [
        "Wie hat Deutschland Spyware nach Ägypten geliefert?",
        "Wie sind die deutschen Überwachungsfirmen reguliert?",
    ],
)
def test_german_wie_asks_how_not_who(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == set()


@pytest.mark.parametrize(
    ("question", "within"),
    [
        ("Wer hat Spyware nach Mexiko geliefert?", {"nso-group"}),
        ("Wie heeft spyware naar Mexico geleverd?", {"nso-group"}),
        ("Wie zijn de Nederlandse bedrijven?", {"tkh-group", "noldus"}),
        ("wer sind die italienischen Spyware-Hersteller?", {"hacking-team", "rcs-lab"}),
    ],
)
def test_german_wer_and_dutch_wie_still_ask_who(
    kb: KnowledgeService, question: str, within: set[str]
) -> None:
    got = listed(kb, question)
    assert within <= got, got


@pytest.mark.parametrize(
    ("question", "not_sold"),
    [
        ("who sold the systems in Germany?", {"nso-group", "area-spa", "case-ahmed-mansoor"}),
        ("¿Quién vende cámaras a China?", {"tkh-group", "case-automated-apartheid-2023"}),
        ("Kto dostarcza kamery do Chin?", {"tkh-group", "case-automated-apartheid-2023"}),
    ],
)
def test_a_sale_to_a_place_is_no_list_of_whatever_touches_it(
    kb: KnowledgeService, question: str, not_sold: set[str]
) -> None:
    """Attack: read as where the gear stands, "who sold the systems in Germany?" listed every entry tied
    to Germany (NSO, Area, the Mansoor case), and another language's "who sells" lost its sale: TKH and
    the Hebron cameras joined the sellers to China. Only the English twin read "sold" as a sale."""
    got = listed(kb, question)
    assert not got & not_sold, got


def test_gear_sold_to_a_place_stays_a_sale(kb: KnowledgeService) -> None:
    """Twins: buyers in a place, and a sale to a place, read as before."""
    africa = listed(kb, "who sells spyware to governments in Africa?")
    assert {"intellexa-cytrox", "nso-group"} <= africa, africa
    assert listed(kb, "who sold cameras to Israel?") == set()


@pytest.mark.parametrize(
    ("question", "within"),
    [
        ("Candiru's whole file", {"candiru", "case-candiru-victims-2021", "us-entity-list"}),
        ("the entire dossier on Cognyte", {"cognyte", "case-cognyte-myanmar"}),
    ],
)
def test_a_firms_whole_file_is_everything_on_it(
    kb: KnowledgeService, question: str, within: set[str]
) -> None:
    got = listed(kb, question)
    assert within <= got, got


def test_the_predator_files_stay_a_case(kb: KnowledgeService) -> None:
    """Twin: "files" of a name ("Predator Files") is no request for a file."""
    got = listed(kb, "Predator Files: all of it")
    assert "case-predator-files-2023" in got and "case-predatorgate-greece" not in got, got


@pytest.mark.parametrize(
    "question",
    [
        "Quem fabrica câmeras de vigilância?",
        "¿Quién fabrica cámaras de vigilancia?",
        "Qui fabrique des caméras de surveillance ?",
        "Chi produce telecamere di sorveglianza?",
    ],
)
def test_who_makes_gear_in_each_language(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question)
    assert {"hikvision", "dahua", "axis-communications", "tkh-group"} <= got, got


@pytest.mark.parametrize(
    "question", ["Wer verkauft Pegasus?", "Qui fabrique Pegasus ?", "wie verkauft NSO Pegasus?"]
)
def test_who_makes_one_product_stays_one_answer(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == set()
