"""'pay' asked is told by a card's 'paid', 'payment', 'damages', 'awarded' (data/synonyms.yaml), now
that who paid whom is read (payers.py): 'how much did NSO have to pay WhatsApp?' was refused at 0.60
though the WhatsApp v NSO card gives the jury's award of $167.25m, and 'how much did Turkey pay for
FinSpy?' at 0.62 though the Turkish prosecution card gives EUR 5m. Tried alone (lang23), the
synonym answered payments the wrong way round ('how much did Blue Coat pay?' 0.96: its distributor
Computerlinks paid), which stay refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much did NSO have to pay WhatsApp?", "case-whatsapp-v-nso"),
        ("how much did NSO pay WhatsApp?", "case-whatsapp-v-nso"),
        ("how much did Turkey pay for FinSpy?", "case-finfisher-turkey-prosecution"),
    ],
)
def test_a_payment_told_the_way_asked_is_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "how much did Blue Coat pay?",  # Computerlinks paid
        "¿cuánto pagó Blue Coat?",
        "how much did WhatsApp have to pay NSO?",  # the jury awarded WhatsApp
        "how much did WhatsApp pay?",
        "how much did Germany pay FinFisher?",  # the only amount is Turkey's
        "how much did Intellexa have to pay WhatsApp?",  # no such suit
        "how much did Hungary pay for Pegasus?",  # a price no card gives
        "how much does Paragon pay its staff?",
        "has NSO paid WhatsApp yet?",  # the card tells the award, not a payment
    ],
)
def test_a_payment_told_otherwise_or_not_at_all_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
