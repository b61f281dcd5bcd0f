"""What a rule did to exports, asked in a time (session 29): 'which EU regulation covered spyware
exports in 2016?' was refused (428/2009 at 0.41), 'covered' unexplained. It does not ask which rules
applied (read so, 'cover' emptied a held-out list in session 28), but once a question asks the
rules in force then on its other words, a rule in force then tells it by its dates (in_force.untimed,
data/time_words.yaml `rule_verbs`)."""

from __future__ import annotations

import pytest

from bot.kb.rules_in_time import says_in_force
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, not_answered_with

OLD = "eu-dual-use-428-2009"


@pytest.mark.parametrize(
    "question",
    [
        "which EU regulation covered spyware exports in 2016?",
        "which EU regulation covered spyware in 2016?",
        # twin: the rules in force asked in other words
        "which EU regulation governed spyware exports in 2016?",
    ],
)
def test_the_rule_that_covered_exports_in_a_year_is_answered(kb: KnowledgeService, question: str) -> None:
    answered(kb, question, OLD)


def test_cover_does_not_ask_which_rules_applied(kb: KnowledgeService) -> None:
    assert not says_in_force(["which", "reports", "covered", "spyware"])
    # a year 428/2009 did not apply in stays unanswered by it
    not_answered_with(kb, "which rules covered spyware in 2000?", OLD)
    # twin: what a rule covers, asked of no time, is the rule named
    answered(kb, "what does the dual-use regulation cover?", "eu-dual-use-2021-821")
