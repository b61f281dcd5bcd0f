"""Turnover asked by its verb in other languages ('cuánto facturó', 'quanto fatturò', 'wie viel
erwirtschaftete', data/asked_values.yaml, fact_kinds.yaml): on main only the nouns were read
('facturación', 'Umsatz'), so a card that gives no turnover answered ('Quanto fatturò Hikvision nel
2020?' 0.73; Hikvision's card gives a market value and a share of revenue, no turnover). A card
that gives one (Area's, about EUR 20m) still answers."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "¿Cuánto facturó Dahua el año pasado?",
        "Quanto fatturò Hikvision nel 2019?",
        "Wie viel erwirtschaftete Dahua 2021?",
    ],
)
def test_turnover_no_card_gives_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    "question",
    ["¿Cuánto facturaba Area SpA?", "Quanto fatturò Area SpA?", "Wie viel erwirtschaftete Area SpA?"],
)
def test_turnover_the_card_gives_is_answered(engine: SearchEngine, question: str) -> None:
    answered(engine, question, ("area-spa",))
