"""An amount asked as 'what did X pay' (issue 10, session 30): 'What did Turkmenistan pay Gamma for
its spyware?' got Gamma's card at 0.82, which names Turkmenistan only among FinFisher's
controversies, with no amount: 'what did ... pay' now asks an amount as 'how much' does
(bot/kb/data/asked_values.yaml kind `money`), which must stand with the place asked. Refused; an
amount the card tells with what is asked is still answered.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


def test_an_amount_no_statement_gives_with_the_place_is_refused(engine: SearchEngine) -> None:
    refused(engine, "What did Turkmenistan pay Gamma for its spyware?")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what did Symantec pay for Blue Coat?", "blue-coat"),
        ("what price did the american fund pay for paragon?? heard like 900m", "paragon-solutions"),
    ],
)
def test_an_amount_the_card_tells_is_still_answered(
    engine: SearchEngine, question: str, expected: str
) -> None:
    answered(engine, question, expected)
