"""What a firm had to pay after a lawsuit is the award the case card gives (session 23, lang23):
'how much did NSO have to pay WhatsApp?' was refused at 0.60 with the WhatsApp case first, as
'pay' was a word the card does not use (it says 'awarded ... damages'); 'pay' is now explained
by 'paid', 'payment', 'damages', 'awarded' (data/synonyms.yaml). Whether an amount is given stays
the values check's: a price or a payment no card gives is still refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "how much did NSO have to pay WhatsApp?",
        "what did NSO have to pay after the WhatsApp trial?",
    ],
)
def test_what_a_firm_had_to_pay_after_the_lawsuit_is_the_award(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "case-whatsapp-v-nso")


@pytest.mark.parametrize(
    "question",
    [
        "how much did Intellexa have to pay WhatsApp?",  # no such suit
        "how much did Hungary pay for Pegasus?",  # a price no card gives
        "how much does Paragon pay its staff?",
        "has NSO paid WhatsApp yet?",  # a payment made: the card tells the award, not that
    ],
)
def test_a_payment_no_card_tells_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
