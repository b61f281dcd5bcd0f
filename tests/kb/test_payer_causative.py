"""A causative amount question names its payer as the object of make/force/order, not its subject
(misread26): "how much did Washington make it pay?" was read as Washington paying, so the Area card
('Area agreed to pay $100,000', to the US) was held as told the other way round; "how much did the
United States make Computerlinks pay?" likewise. The one made to pay is the payer (data/payers.yaml);
in Russian and Polish, where an undeclined name after the verb of paying may be either party, only a
name between the two verbs is read. Asked the other way round, the amount is still held."""

from __future__ import annotations

import pytest

from bot.kb.payers import asked_parties
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "that Italian outfit whose monitoring kit went to Syria, how much did the Americans make it pay?",
            "area-spa",
        ),
        ("how much did the United States make Computerlinks pay?", "computerlinks"),
        ("how much did Washington make Computerlinks FZCO pay?", "computerlinks"),
        ("сколько США заставили заплатить Computerlinks?", "computerlinks"),
        ("ile USA kazały zapłacić Computerlinks?", "computerlinks"),
    ],
)
def test_the_one_made_to_pay_is_the_payer(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "how much did Clearview make Italy pay?",  # Italy fined Clearview
        "how much did the jury make Motorola pay Hytera?",  # Hytera owes Motorola
        "how much was WhatsApp forced to pay NSO?",  # NSO was ordered to pay WhatsApp
        "did the court make Motorola pay Hytera?",
    ],
)
def test_made_to_pay_the_other_way_round_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "payer", "payee"),
    [
        ("how much did Washington make it pay?", set(), set()),
        ("how much did the judge order NSO to pay WhatsApp?", {"nso"}, {"whatsapp"}),
        ("how much was Area made to pay by Commerce?", {"area"}, set()),
        ("сколько суд обязал NSO заплатить WhatsApp?", {"nso"}, set()),
        ("ile sąd nakazał Hyterze zapłacić Motoroli?", {"hyterze"}, set()),
    ],
)
def test_a_causative_names_its_object_as_payer(question: str, payer: set[str], payee: set[str]) -> None:
    assert asked_parties(question) == (payer, payee)
