"""Asked for every entry of a kind, a member gets the first ones and a pointer to browse them all.

member14 (issue 10, item 5): "list every vendor you have" got no list at all (the knowledge base
holds 42 vendors, a list shows at most MAX_ITEMS, and nothing in the question lets relevance choose
among them), only a refusal with a few unrelated "did you mean". Now the list holds the first
MAX_ITEMS alphabetically, as /search browses them, and says how many there are in all and which
kind to browse, for the faces to point to their search.
"""

from __future__ import annotations

import pytest

from bot.kb.list_select import MAX_ITEMS
from bot.kb.service import KnowledgeService


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("list every vendor you have", "vendor"),
        ("which vendors do you have?", "vendor"),
        ("list all cases", "case"),
        ("Which rules do you cover?", "rule"),
    ],
)
def test_a_catalogue_request_gets_the_first_items_and_a_pointer(
    kb: KnowledgeService, question: str, kind: str
) -> None:
    result = kb.search(question)
    everything = sorted((e for e in kb.entries() if e.kind == kind), key=lambda e: e.title.casefold())
    assert result.as_list
    assert [e.id for e in result.items] == [e.id for e in everything[:MAX_ITEMS]]
    assert result.total == len(everything)
    assert result.browse == (kind,)
    assert result.more == max(0, len(everything) - MAX_ITEMS)
    if result.more:
        assert result.to_json()["more"] == {"total": len(everything), "kinds": [kind]}


def test_a_narrowed_list_is_no_catalogue(kb: KnowledgeService) -> None:
    result = kb.search("list every Italian vendor you have")
    assert result.items and all(e.kind in {"vendor", "case"} for e in result.items)
    assert result.browse == () and result.more == 0
    assert "more" not in result.to_json()


@pytest.mark.parametrize("question", ["list every vendor you have", "anything on morocco?"])
def test_the_search_worker_carries_the_pointer_and_the_reasons_back(
    kb: KnowledgeService, question: str
) -> None:
    """The bot searches in a worker process (SEARCH_WORKER=process) and rebuilds the result from a
    compact reply: the browse pointer and each item's sentence must survive that trip, or the member
    sees a list of 12 with no way to the other 30, or items without the words that put them there."""
    from bot.kb.worker import SearchWorker, compact

    here = kb.search(question)
    back = SearchWorker(kb)._rebuild(question, compact(here))
    assert back is not None
    assert (back.total, back.browse, back.more, back.why) == (here.total, here.browse, here.more, here.why)
    assert back.to_json() == here.to_json()
