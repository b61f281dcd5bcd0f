"""Whether a payment was made, and who was bound to pay, read as who paid whom (payer25). 'did
Paragon pay ICE?' was answered at 0.78 though the card tells ICE as the customer (a contract between
them tells no direction; 'the US government is a Paragon customer' does); 'who had to pay NSO?' at
0.89 though the only amount on NSO's card is the jury's award to WhatsApp. Asked the way the card
tells it, each is still answered, an amount owed included ('did Hytera pay Motorola?': the card
tells the award) (bot/kb/payers.py, data/payers.yaml)."""

from __future__ import annotations

import pytest

from bot.kb.payers import asked_parties
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "did Paragon pay ICE?",  # ICE's side is the customer's
        "has Paragon paid ICE anything?",
        "har Paragon betalat ICE?",
        "who had to pay NSO?",  # NSO owes WhatsApp
        "who was ordered to pay NSO Group?",
        "wer musste NSO bezahlen?",
        "qui a dû payer NSO ?",
        "kto musiał zapłacić NSO?",
        "vem fick betala NSO?",
        "wie moest NSO betalen?",
        "did WhatsApp pay NSO?",  # the jury awarded WhatsApp
        "¿pagó WhatsApp a NSO?",
        "heeft WhatsApp aan NSO betaald?",
        "did Motorola pay Hytera?",  # Hytera owes Motorola
        "czy Motorola zapłaciła Hyterze?",
        "hat Motorola an Hytera gezahlt?",
        "Motorola заплатила Hytera?",
        "moest Motorola aan Hytera betalen?",
        "has NSO paid WhatsApp?",
    ],
)
def test_a_payment_told_otherwise_or_only_owed_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did ICE pay Paragon?", "paragon-solutions"),
        ("har ICE betalat Paragon?", "paragon-solutions"),
        ("has the US government paid Paragon?", "paragon-solutions"),
        ("who had to pay WhatsApp?", "case-whatsapp-v-nso"),
        ("wer musste an WhatsApp zahlen?", "case-whatsapp-v-nso"),
        ("qui a dû payer WhatsApp ?", "case-whatsapp-v-nso"),
        ("did Hytera have to pay Motorola?", "hytera"),
        ("czy Hytera musiała zapłacić Motoroli?", "hytera"),  # owed: told by the award
        ("moest Hytera aan Motorola betalen?", "hytera"),
        ("musste Hytera an Motorola zahlen?", "hytera"),
        ("did Clearview pay France?", "case-clearview-eu-enforcement"),  # never paid the French fine
        # owed the way asked: the card answers with what was awarded or fined (review25: refusing
        # these lost answers main gave)
        ("did Hytera pay Motorola?", "hytera"),
        ("czy Hytera zapłaciła Motoroli?", "hytera"),
        ("did NSO pay WhatsApp?", "case-whatsapp-v-nso"),
        ("did Italy pay Paragon?", "case-paragon-italy"),  # Italy's agencies are the clients
        ("¿Pagó Area una multa?", "case-area-syria"),
        ("has Clearview paid any of its EU fines at all?", "case-clearview-eu-enforcement"),
        ("did Computerlinks pay the US?", "computerlinks"),
        ("did Symantec pay for Blue Coat?", "blue-coat"),
        ("did Canon pay for Axis Communications?", "axis-communications"),
    ],
)
def test_a_payment_told_the_way_asked_is_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "payer", "payee"),
    [
        ("did Motorola pay Hytera?", {"motorola"}, {"hytera"}),
        ("was Hytera paid by Motorola?", {"motorola"}, {"hytera"}),
        ("czy Polska zapłaciła NSO?", {"polska", "poland"}, {"nso"}),
        ("¿pagó Clearview a Francia?", {"clearview"}, {"francia", "france"}),
        ("heeft Motorola aan Hytera betaald?", {"motorola"}, {"hytera"}),
        ("hat Motorola an Hytera gezahlt?", {"motorola"}, {"hytera"}),
    ],
)
def test_whether_x_paid_y_is_read_in_languages(question: str, payer: set[str], payee: set[str]) -> None:
    assert asked_parties(question, yes_no=True) == (payer, payee)


@pytest.mark.parametrize(
    "question",
    [
        "wer musste NSO bezahlen?",
        "¿quién tuvo que pagar a NSO?",
        "kto zapłacił NSO za Pegasusa?",
        "кто должен был заплатить NSO?",
        "chi ha pagato NSO?",
    ],
)
def test_who_paid_is_read_in_languages(question: str) -> None:
    assert asked_parties(question, who=True) == (set(), {"nso"})
