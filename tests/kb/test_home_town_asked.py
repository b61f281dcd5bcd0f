"""A firm asked by a home town must be that town's (wrong22, session 22). "which Toronto company
sold deep packet inspection gear?" was answered at 0.81 by the Sandvine case, whose firm's card puts
it in Waterloo, and "which Berlin firm sold FinSpy?" by FinFisher's (Munich): the model weighs the
country, not the town. A home town no card of the answer names holds it (holds.py `town_unnamed`)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "which Toronto company sold deep packet inspection gear?",
        "which Ottawa firm sold DPI to Egypt?",
        "which Berlin firm sold FinSpy?",
    ],
)
def test_a_firm_of_a_town_no_card_names_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which Munich company sold FinSpy?", "gamma-finfisher"),
        ("which Milan company sold spyware to Sudan?", "hacking-team"),
    ],
)
def test_a_firm_of_the_town_its_card_names_is_answered(
    engine: SearchEngine, question: str, expected: str
) -> None:
    answered(engine, question, expected)
