"""'Until September 2021' puts the question before that time, as 'before' does (bot/kb/roles.py,
`anchored`): the act whose number holds the year ('Regulation (EU) 2021/821') was made then, so it is
the time the question names, not what applied until it. 'since 2021' asks for what came in 2021."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, first_ranked


@pytest.mark.parametrize(
    "question",
    [
        # main ranked the 2021 recast first: '2021' is in its number
        "what eu regulation covered dual-use exports until september 2021?",
        "which eu rules governed dual use exports before march 2021?",
    ],
)
def test_until_the_year_of_an_act_asks_for_the_act_before_it(engine: SearchEngine, question: str) -> None:
    assert first_ranked(engine, question) == "eu-dual-use-428-2009"


@pytest.mark.parametrize(
    "question",
    [
        "what eu dual-use rules apply since 2021?",
        "what does the eu dual-use regulation 2021/821 say about spyware?",
    ],
)
def test_since_the_year_or_the_number_itself_asks_for_the_act(engine: SearchEngine, question: str) -> None:
    assert first_ranked(engine, question) == "eu-dual-use-2021-821"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # 'until 2024' takes in 2024: the Recommendation of October 2024 was refused at 0.21 (main 0.79),
        # the AI Act (2024/1689) lost its answer to the Clearview case
        ("what guidance did the EU give exporters until 2024?", "eu-recommendation-2024-2659"),
        ("what EU AI law was passed until 2024?", "eu-ai-act"),
    ],
)
def test_until_a_bare_year_takes_in_that_years_acts(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)
