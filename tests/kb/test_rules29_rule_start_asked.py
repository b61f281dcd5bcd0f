"""When a rule began to apply, asked in a member's words (session 29): 'the commerce dept rule on
hacking tools, live since when?' (0.45) and 'AI act bans start date? quick pls' (0.53) were refused
though the cards date the start ('took effect on 7 March 2022', in force since 1 Aug 2024, bans
from 2 Feb 2025): 'live', 'start' went unexplained. A rule whose card dates its start
(`in_force_from`) tells the words asking when it began (in_force.started), for the model only:
the ranking is left to the words, as an undated regime (Wassenaar: 'first plenary ... 1996') may
tell its start in them."""

from __future__ import annotations

import pytest

from bot.kb.in_force import started
from bot.kb.service import KnowledgeService
from tests.kb.answers import answered, refused


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("the commerce dept rule on hacking tools, live since when?", "us-ear-cybersecurity-rule"),
        ("AI act bans start date? quick pls", "eu-ai-act"),
        ("when did the recast take effect?", "eu-dual-use-2021-821"),
        # twin answered so already
        ("when did Wassenaar begin?", "wassenaar-arrangement"),
    ],
)
def test_a_rule_asked_when_it_began_is_answered(kb: KnowledgeService, question: str, entry: str) -> None:
    answered(kb, question, entry)


def test_only_a_dated_rule_asked_when_tells_its_start(kb: KnowledgeService) -> None:
    entries = kb.engine.entries
    ids = {e.id: n for n, e in enumerate(entries)}
    rules = [ids["us-ear-cybersecurity-rule"], ids["wassenaar-arrangement"]]
    told = started(entries, rules, ["when", "did", "it", "start"])
    assert told == {ids["us-ear-cybersecurity-rule"]: frozenset({"start"})}
    # no when asked: nothing told
    assert started(entries, rules, ["did", "it", "start", "a", "trend"]) == {}
    # a start asked of a place no card ties the rule to stays refused
    refused(kb, "when did the ban on spyware start in Germany?")
