"""A vendor named by its product is named by all its names (misread26): 'FinSpy' is an alias of
Gamma Group / FinFisher, and the prosecution card tells 'four FinFisher managers were charged';
read as the party 'finspy' alone, no charge statement named it, so 'were the FinSpy managers
charged?' was flagged as asking an outcome the card never tells (`unsettled`) and refused
(parties.py). An outcome the card does not tell (a conviction, a sentence) stays refused."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    ["were the FinSpy bosses charged?", "were the FinSpy managers indicted in Germany?"],
)
def test_a_charge_of_the_maker_answers_its_product(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "case-finfisher-turkey-prosecution")


@pytest.mark.parametrize(
    "question",
    ["was anyone at FinSpy convicted?", "were the FinSpy managers sentenced?"],
)
def test_an_outcome_the_card_never_tells_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
