"""Greece named by its adjective in another language (session 20, wrong20): 'Predator und
griechische Journalisten?' read no place, so the Angola and Mozambique case came first and the
question was refused (0.30), while the Hungarian, Polish and Spanish adjectives were read. The
glossary now holds Greece's adjectives as it holds theirs."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "Predator und griechische Journalisten?",
        "Predator et les journalistes grecs ?",
        "Predator y los periodistas griegos?",
        "Predator e i giornalisti greci?",
        "Predator och grekiska journalister?",
        "Predator en Griekse journalisten?",
        "Predator и греческие журналисты?",
    ],
)
def test_greek_journalists_and_predator_is_predatorgate(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "case-predatorgate-greece")


def test_a_greek_sale_no_card_tells_is_still_refused(engine: SearchEngine) -> None:
    # Hikvision's cards never tell of Greece
    refused(engine, "Hat Hikvision Kameras an die griechische Polizei verkauft?")
