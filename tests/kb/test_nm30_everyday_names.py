"""Names a card holds that are also everyday words, asked in their everyday sense (issue 10, session
30): 'what do hermit crabs eat?' got RCS Lab (its spyware is Hermit) at 0.77, 'he is a paragon of
virtue' Paragon Solutions at 0.90, 'where do morpho butterflies live' IDEMIA's Shanghai case at 0.91,
'who wrote Dante's Inferno' Hacking Team (its Dante spyware) at 0.72. The member now gets "I don't
have that" (bot/kb/data/senses.yaml `names`, bot/kb/holds.py `everyday_named`); the name asked as
the name, alone or beside its everyday sense, keeps its answer.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "what do hermit crabs eat",
        "he is a paragon of virtue",
        "where do morpho butterflies live",
        "who wrote Dante's Inferno",
        "are Predator drones armed?",
        "Pegasus Airlines flights to Istanbul",
    ],
)
def test_a_name_in_its_everyday_sense_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who makes the Hermit spyware?", "rcs-lab"),
        ("Is Hermit spyware named after the hermit crab?", "rcs-lab"),
        ("paragon", "paragon-solutions"),
        ("what is Dante spyware?", "hacking-team"),
        ("who bought Morpho?", "idemia"),
        ("what is hermit", "rcs-lab"),
    ],
)
def test_the_name_asked_as_a_name_keeps_its_answer(
    engine: SearchEngine, question: str, expected: str
) -> None:
    answered(engine, question, expected)
