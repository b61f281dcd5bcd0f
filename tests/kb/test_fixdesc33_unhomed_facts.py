"""A firm described by a place its card names as its home (session 33, desc33's `unhomed` reading)
must fit every fact the description gives (session 33, fixdesc): the year is one of that place's
facts, not any year of the card ('French biometric systems used in Shanghai in 2022': IDEMIA's
Shanghai sale is dated 2015, its 2022 facts are Argentina's and its owners'); a plural request or
homes joined by 'or' asks for a list, never one firm ('Israeli or Cypriot spyware firms' answered
Paragon alone); a party of several words fits a card that names most of them ('the UK Foreign
Office' is no BAE fact for its card's 'EU office'). Each was answered at 0.62 with one card; now
refused. Twins that fit stay answered."""

from __future__ import annotations

import pytest

from bot.kb.described_parties import placed_years, several_firms
from bot.kb.search import SearchEngine
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "French biometric systems used in Shanghai in 2022",
        "Israeli or Cypriot-based spyware vendors",
        "Israeli or Cypriot spyware firms",
        "measures from the UK Foreign Office",
    ],
)
def test_a_description_one_card_does_not_fit_whole_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("French biometric systems used in Shanghai in 2015", "case-morpho-shanghai-2015"),
        ("Israeli traffic-shaping boxes that reached Tehran via Denmark", "allot"),
        ("Israeli traffic-shaping company that sold boxes to Iran", "allot"),
        ("Thai protest organisers whose phones were infected in 2020", "case-pegasus-thailand-2022"),
    ],
)
def test_a_description_that_fits_is_still_answered(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


def test_the_list_of_two_homes_still_lists_their_firms(service: KnowledgeService) -> None:
    items = {e.id for e in service.search("Israeli or Greek-based spyware vendors").items}
    assert {"nso-group", "candiru", "quadream", "intellexa-cytrox"} <= items


def test_a_year_pairs_with_the_places_its_sentence_names(engine: SearchEngine) -> None:
    idemia = next(e for e in engine.index.entries if e.id == "idemia")
    pairs = placed_years(idemia)
    assert ("country:china", 2015) in pairs
    assert ("country:china", 2022) not in pairs


def test_several_firms_asked() -> None:
    assert several_firms("israeli or cypriot based spyware vendors")
    assert several_firms("israeli spyware firms")
    assert not several_firms("israeli traffic shaping boxes that reached tehran via denmark")
    assert not several_firms("the moscow pentest firm or its partner")
