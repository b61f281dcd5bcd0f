"""An office or role asked that the card never gives (issue 10, session 30). 'who is Variston's
liquidator?' was answered with Variston's card at 0.98: it tells the liquidation, names no
liquidator (bot/kb/data/asked_values.yaml kind `liquidator`). 'is Brejza still a senator?' got the
Polish Pegasus case at 0.81: 'opposition senator Krzysztof Brejza' is his title in a line dated
December 2021, what he was then (bot/kb/holds.py `told_then`). Both are now refused; what the cards
tell (the liquidation, the founders, the senator hacked) is still answered.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "who is Variston's liquidator?",
        "who is the liquidator of Variston",
        "is Brejza still a senator?",
        "is Yossi Carmil still CEO of Cellebrite?",
    ],
)
def test_a_role_the_card_does_not_give_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is Variston in liquidation?", "variston"),
        ("when did Variston go into liquidation?", "variston"),
        ("who founded Variston?", "variston"),
        ("was Brejza a senator when he was hacked?", "case-pegasus-poland"),
        ("who is Brejza?", "case-pegasus-poland"),
    ],
)
def test_what_the_card_tells_is_still_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)
