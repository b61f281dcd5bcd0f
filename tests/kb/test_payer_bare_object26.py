"""German 'bezahlen' takes its payee bare, opened by its article (actors26): 'hat Computerlinks die
USA bezahlt?' was read as the payer 'Computerlinks die USA', paid by the US on the card, and held.
A payee named as a country in several or declined words ('die Vereinigten Staaten', 'den
Amerikanern') is the country the card names in English (bot/kb/payers.py, data/payers.yaml)."""

from __future__ import annotations

import pytest

from bot.kb.payers import asked_parties
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "payer", "payee"),
    [
        ("hat Computerlinks die USA bezahlt?", {"computerlinks"}, {"usa", "united states"}),
        ("hat Motorola die Firma Hytera bezahlt?", {"motorola"}, {"hytera"}),
        ("hat Blue Coat die Strafe bezahlt?", {"blue", "coat"}, set()),  # what was paid, no payee
    ],
)
def test_a_bare_german_payee_is_read_after_its_article(
    question: str, payer: set[str], payee: set[str]
) -> None:
    assert asked_parties(question, yes_no=True) == (payer, payee)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hat Computerlinks die Vereinigten Staaten bezahlt?", ("computerlinks", "case-blue-coat-syria")),
        ("hat Hytera die Firma Motorola bezahlt?", "hytera"),  # a jury awarded Motorola
        ("musste Hytera den Konzern Motorola bezahlen?", "hytera"),
    ],
)
def test_a_bare_german_payee_told_the_way_asked_is_answered(
    engine: SearchEngine, question: str, expected: str | tuple[str, ...]
) -> None:
    answered(engine, question, expected)


@pytest.mark.parametrize(
    "question", ["hat Motorola die Firma Hytera bezahlt?", "hat WhatsApp den Konzern NSO bezahlt?"]
)
def test_a_bare_german_payee_told_the_other_way_round_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
