"""A reversal, a sale's price or a payment asked is refused when the card tells only the listing, the
sale or the award (attack reviews, session 19). "did intellexa get delisted?" (0.96) and "did the us
lift sanctions on intellexa?" (0.93) were answered with cards that tell the listing and the
sanctions and never their end; "how much did intellexa sell predator to egypt for?" (0.89) with a
card that gives no price of that sale; "did nso pay the 167m to whatsapp yet?" (0.79) with a card
that tells the award and the appeal, no payment. A member could read those cards as confirming it.
Their twins, what the same cards do give, stay answered (bot/kb/data/asked_values.yaml: `lifted`,
`money`, `collected`).
"""

from __future__ import annotations

import pytest

from bot.kb.asked_values import default_asked_values
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "did intellexa get delisted",
        "did the us lift sanctions on intellexa",
        "were the sanctions on intellexa lifted?",
        "was sandvine removed from the entity list?",
        "how much did intellexa sell predator to egypt for",
        "did nso pay the 167m to whatsapp yet",
    ],
)
def test_a_reversal_price_or_payment_never_given_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question, offers=True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did the us sanction intellexa?", "us-ofac-spyware-sanctions"),
        ("is sandvine on the entity list?", "sandvine"),
        # 'ordered to pay damages' asks the award, which the card tells, not whether it was paid
        ("was nso ordered to pay whatsapp damages?", "case-whatsapp-v-nso"),
    ],
)
def test_what_the_same_card_gives_is_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "kind", "asks"),
    [
        ("les sanctions contre intellexa ont-elles ete levees ?", "lifted", True),
        ("wurden die sanktionen gegen intellexa aufgehoben?", "lifted", True),
        # a revocation or a list that reverses no listing
        ("did germany revoke licences after the ban?", "lifted", False),
        ("which firms come from the eu list?", "lifted", False),
        # a price paid for something is an amount (`money`), not whether a sum owed was paid
        ("did belarus pay 2.5m for sandvine gear?", "collected", False),
        ("did nso pay $167 million to whatsapp?", "collected", True),
    ],
)
def test_what_asks_a_reversal_or_a_payment(question: str, kind: str, asks: bool) -> None:
    assert (kind in default_asked_values().asked(question)) is asks
