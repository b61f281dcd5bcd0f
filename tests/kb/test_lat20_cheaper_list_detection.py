"""Every question a member asks goes through the list detection (bot/kb/lists.py), most of them no
list question at all (issue 10 item 6: search latency within 2 ms p99). Steps that cannot change
its reading are skipped: the names after 'other cases like ...' when nothing like it is asked, and
the nouns a list cue governs when there is no cue; the lists are the same."""

from __future__ import annotations

from typing import Any

import pytest

from bot.kb import list_asks, lists
from bot.kb.list_names import NameTable
from bot.kb.service import KnowledgeService


def test_a_question_asking_nothing_alike_reads_its_names_once(
    kb: KnowledgeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts: list[str] = []
    named = NameTable.named

    def counted(self: NameTable, text: str) -> Any:
        texts.append(text)
        return named(self, text)

    monkeypatch.setattr(NameTable, "named", counted)
    query = lists.detect("which companies sold spyware to Mexico?", kb._names)
    assert query is not None and "vendor" in query.kinds and query.countries == {"Mexico"}
    assert len(texts) == 1


def test_other_cases_like_one_are_still_read(kb: KnowledgeService) -> None:
    query = lists.detect("are there other cases like Catalangate?", kb._names)
    assert query is not None and query.like and query.kinds == {"case"}


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("which companies sold spyware to Egypt?", {"vendor"}),
        ("list every vendor you have", {"vendor"}),
        ("监控摄像头厂商有哪些", {"vendor"}),  # the noun before the cue, no spaces
        ("哪些公司向伊朗出售监控技术？", {"vendor"}),  # the cue before the noun
        ("who owns Hikvision?", set()),  # no cue, no universal word
    ],
)
def test_the_kinds_asked_are_read_as_before(question: str, kinds: set[str]) -> None:
    assert list_asks.asked_kinds(question) == kinds
