"""A repealed rule asked as it applies now (issue 10, session 30): a compliance officer asking what
'the current EU regime' requires got Regulation 428/2009, repealed in 2021, at 0.78, a wrong answer
to act on. The rule that replaced it, the runner-up, now answers (bot/kb/holds.py `replaced_now`,
search.py `_actor_runner_up`); 428/2009 named, or asked of its time, keeps its answer.
"""

from __future__ import annotations

import pytest

from bot.kb.search import SearchEngine
from tests.kb.answers import answered

COMPLIANCE = (
    "I do compliance for a mid-sized software exporter in Germany and one of our analytics products is "
    "not on any control list, but a customer in a country with a poor record wants it. Under the "
    "current EU regime, when would we still need a licence?"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (COMPLIANCE, "eu-dual-use-2021-821"),
        ("what does the current EU dual-use regulation say on cyber-surveillance?", "eu-dual-use-2021-821"),
        # named, or asked of its own time: the repealed rule
        ("what is regulation 428/2009?", "eu-dual-use-428-2009"),
        ("which EU rules applied before 2021?", "eu-dual-use-428-2009"),
        ("what does the old EU dual-use regulation say?", "eu-dual-use-428-2009"),
    ],
)
def test_the_rule_in_force_answers_what_applies_now(
    engine: SearchEngine, question: str, expected: str
) -> None:
    answered(engine, question, expected)
