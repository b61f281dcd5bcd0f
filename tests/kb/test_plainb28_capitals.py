"""A capital before a noun of people, a government or a firm stands for its country as a demonym
would (session 28, plainb28): 'the telecom giant accused of helping Kampala police get into Bobi Wine's
chats' weighed 'kampala' as a name no card holds and refused Huawei's Uganda case at 0.57 (0.68 now),
as 'Ugandan police' or 'police in Kampala' was answered. Only a capital: a card naming China tells
nothing of Shanghai's police, and before other nouns ('the Moscow stock exchange') a city is still
what a firm from there is asked about at home."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        (
            "the telecom giant accused of helping Kampala police get into Bobi Wine's chats",
            "case-huawei-uganda-zambia",
        ),
        # answered on fix28b too (0.64 -> 0.85)
        ("did FinFisher sell to the Ankara government?", "gamma-finfisher"),
    ],
)
def test_capital_before_people_is_its_country(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "did Huawei help Shanghai police?",  # not a capital: China's card tells no city's police
        "did NSO sell to the police of Shanghai?",
        "which Rome firm sold spyware to Egypt?",  # Hacking Team's card puts it in Milan
        "the Moscow stock exchange listing of Positive Technologies",
    ],
)
def test_twins_stay_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
