"""A reversal, a sale's price or a payment asked in the campaign languages needs a statement giving
it, as in English (session 19's kinds `lifted`, `money` with a sale, `collected` with an amount were
read in English only). 'le sanzioni contro Intellexa sono state revocate?' (0.97), 'is de sanctie
tegen Intellexa opgeheven?' (0.91), 'Für wie viel hat Intellexa Predator an Ägypten verkauft?'
(0.97) and 'NSO a-t-elle payé les 167 millions à WhatsApp ?' (0.93) were answered by cards that tell
only the sanctions, the sale or the award. Their twins, what the cards do give, stay answered."""

from __future__ import annotations

import pytest

from bot.kb.asked_values import default_asked_values
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        # no card tells a sanction or listing ended
        "le sanzioni contro Intellexa sono state revocate?",
        "is de sanctie tegen Intellexa opgeheven?",
        "as sanções contra a Intellexa foram levantadas?",
        "Intellexa'ya yönelik yaptırımlar kaldırıldı mı?",
        "сняли ли санкции с Intellexa?",
        "wurde NSO von der Entity List gestrichen?",
        # no price of Intellexa's sale to Egypt on any card
        "Für wie viel hat Intellexa Predator an Ägypten verkauft?",
        "combien Intellexa a-t-elle vendu Predator à l'Égypte ?",
        "por cuánto vendió Intellexa Predator a Egipto?",
        # the WhatsApp card tells the award and the appeal, no payment
        "NSO a-t-elle payé les 167 millions à WhatsApp ?",
        "hat NSO die 167 Millionen an WhatsApp gezahlt?",
        "¿NSO ya pagó los 167 millones a WhatsApp?",
        "NSO ha pagato i 167 milioni a WhatsApp?",
    ],
)
def test_a_reversal_price_or_payment_no_card_gives_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the sanctions themselves
        ("haben die USA Sanktionen gegen Intellexa verhängt?", "us-ofac-spyware-sanctions"),
        # Area's Syrian contract: more than EUR 13 million
        ("Für wie viel hat Area das System an Syrien verkauft?", "case-area-syria"),
        ("combien Area a-t-elle vendu son système à la Syrie ?", "case-area-syria"),
        # Computerlinks paid $2.8m to settle
        ("Computerlinks a-t-elle payé 2,8 millions ?", "computerlinks"),
        ("hat Computerlinks 2,8 Millionen gezahlt?", "computerlinks"),
        # a price paid for something is the contract's amount, not a payment owed
        ("hat Belarus 2,5 Millionen für Sandvine gezahlt?", "case-sandvine-turkey-belarus-egypt"),
    ],
)
def test_what_the_cards_give_stays_answered(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    ("question", "lang", "kind"),
    [
        ("le sanzioni contro Intellexa sono state revocate?", "it", "lifted"),
        ("czy sankcje wobec Intellexy zostały zniesione?", "pl", "lifted"),
        ("är sanktionerna mot Intellexa hävda?", "sv", "lifted"),
        ("per quanto Intellexa ha venduto Predator all'Egitto?", "it", "money"),
        ("hat NSO die 167 Millionen an WhatsApp gezahlt?", "de", "collected"),
    ],
)
def test_the_words_asking_a_reversal_price_or_payment(question: str, lang: str, kind: str) -> None:
    assert kind in default_asked_values().asked(question, lang)


def test_a_price_paid_for_something_asks_no_payment() -> None:
    assert "collected" not in default_asked_values().asked(
        "hat Belarus 2,5 Millionen für Sandvine gezahlt?", "de"
    )
