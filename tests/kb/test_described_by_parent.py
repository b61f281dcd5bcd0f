"""A firm described by the group that owns it (session 22): 'the Boeing unit', 'Canon-owned', "Safran's
Morpho unit". A parent the card names stands for the firm as its home does (described.py `parents`); a
parent named that the card contradicts keeps it refused. A parent described only by where it is from
('owned by a Japanese group') is still a place the firm's card must name: read as no place at all,
'owned by a Russian group' answered Narus at 0.88 (review22)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused

AXIS = "axis-communications"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # a former parent, named before the unit's own name on Idemia's card ("Safran's Morpho unit")
        ("which Safran unit sold to Shanghai?", "idemia"),
        # refused on main at 0.51: the parent named, no home
        ("which Boeing-owned company held talks with the Libyan regime?", "narus"),
    ],
)
def test_a_firm_described_by_its_parent_is_answered(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "which Norwegian camera maker owned by a Japanese group sold to Chinese police?",
        "which Swedish camera maker owned by a Japanese group sold to Russian police?",
        "the Boeing unit that sold spyware to Iran",
        "which Boeing-owned firm sold cameras to Egypt?",
        # another parent than the card's (Narus: Boeing); answered on main at 0.70
        "the Airbus unit that met Libyan officials",
        "which Lockheed-owned firm met Libyan officials?",
        # a parent's home no card tells: Narus is Boeing's, Axis Canon's (review22: 0.87-0.91)
        "which company owned by a Russian group met Libyan officials?",
        "which subsidiary of a Chinese company met Gaddafi's officials?",
        "which camera maker owned by a Korean group sold to Chinese police?",
    ],
)
def test_a_parent_description_the_card_does_not_fit_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        # refused on main at 0.11 and 0.06: Narus's card names Barcelona, never Spain
        "which Boeing-owned outfit sat down with Libyan officials in Spain in 2011?",
        "the Boeing subsidiary that met the Libyan regime's men in Spain",
    ],
)
def test_a_country_whose_city_the_card_names_is_named(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "narus")


@pytest.mark.parametrize(
    "question",
    [
        "which Boeing-owned outfit sat down with Libyan officials in Portugal in 2011?",
        # 'the Washington Times' on Trovicor's card is a newspaper, no place it sold to
        "did Trovicor sell monitoring centres to the United States?",
    ],
)
def test_a_country_the_card_names_no_city_of_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
