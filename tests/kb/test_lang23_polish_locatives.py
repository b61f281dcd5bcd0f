"""Polish locatives that soften a country's last consonant are read as the country (session 23,
lang23): 'w Egipcie' (Egipt), 'w Kuwejcie' (Kuwejt), 'we Włoszech' (Włochy) were unknown words, so
'Kto był celem Predatora w Egipcie?' was refused at 0.01 for want of the place."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("Kto był celem Predatora w Egipcie?", "case-egypt-nour-eltantawy"),
        ("Kogo w Egipcie szpiegowano Predatorem?", "case-egypt-nour-eltantawy"),
        ("Kogo inwigilowano Graphite we Włoszech?", "case-paragon-italy"),
    ],
)
def test_a_softened_place_reaches_its_case(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    ["Czy Candiru działało w Kuwejcie?", "Czy Cellebrite sprzedawał w Egipcie?"],
)
def test_a_softened_place_no_card_ties_to_the_firm_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "place"),
    [("w Egipcie", "egypt"), ("w Kuwejcie", "kuwait"), ("we Włoszech", "italy"), ("w Polsce", "poland")],
)
def test_the_softened_place_is_read(engine: SearchEngine, question: str, place: str) -> None:
    assert place in engine.read(f"Co się stało {question}?").text
