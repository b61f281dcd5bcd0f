"""Rules placed in time by the word right after them (session 25): 'EU export rules before 2023'
asks the rules that applied before 2023, as 'which rules applied before 2023?' does. Without a verb
such as 'applied' the question was not read as asking the rules in force, and the 2023-2024
control-list updates card (in force from 12 Jan 2023) was answered at 0.78: no rule before 2023."""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, not_answered_with, refused

UPDATES = "eu-dual-use-2023-2024"


@pytest.mark.parametrize(
    "question",
    [
        "the EU export rules before 2023",
        "EU dual-use controls prior to 2023",
        "EU surveillance export laws before 2023",
        "the EU's export regulations until 2023",
    ],
)
def test_a_rule_begun_in_the_year_asked_up_to_is_no_answer(engine: SearchEngine, question: str) -> None:
    not_answered_with(engine, question, UPDATES)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # after the year: the rules placed after it are still answered
        ("EU export rules after 2021", "eu-dual-use-2021-821"),
        ("the EU export regime until late 2021", "eu-dual-use-428-2009"),
    ],
)
def test_rules_placed_by_a_fitting_year_are_answered(engine: SearchEngine, question: str, entry: str) -> None:
    answered(engine, question, entry)


@pytest.mark.parametrize("question", ["EU export rules before 1990", "the US export rules before 2022"])
def test_rules_before_any_card_tells_are_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)
