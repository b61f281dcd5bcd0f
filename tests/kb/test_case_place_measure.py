"""A measure asked of a place a case is told of must be told (wrong22, session 22). A case whose
title names the place was taken as the place's own story whatever was asked: "has Poland banned
Pegasus?" got the Polish case at 0.94 (no ban on it), "did Libya prosecute Amesys?" the Libyan case
(France's judges charged), "did Belarus blacklist Sandvine?" the Sandvine case (the US listed it).
Of the case's first country a measure must stand in some statement; of another place it names,
the measure's own word with that place (bot/kb/measure_told.py `measure_untold`)."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "has Poland banned Pegasus?",
        "did Poland charge anyone over Pegasus?",
        "did Mexico charge anyone over Pegasus?",
        "did Belarus blacklist Sandvine?",
        "did Libya prosecute Amesys?",
    ],
)
def test_a_measure_a_case_never_tells_of_its_place_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did Germany prosecute FinFisher?", "case-finfisher-turkey-prosecution"),
        ("did Germany charge the FinFisher managers?", "case-finfisher-turkey-prosecution"),
        ("did Hungary buy Pegasus?", "case-pegasus-hungary"),  # no measure: its own story
        ("did the US blacklist Sandvine?", "us-entity-list"),
    ],
)
def test_a_measure_the_case_tells_of_its_place_is_answered(
    engine: SearchEngine, question: str, expected: str
) -> None:
    answered(engine, question, expected)
