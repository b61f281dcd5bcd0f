"""Session 31 (round 2) list readings, each from the member's side.

- "players" / "spelers" name firms as "companies" does ("Nederlandse spelers: welke zijn er?").
- A report noun ending a short phrase of places ("Jordan and Thailand hacking reports") asks for the
  cases and reports there, as "Jordan and Thailand reports" already did.
- "Where has spyware been found on phones in Italy?" asks for the products found there, as "which
  spyware was found in Italy?" does; asked about one person or a named product, the engine answers.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    "question", ["Nederlandse spelers: welke zijn er?", "which Dutch players do you have?"]
)
def test_players_are_firms(kb: KnowledgeService, question: str) -> None:
    assert listed(kb, question) == {"noldus", "tkh-group"}


def test_a_report_noun_after_places_lists_their_cases(kb: KnowledgeService) -> None:
    got = listed(kb, "Jordan and Thailand hacking reports")
    assert {"case-pegasus-jordan-2024", "case-pegasus-thailand-2022"} <= got, got


def test_where_spyware_was_found_lists_the_products_there(kb: KnowledgeService) -> None:
    got = listed(kb, "where has spyware been found on phones in Italy?")
    assert {"case-paragon-italy", "case-hermit-2022", "rcs-lab", "paragon-solutions"} <= got, got
    greece = listed(kb, "where was spyware found in Greece?")
    assert "case-predatorgate-greece" in greece, greece


@pytest.mark.parametrize(
    "question",
    [
        "where has Pegasus been found?",  # a named product: the engine's card
        "where was spyware used against him?",  # one person
        "where is spyware legal?",  # no place narrows it
    ],
)
def test_where_twins_stay_single(kb: KnowledgeService, question: str) -> None:
    assert len(kb.search(question).items) <= 1
