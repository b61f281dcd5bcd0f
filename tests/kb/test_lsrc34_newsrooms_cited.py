"""Lists asked by a newsroom, and by an organisation's publications (session 34, lsrc).

"What did the New York Times uncover" listed nothing (no newsroom of that name was known); "what has IPVM
found?" missed the cards that tell the outlet's findings in their body and cite it among their sources
(the Axis cards); "HRW publications" listed
nothing ("publications" was no word for what an organisation publishes). A campaign group whose report
is an entry itself (HRW) is still read in titles and summaries only, and a newsroom no card cites stays
empty.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService


@pytest.fixture
def service(kb: KnowledgeService) -> KnowledgeService:
    return kb


def _ids(service: KnowledgeService, question: str) -> set[str]:
    return {e.id for e in service.search(question).items}


def test_a_newsroom_named_in_the_cards_lists_its_reporting(service: KnowledgeService) -> None:
    got = _ids(service, "what did the New York Times uncover")
    assert {"case-pegasus-mexico-2017", "nso-group"} <= got


def test_an_outlet_cited_in_sources_lists_every_card_citing_it(service: KnowledgeService) -> None:
    got = _ids(service, "what has IPVM found?")
    assert {"axis-communications", "case-axis-china-psb", "hikvision", "dahua"} <= got


def test_the_washington_posts_reporting(service: KnowledgeService) -> None:
    got = _ids(service, "what did the Washington Post uncover")
    assert {"case-pegasus-project-2021", "nso-group"} <= got


def test_publications_of_a_campaign_group(service: KnowledgeService) -> None:
    got = _ids(service, "HRW publications in the knowledge base")
    assert {"case-eu-export-data-gap", "eu-enforcement-after-2021"} <= got
    # cited among sources only, HRW is not what these rules report: titles and summaries are read
    assert "eu-dual-use-428-2009" not in got


def test_twins_stay(service: KnowledgeService) -> None:
    # one thing an outlet found stays the engine's answer: the firm's card, no list
    result = service.search("what did IPVM find on Hikvision?")
    assert result.answered and result.entry is not None and result.entry.id == "hikvision"
    assert not result.items
    # a newsroom no card cites lists nothing
    assert _ids(service, "what did Der Spiegel uncover") == set()
