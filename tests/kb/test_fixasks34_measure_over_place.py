"""Session 34 fix round (issue 10, helper fixasks), from the member's side.

A measure asked "for/over PLACE" of a case told of several places must stand in a statement naming
that place: "was Sandvine punished for Belarus?" got the Sandvine case at 0.73, whose only measure
is the US listing over Egypt; "has Cellebrite been punished for Hong Kong?" got the Cellebrite case
at 0.63, whose card tells of no measure against Cellebrite at all (it stopped selling on its own;
'sanctioned by the US' names the countries it will not sell to). Both are refused again. The twins
keep their answers: the Sandvine case for Egypt, Meiya Pico's own card, Area's fine over Syria (a
case told of one place), and Black Cube and Noldus stay refused.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "was Sandvine punished for Belarus?",
        "was Sandvine punished for Turkey?",
        "was Sandvine punished for Russia?",
        "was Sandvine fined for Belarus?",
        "has Cellebrite been punished for Hong Kong?",
        "was Cellebrite punished over Serbia?",
        "was Cellebrite punished for Belarus?",
        "was Black Cube ever punished?",
        "was Noldus ever punished?",
    ],
)
def test_a_measure_over_a_place_the_card_never_ties_it_to_is_refused(
    engine: SearchEngine, question: str
) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("was Sandvine punished for Egypt?", "case-sandvine-turkey-belarus-egypt"),
        ("was Sandvine punished over Egypt?", "case-sandvine-turkey-belarus-egypt"),
        ("was Meiya Pico punished?", "meiya-pico"),
        ("was Area fined for Syria?", "case-area-syria"),
        ("was Area fined over Syria?", "case-area-syria"),
    ],
)
def test_a_measure_the_card_ties_to_the_place_is_answered(
    engine: SearchEngine, question: str, expected: str
) -> None:
    answered(engine, question, expected)
