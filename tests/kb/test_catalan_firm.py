"""A firm asked by its Catalan home (towns25, session 25): 'Catalan' is read as Catalonia, whose
town Barcelona Variston's card names, but only as a firm's home (data/cities.yaml
`home_adjectives`): Catalan is also a people's and a language's name, and read as a place asked it
held back the PEGA inquiry's card from 'the catalan hacking'. On main 'catalan startup behind an
exploit framework' was refused at 0.51: 'catalan' weighed as a word Variston's card lacks."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "the Catalan exploit vendor linked by Google to Heliconia",
        "catalan startup behind an exploit framework",
    ],
)
def test_a_catalan_firm_its_card_places_in_barcelona_answers(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "variston")


@pytest.mark.parametrize(
    "question",
    [
        "which Catalan firm made Candiru's spyware?",
        "which Catalan company sold Pegasus?",
        "¿qué empresa catalana fabricó Pegasus?",
    ],
)
def test_a_catalan_firm_no_card_places_there_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


def test_catalan_people_still_ask_of_catalangate(engine: SearchEngine) -> None:
    answered(engine, "which Catalan politicians were hacked with Pegasus?", "case-catalangate-2022")
