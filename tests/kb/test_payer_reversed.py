"""An amount asked of a payer or a payee the card tells the other way round is held (payer24): the
Hytera card's amount is 'a US jury awarded Motorola $764.6m', so 'how much did Motorola pay
Hytera?' was answered at 0.92 with the opposite of what happened; Blue Coat's only payment is its
distributor Computerlinks' settlement; the Clearview cards tell the Dutch, Italian, French and
Greek regulators fining Clearview, not paying it. Asked the way the card tells it, the amount is
still answered (bot/kb/payers.py, data/payers.yaml)."""

from __future__ import annotations

import pytest

from bot.kb.payers import asked_parties
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "how much money did Motorola have to pay Hytera?",
        "wie viel hat Motorola an Hytera gezahlt?",
        "¿cuánto pagó Motorola a Hytera?",
        "¿cuánto tuvo que pagar WhatsApp a NSO?",
        "quanto pagou a WhatsApp à NSO?",
        "combien les Pays-Bas ont-ils payé à Clearview ?",
        "how much did the Dutch government pay Clearview AI?",
        "how much did Italy have to pay Clearview AI?",
        "combien Blue Coat a-t-elle versé ?",
        "how much has Blue Coat paid?",
        "hoeveel heeft Motorola aan Hytera betaald?",
        "hoeveel moest WhatsApp aan NSO betalen?",
        "quanto ha dovuto pagare WhatsApp a NSO?",
        "how much was NSO awarded?",  # the jury awarded WhatsApp
        "how much was Hytera awarded?",
        "how much did the US government have to pay Computerlinks FZCO?",  # it settled with the US
        "how much did Motorola Solutions pay for Hytera?",  # Hytera owes Motorola
    ],
)
def test_an_amount_paid_the_other_way_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much did Hytera have to pay Motorola?", "hytera"),
        ("wie viel musste Hytera an Motorola zahlen?", "hytera"),
        ("hoeveel moest Hytera aan Motorola betalen?", "hytera"),
        ("quanto ha pagato Hytera a Motorola?", "hytera"),
        ("how much did Symantec pay for Blue Coat?", "blue-coat"),
        ("¿cuánto pagó Symantec por Blue Coat?", "blue-coat"),
        ("how much did Bain Capital pay for Blue Coat?", "blue-coat"),
        ("how much did Clearview AI have to pay Italy?", "clearview-ai"),
        ("how much did Computerlinks pay?", "computerlinks"),
        ("how much did Computerlinks pay the US?", "computerlinks"),
        ("how much did Hikvision win in Xinjiang?", "case-hikvision-dahua-xinjiang"),  # both had won
        ("how much was WhatsApp awarded?", "case-whatsapp-v-nso"),
        ("how much did Motorola get from Hytera?", "hytera"),
    ],
)
def test_an_amount_paid_the_way_asked_is_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "payer", "payee"),
    [
        ("how much did Motorola pay Hytera?", {"motorola"}, {"hytera"}),
        ("how much did Turkey pay for FinSpy?", {"turkey"}, set()),  # a price: no payee
        ("how much did Area get paid for the Syria project?", set(), {"area"}),  # passive
        ("how much did it pay US authorities to settle?", set(), {"us", "united states"}),
        ("wie viel musste WhatsApp an NSO zahlen?", {"whatsapp"}, {"nso"}),
        ("combien Blue Coat a-t-il payé ?", {"blue", "coat"}, set()),
        ("¿cuánto pagó el gobierno de Panamá por Pegasus?", {"panama"}, set()),
        ("how much did the US fund pay to buy Paragon?", {"us", "united states"}, set()),
        ("how much did Hikvision win in Xinjiang?", set(), {"hikvision"}),
    ],
)
def test_who_paid_whom_is_read_from_the_question(question: str, payer: set[str], payee: set[str]) -> None:
    assert asked_parties(question) == (payer, payee)
