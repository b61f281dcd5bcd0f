"""lists27 (issue 10, list questions): "in your files" made a plural noun phrase too long to ask.

A question opening on its plural noun asks for a list when the phrase is short enough to be a noun
phrase and not a story; "firms in your files that Commerce added to the Entity List in 2023 or
2024" was one word over, counted with the words saying where the entries are kept, and got no list.
Those words ("in your files", "on file", "in your database") are no part of what is asked.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    "question",
    [
        "firms in your database that the Commerce Department added to the Entity List in 2023 or 2024",
        "companies in your files that were put on the US Entity List in 2023 or in 2024",
    ],
)
def test_where_the_entries_are_kept_does_not_lengthen_the_question(
    kb: KnowledgeService, question: str
) -> None:
    got = listed(kb, question, kind="vendor")
    assert {"intellexa-cytrox", "sandvine"} <= got, got
    assert not {"nso-group", "hikvision", "candiru"} & got, got  # listed in other years


def test_a_question_without_a_plural_noun_stays_one_answer(kb: KnowledgeService) -> None:
    assert not listed(kb, "is there anything in your files on when Sandvine was added to the Entity List?")
