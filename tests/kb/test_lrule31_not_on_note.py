"""lrule31: firms asked for by a listing they are NOT on. "Chinese firms NOT on the Entity List" listed
Huawei, Hytera and ZTE on silence alone: no card says they are not listed, only that none records a
listing. The list stays (the member asked which firms the knowledge base holds apart from the listed
ones), and every face now says under it that these cards record no listing, which does not show the
firms are not listed (SearchResult.unrecorded, render.UNRECORDED_NOTE). A negated listing said as
"never added to" is read as one too: it listed the very firms that were added."""

from __future__ import annotations

import pytest

from bot.kb.render import unrecorded_lines
from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "left_out"),
    [
        ("Chinese firms NOT on the Entity List", {"hikvision", "dahua", "sensetime-megvii-iflytek-yitu"}),
        ("Israeli firms not on the Entity List", {"nso-group", "candiru"}),
        ("Israeli spyware firms never added to the Entity List", {"nso-group", "candiru"}),
        ("Welche chinesischen Firmen sind nicht auf der Entity List?", {"hikvision", "dahua"}),
    ],
)
def test_a_list_of_firms_not_on_a_listing_says_no_card_records_one(
    kb: KnowledgeService, question: str, left_out: set[str]
) -> None:
    from bot.cli.ask import readable

    result = kb.search(question)
    got = {e.id for e in result.items}
    assert got, question
    assert not got & left_out, got
    assert result.unrecorded and "Entity List" in result.unrecorded[0]
    assert result.to_json()["unrecorded"] == list(result.unrecorded)
    assert "that does not show they are not listed" in readable(result)
    assert unrecorded_lines(result)


@pytest.mark.parametrize(
    "question",
    [
        "Chinese firms on the Entity List",
        "Israeli spyware firms added to the Entity List",
        "Chinese companies other than the camera makers",
    ],
)
def test_twins_that_ask_for_a_listing_carry_no_warning(kb: KnowledgeService, question: str) -> None:
    result = kb.search(question)
    assert result.items
    assert not result.unrecorded
    assert "unrecorded" not in result.to_json()
    assert unrecorded_lines(result) == []


def test_the_warning_survives_the_search_worker(kb: KnowledgeService) -> None:
    from bot.kb.worker import SearchWorker, compact

    here = kb.search("Chinese firms NOT on the Entity List")
    back = SearchWorker(kb)._rebuild(here.question, compact(here))
    assert back is not None
    assert back.unrecorded == here.unrecorded
    assert back.to_json() == here.to_json()


def test_the_added_firms_are_not_listed_as_never_added(kb: KnowledgeService) -> None:
    assert not {"nso-group", "candiru"} & listed(kb, "Israeli spyware firms never added to the Entity List")
