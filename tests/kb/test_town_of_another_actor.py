"""A town a card ties to another actor than the firm is no home of the firm (towns25, session 25).
Nexa's Egypt case names the Paris prosecutor, FinFisher's Bahrain case a London-based activist: "which
Parisian firm sold to Egypt?" was answered by the case at 0.62 and "which London firm made FinFisher?"
at 0.70, though no card places either firm in that town (elsewhere.py `home_towns`). A town the card
does tie to the firm ('Munich-based Computerlinks', 'based in Waterloo') still answers."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "which Parisian firm sold to Egypt?",
        "the Parisian company that sold Cerebro to the Egyptian government",
        "quelle société parisienne a vendu Cerebro à l'Égypte ?",
        "welche Pariser Firma verkaufte Cerebro an Ägypten?",
        "which London company's spyware hit Bahraini activists?",
        "qué empresa de Londres hizo el spyware usado contra activistas bahreiníes?",
    ],
)
def test_a_town_of_a_prosecutor_or_a_victim_is_no_firm_home(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("welche Münchner Firma verkaufte FinSpy an die Türkei?", "gamma-finfisher"),
        ("which Tel Aviv company makes DevilsTongue?", "candiru"),
        ("the Hangzhou camera maker on the US entity list", "hikvision"),
        ("which Barcelona startup built browser exploits?", "variston"),
    ],
)
def test_a_town_the_card_ties_to_the_firm_answers(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)
