"""'before' and 'after' say which state of things a member asks about: 'the dual-use regulation from
before 2021' is the old Regulation 428/2009, not the 2021 recast the year names (bot/kb/cues.py's
time cue among near-ties). 'since when' asks a date, not the later state."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from bot.kb.time_words import time_direction
from tests.kb.answers import answered


def test_the_regulation_from_before_a_year_is_the_old_one(engine: SearchEngine) -> None:
    # main answered the 2021 recast at 0.95: 'before 2021' was no time word at all
    answered(
        engine,
        "the eu dual use regulation from before 2021, did it cover intrusion software?",
        "eu-dual-use-428-2009",
    )


@pytest.mark.parametrize(
    ("question", "direction"),
    [
        ("old eu dual use reg before the recast", -1),  # 'recast' after 'before' points back
        ("uk rules after brexit", 1),
        ("did the eu add a cyber list post 2021", 1),
        ("since when is nso on the entity list", 0),  # a date asked, no state
        ("the new eu regulation", 1),
        ("the previous eu regulation", -1),
        ("what happened to sandvine", 0),
    ],
)
def test_which_state_of_things_is_asked(question: str, direction: int) -> None:
    assert time_direction(question.split()) == direction
