"""Session 34 (issue 10, helper asks), from the member's side.

A firm's name asked as the ordinary thing ('how do I solve the black cube puzzle?' got Black Cube at
0.92, 'cobwebs in my attic, how to clean them' Cobwebs Technologies at 0.71) and a headcount asked in
Danish ('Hvor mange ansatte har Cellebrite?', 0.73: no card gives one) are now refused; 'did they ever
get punished?' asks any measure against a firm, not a fine only; Spanish 'independentistas' reads as
the cards' 'independence movement' and 'Uighur'/'Uygur' as 'Uyghur'. The twins keep their answers.
"""

from __future__ import annotations

import pytest

from bot.kb.asked_values import default_asked_values
from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "how do I solve the black cube puzzle?",
        "cobwebs in my attic, how to clean them",
        "how do I get rid of cobwebs on the ceiling?",
        "what are gamma rays made of?",
        "Hvor mange ansatte har Cellebrite?",
        "how many employees does Cellebrite have?",
        "was Black Cube ever punished?",
    ],
)
def test_an_everyday_thing_or_a_value_no_card_gives_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who hired Black Cube?", "black-cube"),
        ("did Meta ban Cobwebs?", "cobwebs-technologies"),
        ("who makes the FinFisher spyware, Gamma?", "gamma-finfisher"),
        ("¿Qué dijo el CNI sobre los independentistas espiados?", "case-catalangate-2022"),
        ("¿Qué dijo el CNI sobre Catalangate?", "case-catalangate-2022"),
        ("hickvizion uygur ethnicity alerts", ("case-hikvision-dahua-xinjiang", "hikvision")),
        ("did hikvision sell uighur detection?", ("case-hikvision-dahua-xinjiang", "hikvision")),
    ],
)
def test_the_firm_or_case_asked_keeps_or_gets_its_answer(
    engine: SearchEngine, question: str, expected: str | tuple[str, ...]
) -> None:
    answered(engine, question, expected)


def test_punished_asks_a_measure_and_hvor_mange_a_count() -> None:
    values = default_asked_values()
    assert "punished" in values.asked("i read about sandvine. did they ever get punished?", "en")
    assert "fine" not in values.asked("was sandvine ever punished?", "en")
    assert "fine" in values.asked("was sandvine ever fined?", "en")
    assert "count" in values.asked("Hvor mange ansatte har Cellebrite?", "sv")
