"""Lists a member did not ask for (session 36): a capital's rules read as every rule held ("Seoul's
rules on exporting hacking software" listed the US, UK and EU rules), and a name a card holds said in
its everyday sense ("a warm navy blue coat for the winter, any shops?" listed Blue Coat and the firms
of its Syrian case)."""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    "question",
    [
        "Seoul's rules on exporting hacking software",
        "Tokyo's rules on exporting hacking software",
        "Canberra's rules on spyware exports",
    ],
)
def test_a_capital_no_card_covers_lists_no_rules(kb: KnowledgeService, question: str) -> None:
    assert not listed(kb, question), question


@pytest.mark.parametrize(
    ("question", "country"),
    [
        ("London's rules on exporting hacking software", "United Kingdom"),
        ("Washington's rules on exporting hacking software", "United States"),
    ],
)
def test_a_capitals_rules_are_its_countrys(kb: KnowledgeService, question: str, country: str) -> None:
    got = kb.search(question).items
    assert got, question
    assert all(e.kind == "rule" and e.countries[0] == country for e in got), [e.id for e in got]


@pytest.mark.parametrize(
    "question",
    [
        "looking to buy a warm navy blue coat for the winter, any shops?",
        "which shops sell a warm blue coat for winter?",
        "what do hermit crabs eat, which shops sell them?",
        "which companies make Predator drones?",
    ],
)
def test_a_name_in_its_everyday_sense_opens_no_list(kb: KnowledgeService, question: str) -> None:
    assert not listed(kb, question), question


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("which cases involve blue coat proxies?", "case-blue-coat-syria"),
        ("which firms sold Predator spyware?", "intellexa-cytrox"),
    ],
)
def test_the_firms_own_names_still_list(kb: KnowledgeService, question: str, entry: str) -> None:
    assert entry in listed(kb, question), question
