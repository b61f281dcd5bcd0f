"""A region, state or province asked is not told by a card that names only its country (towns25,
session 25). "which Virginia fund bought Paragon?" was answered at 0.93 by Paragon's card, which says
'a US fund': a region was read as its country's capital is, standing for the country (elsewhere.py
`_near`, cities.py `is_region`). A card that names the region or one of its towns still answers."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "which Virginia fund bought Paragon?",
        "quel fonds de Virginie a racheté Paragon ?",
        "welcher texanische Investor kaufte Paragon?",
    ],
)
def test_a_region_the_card_never_names_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which US fund bought Paragon?", "paragon-solutions"),
        ("which Ontario company sold DPI to Egypt?", "sandvine"),
        ("welche bayerische Firma entwickelte FinSpy?", "gamma-finfisher"),
        ("Which Lombardy firm built Syria's monitoring system?", "area-spa"),
    ],
)
def test_a_region_the_card_names_answers(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)
