"""A short question that names an entry outright is not answered by a card that neither is that entry,
nor is linked to it, nor mentions its name (session 20, wrong20; found by review19). 'тайские
активисты и Predator?' was answered with the Thai Pegasus case at 0.79 in seven languages: the case
never speaks of Intellexa's Predator, and a member would read that Predator hit Thai activists. The
English twin was refused by `told`, which is read in short English questions only."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "тайские активисты и Predator?",
        "activistas tailandeses y Predator?",
        "militants thaïlandais et Predator ?",
        "attivisti thailandesi e Predator?",
        "ativistas tailandeses e Predator?",
        "thailändska aktivister och Predator?",
        "Taylandlı aktivistler ve Predator?",
        "thai activists and Predator?",
    ],
)
def test_a_case_that_never_speaks_of_the_product_named_is_refused(
    engine: SearchEngine, question: str
) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # the product the case is about: its vendor is linked to the case
        ("тайские активисты и Pegasus?", "case-pegasus-thailand-2022"),
        ("activistas tailandeses y Pegasus?", "case-pegasus-thailand-2022"),
        ("Taylandlı aktivistler ve Pegasus?", "case-pegasus-thailand-2022"),
        ("thai activists and Pegasus?", "case-pegasus-thailand-2022"),
        ("Predator в Греции?", "case-predatorgate-greece"),
    ],
)
def test_a_case_of_the_product_named_is_still_answered(
    engine: SearchEngine, question: str, entry: str
) -> None:
    answered(engine, question, entry)
