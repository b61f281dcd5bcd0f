"""An amount asked in more ways (issue 10, session 16): "How much did the Mexican government end up
paying NSO for Pegasus?" was answered (0.64) with the Mexico case, which gives no price: 'how much'
was read as asking money only with at most two words before the verb. Members also ask an amount
with 'ne kadar', 'hur mycket ... i kronor', 'valor do contrato', 'montant'. The words are data
(bot/kb/data/asked_values.yaml, kind `money`; feature `unvalued`, bot/kb/values.py).
"""

from __future__ import annotations

import pytest

from bot.kb.asked_values import default_asked_values
from bot.kb.search import SearchEngine
from bot.kb.values import KINDS
from tests.kb.answers import answered, refused


def test_an_amount_no_statement_gives_is_refused(engine: SearchEngine) -> None:
    refused(
        engine,
        "How much did the Mexican government end up paying NSO for Pegasus?",
        "case-pegasus-mexico-2017",
    )


def test_an_amount_of_data_is_no_price(engine: SearchEngine) -> None:
    # int16 read 'what amount' as a price no card gives and refused it (0.15; main 0.76)
    answered(
        engine, "what amount of data did Clearview scrape?", {"clearview-ai", "case-clearview-eu-enforcement"}
    )


def test_an_amount_the_entry_gives_is_answered(engine: SearchEngine) -> None:
    # 'a $100,000 civil penalty'
    answered(engine, "How much was Area SpA fined by the US?", "case-area-syria")


@pytest.mark.parametrize(
    ("question", "lang", "asked"),
    [
        ("how much did the mexican govt actually pay nso for pegasus?", "en", True),
        ("Türk Telekom Sandvine cihazları için ne kadar ödedi?", "tr", True),
        ("Hur mycket sålde Axis för till kinesisk polis, i kronor?", "sv", True),
        ("Qual foi o valor do contrato da Cognyte em Myanmar?", "pt", True),
        ("Quel est le montant du contrat libyen d'Amesys ?", "fr", True),
        ("how much of the report is about Egypt?", "en", False),
        # an amount of something else: Clearview's card gives 'over 30 billion' images
        ("what amount of data did Clearview scrape?", "en", False),
        ("what amount of the fine did Clearview pay?", "en", True),
    ],
)
def test_the_words_asking_an_amount(question: str, lang: str, asked: bool) -> None:
    assert ("money" in default_asked_values().asked(question, lang) & set(KINDS)) is asked
