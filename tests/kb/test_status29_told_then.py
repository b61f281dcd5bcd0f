"""A present status asked of a state a card tells as of its time only (issue 10, session 29): the
Predatorgate card says 'PASOK leader Nikos Androulakis (then an MEP)'. 'is androulakis still an MEP
today?' was answered with it (0.66, described 0.73), though the card never says what he is now. The
member now gets "I don't have that" (bot/kb/holds.py `told_then`); the same card still answers
what it tells, and a status it tells as settled ('shutting down') is still answered.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "is androulakis still an MEP today?",
        "is the greek socialist leader still an MEP today?",
        "ist androulakis heute noch MEP?",
    ],
)
def test_a_present_status_told_only_as_then_is_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question, offers=True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # no present asked: 'then an MEP' answers it
        ("was androulakis an MEP?", "case-predatorgate-greece"),
        # the card tells the state now ('shutting down')
        ("is QuaDream still in business?", "quadream"),
    ],
)
def test_what_the_card_tells_is_still_answered(engine: SearchEngine, question: str, expected: str) -> None:
    answered(engine, question, expected)
