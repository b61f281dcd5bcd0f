"""'How much was X's contract/deal/sale?' asks an amount (wrong22, session 22). Only 'how much did
... pay/cost/sell' was read as asking money, so "how much was Nexa's sale to Egypt?" was answered at
0.98 by a card giving no amount, and the Hacking Team leak answered a Saudi contract's worth at 0.85
(its one amount is Sudan's invoice). Read as kind `money` (data/asked_values.yaml), the amount must
stand with what is asked (`unvalued`, held by `ungiven`)."""

from __future__ import annotations

import pytest

from bot.kb.asked_values import default_asked_values
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "how much was Nexa's sale to Egypt?",
        "how much was the Morpho contract with Shanghai?",
        "how much was Sandvine's contract with Egypt?",
        "how much was Hacking Team's contract with Saudi Arabia?",
    ],
)
def test_an_amount_of_a_deal_no_card_gives_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much was Sandvine's Belarus contract?", "case-sandvine-turkey-belarus-egypt"),
        ("how much was the deal between FinFisher and Turkey?", "case-finfisher-turkey-prosecution"),
        ("how much was the Jet Infosystems contract for Belarus?", "case-sandvine-turkey-belarus-egypt"),
    ],
)
def test_an_amount_of_a_deal_the_card_gives_is_answered(
    engine: SearchEngine, question: str, expected: str
) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "asks_money"),
    [
        ("how much were the licences for FinSpy?", True),
        ("how much is the deal worth?", True),
        ("how much of the sales went to Iran?", False),  # a share, not a deal's amount
        ("how much data did Clearview collect?", False),
    ],
)
def test_how_much_a_deal_was_asks_money(question: str, asks_money: bool) -> None:
    assert ("money" in default_asked_values().asked(question)) is asks_money
