"""An ordinary word of the question's language is not an English chat abbreviation: Polish 'co'
('what') was read as 'co' for 'company', so 'co Cellebrite zrobiła w Serbii?' ("what did Cellebrite
do in Serbia?") asked for a company and got Cellebrite's card, where the case in Serbia tells what it
did (bot/kb/text.py raw_tokens, `own`). A firm no card holds stays refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("co Cellebrite zrobiła w Serbii?", "case-cellebrite-hk-belarus-serbia"),
        ("co zrobiła Cellebrite na Białorusi?", "case-cellebrite-hk-belarus-serbia"),
        ("co robiło Sandvine na Białorusi?", "case-sandvine-turkey-belarus-egypt"),
    ],
)
def test_what_a_firm_did_somewhere_is_its_case(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question", ["co to jest firma Nordvik Systems?", "Cos'è la società Nordvik Systems?"]
)
def test_a_firm_no_card_holds_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
