"""A rule asked by the year in its act number: 'the dual use regulation of 2009' is Regulation
428/2009, not the 2021 recast, whose alias 'dual-use regulation' and its words 'replacing 428/2009'
outweighed the year (answered at 0.95-0.98 in English, French and German; bot/kb/cues.py `numbered`).
The recast stays the answer when its own year, or no year, is asked."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered


@pytest.mark.parametrize(
    "question",
    [
        "what did the 2009 dual use regulation say about cyber surveillance",
        "the dual use regulation of 2009",
        "règlement sur les biens à double usage de 2009",
        "die Dual-Use-Verordnung von 2009",
    ],
)
def test_the_regulation_of_a_year_is_the_one_numbered_by_it(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "eu-dual-use-428-2009")


@pytest.mark.parametrize(
    "question",
    [
        "the 2021 dual use regulation",
        "dual use regulation 2021 catch-all",
        "what does the eu dual use regulation say about cyber-surveillance items",
    ],
)
def test_the_recast_stays_the_answer_for_its_own_year_or_none(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "eu-dual-use-2021-821")
