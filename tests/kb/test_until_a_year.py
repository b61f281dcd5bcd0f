"""'Until September 2021' puts the question before that time, as 'before' does (bot/kb/roles.py,
`anchored`): the act whose number holds the year ('Regulation (EU) 2021/821') was made then, so it is
the time the question names, not what applied until it. 'since 2021' asks for what came in 2021."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine


def first(engine: SearchEngine, question: str) -> str:
    return engine.entries[engine.rank(question)[0][0]].id


@pytest.mark.parametrize(
    "question",
    [
        # main ranked the 2021 recast first: '2021' is in its number
        "what eu regulation covered dual-use exports until september 2021?",
        "which eu rules governed dual use exports before march 2021?",
    ],
)
def test_until_the_year_of_an_act_asks_for_the_act_before_it(engine: SearchEngine, question: str) -> None:
    assert first(engine, question) == "eu-dual-use-428-2009"


@pytest.mark.parametrize(
    "question",
    [
        "what eu dual-use rules apply since 2021?",
        "what does the eu dual-use regulation 2021/821 say about spyware?",
    ],
)
def test_since_the_year_or_the_number_itself_asks_for_the_act(engine: SearchEngine, question: str) -> None:
    assert first(engine, question) == "eu-dual-use-2021-821"
