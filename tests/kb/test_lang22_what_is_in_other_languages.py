"""'What is X and what did it do in Y?' asked in another language gets X's own card, as the English
does: the subject cue for the thing a question asks what it is read only English 'what is', so
'что такое Trovicor и что было в Бахрейне?' got the Bahrain case where 'what is Trovicor and what
happened in Bahrain?' gets Trovicor (data/roles.yaml `defining_other`, bot/kb/defining.py). A firm no
card holds stays refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("что такое Trovicor и что было в Бахрейне?", "trovicor"),
        ("что такое Sandvine и что она делала в Египте?", "sandvine"),
        ("wat is Hikvision en wat deed het in Xinjiang?", "hikvision"),
    ],
)
def test_what_a_thing_is_asked_first_is_its_own_card(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    "question",
    [
        "что такое Nordvik Systems и что она делала в Египте?",
        "wat is Nordvik Systems en wat deed het in Xinjiang?",
    ],
)
def test_a_firm_no_card_holds_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
