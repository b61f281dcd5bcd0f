"""A deal's worth asked in another language is an amount asked (wrong23): 'combien valait le
contrat d'Amesys en Libye ?' got the Amesys case at 0.93, which gives no amount, where 'how much
was Amesys's contract in Libya?' was held. Where the card gives the amount (IDEMIA: sold to Advent
for about EUR 2.43bn) it is answered (bot/kb/data/asked_values.yaml, money)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "combien valait le contrat d'Amesys en Libye ?",
        "wie viel war der Vertrag von Amesys mit Libyen wert?",
        "¿cuánto valía el contrato de Amesys en Libia?",
        "quanto valeva il contratto di Amesys in Libia?",
        "hoeveel was het Amesys-contract in Libië waard?",
        "hur mycket var Amesys kontrakt med Libyen värt?",
        "ile był wart kontrakt Amesys w Libii?",
    ],
)
def test_a_deal_worth_the_card_never_gives_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    "question",
    [
        "combien valait la vente d'Idemia à Advent ?",
        "wie viel war der Verkauf von IDEMIA an Advent wert?",
        "¿cuánto valió la venta de IDEMIA a Advent?",
    ],
)
def test_a_deal_worth_the_card_gives_is_answered(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "idemia")
