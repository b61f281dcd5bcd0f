"""A firm and the listing its own card records, asked yes or no (issue 10, session 32): 'quick yes/no -
did commerce list nso?' ranked NSO's card first, held as it never tells Commerce acting (0.86 -> 0.5),
and the Entity List card that does was weighed against it as a rival (0.37): refused. The runner-up
is now weighed with the first set aside (set_aside.py, search.py `_actor_runner_up`). A firm no card
lists stays refused.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    "question",
    ["quick yes/no - did commerce list nso?", "did commerce list nso?"],
)
def test_the_listing_a_firms_card_records_answers(engine: SearchEngine, question: str) -> None:
    answered(engine, question, "us-entity-list")


@pytest.mark.parametrize(
    "question",
    ["did Commerce list Axis?", "did commerce list noldus?", "is Noldus sanctioned?"],
)
def test_a_firm_no_listing_names_stays_refused(engine: SearchEngine, question: str) -> None:
    refused(engine, question)


def test_a_listing_asked_by_name_keeps_its_answer(engine: SearchEngine) -> None:
    answered(engine, "did commerce blacklist hikvision?", "us-entity-list")
