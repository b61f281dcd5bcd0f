"""listsd30 (issue 10, list questions): who supplied a place, asked in other words.

- "who got gear into Iran" got nothing: "got <gear> into <place>" after "who" now reads as "who
  supplied <gear> to <place>" (data/list_words.yaml `got_into`); "who got hacked?" stays no list.
- "Wie heeft spyware aan Mexico verkocht?": the Dutch perfect asks who sold, as the German one does;
  a place of its English reading narrows it, and "East Jerusalem" is Palestine, where the cards put it,
  not the zone city Jerusalem (Israel).
- "Who made the gear used for Gaddafi's monitoring?" got nothing: a relative clause cut to its verb of
  use after the gear ("the gear used for ...") says which gear, as "that was used" does; a name in
  it ("the spyware used against Mansoor") still asks about one case.
"""

from __future__ import annotations

import pytest

from bot.kb.service import KnowledgeService
from tests.kb.listing import listed


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("who got gear into Iran", {"trovicor", "allot"}),
        ("who got web-filtering boxes into Syria?", {"blue-coat", "computerlinks"}),
        ("who got surveillance kit into Libya", {"amesys-nexa", "vastech"}),
    ],
)
def test_got_into_a_place_asks_the_suppliers(kb: KnowledgeService, question: str, wanted: set[str]) -> None:
    got = listed(kb, question)
    assert wanted <= got, got


@pytest.mark.parametrize("question", ["who got hacked?", "who got spyware into his phone?"])
def test_got_without_a_place_is_no_list(kb: KnowledgeService, question: str) -> None:
    assert not listed(kb, question)


def test_dutch_perfect_asks_who_sold(kb: KnowledgeService) -> None:
    got = listed(kb, "Wie heeft spyware aan Mexico verkocht?")
    assert "nso-group" in got, got


def test_east_jerusalem_is_where_the_cards_put_it(kb: KnowledgeService) -> None:
    got = listed(kb, "whose cameras are used in East Jerusalem?")
    assert {"hikvision", "tkh-group"} <= got, got


@pytest.mark.parametrize(
    "question", ["Who made the gear used for Gaddafi's monitoring?", "who built the gear used in Libya"]
)
def test_gear_used_for_a_place_asks_its_makers(kb: KnowledgeService, question: str) -> None:
    got = listed(kb, question, kind="vendor")
    assert {"amesys-nexa", "vastech", "zte"} <= got, got


def test_gear_used_against_one_person_stays_one_case(kb: KnowledgeService) -> None:
    # the twin: a name in the cut clause asks about one case, no list of every spyware maker
    assert not listed(kb, "who made the spyware used against Mansoor?")
