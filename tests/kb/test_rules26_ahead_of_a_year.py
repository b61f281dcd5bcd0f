"""'Ahead of' a year reads as 'before' it (session 26): 'EU dual-use controls ahead of 2021' got the
2021 recast (0.96), in force only from Sept 2021, and 'EU export rules ahead of 2023' the card of
the control-list updates applying from Jan 2023. 'ahead' is a before-word only followed by 'of'
(time_words.time_direction): 'what lies ahead' asks nothing earlier."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, not_answered_with


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("EU dual-use controls ahead of 2021", "eu-dual-use-428-2009"),
        ("the EU's surveillance export rules ahead of September 2021", "eu-dual-use-428-2009"),
    ],
)
def test_ahead_of_a_year_asks_the_rule_before_it(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize(
    ("question", "not_then"),
    [
        ("EU export rules ahead of 2023", "eu-dual-use-2023-2024"),
        ("EU dual-use regulation ahead of 2021", "eu-dual-use-2021-821"),
    ],
)
def test_a_rule_begun_by_then_is_no_answer(engine: SearchEngine, question: str, not_then: str) -> None:
    not_answered_with(engine, question, not_then)


def test_what_lies_ahead_asks_no_old_rule(engine: SearchEngine) -> None:
    # a near-miss control: no year placed, so not the old regulation
    not_answered_with(engine, "what lies ahead for the EU dual-use regulation?", "eu-dual-use-428-2009")
