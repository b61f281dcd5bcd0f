"""Plain domain words for a technology narrow a list as its vocabulary name does.

"forensic extraction", "web blocking" and "state trojans" were no technology the list
reader knew: a short plural question with one of them got no list and a refusal, where "mobile
forensics firms" or "internet filtering vendors" listed Cellebrite or Blue Coat. A question about one
firm's trojan stays the engine's.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("phone dumping or forensic extraction companies?", {"cellebrite"}),
        ("forensic extraction and phone unlocking firms?", {"cellebrite"}),
        ("web blocking and censorship vendors?", {"blue-coat", "allot"}),
        ("which firms sell website blocking gear?", {"blue-coat", "allot"}),
    ],
)
def test_synonym_narrows_the_list(kb: KnowledgeService, question: str, expected: set[str]) -> None:
    assert listed(kb, question, kind="vendor") >= expected


def test_state_trojans_are_spyware_not_cameras(kb: KnowledgeService) -> None:
    assert not listed(kb, "state trojan vendors in Europe?") & {"axis-communications", "idemia", "noldus"}


def test_one_firms_trojan_is_no_list(kb: KnowledgeService) -> None:
    assert listed(kb, "what trojan did Hacking Team sell?") == set()
