"""Who paid whom, read in the glossary's other languages and in more of a card's wordings (payer24,
session 24). 'Сколько Motorola заплатила Hytera?' was answered at 0.86 from 'a US jury awarded
Motorola', 'how much did Computerlinks pay Blue Coat?' at 0.98 from a settlement paid to the US,
'how much did Safran pay Advent?' at 0.86 from 'Sold to Advent for about EUR 2.43bn'. Asked the
way the card tells it, each amount is still answered (bot/kb/payers.py, data/payers.yaml)."""

from __future__ import annotations

import pytest

from bot.kb.payers import asked_parties
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "Ile Motorola zapłaciła Hyterze?",
        "Ile Holandia zapłaciła Clearview?",
        "Hur mycket betalade Motorola till Hytera?",
        "Hur mycket betalade Nederländerna till Clearview?",
        "Motorola Hytera'ya ne kadar ödedi?",
        "Blue Coat ne kadar ödedi?",  # its distributor paid
        "Сколько Motorola заплатила Hytera?",
        "Сколько заплатила Blue Coat?",
        "كم دفعت Motorola لشركة Hytera؟",
        "كم دفعت هولندا لشركة Clearview؟",
        "Motorola向Hytera支付了多少钱？",
        "荷兰向Clearview支付了多少？",
        "how much did BIS have to pay Area SpA?",  # Area agreed to pay
        "how much did Hacking Team pay Sudan?",  # the invoice went to Sudan's NISS
        "how much did Sandvine pay Belarus?",
        "how much did Sandvine pay Francisco Partners?",  # owned by Francisco Partners
        "how much did Paragon pay AE Industrial Partners?",  # the fund agreed to buy Paragon
        "how much did Safran pay Advent?",  # sold to Advent
        "how much did Axis pay Canon?",  # Canon bid for it
        "how much did Computerlinks pay Blue Coat?",  # it paid the US
        "how much did NSO win against WhatsApp?",
        "who had to pay Hytera?",  # Hytera pleaded guilty: restitution to Motorola
        "who paid Computerlinks?",  # Computerlinks paid
        "hur mycket fick NSO av WhatsApp?",  # 'fick … av': NSO received from WhatsApp
        "hur mycket fick Motorola betala Hytera?",
    ],
)
def test_a_payment_asked_the_other_way_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Ile Hytera musiała zapłacić Motoroli?", "hytera"),
        ("Hur mycket fick Hytera betala till Motorola?", "hytera"),
        ("Hytera Motorola'ya ne kadar ödemek zorunda kaldı?", "hytera"),
        ("Сколько Hytera должна была заплатить Motorola?", "hytera"),
        ("كم دفعت Hytera لشركة Motorola؟", "hytera"),
        ("Hytera向Motorola支付了多少钱？", "hytera"),
        ("NSO赔给WhatsApp多少钱？", "case-whatsapp-v-nso"),
        ("Сколько заплатила Computerlinks?", "computerlinks"),
        ("Hytera, wie viel musste sie an Motorola zahlen?", "hytera"),
        ("how much did Clearview pay the Netherlands?", "case-clearview-eu-enforcement"),
        ("how much did ICE pay Paragon?", "paragon-solutions"),  # a contract between them
        ("how much did Francisco Partners pay for Sandvine?", "sandvine"),
        ("how much did AE Industrial Partners pay for Paragon?", "paragon-solutions"),
        ("how much did Advent pay for Morpho?", "idemia"),
        ("how much did Canon pay for Axis Communications?", "axis-communications"),
        ("how much did WhatsApp win against NSO?", "case-whatsapp-v-nso"),
        ("who paid NSO for Pegasus in Mexico?", "case-pegasus-mexico-2017"),  # told with no amount
        ("who was paid by Computerlinks?", "computerlinks"),
        # review24: the verb first with two names (Polish), 'fick … av' (received from) and 'fick X
        # betala Y' (Swedish), a party in its own script: each was held though asked the right way
        ("ile zapłaciła Hytera Motoroli?", "hytera"),
        ("ile musiała zapłacić Hytera Motoroli?", "hytera"),
        ("hur mycket fick Motorola av Hytera?", "hytera"),
        ("hur mycket fick WhatsApp av NSO?", "case-whatsapp-v-nso"),
        ("hur mycket fick Hytera betala Motorola?", "hytera"),
        ("Hytera向摩托罗拉支付了多少？", "hytera"),
        ("كم دفعت هايتيرا لموتورولا؟", "hytera"),
    ],
)
def test_a_payment_asked_the_way_told_is_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    ("question", "payer", "payee"),
    [
        ("Ile Polska zapłaciła NSO za Pegasusa?", {"polska", "poland"}, {"nso"}),
        ("Hur mycket betalade Turkiet för FinSpy?", {"turkiet", "turkey"}, set()),
        ("WhatsApp, NSO'ya ne kadar ödemek zorunda kaldı?", {"whatsapp"}, {"nso"}),
        ("Сколько заплатила Blue Coat?", {"blue", "coat"}, set()),  # verb first: the payer alone
        ("كم دفعت السعودية لشركة NSO مقابل بيغاسوس؟", {"السعودية", "saudi arabia"}, {"nso"}),
        ("土耳其为FinSpy支付了多少钱？", {"土耳其", "turkey"}, set()),
        ("hoeveel moesten ze betalen?", set(), set()),  # a pronoun names no one
    ],
)
def test_who_paid_whom_is_read_in_more_languages(question: str, payer: set[str], payee: set[str]) -> None:
    assert asked_parties(question) == (payer, payee)
