"""lists16 (issue 10 item 5): list questions a member words in ways the tune questions did not.

Arabic writes "to the Emirates" as one word, 'للإمارات' (li- + al-Imarat, the article's alif
swallowed): the place reader stripped 'لل' and looked up 'امارات', which is no name, so "which
companies sold spyware to the Emirates?" read no place and got no list at all."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService


@pytest.mark.parametrize(
    "question",
    [
        "ما هي الشركات التي باعت برامج تجسس للإمارات؟",  # which companies sold spyware to the Emirates?
        "أي الشركات باعت أدوات مراقبة للإمارات؟",  # which companies sold surveillance tools to the Emirates?
    ],
)
def test_arabic_to_the_emirates_gets_the_firms_that_sold_there(kb: KnowledgeService, question: str) -> None:
    got = {e.id for e in kb.search(question).items}
    assert {"nso-group", "bae-systems"} <= got, got
