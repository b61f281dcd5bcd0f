"""A firm described by a parent's home that its parent is not from, and a move the card does not
tell (issue 10, session 30). 'Swedish camera maker owned by a Chinese group' got Axis at 0.94: its
card names Canon, Japanese (data/parents.yaml; bot/kb/parented.py `parent_home_contradicted`). 'Did
Intellexa relocate to Greece?' got Intellexa's card at 0.87: its 'exiled politician Ayman Nour' told
a move (data/fact_kinds.yaml `relocation`). Both now refused; their twins keep their answers.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    ["Swedish camera maker owned by a Chinese group", "Did Intellexa relocate to Greece?"],
)
def test_what_the_card_contradicts_or_never_tells_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the Swedish camera maker owned by a Japanese imaging group", "axis-communications"),
        ("who is the camera maker from Sweden owned by Canon?", "axis-communications"),
        ("the Boeing subsidiary that met Libyan officials", "narus"),
        ("was nour in exile when he was hacked?", "case-egypt-nour-eltantawy"),
    ],
)
def test_the_twins_keep_their_answers(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)
