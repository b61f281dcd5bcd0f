"""A firm described by where the group that owns it is from ('owned by an American fund',
'American-owned'): that place is the parent's home, not the firm's, and it describes the firm only
where the card gives the parent that home (described.py `parent_homes`: Idemia's and Sandvine's cards
say 'owned by US private-equity firm ...'). Read as a place the firm sold to, it made Clearview (a US
firm) fit as well, and 'the french biometrics outfit owned by an american investment fund' was
refused at 0.45. A parent's home the card does not give stays a place it must name: refused, unless
it is the home data/parents.yaml gives the card's parent (bot/kb/parented.py)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("the french biometrics outfit owned by an american investment fund", "idemia"),
        ("the French face-recognition vendor owned by an American buyout fund", "idemia"),
        # Axis's card never says Canon is Japanese; data/parents.yaml does (session 29, plainv29:
        # seven tune questions described Axis so, all refused); refused on int29
        ("the swedish camera company bought by a japanese group", "axis-communications"),
    ],
)
def test_a_firm_described_by_its_parents_home_is_answered(
    engine: SearchEngine, question: str, entry: str
) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "the french biometrics outfit owned by a japanese investment fund",
        "the Japanese-owned French biometrics firm",
        "the Canadian DPI vendor owned by a Chinese group",
        "which spyware was bought by the Mexican army?",
    ],
)
def test_a_parents_home_the_card_does_not_give_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
